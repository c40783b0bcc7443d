namespace CrashLoopAnalysis.Detectors.Scheduling;

/// <summary>The findings of the scheduling category (CLA18xx): the pod is not placed on a node.</summary>
internal static class SchedulingDescriptors
{
    public static readonly FindingDescriptor InsufficientResources = FindingDescriptor.Create(
        "CLA1801", "No node has enough free CPU or memory for the pod's requests", FailureCategory.Scheduling, Severity.Error,
        "The scheduler finds no node with enough unrequested CPU, memory or other resources for the pod (`Insufficient cpu`, `Insufficient memory`, `PodFitsResources`).",
        ["`kubectl describe nodes`: Allocated resources against Allocatable.", "Compare with the pod's `resources.requests`."],
        ["Lower the pod's requests, free capacity (scale down other workloads), or add nodes (cluster autoscaler)."]);

    public static readonly FindingDescriptor NoMatchingNode = FindingDescriptor.Create(
        "CLA1802", "No node matches the pod's node selector or affinity", FailureCategory.Scheduling, Severity.Error,
        "The pod's `nodeSelector` or node affinity names labels no schedulable node has (`didn't match node selector`, `didn't match Pod's node affinity/selector`).",
        ["`kubectl get nodes --show-labels` against the pod's nodeSelector and affinity."],
        ["Fix the selector/affinity, or label the nodes that should run the pod."]);

    public static readonly FindingDescriptor UntoleratedTaint = FindingDescriptor.Create(
        "CLA1803", "Every candidate node has a taint the pod does not tolerate", FailureCategory.Scheduling, Severity.Error,
        "The nodes carry taints (control-plane, dedicated pools, `node.kubernetes.io/not-ready`) that the pod has no toleration for (`had taint(s) that the pod didn't tolerate`). A `not-ready` taint means the node itself is not ready yet (often no CNI installed).",
        ["`kubectl describe nodes | grep -A3 Taints`."],
        ["Add a matching toleration, remove the taint, or fix the node so the `not-ready` taint goes away."]);

    public static readonly FindingDescriptor Unschedulable = FindingDescriptor.Create(
        "CLA1804", "The scheduler cannot place the pod", FailureCategory.Scheduling, Severity.Error,
        "The pod stays Pending because the scheduler finds no node for it (`FailedScheduling`); the event's message lists why each node was rejected.",
        ["`kubectl describe pod <pod>`: the FailedScheduling message; `kubectl get nodes`."],
        ["Fix what the message names for most nodes (resources, affinity, ports, volumes), or add a node that fits."]);
}
