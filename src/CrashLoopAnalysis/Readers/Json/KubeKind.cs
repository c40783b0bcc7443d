namespace CrashLoopAnalysis.Readers.Json;

/// <summary>The kinds of Kubernetes objects the readers turn into typed objects.</summary>
internal enum KubeKind
{
    Unknown,
    Pod,
    Event,
    EventsV1Event,
    Node,
    PersistentVolumeClaim,
    Service,
    Other,
}

internal static class KubeKinds
{
    /// <summary>The kind named by <c>kind</c> (and <c>apiVersion</c> for events), or the item kind of a typed list.</summary>
    public static KubeKind From(string? kind, string? apiVersion) => kind switch
    {
        "Pod" or "PodList" => KubeKind.Pod,
        "Event" or "EventList" when apiVersion is not null && apiVersion.StartsWith("events.k8s.io/", StringComparison.Ordinal) => KubeKind.EventsV1Event,
        "Event" or "EventList" => KubeKind.Event,
        "Node" or "NodeList" => KubeKind.Node,
        "PersistentVolumeClaim" or "PersistentVolumeClaimList" => KubeKind.PersistentVolumeClaim,
        "Service" or "ServiceList" => KubeKind.Service,
        // A plain List holds items of mixed kinds: each item says its own.
        null or "" or "List" => KubeKind.Unknown,
        _ => KubeKind.Other,
    };
}
