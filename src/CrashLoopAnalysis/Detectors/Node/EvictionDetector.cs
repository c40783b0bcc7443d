using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Node.NodeDescriptors;

namespace CrashLoopAnalysis.Detectors.Node;

/// <summary>Evicted because the node ran low on a resource (memory, disk, PIDs): the node, not the application.</summary>
internal sealed class EvictionDetector : IPodDetector
{
    public string Name => "node-pressure-eviction";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.EvictedNodePressure];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var status = podCase.Pod?.Status;
        var lines = new List<EvidenceLine?>();
        string? message = null;
        if (status?.Reason == "Evicted")
        {
            lines.Add(EvidenceFinder.For(podCase, "status.reason", "Reason: Evicted"));
            lines.AddRange(EvidenceFinder.IfShown(podCase, "status.message"));
            message = status.Message;
        }

        foreach (var e in PodEvents.WithReason(podCase, "Evicted"))
        {
            lines.Add(e.Line);
            message ??= e.Message;
        }

        if (lines.Count == 0 || message?.Contains("local ephemeral storage limit", StringComparison.OrdinalIgnoreCase) == true)
        {
            return;
        }

        var resource = Resource(message);
        var node = podCase.Pod?.Spec?.NodeName;
        context.Report(D.EvictedNodePressure, null, $"The pod was evicted because its node{(node is null ? string.Empty : $" {node}")} ran low on {resource ?? "a resource"}.", message is null ? 0.75 : 0.9, lines, $"evicted: node low on {resource ?? "resource"}", node is null ? "kubectl get nodes" : $"kubectl describe node {node}");
    }

    private static string? Resource(string? message)
    {
        const string marker = "low on resource: ";
        var at = message?.IndexOf(marker, StringComparison.Ordinal) ?? -1;
        if (at < 0)
        {
            return null;
        }

        var rest = message![(at + marker.Length)..];
        var end = rest.IndexOfAny(['.', ',', ' ']);
        return end < 0 ? rest : rest[..end];
    }
}
