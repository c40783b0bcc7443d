namespace CrashLoopAnalysis.Detectors.Resources;

/// <summary>The findings of the resources category (CLA12xx): memory and CPU limits, local storage limits.</summary>
internal static class ResourcesDescriptors
{
    public static readonly FindingDescriptor OomKilled = FindingDescriptor.Create(
        "CLA1201", "Container is killed for exceeding its memory limit", FailureCategory.Resources, Severity.Error,
        "The kernel's OOM killer ended the process because the container used more memory than `resources.limits.memory`; Kubernetes reports the reason `OOMKilled` and exit code 137.",
        ["`kubectl top pod <pod> --containers` while it runs.", "Check the limit in the pod spec and the memory the application needs at peak."],
        ["Raise `resources.limits.memory`, or find what allocates memory (heap size flags such as `-Xmx` must stay below the limit).", "For the JVM, use `-XX:MaxRAMPercentage` so the heap follows the limit."]);

    public static readonly FindingDescriptor KilledBySigkill = FindingDescriptor.Create(
        "CLA1202", "Container was killed (SIGKILL, exit 137) without an OOM report", FailureCategory.Resources, Severity.Warning,
        "Exit code 137 means the process was killed by SIGKILL. Without the `OOMKilled` reason this is most often the kubelet killing a container whose liveness probe failed or that did not stop within its grace period, or a memory kill that the runtime did not report as OOM.",
        ["Look for `Unhealthy`/`Killing` events about the container.", "Compare the container's memory use with its limit."],
        ["If a liveness probe killed it, fix the probe; if memory, raise the limit."]);

    public static readonly FindingDescriptor RuntimeOutOfMemory = FindingDescriptor.Create(
        "CLA1203", "The application runs out of memory", FailureCategory.Resources, Severity.Error,
        "The runtime itself reports that it ran out of memory (`java.lang.OutOfMemoryError`, `JavaScript heap out of memory`, `MemoryError`, `fatal error: runtime: out of memory`) before or instead of the kernel OOM killer: the heap limit or the container's memory limit is too small for the work.",
        ["`kubectl top pod <pod> --containers` and the heap flags (`-Xmx`, `--max-old-space-size`) against `resources.limits.memory`."],
        ["Raise the memory limit and the runtime's heap limit together, or reduce what is loaded into memory."]);

    public static readonly FindingDescriptor CpuStarvation = FindingDescriptor.Create(
        "CLA1204", "A low CPU limit makes start-up too slow for the probes", FailureCategory.Resources, Severity.Warning,
        "The container has a small CPU limit and its probes time out while it starts: throttled by CFS quota, the application cannot answer in time and the kubelet restarts it before it is ready.",
        ["Check `resources.limits.cpu` and the container's throttling (`container_cpu_cfs_throttled_periods_total`).", "Compare the probe timeouts with the start-up time in the log."],
        ["Raise (or remove) the CPU limit, and give slow starts a `startupProbe` instead of a short liveness delay."]);

    public static readonly FindingDescriptor EphemeralStorageLimit = FindingDescriptor.Create(
        "CLA1205", "The container exceeded its local ephemeral storage limit", FailureCategory.Resources, Severity.Error,
        "The kubelet evicted the pod because a container wrote more to its writable layer, logs or emptyDir volumes than `resources.limits.ephemeral-storage` allows.",
        ["`kubectl describe pod <pod>`: the eviction message names the container and the limit."],
        ["Raise `resources.limits.ephemeral-storage`, or write large data to a volume, not to the container's filesystem."]);
}
