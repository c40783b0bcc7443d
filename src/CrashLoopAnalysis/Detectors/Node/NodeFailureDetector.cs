using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using D = CrashLoopAnalysis.Detectors.Node.NodeDescriptors;

namespace CrashLoopAnalysis.Detectors.Node;

/// <summary>The node or runtime fails the pod: NodeNotReady, and sandboxes (pod networking) that cannot be created.</summary>
internal sealed class NodeFailureDetector : IPodDetector
{
    public string Name => "node-failure";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.NodeNotReady, D.SandboxFailed];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var node = podCase.Pod?.Spec?.NodeName;
        var nodeStep = node is null ? "kubectl get nodes" : $"kubectl describe node {node}";
        var sandbox = PodEvents.WithReason(podCase, "FailedCreatePodSandBox").ToList();
        if (sandbox.Count > 0)
        {
            var last = sandbox[^1];
            var cni = last.Message?.Contains("network", StringComparison.OrdinalIgnoreCase) == true || last.Message?.Contains("cni", StringComparison.OrdinalIgnoreCase) == true;
            context.Report(D.SandboxFailed, null, $"The runtime cannot create the pod's sandbox{(cni ? ": the CNI plugin fails to set up its network" : string.Empty)} ({sandbox.Sum(e => e.Count)} time(s)){(node is null ? string.Empty : $" on node {node}")}.", 0.9, sandbox.Select(e => e.Line), $"sandbox: {(cni ? "CNI network setup" : "runtime")} on {node ?? "node"}", nodeStep, "kubectl get pods -n kube-system -o wide");
        }

        var notReady = PodEvents.WithReason(podCase, "NodeNotReady").ToList();
        var nodeReady = podCase.Node?.Status?.Conditions?.FirstOrDefault(c => c.Type == "Ready");
        if (notReady.Count > 0 || nodeReady is { Status: not "True" })
        {
            context.Report(D.NodeNotReady, null, $"The pod's node{(node is null ? string.Empty : $" {node}")} is not ready{(nodeReady?.Message is { Length: > 0 } m ? $": {m}" : string.Empty)}.", notReady.Count > 0 ? 0.8 : 0.7, notReady.Select(e => e.Line), $"node not ready: {node ?? "node"}", nodeStep);
        }
    }
}
