namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// The last lines of the chunks read so far, kept as raw bytes and decoded only when the log ends or a chunk is too
/// short to hold a whole tail: a chunk of a megabyte costs a backward search for its last line breaks and a copy of
/// a few kilobytes instead of decoding and allocating lines that the next chunk would push out.
/// </summary>
internal sealed class PendingTail(RetainedLines kept)
{
    private readonly int[] _starts = new int[RetainedLines.TailLines];
    private readonly int[] _lengths = new int[RetainedLines.TailLines];
    private byte[] _bytes = new byte[16 << 10];
    private int _count;
    private long _firstNumber;

    /// <summary>Takes the last lines of <paramref name="region"/>, whose last line is number <paramref name="lastNumber"/>.</summary>
    public void Take(ReadOnlySpan<byte> region, long lastNumber)
    {
        var body = region.Length > 0 && region[^1] == (byte)'\n' ? region[..^1] : region;
        if (body.IsEmpty && region.IsEmpty)
        {
            return;
        }

        Span<int> starts = stackalloc int[RetainedLines.TailLines];
        var found = 0;
        var end = body.Length;
        while (found < starts.Length)
        {
            var start = body[..end].LastIndexOf((byte)'\n') + 1;
            starts[found++] = start;
            if (start == 0)
            {
                break;
            }

            end = start - 1;
        }

        if (found < RetainedLines.TailLines)
        {
            Flush();
        }

        _count = 0;
        var used = 0;
        _firstNumber = lastNumber - found + 1;
        for (var i = found - 1; i >= 0; i--)
        {
            var start = starts[i];
            var stop = i == 0 ? body.Length : starts[i - 1] - 1;
            var line = body[start..Math.Min(stop, start + LogScanner.MaxLineChars + 1)];
            if (used + line.Length > _bytes.Length)
            {
                Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, used + line.Length));
            }

            line.CopyTo(_bytes.AsSpan(used));
            _starts[_count] = used;
            _lengths[_count++] = line.Length;
            used += line.Length;
        }
    }

    /// <summary>Decodes the pending lines into the tail of the retained lines.</summary>
    public void Flush()
    {
        for (var i = 0; i < _count; i++)
        {
            kept.Tail(_firstNumber + i, _bytes.AsSpan(_starts[i], _lengths[i]));
        }

        _count = 0;
    }
}
