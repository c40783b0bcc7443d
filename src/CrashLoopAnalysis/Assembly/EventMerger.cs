using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Assembly;

/// <summary>
/// Puts a pod's events in time order and merges duplicates: the same event captured twice (in a list and in
/// describe text) counts once, with the larger count. Rows of one capture are never merged with each other:
/// the API server already aggregated them, and old kubectl shows identical rows for different containers.
/// </summary>
internal static class EventMerger
{
    public static ImmutableArray<EventRecord> Merge(List<EventRecord> events)
    {
        if (events.Count == 0)
        {
            return [];
        }

        var merged = new List<EventRecord>(events.Count);
        var seen = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var key = Identity(e);
            if (!seen.TryGetValue(key, out var places))
            {
                seen[key] = places = [];
            }

            var at = places.FindIndex(i => !string.Equals(merged[i].Line.Source, e.Line.Source, StringComparison.Ordinal));
            if (at >= 0)
            {
                if (Preferred(e, merged[places[at]]))
                {
                    merged[places[at]] = e;
                }

                continue;
            }

            places.Add(merged.Count);
            merged.Add(e);
        }

        return [.. merged
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Event.LastTimestamp ?? x.e.Event.EventTime ?? x.e.Event.FirstTimestamp ?? DateTime.MinValue)
            .ThenBy(x => x.e.Line.Source, StringComparer.Ordinal)
            .ThenBy(x => x.e.Line.Line)
            .ThenBy(x => x.i)
            .Select(x => x.e)];
    }

    // Kubernetes aggregates repeats of one event into a count, so type, reason and message identify it;
    // uids and field paths are absent from describe text and cannot be relied on.
    private static string Identity(EventRecord e) => string.Join('\u001f', e.Event.Type, e.Reason, e.Message);

    // The copy with the larger count wins; between equal counts the one read from the ordinally first place,
    // so the evidence never depends on the order the inputs were given in.
    private static bool Preferred(EventRecord candidate, EventRecord kept)
    {
        if (candidate.Count != kept.Count)
        {
            return candidate.Count > kept.Count;
        }

        var bySource = string.CompareOrdinal(candidate.Line.Source, kept.Line.Source);
        return bySource != 0 ? bySource < 0 : candidate.Line.Line < kept.Line.Line;
    }
}
