using System.Buffers;
using System.Text;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Reads a log as a stream and keeps only what matters: the lines that hold a candidate word with a few lines of
/// context around them, and the last lines. The whole log is never held in memory. Each chunk is decoded once
/// (invalid UTF-8 becomes U+FFFD) and searched for all candidate words in one vectorised pass; lines are only
/// materialised around hits; line breaks are counted with a vectorised count. A line longer than a chunk (a 50 MB
/// JSON line) keeps its first <see cref="MaxLineChars"/> characters and is still searched all the way through.
/// </summary>
internal sealed class LogScanner
{
    public const int MaxLineChars = 4096;
    private const int ChunkChars = 1 << 20;
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
        var decoder = new UTF8Encoding(false, false).GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkChars);
        var chars = ArrayPool<char>.Shared.Rent(ChunkChars + MaxLineChars + 16);
        var state = new ScanState(kept);
        var carry = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(bytes, 0, ChunkChars);
                var final = read == 0;
                var length = carry + decoder.GetChars(bytes, 0, read, chars, carry, flush: final);
                var window = chars.AsSpan(0, length);
                var complete = final ? length : window.LastIndexOf('\n') + 1;
                if (complete == 0 && length > MaxLineChars)
                {
                    // No line break in a whole chunk: the middle of an endless line.
                    state.LongLinePart(window);
                    carry = 0;
                    continue;
                }

                state.Region(window[..complete], final);
                carry = length - complete;
                if (carry > MaxLineChars)
                {
                    // The start of a line longer than the buffer keeps: search it now, keep its head.
                    state.LongLinePart(window[complete..]);
                    carry = 0;
                }

                window.Slice(complete, carry).CopyTo(chars);
                if (final)
                {
                    return state.NextLine - 1;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>The position of a scan between chunks.</summary>
    private sealed class ScanState(RetainedLines kept)
    {
        private readonly StringBuilder _longLine = new();
        private bool _longLineHit;
        private int _context;

        public long NextLine { get; private set; } = 1;

        public void LongLinePart(ReadOnlySpan<char> part)
        {
            if (_longLine.Length < MaxLineChars)
            {
                _longLine.Append(part[..Math.Min(part.Length, MaxLineChars - _longLine.Length)]);
            }

            _longLineHit |= CandidateWords.Search.IndexOfAny(part) >= 0;
        }

        public void Region(ReadOnlySpan<char> region, bool final)
        {
            var pos = 0;
            if (_longLine.Length > 0)
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

                var hit = CandidateWords.Search.IndexOfAny(region[pos..]);
                if (hit < 0)
                {
                    NextLine += region[pos..].Count('\n');
                    if (final && region.Length > 0 && region[^1] != '\n')
                    {
                        NextLine++;
                    }

                    break;
                }

                var lineStart = pos + region[pos..(pos + hit)].LastIndexOf('\n') + 1;
                NextLine += region[pos..lineStart].Count('\n');
                KeepBefore(region, lineStart);
                pos = KeepLineAt(region, lineStart);
                _context = ContextAfter;
            }

            KeepTail(region);
        }

        private int FinishLongLine(ReadOnlySpan<char> region)
        {
            var end = region.IndexOf('\n');
            var line = end < 0 ? region : region[..end];
            LongLinePart(line);
            var text = _longLine.Append('…').ToString();
            if (_longLineHit || _context > 0)
            {
                kept.Keep(NextLine, text);
                _context = _longLineHit ? ContextAfter : _context - 1;
            }

            kept.Tail(NextLine, text);
            _longLine.Clear();
            _longLineHit = false;
            NextLine++;
            return end < 0 ? region.Length : end + 1;
        }

        private int KeepLineAt(ReadOnlySpan<char> region, int start)
        {
            var end = region[start..].IndexOf('\n');
            var stop = end < 0 ? region.Length : start + end;
            kept.Keep(NextLine, region[start..stop]);
            NextLine++;
            return Math.Min(region.Length, stop + 1);
        }

        private void KeepBefore(ReadOnlySpan<char> region, int lineStart)
        {
            var starts = new List<int>(ContextBefore);
            var end = lineStart - 1;
            for (var i = 0; i < ContextBefore && end > 0; i++)
            {
                var start = region[..end].LastIndexOf('\n') + 1;
                starts.Add(start);
                end = start - 1;
            }

            for (var i = starts.Count - 1; i >= 0; i--)
            {
                var start = starts[i];
                var stop = start + region[start..].IndexOf('\n');
                kept.Keep(NextLine - 1 - i, region[start..stop]);
            }
        }

        private void KeepTail(ReadOnlySpan<char> region)
        {
            var body = region.Length > 0 && region[^1] == '\n' ? region[..^1] : region;
            var starts = new List<int>(RetainedLines.TailLines);
            var end = body.Length;
            while (end >= 0 && starts.Count < RetainedLines.TailLines && body.Length > 0)
            {
                var start = body[..end].LastIndexOf('\n') + 1;
                starts.Add(start);
                end = start - 1;
                if (start == 0)
                {
                    break;
                }
            }

            for (var i = starts.Count - 1; i >= 0; i--)
            {
                var start = starts[i];
                var stopRel = body[start..].IndexOf('\n');
                kept.Tail(NextLine - 1 - i, body[start..(stopRel < 0 ? body.Length : start + stopRel)]);
            }
        }
    }
}
