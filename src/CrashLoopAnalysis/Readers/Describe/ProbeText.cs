using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads a probe line: <c>http-get http://:8080/healthz delay=0s timeout=1s period=10s #success=1 #failure=3</c>,
/// <c>exec [cat /tmp/healthy] ...</c>, <c>tcp-socket :5432 ...</c>, <c>grpc &lt;pod&gt;:9090 svc ...</c>.
/// Older kubectl printed fewer of the settings; those it did not print stay unset.
/// </summary>
internal static class ProbeText
{
    public static V1Probe? Read(DescribeContext cx, ReadOnlySpan<char> text, int i, string path)
    {
        var probe = new V1Probe();
        var settings = FindSettings(text);
        var action = text[..settings].TrimEnd();
        ReadSettings(text[settings..], probe);
        var space = action.IndexOf(' ');
        var verb = space < 0 ? action : action[..space];
        var rest = space < 0 ? [] : action[(space + 1)..].Trim();
        switch (verb)
        {
            case "http-get":
                probe.HttpGet = HttpGet(rest);
                cx.Field(new FieldPath(path, Tail: "httpGet.port"), i);
                cx.Field(new FieldPath(path, Tail: "httpGet.path"), i);
                break;
            case "exec":
                probe.Exec = new V1ExecAction { Command = ExecCommand(rest) };
                cx.Field(new FieldPath(path, Tail: "exec.command"), i);
                break;
            case "tcp-socket":
                var colon = rest.LastIndexOf(':');
                probe.TcpSocket = new V1TCPSocketAction
                {
                    Host = colon > 0 ? rest[..colon].ToString() : null,
                    Port = Port(colon >= 0 ? rest[(colon + 1)..] : rest),
                };
                cx.Field(new FieldPath(path, Tail: "tcpSocket.port"), i);
                break;
            case "grpc":
                probe.Grpc = Grpc(rest);
                cx.Field(new FieldPath(path, Tail: "grpc.port"), i);
                break;
            default:
                cx.Warn(i, $"The probe '{verb}' is not a kind kubectl prints; only its timing was read.");
                break;
        }

        cx.Field(path, i);
        foreach (var name in (ReadOnlySpan<string>)["initialDelaySeconds", "timeoutSeconds", "periodSeconds", "successThreshold", "failureThreshold"])
        {
            cx.Field(new FieldPath(path, Tail: name), i);
        }

        return probe;
    }

    private static int FindSettings(ReadOnlySpan<char> text)
    {
        var start = text.Length;
        foreach (var marker in (ReadOnlySpan<string>)[" delay=", " timeout=", " period=", " #success=", " #failure="])
        {
            var at = text.IndexOf(marker);
            if (at >= 0 && at < start)
            {
                start = at;
            }
        }

        return start;
    }

    private static void ReadSettings(ReadOnlySpan<char> text, V1Probe probe)
    {
        foreach (var part in new SpanParts(text, ' '))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0)
            {
                continue;
            }

            var value = part[(eq + 1)..].TrimEnd('s');
            if (!int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n))
            {
                continue;
            }

            switch (part[..eq])
            {
                case "delay": probe.InitialDelaySeconds = n; break;
                case "timeout": probe.TimeoutSeconds = n; break;
                case "period": probe.PeriodSeconds = n; break;
                case "#success": probe.SuccessThreshold = n; break;
                case "#failure": probe.FailureThreshold = n; break;
                default: break;
            }
        }
    }

    private static V1HTTPGetAction HttpGet(ReadOnlySpan<char> url)
    {
        var action = new V1HTTPGetAction();
        var scheme = url.IndexOf("://");
        if (scheme > 0)
        {
            action.Scheme = url[..scheme].ToString().ToUpperInvariant();
            url = url[(scheme + 3)..];
        }

        var slash = url.IndexOf('/');
        var hostPort = slash < 0 ? url : url[..slash];
        action.Path = slash < 0 ? null : Uri.UnescapeDataString(url[slash..].ToString());
        var colon = hostPort.LastIndexOf(':');
        var host = colon < 0 ? hostPort : hostPort[..colon];
        if (host.Length > 1 && host[0] == '[' && host[^1] == ']')
        {
            host = host[1..^1];
        }

        action.Host = host.IsEmpty ? null : host.ToString();
        action.Port = Port(colon < 0 ? [] : hostPort[(colon + 1)..]);
        return action;
    }

    private static List<string> ExecCommand(ReadOnlySpan<char> text)
    {
        // kubectl prints the command as Go prints a slice: [a b c]. Spaces inside one argument cannot be told
        // from spaces between arguments, except that a shell's -c takes the rest as one script.
        text = text.Trim();
        if (text.Length >= 2 && text[0] == '[' && text[^1] == ']')
        {
            text = text[1..^1];
        }

        var words = new List<string>();
        foreach (var part in new SpanParts(text, ' '))
        {
            words.Add(part.ToString());
        }

        if (words.Count > 3 && words[1] is "-c" or "-ec" or "-lc" or "-xc" or "-euc")
        {
            var script = string.Join(' ', words.Skip(2));
            words.RemoveRange(2, words.Count - 2);
            words.Add(script);
        }

        return words;
    }

    private static V1GRPCAction Grpc(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        var target = space < 0 ? text : text[..space];
        var colon = target.LastIndexOf(':');
        var action = new V1GRPCAction();
        if (int.TryParse(target[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            action.Port = port;
        }

        var service = space < 0 ? [] : text[(space + 1)..].Trim();
        action.Service = service.IsEmpty ? null : service.ToString();
        return action;
    }

    internal static IntOrString Port(ReadOnlySpan<char> text)
    {
        IntOrString port = text.ToString();
        return port;
    }
}
