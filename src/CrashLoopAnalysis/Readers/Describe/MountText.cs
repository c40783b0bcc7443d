using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads <c>Mounts:</c> (<c>/data from data (rw,path="logs")</c>) and <c>Devices:</c> (<c>/dev/xvda from raw</c>).</summary>
internal static class MountText
{
    private const string From = " from ";

    public static List<V1VolumeMount>? ReadMounts(DescribeContext cx, LineRange body, string path)
    {
        var lines = cx.Lines;
        List<V1VolumeMount>? list = null;
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            var text = lines.Content(i);
            var open = text.LastIndexOf(" (");
            var head = open > 0 && text[^1] == ')' ? text[..open] : text;
            var from = head.LastIndexOf(From);
            if (from <= 0)
            {
                cx.Warn(i, "This mount line is not '<path> from <volume> (<flags>)'.");
                continue;
            }

            var mount = new V1VolumeMount { MountPath = cx.Text(head[..from]), Name = cx.Text(head[(from + From.Length)..]) };
            if (open > 0 && text[^1] == ')')
            {
                var flags = text[(open + 2)..^1];
                mount.ReadOnlyProperty = flags.StartsWith("ro") ? true : null;
                var sub = flags.IndexOf("path=\"");
                if (sub >= 0)
                {
                    mount.SubPath = Unquote(flags[(sub + 5)..]);
                }
            }

            (list ??= []).Add(mount);
            cx.Field(new FieldPath(path, mount.Name, Tail: "mountPath"), i);
        }

        return list;
    }

    public static List<V1VolumeDevice>? ReadDevices(DescribeContext cx, LineRange body, string path)
    {
        var lines = cx.Lines;
        List<V1VolumeDevice>? list = null;
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            var text = lines.Content(i);
            var from = text.LastIndexOf(From);
            if (from <= 0)
            {
                cx.Warn(i, "This device line is not '<path> from <volume>'.");
                continue;
            }

            var device = new V1VolumeDevice { DevicePath = cx.Text(text[..from]), Name = cx.Text(text[(from + From.Length)..]) };
            (list ??= []).Add(device);
            cx.Field(new FieldPath(path, device.Name, Tail: "devicePath"), i);
        }

        return list;
    }

    private static string Unquote(ReadOnlySpan<char> quoted)
    {
        // Go's %q: a quoted string with backslash escapes.
        if (quoted.Length < 2 || quoted[0] != '"')
        {
            return quoted.ToString();
        }

        var sb = new System.Text.StringBuilder(quoted.Length);
        for (var k = 1; k < quoted.Length; k++)
        {
            var c = quoted[k];
            if (c == '"')
            {
                break;
            }

            if (c == '\\' && k + 1 < quoted.Length)
            {
                c = quoted[++k] switch { 'n' => '\n', 't' => '\t', var other => other };
            }

            sb.Append(c);
        }

        return sb.ToString();
    }
}
