using System.Collections.Immutable;

namespace CrashLoopAnalysis;

/// <summary>Joins pods whose primary findings share a category and a decisive detail.</summary>
internal static class FindingGrouper
{
    public static ImmutableArray<FindingGroup> Group(ImmutableArray<PodDiagnosis> pods) =>
    [
        .. pods
            .Where(p => p.PrimaryCause is { Signature: not null })
            .GroupBy(p => (p.PrimaryCause!.Category, p.PrimaryCause.Id, p.PrimaryCause.Signature))
            .Where(g => g.Count() > 1)
            .Select(g => new FindingGroup(
                $"{g.Key.Category.ToReportName()}: {g.Key.Signature}",
                g.Key.Category,
                g.Key.Id,
                [.. g.Select(p => p.Key).Order()]))
            .OrderByDescending(g => g.Pods.Length)
            .ThenBy(g => g.Signature, StringComparer.Ordinal),
    ];
}
