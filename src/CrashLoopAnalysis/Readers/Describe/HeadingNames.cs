namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>The headings describe prints most, shared so that reading a heading does not allocate.</summary>
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
        "Volume", "Finalizers", "Access Modes", "VolumeMode", "DataSource", "Used By",
    ];

    public static string Intern(ReadOnlySpan<char> key)
    {
        foreach (var name in Known)
        {
            if (key.SequenceEqual(name))
            {
                return name;
            }
        }

        return key.ToString();
    }
}
