using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using D = CrashLoopAnalysis.Detectors.Node.NodeDescriptors;

namespace CrashLoopAnalysis.Detectors.Node;

/// <summary>
/// Last state Unknown / exit 255 / ContainerStatusUnknown: the node or runtime restarted under the container.
/// Other pods of the same node lost the same way make it certain.
/// </summary>
internal sealed class LostContainerDetector : IPodDetector
{
    public string Name => "lost-container";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.LostContainer];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var node = podCase.Pod?.Spec?.NodeName;
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (TerminationEvidence.State(c) is not { } state || !LostContainers.IsLost(state))
            {
                continue;
            }

            var others = node is null ? 0 : context.Index.PodsWithLostContainers(node).Count(k => k != podCase.Key);
            var many = others + 1 >= context.Options.Thresholds.NodeRestartPods && others > 0;
            var reason = string.IsNullOrEmpty(state.Reason) ? "Unknown" : state.Reason;
            var message = $"{c.Display} ended in state {reason} with exit code {state.ExitCode}: the node or container runtime restarted under it{(many ? $"; {others} other pod(s) on node {node} ended the same way" : string.Empty)}.";
            context.Report(D.LostContainer, c.Name, message, many ? 0.9 : 0.75, TerminationEvidence.Lines(podCase, c), $"node/runtime restart: {node ?? "unknown node"}", node is null ? "kubectl get nodes" : $"kubectl describe node {node}");
        }
    }
}
