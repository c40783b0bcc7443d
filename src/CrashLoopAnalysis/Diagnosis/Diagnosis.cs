using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>The result of a diagnosis: per pod the ranked findings, the groups of pods sharing a cause, and warnings.</summary>
public sealed record Diagnosis
{
    /// <summary>The inputs as they were read.</summary>
    public ImmutableArray<InputSummary> Inputs { get; init; } = [];

    /// <summary>Pods with findings, in namespace and name order (healthy pods are left out).</summary>
    public ImmutableArray<PodDiagnosis> Pods { get; init; } = [];

    /// <summary>Pods whose primary causes are the same, largest group first.</summary>
    public ImmutableArray<FindingGroup> Groups { get; init; } = [];

    /// <summary>What could not be read or analysed, with source and line.</summary>
    public ImmutableArray<ParseWarning> Warnings { get; init; } = [];

    /// <summary>True when at least one pod has a finding of severity <see cref="Severity.Error"/>.</summary>
    public bool HasErrors => Pods.Any(p => p.Findings.Any(f => f.Severity == Severity.Error));
}
