using System.Buffers;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis;

/// <summary>
/// Reads the entries of one input on all cores with bounded memory. The walk is shared: a worker takes the next
/// entry under a lock (an archive is one stream, so entries that are only valid during the walk are copied to a
/// pooled buffer there when small, or read there when large), then reads it outside the lock. There is no queue to
/// wait on and no thread that only hands work out, so no core spins while others work; each worker holds at most
/// one copied entry, so memory does not grow with the dump. Results keep the walk's order, so the outcome does not
/// depend on timing.
/// </summary>
internal sealed class ParallelEntryReader(InputReader reader, DiagnosisOptions options, Action<long>? progress)
{
    /// <summary>Entries of a sequential walk up to this size are copied and read outside the lock.</summary>
    private const int CopyLimit = 4 << 20;

    public List<ReadResult> Read(DumpInput input, List<ParseWarning> warnings, LayoutRecognizer layout, CancellationToken cancellationToken)
    {
        using var walk = Expand(input.Entries(options.Limits, warnings, cancellationToken), cancellationToken).GetEnumerator();
        var shared = new SharedWalk(input, walk, warnings, layout);
        var tasks = new Task[Math.Max(1, options.MaxDegreeOfParallelism) - 1];
        for (var w = 0; w < tasks.Length; w++)
        {
            tasks[w] = Task.Factory.StartNew(() => Work(shared, cancellationToken), cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        }

        try
        {
            Work(shared, cancellationToken);
        }
        finally
        {
            shared.Stop();
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
        return [.. shared.Results.Select(r => r!)];
    }

    private void Work(SharedWalk shared, CancellationToken cancellationToken)
    {
        while (!shared.Stopped)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int index;
            DumpEntry entry;
            byte[]? rented = null;
            ReadResult? readInLock = null;
            lock (shared)
            {
                try
                {
                    if (shared.Stopped || !Next(shared.Walk, shared.Input, shared.Warnings))
                    {
                        shared.Stop();
                        return;
                    }

                    entry = shared.Walk.Current;
                    shared.Layout.Observe(entry.RelativePath);
                    index = shared.Results.Count;
                    shared.Results.Add(null);
                    if (entry.Sequential && entry.Length is >= 0 and <= CopyLimit)
                    {
                        (entry, rented) = Copy(entry, shared.Warnings);
                    }
                    else if (entry.Sequential)
                    {
                        readInLock = ReadOne(entry, cancellationToken);
                    }

                    shared.PlainBytes += Math.Max(0, entry.Length);
                    progress?.Invoke(shared.Input.ConsumedBytes ?? shared.PlainBytes);
                }
                catch
                {
                    shared.Stop();
                    throw;
                }
            }

            try
            {
                var result = readInLock ?? ReadOne(entry, cancellationToken);
                lock (shared)
                {
                    shared.Results[index] = result;
                }
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

    /// <summary>The walk the workers share; every member is used under a lock on the instance.</summary>
    private sealed class SharedWalk(DumpInput input, IEnumerator<DumpEntry> walk, List<ParseWarning> warnings, LayoutRecognizer layout)
    {
        public DumpInput Input { get; } = input;

        public IEnumerator<DumpEntry> Walk { get; } = walk;

        public List<ParseWarning> Warnings { get; } = warnings;

        public LayoutRecognizer Layout { get; } = layout;

        public List<ReadResult?> Results { get; } = [];

        public long PlainBytes { get; set; }

        private volatile bool _stopped;

        public bool Stopped => _stopped;

        public void Stop() => _stopped = true;
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
