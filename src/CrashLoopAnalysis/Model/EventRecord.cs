using k8s.Models;

namespace CrashLoopAnalysis.Model;

/// <summary>A Kubernetes event about a pod together with the captured line that shows it.</summary>
/// <param name="Event">The event, in the core/v1 shape whatever form it was captured in.</param>
/// <param name="Line">The line that shows the event (its message, or its row in an events table).</param>
public sealed record EventRecord(Corev1Event Event, EvidenceLine Line)
{
    /// <summary>The event's reason, e.g. <c>BackOff</c>, <c>Unhealthy</c>, <c>FailedMount</c>.</summary>
    public string? Reason => Event.Reason;

    /// <summary>The event's message.</summary>
    public string? Message => Event.Message;

    /// <summary>How many times the event was seen (at least 1).</summary>
    public int Count => Math.Max(1, Event.Count ?? Event.Series?.Count ?? 1);

    /// <summary>The container the event is about, from <c>involvedObject.fieldPath</c> (<c>spec.containers{app}</c>), or null.</summary>
    public string? Container => ContainerOf(Event.InvolvedObject?.FieldPath);

    internal static string? ContainerOf(string? fieldPath)
    {
        if (string.IsNullOrEmpty(fieldPath))
        {
            return null;
        }

        var open = fieldPath.IndexOf('{', StringComparison.Ordinal);
        var close = fieldPath.LastIndexOf('}');
        return open >= 0 && close > open + 1 ? fieldPath[(open + 1)..close] : null;
    }
}
