using k8s.Models;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Tells whether a pod shows any trouble. Only such pods get full provenance, which keeps reading a dump of
/// thousands of healthy pods cheap.
/// </summary>
internal static class PodAttention
{
    public static bool Needed(V1Pod pod)
    {
        var status = pod.Status;
        if (status is null)
        {
            return true;
        }

        if (status.Phase is not ("Running" or "Succeeded") || status.Reason is not null)
        {
            return true;
        }

        return Troubled(status.ContainerStatuses, init: false)
            || Troubled(status.InitContainerStatuses, init: true)
            || Troubled(status.EphemeralContainerStatuses, init: false);
    }

    private static bool Troubled(IList<V1ContainerStatus>? statuses, bool init)
    {
        if (statuses is null)
        {
            return false;
        }

        foreach (var s in statuses)
        {
            if (s.RestartCount > 0 || s.State?.Waiting is not null || s.LastState?.Terminated is not null)
            {
                return true;
            }

            if (s.State?.Terminated is { } t && !(init && t.ExitCode == 0))
            {
                return true;
            }

            if (!init && !s.Ready)
            {
                return true;
            }
        }

        return false;
    }
}
