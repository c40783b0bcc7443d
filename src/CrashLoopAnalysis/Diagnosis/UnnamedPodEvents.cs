using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>
/// Events cut from a describe without its header name no pod. They belong to the one pod the inputs do not
/// name (the one a loose log goes to), which is created for them when no such pod exists, so that an Events
/// section pasted alone is still diagnosed.
/// </summary>
internal static class UnnamedPodEvents
{
    public static Dump Attach(Dump dump)
    {
        // Ordered by where they were read, so that the order of the inputs does not change the report.
        var unnamed = dump.OtherEvents.Where(e => e.Event.InvolvedObject is { Name: null } o && (o.Kind is null or "Pod"))
            .OrderBy(e => e.Line.Source, StringComparer.Ordinal).ThenBy(e => e.Line.Line).ToList();
        if (unnamed.Count == 0)
        {
            return dump;
        }

        var key = new PodKey(null, null);
        var existing = dump.Pods.FirstOrDefault(p => p.Key == key);
        var merged = existing is null
            ? new PodCase { Key = key, Events = [.. unnamed] }
            : existing with { Events = [.. existing.Events.Concat(unnamed).OrderBy(e => e.Line.Source, StringComparer.Ordinal).ThenBy(e => e.Line.Line)] };
        return dump with
        {
            Pods = [.. dump.Pods.Where(p => p.Key != key).Append(merged).OrderBy(p => p.Key)],
            OtherEvents = [.. dump.OtherEvents.Except(unnamed)],
        };
    }
}
