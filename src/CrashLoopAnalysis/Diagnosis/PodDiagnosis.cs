using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>The diagnosis of one pod: its state at capture time and its findings, the most likely root cause first.</summary>
public sealed record PodDiagnosis
{
    /// <summary>The pod's namespace and name.</summary>
    public required PodKey Key { get; init; }

    /// <summary>The pod phase (Running, Pending, ...), when known.</summary>
    public string? Phase { get; init; }

    /// <summary>The status as <c>kubectl get pods</c> shows it (CrashLoopBackOff, OOMKilled, Init:Error, ...).</summary>
    public string? Status { get; init; }

    /// <summary>The restarts of all its containers.</summary>
    public int Restarts { get; init; }

    /// <summary>Findings, ranked: causes before symptoms, then by severity and confidence.</summary>
    public ImmutableArray<Finding> Findings { get; init; } = [];

    /// <summary>The most likely root cause, or null when nothing was found.</summary>
    public Finding? PrimaryCause => Findings.IsEmpty ? null : Findings[0];
}
