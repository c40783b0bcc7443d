using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using D = CrashLoopAnalysis.Detectors.Scheduling.SchedulingDescriptors;

namespace CrashLoopAnalysis.Detectors.Scheduling;

/// <summary>
/// FailedScheduling, by the reason its message gives for the nodes: resources, selector/affinity, taints.
/// Unbound claims are left to the filesystem detectors, whose cause they are.
/// </summary>
internal sealed class FailedSchedulingDetector : IPodDetector
{
    public string Name => "failed-scheduling";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.InsufficientResources, D.NoMatchingNode, D.UntoleratedTaint, D.Unschedulable];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var events = PodEvents.WithReason(podCase, "FailedScheduling").ToList();
        var condition = podCase.Pod?.Status?.Conditions?.FirstOrDefault(c => c.Type == "PodScheduled" && c.Status == "False" && c.Reason == "Unschedulable");
        if ((events.Count == 0 && condition is null) || ContainerFacts.IsScheduled(podCase))
        {
            return;
        }

        var message = events.Count > 0 ? events[^1].Message ?? string.Empty : condition?.Message ?? string.Empty;
        if (message.Contains("PersistentVolumeClaim", StringComparison.OrdinalIgnoreCase) || message.Contains("persistentvolume", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        bool Has(string s) => message.Contains(s, StringComparison.OrdinalIgnoreCase);
        var lines = events.Select(e => e.Line).Cast<Model.EvidenceLine?>().ToList();
        lines.AddRange(EvidenceFinder.IfShown(podCase, "status.conditions[PodScheduled].message"));
        var (descriptor, what) =
            Has("Insufficient") || Has("PodFitsResources") || Has("fit failure") && Has("Insufficient") ? (D.InsufficientResources, Insufficient(message))
            : Has("taint") ? (D.UntoleratedTaint, Has("not-ready") ? "its nodes carry the not-ready taint (the node is not ready)" : "the nodes have taints it does not tolerate")
            : Has("node selector") || Has("affinity") || Has("MatchNodeSelector") ? (D.NoMatchingNode, "no node matches its node selector or affinity")
            : (D.Unschedulable, "the scheduler finds no node for it");
        context.Report(descriptor, null, $"The pod cannot be scheduled: {what}. The scheduler says: {message.Trim()}", descriptor == D.Unschedulable ? 0.8 : 0.9, lines, what, "kubectl describe nodes");
    }

    private static string Insufficient(string message)
    {
        var at = message.IndexOf("Insufficient ", StringComparison.Ordinal);
        if (at < 0)
        {
            return "no node has enough free resources for its requests";
        }

        var rest = message[(at + "Insufficient ".Length)..];
        var end = rest.IndexOfAny([',', ' ', '\n']);
        return $"no node has enough free {(end < 0 ? rest : rest[..end]).TrimEnd('.')} for its requests";
    }
}
