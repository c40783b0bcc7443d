using System.Buffers;
using System.Text;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// The lines of a describe capture, decoded once into a pooled buffer: each line's indentation and content
/// without the line end, trailing blanks or k9s box borders. Values are cut from the buffer only when they are
/// kept; the buffer goes back to the pool on <see cref="Dispose"/>, so no span of it may outlive the reading.
/// </summary>
internal sealed class DescribeLines : IDisposable
{
    private const char Border = '\u2502';
    private char[] _text;
    private Line[] _lines;
    private readonly bool _oneBytePerChar;
    private readonly int _firstLine;

    public DescribeLines(ReadOnlyMemory<byte> capture, int firstLine = 1)
    {
        _firstLine = firstLine;
        if (capture.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            capture = capture[3..];
        }

        var bytes = capture.Span;
        _text = ArrayPool<char>.Shared.Rent(Math.Max(1, Encoding.UTF8.GetMaxCharCount(bytes.Length)));
        var length = Encoding.UTF8.GetChars(bytes, _text);
        Bytes = capture;
        _oneBytePerChar = length == bytes.Length;
        _lines = ArrayPool<Line>.Shared.Rent(bytes.Count((byte)'\n') + 1);
        var span = _text.AsSpan(0, length);
        var offset = 0;
        var count = 0;
        while (offset < span.Length)
        {
            var nl = span[offset..].IndexOf('\n');
            var end = nl < 0 ? span.Length : offset + nl;
            ref var line = ref _lines[count++];
            line = Measure(span, offset, end);
            line.RawStart = Math.Min(offset, line.Start);
            if (nl < 0)
            {
                CutShort = true;
                break;
            }

            offset = end + 1;
        }

        Count = count;
        if (!_oneBytePerChar)
        {
            // Where each line starts in the bytes: after the same number of line ends as in the text (a line end
            // is never part of a character, nor of a run of bytes that decoding replaced).
            var at = 0;
            for (var i = 0; i < count; i++)
            {
                _lines[i].ByteStart = at;
                var nl = bytes[at..].IndexOf((byte)'\n');
                at += nl + 1;
            }
        }
    }

    /// <summary>The number of lines.</summary>
    public int Count { get; }

    /// <summary>The captured bytes (without a byte order mark).</summary>
    public ReadOnlyMemory<byte> Bytes { get; }

    /// <summary>The capture does not end with a line end (it may have been cut in the middle of a line).</summary>
    public bool CutShort { get; }

    /// <summary>Spaces before the content (a tab counts as eight); <see cref="int.MaxValue"/> for a blank line.</summary>
    public int Indent(int i) => _lines[i].Length == 0 ? int.MaxValue : _lines[i].Indent;

    /// <summary>Spaces before the content, also for a line of blanks only (an empty command argument).</summary>
    public int RawIndent(int i) => _lines[i].Indent;

    public bool IsBlank(int i) => _lines[i].Length == 0;

    /// <summary>The line's content without its indentation.</summary>
    public ReadOnlySpan<char> Content(int i) => _text.AsSpan(_lines[i].Start, _lines[i].Length);

    /// <summary>The line with its indentation as captured (tabs kept): a message line that went on at column 0.</summary>
    public ReadOnlySpan<char> Raw(int i) => _text.AsSpan(_lines[i].RawStart, _lines[i].Start - _lines[i].RawStart + _lines[i].Length);

    /// <summary>The captured bytes of the lines of <paramref name="range"/>, line ends included.</summary>
    public ReadOnlyMemory<byte> BytesOf(LineRange range) => Bytes[ByteStart(range.Start)..ByteStart(range.End)];

    /// <summary>The 1-based line number in the capture.</summary>
    public int Number(int i) => i + _firstLine;

    /// <summary>Marks a line as read in a way that lost part of it, so that only one warning is given.</summary>
    public bool MarkWarned(int i)
    {
        var first = !_lines[i].Warned;
        _lines[i].Warned = true;
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

        return _lines[i].Indent + at;
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

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(_text);
        ArrayPool<Line>.Shared.Return(_lines);
        _text = [];
        _lines = [];
    }

    private int ByteStart(int i) => i >= Count ? Bytes.Length : _oneBytePerChar ? _lines[i].RawStart : _lines[i].ByteStart;

    private static Line Measure(ReadOnlySpan<char> text, int start, int end)
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

        return new Line { Start = start, Length = end - start, Indent = indent };
    }

    private struct Line
    {
        public int Start;
        public int RawStart;
        public int Length;
        public int Indent;
        public int ByteStart;
        public bool Warned;
    }
}
