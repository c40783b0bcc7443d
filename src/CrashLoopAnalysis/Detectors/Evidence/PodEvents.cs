using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.Evidence;

/// <summary>The pod's events, by reason and by container.</summary>
internal static class PodEvents
{
    /// <summary>The events whose reason is one of <paramref name="reasons"/> (case-insensitive: old kubelets wrote <c>failedScheduling</c>).</summary>
    public static IEnumerable<EventRecord> WithReason(PodCase podCase, params string[] reasons)
    {
        foreach (var e in podCase.Events)
        {
            foreach (var reason in reasons)
            {
                if (string.Equals(e.Reason, reason, StringComparison.OrdinalIgnoreCase))
                {
                    yield return e;
                    break;
                }
            }
        }
    }

    /// <summary>The events whose message holds <paramref name="text"/>.</summary>
    public static IEnumerable<EventRecord> Saying(PodCase podCase, string text) =>
        podCase.Events.Where(e => e.Message?.Contains(text, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>
    /// The container an event is about: its field path, else a container the message names, else the pod's
    /// only container.
    /// </summary>
    public static string? ContainerOf(PodCase podCase, EventRecord e)
    {
        if (e.Container is { } fromPath)
        {
            return fromPath;
        }

        var names = ContainerFacts.Of(podCase).Select(c => c.Name).Where(n => n.Length > 0).ToList();
        var message = e.Message ?? string.Empty;
        foreach (var name in names.OrderByDescending(n => n.Length))
        {
            if (message.Contains($"container {name} ", StringComparison.OrdinalIgnoreCase)
                || message.Contains($"container \"{name}\"", StringComparison.OrdinalIgnoreCase)
                || message.Contains($"Container {name} ", StringComparison.Ordinal)
                || message.Contains($"://{name}:", StringComparison.Ordinal)
                || message.EndsWith($"container {name}", StringComparison.OrdinalIgnoreCase))
            {
                return name;
            }
        }

        if (names.Count == 0 && NamedIn(message) is { } named)
        {
            return named;
        }

        var regular = ContainerFacts.Of(podCase).Where(c => c.Kind == ContainerKind.Regular).ToList();
        return regular.Count == 1 ? regular[0].Name : names.Count == 1 ? names[0] : null;
    }

    /// <summary>True when the event is about the container (or names no container at all).</summary>
    public static bool IsAbout(PodCase podCase, EventRecord e, string? container) =>
        container is null || ContainerOf(podCase, e) is not { } about || about == container;

    /// <summary>The container a kubelet message names when the pod's spec is unknown: "Container x failed ...".</summary>
    private static string? NamedIn(string message)
    {
        const string marker = "Container ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = message[(at + marker.Length)..];
        var end = rest.IndexOf(' ', StringComparison.Ordinal);
        return end > 0 && rest[end..].StartsWith(" failed", StringComparison.Ordinal) ? rest[..end] : null;
    }
}
