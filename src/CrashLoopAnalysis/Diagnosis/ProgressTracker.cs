using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis;

/// <summary>
/// Counts entries, bytes and pods from many threads and reports them through an <see cref="IProgress{T}"/>,
/// at most every 50 ms (and once at the end) so that reporting never slows the work down.
/// </summary>
internal sealed class ProgressTracker(IProgress<DiagnosisProgress> progress, DumpSource source)
{
    private static readonly long Interval = System.Diagnostics.Stopwatch.Frequency / 20;
    private readonly long[] _bytes = new long[source.Inputs.Length];
    private readonly object _gate = new();
    private int _entries;
    private int _pods;
    private int _diagnosed;
    private long _last;

    public void EntryRead(int input, long bytesOfInput)
    {
        Interlocked.Increment(ref _entries);
        Volatile.Write(ref _bytes[input], bytesOfInput);
        Report(force: false);
    }

    public void PodsFound(int pods)
    {
        _pods = pods;
        Report(force: true);
    }

    public void PodDiagnosed()
    {
        Interlocked.Increment(ref _diagnosed);
        Report(force: false);
    }

    public void Done() => Report(force: true);

    private void Report(bool force)
    {
        var now = System.Diagnostics.Stopwatch.GetTimestamp();
        if (!force && now - Volatile.Read(ref _last) < Interval)
        {
            return;
        }

        lock (_gate)
        {
            if (!force && now - _last < Interval)
            {
                return;
            }

            _last = now;
            long? total = 0;
            foreach (var input in source.Inputs)
            {
                total = input.TotalBytes is { } t && total is { } sum ? sum + t : null;
            }

            progress.Report(new DiagnosisProgress(Volatile.Read(ref _entries), _bytes.Sum(), total, Volatile.Read(ref _diagnosed), _pods));
        }
    }
}
