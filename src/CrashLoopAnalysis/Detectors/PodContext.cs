using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors;

/// <summary>What a detector sees of one pod, and where it reports.</summary>
public sealed class PodContext
{
    private readonly Action<Finding> _report;

    internal PodContext(PodCase podCase, Dump dump, DumpIndex index, DiagnosisOptions options, Action<Finding> report, CancellationToken cancellationToken)
    {
        Case = podCase;
        Dump = dump;
        Index = index;
        Options = options;
        _report = report;
        CancellationToken = cancellationToken;
    }

    /// <summary>Everything known about the pod.</summary>
    public PodCase Case { get; }

    /// <summary>Everything read, to follow a cause to other pods, services and nodes.</summary>
    public Dump Dump { get; }

    /// <summary>What the built-in detectors ask of the whole dump, worked out once per diagnosis.</summary>
    internal DumpIndex Index { get; }

    /// <summary>The options in force, with thresholds.</summary>
    public DiagnosisOptions Options { get; }

    /// <summary>Cancelled when the caller gives up; long detectors should check it.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>Reports a finding. Its descriptor must be one the detector declared.</summary>
    /// <param name="finding">The finding.</param>
    public void Report(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        _report(finding);
    }
}
