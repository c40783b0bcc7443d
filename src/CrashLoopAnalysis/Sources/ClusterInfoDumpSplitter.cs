using System.Text;

namespace CrashLoopAnalysis.Sources;

/// <summary>
/// Splits what <c>kubectl cluster-info dump</c> prints to standard output (JSON lists one after another, then
/// <c>==== START logs for container C of pod NS/POD ====</c> ... <c>==== END logs ...</c> blocks) into virtual
/// entries. JSON values keep the stream's line numbers (they are padded with the lines before them); each log
/// block becomes <c>dump!/NS/POD/C.log</c>, with lines counted from the block's first line.
/// </summary>
internal static class ClusterInfoDumpSplitter
{
    /// <summary>The relative path prefix of log blocks, recognised by <see cref="LogPlacement"/>.</summary>
    public const string VirtualRoot = "cluster-info-dump-logs/";

    private const string StartMarker = "==== START logs for container ";
    private const string EndMarker = "==== END logs for container ";

    /// <summary>True when a stream's head looks like a cluster-info dump: a JSON value followed by more content.</summary>
    public static bool Applies(ReadOnlySpan<byte> head) =>
        head.TrimStart(" \t\r\n"u8) is [(byte)'{', ..] && (head.IndexOf("\n}\n{"u8) >= 0 || head.IndexOf("\n}\n===="u8) >= 0 || head.IndexOf(Encoding.ASCII.GetBytes(StartMarker)) >= 0);

    public static IEnumerable<DumpEntry> Split(Stream stream, string display, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, 1 << 16, leaveOpen: true);
        var block = new StringBuilder();
        var lineNo = 0;
        var blockStart = 1;
        string? logPath = null;
        var depth = 0;
        var inString = false;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNo++;
            if ((lineNo & 0xFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (logPath is not null)
            {
                if (line.StartsWith(EndMarker, StringComparison.Ordinal))
                {
                    yield return Entry($"{display}!/{logPath[VirtualRoot.Length..]}", logPath, block.ToString());
                    block.Clear();
                    logPath = null;
                }
                else
                {
                    block.Append(line).Append('\n');
                }

                continue;
            }

            if (depth == 0 && line.StartsWith(StartMarker, StringComparison.Ordinal) && LogPath(line) is { } path)
            {
                logPath = path;
                continue;
            }

            if (depth == 0 && block.Length == 0)
            {
                if (line.AsSpan().Trim().IsEmpty)
                {
                    continue;
                }

                blockStart = lineNo;
            }

            block.Append(line).Append('\n');
            Track(line, ref depth, ref inString);
            if (depth == 0)
            {
                // Padding keeps every line of the value on its line of the whole stream.
                yield return Entry(display, display, new string('\n', blockStart - 1) + block);
                block.Clear();
            }
        }

        if (block.Length > 0)
        {
            yield return logPath is null
                ? Entry(display, display, new string('\n', blockStart - 1) + block)
                : Entry($"{display}!/{logPath[VirtualRoot.Length..]}", logPath, block.ToString());
        }
    }

    private static DumpEntry Entry(string displayPath, string relativePath, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new DumpEntry(displayPath, relativePath, bytes.Length, () => new MemoryStream(bytes, writable: false));
    }

    // "==== START logs for container C of pod NS/POD ====" -> cluster-info-dump-logs/NS/POD/C.log
    private static string? LogPath(string line)
    {
        var rest = line.AsSpan(StartMarker.Length).TrimEnd(" =");
        var of = rest.IndexOf(" of pod ");
        if (of < 0)
        {
            return null;
        }

        var container = rest[..of];
        var pod = rest[(of + " of pod ".Length)..];
        return pod.IndexOf('/') < 0 ? null : $"{VirtualRoot}{pod}/{container}.log";
    }

    private static void Track(string line, ref int depth, ref bool inString)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    inString = false;
                }
            }
            else if (c == '"')
            {
                inString = true;
            }
            else if (c is '{' or '[')
            {
                depth++;
            }
            else if (c is '}' or ']')
            {
                depth--;
            }
        }
    }
}
