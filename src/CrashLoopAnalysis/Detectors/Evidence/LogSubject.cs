using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.Evidence;

/// <summary>
/// One container's log to judge, with the container's spec and status when the inputs hold them. A bare log
/// (no pod spec) is a subject too, so that a log alone is still diagnosed.
/// </summary>
internal sealed record LogSubject(ContainerFacts? Facts, string? Container, LogDigest Digest)
{
    /// <summary>The container's name as findings show it.</summary>
    public string? Name => Facts?.Name ?? Container;

    /// <summary>
    /// The logs worth judging: the previous run of each container (else its current run), for containers
    /// that are failing or whose state is unknown.
    /// </summary>
    public static IEnumerable<LogSubject> Of(PodCase podCase)
    {
        var containers = ContainerFacts.Of(podCase).ToList();
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in containers)
        {
            var log = podCase.FindLog(c.Name, previous: true) ?? podCase.FindLog(c.Name, previous: false);
            if (log is not null && c.IsFailing && done.Add(c.Name))
            {
                yield return new LogSubject(c, c.Name, log.Digest);
            }
        }

        if (containers.Count > 0)
        {
            yield break;
        }

        // No spec: every log is judged as it stands, its previous run first.
        foreach (var log in podCase.Logs.OrderBy(l => l.Previous ? 0 : 1))
        {
            if (done.Add(log.Container ?? string.Empty))
            {
                yield return new LogSubject(null, log.Container, log.Digest);
            }
        }
    }

    /// <summary>The strongest signal of the given kinds: the decisive line's own, else the last one.</summary>
    public LogSignal? Find(params LogSignalKind[] kinds)
    {
        LogSignal? last = null;
        foreach (var signal in Digest.Signals)
        {
            if (Array.IndexOf(kinds, signal.Kind) < 0)
            {
                continue;
            }

            if (IsDecisive(signal))
            {
                return signal;
            }

            last = signal;
        }

        return last;
    }

    /// <summary>True when the signal sits on the log's decisive line.</summary>
    public bool IsDecisive(LogSignal signal) => Digest.DecisiveLine is { } d && d.Line == signal.Line.Line && d.Source == signal.Line.Source;

    /// <summary>The first line of the log's tail or its signals holding the text (for a few exact phrases).</summary>
    public EvidenceLine? FindText(string text)
    {
        foreach (var signal in Digest.Signals)
        {
            if (signal.Line.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return signal.Line;
            }
        }

        if (Digest.DecisiveLine is { } decisive && decisive.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
        {
            return decisive;
        }

        foreach (var line in Digest.Tail)
        {
            if (line.Text.Contains(text, StringComparison.OrdinalIgnoreCase))
            {
                return line;
            }
        }

        return null;
    }
}
