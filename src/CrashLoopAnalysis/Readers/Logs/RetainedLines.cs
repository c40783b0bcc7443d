using System.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// The lines a scan keeps, bounded: the candidate lines with a little context around them (oldest dropped first
/// beyond <see cref="MaxLines"/>) and, separately, the last <see cref="TailLines"/> lines of the log.
/// </summary>
internal sealed class RetainedLines
{
    public const int MaxLines = 2048;
    public const int TailLines = 64;

    private readonly Queue<RetainedLine> _kept = new();
    private readonly Queue<RetainedLine> _tail = new();
    private long _lastKept;

    /// <summary>Keeps a line unless it was kept already.</summary>
    public void Keep(long number, ReadOnlySpan<byte> text)
    {
        if (number <= _lastKept)
        {
            return;
        }

        _lastKept = number;
        _kept.Enqueue(new RetainedLine(number, Text(text)));
        if (_kept.Count > MaxLines)
        {
            _kept.Dequeue();
        }
    }

    /// <summary>Records a line as one of the last lines seen so far.</summary>
    public void Tail(long number, ReadOnlySpan<byte> text)
    {
        _tail.Enqueue(new RetainedLine(number, Text(text)));
        if (_tail.Count > TailLines)
        {
            _tail.Dequeue();
        }
    }

    /// <summary>The kept lines and the tail, merged in line order without duplicates.</summary>
    public IReadOnlyList<RetainedLine> All()
    {
        var all = new List<RetainedLine>(_kept.Count + _tail.Count);
        var tailStart = _tail.Count > 0 ? _tail.Peek().Number : long.MaxValue;
        all.AddRange(_kept.Where(l => l.Number < tailStart));
        all.AddRange(_tail);
        return all;
    }

    /// <summary>The last lines, oldest first.</summary>
    public IEnumerable<RetainedLine> LastLines => _tail;

    /// <summary>Decodes a line (invalid UTF-8 becomes U+FFFD), without its line break, cut at <see cref="LogScanner.MaxLineChars"/> bytes.</summary>
    private static string Text(ReadOnlySpan<byte> text)
    {
        text = text.TrimEnd("\r\n"u8);
        return text.Length > LogScanner.MaxLineChars
            ? string.Concat(Encoding.UTF8.GetString(text[..LogScanner.MaxLineChars]), "…")
            : Encoding.UTF8.GetString(text);
    }
}
