using System.Collections.Immutable;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis;

/// <summary>Options of a <see cref="DiagnosisEngine"/>: what to leave out, severity overrides, thresholds, limits.</summary>
public sealed record DiagnosisOptions
{
    /// <summary>The defaults.</summary>
    public static DiagnosisOptions Default { get; } = new();

    /// <summary>Finding IDs (<c>CLA1201</c>) or detector names (<c>oom-kill</c>) not to run or report.</summary>
    public ImmutableHashSet<string> Disabled { get; init; } = ImmutableHashSet.Create<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Severities that replace a descriptor's default, by finding ID.</summary>
    public ImmutableDictionary<string, Severity> SeverityOverrides { get; init; } = ImmutableDictionary.Create<string, Severity>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The numbers detectors judge by.</summary>
    public DetectorThresholds Thresholds { get; init; } = new();

    /// <summary>How many pods to analyse at once; default: one per core.</summary>
    public int MaxDegreeOfParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Masks secrets in every text the diagnosis holds.</summary>
    public SecretMasker Masker { get; init; } = SecretMasker.Default;

    /// <summary>The largest single structured document (JSON, YAML, describe text) read, in bytes. Default 1 GiB.</summary>
    public long MaxDocumentBytes { get; init; } = 1L << 30;

    /// <summary>Bounds on what an archive may unpack to (entries, bytes, compression ratio).</summary>
    public DumpLimits Limits { get; init; } = DumpLimits.Default;

    /// <summary>The clock for ages and durations; tests pass a fixed one.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
