using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>
/// Joins pods whose primary findings share a category, an ID and a decisive detail (the signature a detector
/// gives), and says which workloads they belong to. Generic: it knows no detector.
/// </summary>
internal static class FindingGrouper
{
    public static ImmutableArray<FindingGroup> Group(ImmutableArray<PodDiagnosis> pods, Dump dump)
    {
        var cases = new Dictionary<PodKey, PodCase>();
        foreach (var c in dump.Pods)
        {
            cases.TryAdd(c.Key, c);
        }

        return
        [
            .. pods
                .Where(p => p.PrimaryCause is { Signature: not null })
                .GroupBy(p => (p.PrimaryCause!.Category, p.PrimaryCause.Id, p.PrimaryCause.Signature))
                .Where(g => g.Count() > 1)
                .Select(g =>
                {
                    var owners = g.Select(p => WorkloadOwner.Of(cases.GetValueOrDefault(p.Key)?.Pod, p.Key)).ToList();
                    return new FindingGroup(
                        $"{g.Key.Category.ToReportName()}: {g.Key.Signature}",
                        g.Key.Category,
                        g.Key.Id,
                        [.. g.Select(p => p.Key).Order()])
                    {
                        Owners = [.. owners.Select(o => o.Id).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
                        Headline = $"{g.Count()} pods in {WorkloadOwner.Describe(owners)}: {g.Key.Signature}",
                    };
                })
                .OrderByDescending(g => g.Pods.Length)
                .ThenBy(g => g.Signature, StringComparer.Ordinal),
        ];
    }
}
