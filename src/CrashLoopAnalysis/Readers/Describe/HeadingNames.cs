namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>The top-level headings kubectl describe prints for pods, nodes and claims, now and in older versions.</summary>
internal static class HeadingNames
{
    private static readonly string[] Known =
    [
        "Name", "Namespace", "Priority", "Priority Class Name", "Runtime Class Name", "Service Account", "Node", "Start Time",
        "Labels", "Annotations", "Status", "Termination Grace Period", "Reason", "Message", "SeccompProfile", "LocalhostProfile",
        "IP", "IPs", "Controlled By", "NominatedNodeName", "Init Containers", "Containers", "Ephemeral Containers",
        "Readiness Gates", "Conditions", "Volumes", "QoS Class", "Node-Selectors", "Tolerations", "Topology Spread Constraints",
        "Events", "Roles", "CreationTimestamp", "Taints", "Unschedulable", "Lease", "Addresses", "Capacity", "Allocatable",
        "System Info", "PodCIDR", "PodCIDRs", "ProviderID", "Non-terminated Pods", "Allocated resources", "StorageClass",
        "Resources", "Volume", "Finalizers", "Access Modes", "VolumeMode", "DataSource", "Used By",

        // Headings of older kubectl versions.
        "Image(s)", "Replication Controllers", "Controllers", "Created By", "Host", "Security Policy", "QoS Tier", "ExternalID",
        "Termination Message Path", "Restart Policy", "Last Heartbeat Time",
    ];

    /// <summary>The heading spelled by <paramref name="key"/>, or null when kubectl prints no such heading.</summary>
    public static string? Find(ReadOnlySpan<char> key)
    {
        foreach (var name in Known)
        {
            if (key.SequenceEqual(name))
            {
                return name;
            }
        }

        return null;
    }
}
