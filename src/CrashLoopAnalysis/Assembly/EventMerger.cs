using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Assembly;

/// <summary>
/// Puts a pod's events in time order and merges duplicates: the same event captured twice (in a list and in
/// describe text) counts once, with the larger count.
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
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            var key = Identity(e);
            if (seen.TryGetValue(key, out var at))
            {
                if (e.Count > merged[at].Count)
                {
                    merged[at] = e;
                }

                continue;
            }

            seen[key] = merged.Count;
            merged.Add(e);
        }

        return [.. merged
            .Select((e, i) => (e, i))
            .OrderBy(x => x.e.Event.LastTimestamp ?? x.e.Event.EventTime ?? x.e.Event.FirstTimestamp ?? DateTime.MinValue)
            .ThenBy(x => x.i)
            .Select(x => x.e)];
    }

    // Kubernetes aggregates repeats of one event into a count, so type, reason and message identify it;
    // uids and field paths are absent from describe text and cannot be relied on.
    private static string Identity(EventRecord e) => string.Join('\u001f', e.Event.Type, e.Reason, e.Message);
}
