using System.Buffers;
using System.Collections.Immutable;
using System.Text;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Reads a log as a stream and keeps only what matters: the last lines and the lines that look like errors.
/// The whole log is never held in memory; the search for error words runs over whole chunks at once.
/// </summary>
internal sealed class LogScanner
{
    private const int ChunkBytes = 1 << 20;
    private const int TailLines = 50;
    private const int MaxLineChars = 4096;
    private const int MaxCandidates = 256;

    private static readonly MultiStringSearch ErrorWords = new(
        "error", "fatal", "panic", "exception", "traceback", "critical", "refused", "timed out", "timeout", "denied",
         "read-only", "no such", "not found", "out of memory", "killed", "failed", "unable to", "cannot", "could not",
         "couldn't", "segmentation fault", "exec format", "in use", "x509", "no space");

    private readonly SecretMasker _masker;

    public LogScanner(SecretMasker masker) => _masker = masker;

    public LogDigest Scan(Stream stream, string source, CancellationToken cancellationToken = default)
    {
        var decoder = Encoding.UTF8.GetDecoder();
        var bytes = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        var chars = ArrayPool<char>.Shared.Rent(ChunkBytes + MaxLineChars + 16);
        var candidates = new List<(long Line, string Text)>();
        var tail = new Queue<(long Line, string Text)>(TailLines + 1);
        long line = 1;
        var carry = 0;
        try
        {
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var read = stream.Read(bytes, 0, ChunkBytes);
                var final = read == 0;
                var decoded = decoder.GetChars(bytes, 0, read, chars, carry, flush: final);
                var length = carry + decoded;
                var window = chars.AsSpan(0, length);
                var complete = final ? length : window.LastIndexOf('\n') + 1;
                line = ScanLines(window[..complete], line, candidates, tail, final);
                carry = length - complete;
                if (carry > MaxLineChars)
                {
                    // An endless line: keep its start only; the rest of it cannot change the diagnosis.
                    carry = MaxLineChars;
                }

                window.Slice(complete, carry).CopyTo(chars);
                if (final)
                {
                    break;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }

        var evidence = candidates.Select(c => new EvidenceLine(source, (int)Math.Min(int.MaxValue, c.Line), _masker.Apply(c.Text))).ToImmutableArray();
        return new LogDigest
        {
            Source = source,
            LineCount = line - 1,
            Tail = [.. tail.Select(t => new EvidenceLine(source, (int)Math.Min(int.MaxValue, t.Line), _masker.Apply(t.Text)))],
            DecisiveLine = evidence.IsEmpty ? null : evidence[^1],
        };
    }

    private static long ScanLines(ReadOnlySpan<char> text, long firstLine, List<(long, string)> candidates, Queue<(long, string)> tail, bool final)
    {
        var line = firstLine;
        var rest = text;
        var consumed = 0;
        while (!rest.IsEmpty)
        {
            var hit = ErrorWords.IndexOfAny(rest);
            if (hit < 0)
            {
                break;
            }

            var lineStart = rest[..hit].LastIndexOf('\n') + 1;
            var lineEndRel = rest[hit..].IndexOf('\n');
            var lineEnd = lineEndRel < 0 ? rest.Length : hit + lineEndRel;
            line += rest[..lineStart].Count('\n');
            var content = Trim(rest[lineStart..lineEnd]);
            if (candidates.Count == MaxCandidates)
            {
                candidates.RemoveAt(0);
            }

            candidates.Add((line, content));
            var next = Math.Min(rest.Length, lineEnd + 1);
            if (lineEnd < rest.Length)
            {
                line++;
            }

            consumed += next;
            rest = rest[next..];
        }

        line += rest.Count('\n');
        if (final && !rest.IsEmpty && rest[^1] != '\n')
        {
            line++;
        }
        else if (final && rest.IsEmpty && text.Length > 0 && text[^1] != '\n')
        {
            line++;
        }

        KeepTail(text, line, tail);
        return line;
    }

    private static void KeepTail(ReadOnlySpan<char> text, long nextLine, Queue<(long, string)> tail)
    {
        var body = text.EndsWith("\n") ? text[..^1] : text;
        var lines = new List<(long, string)>(TailLines);
        var number = nextLine - 1;
        while (!body.IsEmpty && lines.Count < TailLines)
        {
            var start = body.LastIndexOf('\n') + 1;
            lines.Add((number--, Trim(body[start..])));
            body = start == 0 ? [] : body[..(start - 1)];
        }

        for (var i = lines.Count - 1; i >= 0; i--)
        {
            tail.Enqueue(lines[i]);
            if (tail.Count > TailLines)
            {
                tail.Dequeue();
            }
        }
    }

    private static string Trim(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd("\r \t");
        return line.Length > MaxLineChars ? new string(line[..MaxLineChars]) : new string(line);
    }
}
