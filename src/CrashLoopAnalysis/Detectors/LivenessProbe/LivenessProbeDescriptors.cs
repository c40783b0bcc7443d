namespace CrashLoopAnalysis.Detectors.LivenessProbe;

/// <summary>The findings of the liveness-probe category (CLA15xx): probes that kill a container.</summary>
internal static class LivenessProbeDescriptors
{
    public static readonly FindingDescriptor ProbeKills = FindingDescriptor.Create(
        "CLA1501", "The liveness probe fails and the kubelet restarts the container", FailureCategory.LivenessProbe, Severity.Error,
        "The kubelet kills the container because its liveness (or startup) probe fails (`Liveness probe failed: ...`, `Container x failed liveness probe, will be restarted`); the container may be healthy but the probe cannot see it. The container then ends with exit 137 or 143.",
        ["`kubectl describe pod <pod>`: the Unhealthy and Killing events and the probe's settings.", "Run the probe by hand: `kubectl exec <pod> -- wget -qO- localhost:<port><path>`."],
        ["Make the probe match the application (port, path, command), and give it enough `timeoutSeconds`, `failureThreshold` and start-up time."]);

    public static readonly FindingDescriptor WrongPort = FindingDescriptor.Create(
        "CLA1502", "The liveness probe checks a port the container does not listen on", FailureCategory.LivenessProbe, Severity.Error,
        "The probe's port is not one of the container's ports (or not the one its log says it listens on), so every check is refused and the healthy container is killed.",
        ["Compare `livenessProbe.*.port` with `ports[].containerPort` and the port in the start-up log."],
        ["Point the probe at the port the application listens on (use a named port to keep them together)."]);

    public static readonly FindingDescriptor WrongPath = FindingDescriptor.Create(
        "CLA1503", "The liveness probe requests a path the application does not serve", FailureCategory.LivenessProbe, Severity.Error,
        "The HTTP probe gets `404` (or another non-2xx/3xx status) because its path does not exist in the application, so the kubelet keeps killing a working container.",
        ["`kubectl exec <pod> -- wget -S -O- localhost:<port><path>`."],
        ["Fix `livenessProbe.httpGet.path` to the application's health endpoint."]);

    public static readonly FindingDescriptor StartsSlowerThanProbe = FindingDescriptor.Create(
        "CLA1504", "The container is killed before it finishes starting", FailureCategory.LivenessProbe, Severity.Error,
        "The liveness probe starts checking (`initialDelaySeconds`) and gives up (`failureThreshold` x `periodSeconds`) before the application is ready: slow starters (JVM, migrations, large caches) are killed during start-up and never come up.",
        ["Compare the time the log shows for start-up with the probe's initial delay, period and failure threshold."],
        ["Add a `startupProbe` with a generous `failureThreshold`, or raise `initialDelaySeconds`; give the container enough CPU to start."]);

    public static readonly FindingDescriptor ProbeTimesOut = FindingDescriptor.Create(
        "CLA1505", "The liveness probe times out", FailureCategory.LivenessProbe, Severity.Error,
        "The probe does not answer within `timeoutSeconds` (`context deadline exceeded`, `command ... timed out`): the check is too slow (a heavy exec command, a health endpoint that calls dependencies) or the container is CPU-starved.",
        ["Time the probe by hand in the container, and check CPU throttling."],
        ["Raise `timeoutSeconds`, make the health check cheap (no dependency calls), or raise the CPU limit."]);
}
