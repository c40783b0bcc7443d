using k8s.Models;

namespace CrashLoopAnalysis;

/// <summary>The STATUS column of <c>kubectl get pods</c>, computed the way kubectl's printer does.</summary>
internal static class PodStatusText
{
    public static string Of(V1Pod pod)
    {
        var status = pod.Status;
        var reason = status?.Reason ?? status?.Phase ?? "Unknown";
        var initializing = false;
        var initStatuses = status?.InitContainerStatuses ?? [];
        var initCount = pod.Spec?.InitContainers?.Count ?? initStatuses.Count;
        for (var i = 0; i < initStatuses.Count; i++)
        {
            var s = initStatuses[i];
            if (s.State?.Terminated is { ExitCode: 0 })
            {
                continue;
            }

            if (s.State?.Terminated is { } t)
            {
                reason = !string.IsNullOrEmpty(t.Reason) ? $"Init:{t.Reason}"
                    : t.Signal is { } sig && sig != 0 ? $"Init:Signal:{sig}" : $"Init:ExitCode:{t.ExitCode}";
            }
            else if (s.State?.Waiting is { Reason: { Length: > 0 } w } && w != "PodInitializing")
            {
                reason = $"Init:{w}";
            }
            else if (s.State?.Running is not null && IsSidecar(pod, s.Name))
            {
                continue;
            }
            else
            {
                reason = $"Init:{i}/{initCount}";
            }

            initializing = true;
            break;
        }

        if (!initializing)
        {
            var hasRunning = false;
            var statuses = status?.ContainerStatuses ?? [];
            for (var i = statuses.Count - 1; i >= 0; i--)
            {
                var s = statuses[i];
                if (s.State?.Waiting is { Reason: { Length: > 0 } w })
                {
                    reason = w;
                }
                else if (s.State?.Terminated is { } t)
                {
                    reason = !string.IsNullOrEmpty(t.Reason) ? t.Reason
                        : t.Signal is { } sig && sig != 0 ? $"Signal:{sig}" : $"ExitCode:{t.ExitCode}";
                }
                else if (s.Ready && s.State?.Running is not null)
                {
                    hasRunning = true;
                }
            }

            if (reason == "Completed" && hasRunning)
            {
                reason = "Running";
            }
        }

        if (pod.Metadata?.DeletionTimestamp is not null)
        {
            reason = status?.Reason == "NodeLost" ? "Unknown" : "Terminating";
        }

        return reason;
    }

    private static bool IsSidecar(V1Pod pod, string name) =>
        pod.Spec?.InitContainers?.Any(c => c.Name == name && c.RestartPolicy == "Always") == true;
}
