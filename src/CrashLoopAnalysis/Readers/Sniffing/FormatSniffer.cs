using System.Text;
using CrashLoopAnalysis.Readers.Capture;
using CrashLoopAnalysis.Readers.Describe;
using CrashLoopAnalysis.Readers.Tables;

namespace CrashLoopAnalysis.Readers.Sniffing;

/// <summary>
/// Tells what an input holds from its first bytes, never from its name: Kubernetes JSON or YAML, describe
/// text, the tables of <c>kubectl get events</c>/<c>get pods</c>, or log text (anything else).
/// </summary>
internal static class FormatSniffer
{
    /// <summary>How many bytes of the start of an input are enough to tell.</summary>
    public const int HeadLength = 64 * 1024;

    public static InputFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith("\xEF\xBB\xBF"u8))
        {
            head = head[3..];
        }

        var text = head.TrimStart(" \t\r\n"u8);
        if (text.IsEmpty)
        {
            return InputFormat.Empty;
        }

        if (LooksBinary(head))
        {
            return InputFormat.Binary;
        }

        if (text[0] is (byte)'{' or (byte)'[')
        {
            return IsKubeJson(text) ? InputFormat.Json : InputFormat.Log;
        }

        // Look at the first lines, past a shell prompt line pasted above the capture.
        var lines = 0;
        var caption = false;
        foreach (var raw in new LineEnumerator(text))
        {
            if (++lines > 40)
            {
                break;
            }

            var line = raw.TrimEnd("\r"u8);
            if (line.IsEmpty || line[0] is (byte)'#' || IsPrompt(line) || line.Trim(" \t"u8).SequenceEqual("..."u8))
            {
                continue;
            }

            if (line.StartsWith("apiVersion:"u8) || line.StartsWith("kind:"u8) || line.StartsWith("items:"u8) || line.SequenceEqual("---"u8))
            {
                return InputFormat.Yaml;
            }

            if (line.StartsWith("Name:"u8) || IsDescribePart(line.TrimStart(" \t"u8)))
            {
                return InputFormat.Describe;
            }

            if (IsEventsHeader(line))
            {
                return InputFormat.EventsTable;
            }

            if (IsPodsHeader(line))
            {
                return InputFormat.PodsTable;
            }

            if (line.IndexOf("is waiting to start: "u8) > 0 && WaitingMessageReader.IsWaitingMessage(Encoding.UTF8.GetString(line)))
            {
                return InputFormat.WaitingMessage;
            }

            if (IsDescribeLine(line))
            {
                return InputFormat.Describe;
            }

            // A short caption above the pasted output ("kubectl events says:") lets the next line decide.
            if (!caption && line.Length <= 100)
            {
                caption = true;
                continue;
            }

            // The first real line decides between the structured kinds and a log.
            return InputFormat.Log;
        }

        return InputFormat.Log;
    }

    /// <summary>A describe pasted from its Events section or its containers on (the name was not copied).</summary>
    private static bool IsDescribePart(ReadOnlySpan<byte> t) =>
        t.StartsWith("Events:"u8) || t.StartsWith("Containers:"u8) || t.StartsWith("Init Containers:"u8)
        || t.StartsWith("FirstSeen"u8)
        || (t.StartsWith("Type"u8) && t.IndexOf("Reason"u8) > 0 && t.IndexOf("Message"u8) > 0)
        || ((t.StartsWith("Normal "u8) || t.StartsWith("Warning "u8)) && t.IndexOf("   "u8) > 0);

    /// <summary>
    /// An event row without its header, or a describe line pasted without the lines above it: a key kubectl prints
    /// for a pod or a container, padded to its column (<c>State:          Terminated</c>, <c>Status:       Failed</c>).
    /// </summary>
    private static bool IsDescribeLine(ReadOnlySpan<byte> line)
    {
        var text = Encoding.UTF8.GetString(line.Trim(" \t"u8));
        if (HeaderlessEventRow.IsRow(text))
        {
            return true;
        }

        var colon = DescribeLines.KeyEnd(text);
        if (colon <= 0)
        {
            return false;
        }

        var value = text.AsSpan(colon + 1);
        var padded = value.IsEmpty || value.StartsWith("  ") || value.StartsWith("\t");
        var key = text.AsSpan(0, colon);
        return padded && (ContainerSection.IsPropertyKey(key) || HeadingNames.Find(key) is not null);
    }

    private static bool IsKubeJson(ReadOnlySpan<byte> text)
    {
        var window = text[..Math.Min(text.Length, 8192)];
        return window.IndexOf("\"apiVersion\""u8) >= 0 || window.IndexOf("\"kind\""u8) >= 0
            || window.IndexOf("\"items\""u8) >= 0 || window.IndexOf("\"metadata\""u8) >= 0
            || window.TrimStart("[ \t\r\n"u8).IsEmpty || window.TrimStart("[ \t\r\n"u8)[0] == (byte)']';
    }

    private static bool IsPrompt(ReadOnlySpan<byte> line)
    {
        var t = line.TrimStart(" "u8);
        if (t.Length < 400 && ShellPrompt.IsCommandLine(Encoding.UTF8.GetString(t)))
        {
            return true;
        }

        return t.StartsWith("$ "u8) || t.StartsWith("# kubectl"u8) || t.StartsWith("> kubectl"u8) || t.StartsWith("kubectl "u8)
            || (t.IndexOf("$ kubectl"u8) is >= 0 and < 120) || (t.IndexOf("# kubectl"u8) is >= 0 and < 120);
    }

    private static bool IsEventsHeader(ReadOnlySpan<byte> line) =>
        (line.StartsWith("LAST SEEN"u8) || line.StartsWith("LASTSEEN"u8) || line.StartsWith("FIRSTSEEN"u8)
            || (line.StartsWith("NAMESPACE"u8) && line.IndexOf("LAST SEEN"u8) > 0))
        && line.IndexOf("REASON"u8) > 0;

    private static bool IsPodsHeader(ReadOnlySpan<byte> line) =>
        (line.StartsWith("NAME "u8) || line.StartsWith("NAMESPACE "u8))
        && line.IndexOf("READY"u8) > 0 && line.IndexOf("STATUS"u8) > 0 && line.IndexOf("RESTARTS"u8) > 0;

    private static bool LooksBinary(ReadOnlySpan<byte> head)
    {
        var window = head[..Math.Min(head.Length, 8192)];
        return window.IndexOf((byte)0) >= 0;
    }

    private ref struct LineEnumerator(ReadOnlySpan<byte> text)
    {
        private ReadOnlySpan<byte> _rest = text;

        public ReadOnlySpan<byte> Current { get; private set; }

        public readonly LineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_rest.IsEmpty)
            {
                return false;
            }

            var nl = _rest.IndexOf((byte)'\n');
            Current = nl < 0 ? _rest : _rest[..nl];
            _rest = nl < 0 ? [] : _rest[(nl + 1)..];
            return true;
        }
    }
}
