using k8s.Models;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>Turns an events.k8s.io/v1 Event into the core/v1 shape every detector reads.</summary>
internal static class EventConversion
{
    public static Corev1Event ToCore(Eventsv1Event e) => new()
    {
        ApiVersion = "v1",
        Kind = "Event",
        Metadata = e.Metadata,
        InvolvedObject = e.Regarding ?? new V1ObjectReference(),
        Related = e.Related,
        Reason = e.Reason,
        Message = e.Note,
        Type = e.Type,
        Action = e.Action,
        Count = e.Series?.Count ?? e.DeprecatedCount,
        FirstTimestamp = e.DeprecatedFirstTimestamp ?? e.EventTime,
        LastTimestamp = e.Series?.LastObservedTime ?? e.DeprecatedLastTimestamp ?? e.EventTime,
        EventTime = e.EventTime,
        ReportingComponent = e.ReportingController,
        ReportingInstance = e.ReportingInstance,
        Source = e.DeprecatedSource ?? (e.ReportingController is null ? null : new V1EventSource { Component = e.ReportingController, Host = e.ReportingInstance }),
    };
}
