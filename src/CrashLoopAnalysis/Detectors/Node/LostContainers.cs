using k8s.Models;

namespace CrashLoopAnalysis.Detectors.Node;

/// <summary>What a container the node or its runtime lost looks like in its termination state.</summary>
internal static class LostContainers
{
    public static bool IsLost(V1ContainerStateTerminated state) =>
        state.Reason is "Unknown" or "ContainerStatusUnknown" || (state.ExitCode == 255 && string.IsNullOrEmpty(state.Reason));
}
