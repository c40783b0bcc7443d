using System.Collections.Immutable;

namespace CrashLoopAnalysis.Detectors;

/// <summary>
/// Looks at one pod and reports findings. A detector declares every descriptor it may report; the engine
/// rejects a finding whose descriptor was not declared. A detector that throws becomes a warning in the
/// diagnosis, never a failure of <c>Diagnose()</c>.
/// </summary>
public interface IPodDetector
{
    /// <summary>A short, stable name (kebab-case) used to disable the detector in options.</summary>
    string Name { get; }

    /// <summary>Every kind of finding this detector may report.</summary>
    ImmutableArray<FindingDescriptor> Descriptors { get; }

    /// <summary>Looks at <see cref="PodContext.Case"/> and reports findings through <see cref="PodContext.Report"/>.</summary>
    /// <param name="context">The pod, the whole dump, options, and where to report.</param>
    void Analyze(PodContext context);
}
