using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors;

namespace CrashLoopAnalysis;

/// <summary>
/// Orders a pod's findings: causes before symptoms, then confidence (the strength of the evidence), then
/// severity; ties break on ID and
/// container so the order never depends on which detector ran first.
/// </summary>
internal static class FindingRanker
{
    public static ImmutableArray<Finding> Rank(IEnumerable<Finding> findings) =>
    [
        .. findings
            .OrderBy(f => f.Descriptor.Role == FindingRole.Symptom ? 1 : 0)
            .ThenByDescending(f => f.Confidence)
            .ThenByDescending(f => f.Severity)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ThenBy(f => f.Container, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal),
    ];
}
