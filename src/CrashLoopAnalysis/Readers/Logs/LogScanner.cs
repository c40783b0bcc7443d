using System.Buffers;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Reads a log as a stream and keeps only what matters: the lines that hold a candidate word with a few lines of
/// context around them, and the last lines. The whole log is never held in memory. The raw UTF-8 bytes of each
/// chunk are searched for all candidate words in one vectorised pass (<see cref="CandidateFilter"/>); only the lines
/// kept are decoded (invalid UTF-8 becomes U+FFFD); line breaks are counted with a vectorised count. A line longer
/// than the buffer (a 50 MB JSON line) keeps its first <see cref="MaxLineChars"/> bytes and is still searched all
/// the way through.
/// </summary>
internal sealed class LogScanner
{
    public const int MaxLineChars = 4096;
    private const int ChunkBytes = 1 << 20;
    private const int MaxCarryBytes = 64 << 10;
    private const int ContextBefore = 2;
    private const int ContextAfter = 6;

    private readonly SecretMasker _masker;

    public LogScanner(SecretMasker masker) => _masker = masker;

    public LogDigest Scan(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var kept = new RetainedLines();
        var lineCount = Read(stream, kept, cancellationToken);
        return LogDigestBuilder.Build(source, lineCount, kept, _masker);
    }

    /// <summary>Streams <paramref name="stream"/> into <paramref name="kept"/>; returns the number of lines.</summary>
    internal static long Read(Stream stream, RetainedLines kept, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ChunkBytes + MaxCarryBytes);
        var state = new ScanState(kept);
        var carry = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(buffer, carry, ChunkBytes);
                var final = read == 0;
                var length = carry + read;
                var window = buffer.AsSpan(0, length);
                var complete = final ? length : window.LastIndexOf((byte)(byte)'\n') + 1;
                state.Region(window[..complete], final);
                carry = length - complete;
                if (carry > MaxCarryBytes)
                {
                    // The start of a line longer than the buffer keeps: search it now, keep its head.
                    state.LongLinePart(window[complete..]);
                    carry = 0;
                }

                window.Slice(complete, carry).CopyTo(buffer);
                if (final)
                {
                    state.Finish();
                    return state.NextLine - 1;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>The position of a scan between chunks.</summary>
    private sealed class ScanState(RetainedLines kept)
    {
        private readonly byte[] _longLine = new byte[MaxLineChars + 1];
        private int _longLineLength;
        private bool _longLineHit;
        private readonly PendingTail _tail = new(kept);
        private int _context;

        public long NextLine { get; private set; } = 1;

        /// <summary>Decodes the last lines once the log has ended.</summary>
        public void Finish() => _tail.Flush();

        public void LongLinePart(ReadOnlySpan<byte> part)
        {
            var take = Math.Min(part.Length, _longLine.Length - _longLineLength);
            part[..take].CopyTo(_longLine.AsSpan(_longLineLength));
            _longLineLength += take;
            _longLineHit |= CandidateWords.Filter.IndexOf(part) >= 0;
        }

        public void Region(ReadOnlySpan<byte> region, bool final)
        {
            if (region.IsEmpty && !final)
            {
                return;
            }

            var pos = 0;
            if (_longLineLength > 0)
            {
                pos = FinishLongLine(region);
            }

            while (pos < region.Length)
            {
                if (_context > 0)
                {
                    pos = KeepLineAt(region, pos);
                    _context--;
                    continue;
                }

                var hit = CandidateWords.Filter.IndexOf(region[pos..]);
                if (hit < 0)
                {
                    NextLine += region[pos..].Count((byte)'\n');
                    if (final && region.Length > 0 && region[^1] != (byte)'\n')
                    {
                        NextLine++;
                    }

                    break;
                }

                var lineStart = pos + region[pos..(pos + hit)].LastIndexOf((byte)'\n') + 1;
                NextLine += region[pos..lineStart].Count((byte)'\n');
                KeepBefore(region, lineStart);
                pos = KeepLineAt(region, lineStart);
                _context = ContextAfter;
            }

            _tail.Take(region, NextLine - 1);
        }

        private int FinishLongLine(ReadOnlySpan<byte> region)
        {
            var end = region.IndexOf((byte)'\n');
            LongLinePart(end < 0 ? region : region[..end]);
            var text = _longLine.AsSpan(0, _longLineLength);
            if (_longLineHit || _context > 0)
            {
                kept.Keep(NextLine, text);
                _context = _longLineHit ? ContextAfter : _context - 1;
            }

            _tail.Flush();
            kept.Tail(NextLine, text);
            _longLineLength = 0;
            _longLineHit = false;
            NextLine++;
            return end < 0 ? region.Length : end + 1;
        }

        private int KeepLineAt(ReadOnlySpan<byte> region, int start)
        {
            var end = region[start..].IndexOf((byte)'\n');
            var stop = end < 0 ? region.Length : start + end;
            kept.Keep(NextLine, region[start..stop]);
            NextLine++;
            return Math.Min(region.Length, stop + 1);
        }

        private void KeepBefore(ReadOnlySpan<byte> region, int lineStart)
        {
            var starts = new List<int>(ContextBefore);
            var end = lineStart - 1;
            for (var i = 0; i < ContextBefore && end > 0; i++)
            {
                var start = region[..end].LastIndexOf((byte)'\n') + 1;
                starts.Add(start);
                end = start - 1;
            }

            for (var i = starts.Count - 1; i >= 0; i--)
            {
                var start = starts[i];
                var stop = start + region[start..].IndexOf((byte)'\n');
                kept.Keep(NextLine - 1 - i, region[start..stop]);
            }
        }
    }
}
