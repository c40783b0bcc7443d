using System.Buffers;
using System.Collections.Concurrent;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis;

/// <summary>
/// Reads the entries of one input on all cores with bounded memory. The walk runs on the calling thread (an
/// archive is one stream); entries that are only valid during the walk are copied to a pooled buffer when small,
/// or read on the walking thread when large. At most a few entries per core wait in the queue, so memory does
/// not grow with the dump. Results keep the walk's order, so the outcome does not depend on timing.
/// </summary>
internal sealed class ParallelEntryReader(InputReader reader, DiagnosisOptions options, Action<long>? progress)
{
    /// <summary>Entries of a sequential walk up to this size are copied and read on another core.</summary>
    private const int CopyLimit = 4 << 20;

    public List<ReadResult> Read(DumpInput input, List<ParseWarning> warnings, LayoutRecognizer layout, CancellationToken cancellationToken)
    {
        var results = new List<ReadResult?>();
        var workers = Math.Max(1, options.MaxDegreeOfParallelism);
        using var queue = new BlockingCollection<(int Index, DumpEntry Entry, byte[]? Rented)>(workers * 4);
        var tasks = new Task[workers];
        for (var w = 0; w < workers; w++)
        {
            tasks[w] = Task.Factory.StartNew(() => Consume(queue, results, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            var index = 0;
            long plainBytes = 0;
            using var walk = Expand(input.Entries(options.Limits, warnings, cancellationToken), cancellationToken).GetEnumerator();
            while (Next(walk, input, warnings))
            {
                var entry = walk.Current;
                layout.Observe(entry.RelativePath);
                lock (results)
                {
                    results.Add(null);
                }

                if (!entry.Sequential)
                {
                    queue.Add((index, entry, null), cancellationToken);
                }
                else if (entry.Length is >= 0 and <= CopyLimit)
                {
                    var (copy, rented) = Copy(entry, warnings);
                    queue.Add((index, copy, rented), cancellationToken);
                }
                else
                {
                    Store(results, index, ReadOne(entry, cancellationToken));
                }

                index++;
                plainBytes += Math.Max(0, entry.Length);
                progress?.Invoke(input.ConsumedBytes ?? plainBytes);
            }
        }
        finally
        {
            queue.CompleteAdding();
            try
            {
                Task.WaitAll(tasks, CancellationToken.None);
            }
            catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OperationCanceledException))
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        return [.. results.Select(r => r!)];
    }

    // A decoder may fail in ways of its own (a corrupt xz block); the walk stops there with a warning, never a crash.
    private static bool Next(IEnumerator<DumpEntry> walk, DumpInput input, List<ParseWarning> warnings)
    {
        try
        {
            return walk.MoveNext();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            warnings.Add(new ParseWarning(input.Path, 0, Sources.Archives.ArchiveWalker.Refusal(ex)));
            return false;
        }
    }

    // One stream holding a whole cluster-info dump is split into its lists and log blocks.
    private static IEnumerable<DumpEntry> Expand(IEnumerable<DumpEntry> entries, CancellationToken cancellationToken)
    {
        foreach (var entry in entries)
        {
            if (entry.RelativePath.Contains('/', StringComparison.Ordinal))
            {
                yield return entry;
                continue;
            }

            using var stream = entry.Open();
            var head = Sources.Archives.ArchiveSniffer.ReadHead(stream, 64 * 1024);
            var rest = new PrefixedStream(head, stream);
            if (!ClusterInfoDumpSplitter.Applies(head))
            {
                yield return entry with { Open = () => rest, Sequential = true };
                continue;
            }

            foreach (var part in ClusterInfoDumpSplitter.Split(rest, entry.DisplayPath, cancellationToken))
            {
                yield return part;
            }
        }
    }

    private void Consume(BlockingCollection<(int Index, DumpEntry Entry, byte[]? Rented)> queue, List<ReadResult?> results, CancellationToken cancellationToken)
    {
        foreach (var (index, entry, rented) in queue.GetConsumingEnumerable(cancellationToken))
        {
            try
            {
                Store(results, index, ReadOne(entry, cancellationToken));
            }
            finally
            {
                if (rented is not null)
                {
                    ArrayPool<byte>.Shared.Return(rented);
                }
            }
        }
    }

    private ReadResult ReadOne(DumpEntry entry, CancellationToken cancellationToken)
    {
        if (CollectorErrors.Applies(entry.RelativePath))
        {
            var result = new ReadResult(entry.DisplayPath) { Kind = "collector-errors" };
            result.Warnings.AddRange(CollectorErrors.Read(entry));
            return result;
        }

        try
        {
            return reader.Read(entry, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The reader turns bad content into warnings; this is a decoder failing under it (a corrupt archive).
            var result = new ReadResult(entry.DisplayPath);
            result.Warn(0, Sources.Archives.ArchiveWalker.Refusal(ex));
            return result;
        }
    }

    private static void Store(List<ReadResult?> results, int index, ReadResult result)
    {
        lock (results)
        {
            results[index] = result;
        }
    }

    // Copies an entry that is valid only during the walk; a failure (a limit passed mid-entry) becomes a warning.
    private static (DumpEntry Entry, byte[]? Rented) Copy(DumpEntry entry, List<ParseWarning> warnings)
    {
        var rented = ArrayPool<byte>.Shared.Rent((int)Math.Max(1, entry.Length));
        var length = 0;
        try
        {
            using var stream = entry.Open();
            int n;
            while (length < rented.Length && (n = stream.Read(rented, length, rented.Length - length)) > 0)
            {
                length += n;
            }
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException)
        {
            warnings.Add(new ParseWarning(entry.DisplayPath, 0, Sources.Archives.ArchiveWalker.Refusal(ex)));
            ArrayPool<byte>.Shared.Return(rented);
            return (entry with { Open = () => Stream.Null, Length = 0, Sequential = false }, null);
        }

        var bytes = rented;
        return (entry with { Open = () => new MemoryStream(bytes, 0, length, writable: false), Length = length, Sequential = false }, rented);
    }
}
