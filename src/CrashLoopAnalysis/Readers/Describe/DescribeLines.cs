using System.Text;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// The lines of a describe capture, decoded once: each line's indentation and content without the line end,
/// trailing blanks or k9s box borders. Values are cut from the shared text only when they are kept.
/// </summary>
internal sealed class DescribeLines
{
    private const char Border = '│';
    private readonly string _text;
    private readonly int[] _start;
    private readonly int[] _rawStart;
    private readonly int[] _length;
    private readonly int[] _indent;
    private readonly bool[] _cut;

    public DescribeLines(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\xEF\xBB\xBF"u8))
        {
            bytes = bytes[3..];
        }

        _text = Encoding.UTF8.GetString(bytes);
        var capacity = Math.Max(16, bytes.Length / 32);
        var start = new List<int>(capacity);
        var rawStart = new List<int>(capacity);
        var length = new List<int>(capacity);
        var indent = new List<int>(capacity);
        var span = _text.AsSpan();
        var offset = 0;
        while (offset < span.Length)
        {
            var nl = span[offset..].IndexOf('\n');
            var end = nl < 0 ? span.Length : offset + nl;
            var (s, l, i) = Measure(span, offset, end);
            start.Add(s);
            rawStart.Add(Math.Min(offset, s));
            length.Add(l);
            indent.Add(i);
            if (nl < 0)
            {
                CutShort = true;
                break;
            }

            offset = end + 1;
        }

        _start = [.. start];
        _rawStart = [.. rawStart];
        _length = [.. length];
        _indent = [.. indent];
        _cut = new bool[_start.Length];
    }

    /// <summary>The number of lines.</summary>
    public int Count => _start.Length;

    /// <summary>The capture does not end with a line end (it may have been cut in the middle of a line).</summary>
    public bool CutShort { get; }

    /// <summary>Spaces before the content (a tab counts as eight); <see cref="int.MaxValue"/> for a blank line.</summary>
    public int Indent(int i) => _length[i] == 0 ? int.MaxValue : _indent[i];

    /// <summary>Spaces before the content, also for a line of blanks only (an empty command argument).</summary>
    public int RawIndent(int i) => _indent[i];

    public bool IsBlank(int i) => _length[i] == 0;

    /// <summary>The line's content without its indentation.</summary>
    public ReadOnlySpan<char> Content(int i) => _text.AsSpan(_start[i], _length[i]);

    /// <summary>The line with its indentation as captured (tabs kept): a message line that went on at column 0.</summary>
    public ReadOnlySpan<char> Raw(int i) => _text.AsSpan(_rawStart[i], _start[i] - _rawStart[i] + _length[i]);

    /// <summary>The 1-based line number in the capture.</summary>
    public static int Number(int i) => i + 1;

    /// <summary>Marks a line as read in a way that lost part of it, so that only one warning is given.</summary>
    public bool MarkWarned(int i)
    {
        var first = !_cut[i];
        _cut[i] = true;
        return first;
    }

    /// <summary>Splits <c>Key:  value</c>; the key ends at the first colon followed by a blank or the line end.</summary>
    public bool TryKey(int i, out ReadOnlySpan<char> key, out ReadOnlySpan<char> value)
    {
        var content = Content(i);
        var colon = KeyEnd(content);
        if (colon <= 0)
        {
            key = value = default;
            return false;
        }

        key = content[..colon];
        value = content[(colon + 1)..].Trim(" \t");
        return true;
    }

    /// <summary>The column (within the content) where the value after <c>Key:</c> starts.</summary>
    public int ValueColumn(int i)
    {
        var content = Content(i);
        var colon = KeyEnd(content);
        if (colon < 0)
        {
            return 0;
        }

        var at = colon + 1;
        while (at < content.Length && content[at] == ' ')
        {
            at++;
        }

        return _indent[i] + at;
    }

    internal static int KeyEnd(ReadOnlySpan<char> content)
    {
        var at = 0;
        while (true)
        {
            var colon = content[at..].IndexOf(':');
            if (colon < 0)
            {
                return -1;
            }

            colon += at;
            if (colon + 1 == content.Length || content[colon + 1] is ' ' or '\t')
            {
                return colon;
            }

            at = colon + 1;
        }
    }

    private static (int Start, int Length, int Indent) Measure(ReadOnlySpan<char> text, int start, int end)
    {
        var indent = 0;
        while (start < end && text[start] is ' ' or '\t')
        {
            indent += text[start] == '\t' ? 8 : 1;
            start++;
        }

        if (start < end && text[start] == Border)
        {
            // A k9s view draws a box around every line: drop it and measure again inside.
            start++;
            while (start < end && text[start] == ' ')
            {
                start++;
                indent++;
            }

            var last = text[start..end].LastIndexOf(Border);
            if (last >= 0)
            {
                end = start + last;
            }

            indent = Math.Max(0, indent - 1);
        }

        while (end > start && text[end - 1] is ' ' or '\t' or '\r')
        {
            end--;
        }

        return (start, end - start, indent);
    }
}
