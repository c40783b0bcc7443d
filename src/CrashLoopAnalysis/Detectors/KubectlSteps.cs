using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors;

/// <summary>The kubectl commands findings suggest next, spelled for the pod at hand.</summary>
internal static class KubectlSteps
{
    public static string Describe(PodKey pod) => $"kubectl describe pod {pod.Name ?? "<pod>"}{Namespace(pod)}";

    public static string PreviousLogs(PodKey pod, string? container) =>
        $"kubectl logs {pod.Name ?? "<pod>"}{Namespace(pod)}{(container is null ? string.Empty : $" -c {container}")} --previous";

    public static string Events(PodKey pod) =>
        $"kubectl get events{Namespace(pod)} --field-selector involvedObject.name={pod.Name ?? "<pod>"}";

    public static string Namespace(PodKey pod) => pod.Namespace is null ? string.Empty : $" -n {pod.Namespace}";
}
