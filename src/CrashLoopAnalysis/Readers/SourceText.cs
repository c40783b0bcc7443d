using System.Text;

namespace CrashLoopAnalysis.Readers;

/// <summary>
/// The bytes of one input with a lazily built index of line starts, so that an offset can be turned into a
/// 1-based line number and a line number into the line's text. Readers may keep <see cref="Bytes"/> past the
/// reading (a described pod reads its own bytes again when its provenance is first asked for), so they must be
/// owned by this text and never reused.
/// </summary>
internal sealed class SourceText
{
    private const int MaxEvidenceChars = 400;
    private int[]? _lineStarts;

    public SourceText(string path, ReadOnlyMemory<byte> bytes)
    {
        Path = path;
        Bytes = bytes;
    }

    public string Path { get; }

    public ReadOnlyMemory<byte> Bytes { get; }

    public int LineCount => LineStarts.Length;

    private int[] LineStarts => _lineStarts ??= BuildLineStarts(Bytes.Span);

    /// <summary>The 1-based line that holds the byte at <paramref name="offset"/>.</summary>
    public int LineOf(int offset)
    {
        var starts = LineStarts;
        var index = Array.BinarySearch(starts, offset);
        return index >= 0 ? index + 1 : ~index;
    }

    /// <summary>The text of the 1-based <paramref name="line"/>, trimmed and cut to a readable length.</summary>
    public string LineText(int line)
    {
        var starts = LineStarts;
        if (line < 1 || line > starts.Length)
        {
            return string.Empty;
        }

        var span = Bytes.Span;
        var start = starts[line - 1];
        var end = line < starts.Length ? starts[line] : span.Length;
        return Decode(span[start..end]);
    }

    internal static string Decode(ReadOnlySpan<byte> line)
    {
        line = line.Trim("\r\n\t "u8);
        if (line.Length > MaxEvidenceChars * 4)
        {
            line = line[..(MaxEvidenceChars * 4)];
        }

        var text = Encoding.UTF8.GetString(line);
        return text.Length > MaxEvidenceChars ? string.Concat(text.AsSpan(0, MaxEvidenceChars), "…") : text;
    }

    private static int[] BuildLineStarts(ReadOnlySpan<byte> span)
    {
        var starts = new List<int>(Math.Max(16, span.Length / 40)) { 0 };
        var offset = 0;
        while (true)
        {
            var next = span[offset..].IndexOf((byte)'\n');
            if (next < 0)
            {
                break;
            }

            offset += next + 1;
            if (offset < span.Length)
            {
                starts.Add(offset);
            }
        }

        return [.. starts];
    }
}
