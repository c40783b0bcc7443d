using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Detectors;

/// <summary>Which list of the pod spec a container is in.</summary>
internal enum ContainerKind
{
    Init,
    Regular,
    Ephemeral,
}

/// <summary>
/// One container seen from every side at once: its spec, its status, and the field paths to cite them.
/// </summary>
internal sealed record ContainerFacts(string Name, ContainerKind Kind, V1Container? Spec, V1ContainerStatus? Status, string SpecPath, string StatusPath)
{
    /// <summary>An init container that keeps running beside the others (restartPolicy Always).</summary>
    public bool IsSidecar => Kind == ContainerKind.Init && Spec?.RestartPolicy == "Always";

    /// <summary>The termination to judge: the current one if the container is terminated now, else the last one.</summary>
    public (V1ContainerStateTerminated State, string Path)? Termination =>
        Status?.State?.Terminated is { } now ? (now, $"{StatusPath}.state.terminated")
        : Status?.LastState?.Terminated is { } last ? (last, $"{StatusPath}.lastState.terminated")
        : null;

    /// <summary>The container's name for messages: captures cut from a describe may not show it.</summary>
    public string Display => Name.Length > 0 ? Name : "The container";

    /// <summary>True when the container crashed, restarts, or cannot start; false when it runs or ran cleanly.</summary>
    public bool IsFailing =>
        Status is null
        || Status.RestartCount > 0
        || Status.State?.Waiting is not null
        || Status.State?.Terminated is { ExitCode: not 0 }
        || Status.LastState?.Terminated is { ExitCode: not 0 };

    /// <summary>How long the judged run lasted (started to finished), when both are known.</summary>
    public TimeSpan? RunDuration =>
        Termination is { State: { StartedAt: { } started, FinishedAt: { } finished } } && finished >= started ? finished - started : null;

    /// <summary>The reason the container waits now (CrashLoopBackOff, CreateContainerConfigError, ...).</summary>
    public string? WaitingReason => Status?.State?.Waiting?.Reason;

    /// <summary>The command line (command then args) as one string, for matching paths and flags.</summary>
    public string CommandLine => string.Join(' ', (Spec?.Command ?? []).Concat(Spec?.Args ?? []));

    /// <summary>True when the container has run at least once: its volumes were mounted and its config resolved then.</summary>
    public bool HasRun =>
        Status?.State?.Running is not null || Status?.State?.Terminated is not null || Status?.LastState?.Terminated is not null;

    /// <summary>True when the pod was placed on a node: earlier FailedScheduling events no longer hold.</summary>
    public static bool IsScheduled(PodCase podCase) =>
        !string.IsNullOrEmpty(podCase.Pod?.Spec?.NodeName)
        || podCase.Pod?.Status?.Conditions?.Any(c => c.Type == "PodScheduled" && c.Status == "True") == true;

    public static IEnumerable<ContainerFacts> Of(PodCase podCase)
    {
        var pod = podCase.Pod;
        if (pod is null)
        {
            yield break;
        }

        foreach (var facts in List(pod.Spec?.InitContainers, pod.Status?.InitContainerStatuses, ContainerKind.Init, "spec.initContainers", "status.initContainerStatuses"))
        {
            yield return facts;
        }

        foreach (var facts in List(pod.Spec?.Containers, pod.Status?.ContainerStatuses, ContainerKind.Regular, "spec.containers", "status.containerStatuses"))
        {
            yield return facts;
        }

        foreach (var s in pod.Status?.EphemeralContainerStatuses ?? [])
        {
            yield return new ContainerFacts(s.Name, ContainerKind.Ephemeral, null, s, $"spec.ephemeralContainers[{s.Name}]", $"status.ephemeralContainerStatuses[{s.Name}]");
        }
    }

    private static IEnumerable<ContainerFacts> List(IList<V1Container>? specs, IList<V1ContainerStatus>? statuses, ContainerKind kind, string specList, string statusList)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var spec in specs ?? [])
        {
            var name = spec.Name ?? string.Empty;
            seen.Add(name);
            var status = statuses?.FirstOrDefault(s => s.Name == name);
            yield return new ContainerFacts(name, kind, spec, status, $"{specList}[{name}]", $"{statusList}[{name}]");
        }

        foreach (var status in statuses ?? [])
        {
            if (seen.Add(status.Name ?? string.Empty))
            {
                yield return new ContainerFacts(status.Name ?? string.Empty, kind, null, status, $"{specList}[{status.Name}]", $"{statusList}[{status.Name}]");
            }
        }
    }
}
