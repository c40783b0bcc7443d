namespace CrashLoopAnalysis.Detectors.Node;

/// <summary>The findings of the node category (CLA19xx): the node or the container runtime, not the application.</summary>
internal static class NodeDescriptors
{
    public static readonly FindingDescriptor LostContainer = FindingDescriptor.Create(
        "CLA1901", "The container was lost in a node or runtime restart", FailureCategory.Node, Severity.Warning,
        "The last state is `Unknown` (often with exit code 255) or `ContainerStatusUnknown`: the kubelet or container runtime restarted, or the node rebooted, and the container's end was not recorded. This is not an application bug; many pods of one node show it at once.",
        ["`kubectl get events -A --field-selector involvedObject.kind=Node`, and the node's conditions and uptime."],
        ["Find why the node or runtime restarted (kernel, kubelet or containerd logs); the pods recover on their own once it is stable."]);

    public static readonly FindingDescriptor EvictedNodePressure = FindingDescriptor.Create(
        "CLA1902", "The pod was evicted because its node ran low on a resource", FailureCategory.Node, Severity.Error,
        "The kubelet evicted the pod to reclaim memory, disk (ephemeral-storage) or PIDs on a node under pressure (`The node was low on resource: ...`). The application did not crash; the node was full.",
        ["`kubectl describe node <node>`: the Conditions (MemoryPressure, DiskPressure) and allocated resources."],
        ["Free the node's disk or memory (image garbage collection, log rotation), set requests that reflect real use, or add capacity."]);

    public static readonly FindingDescriptor NodeNotReady = FindingDescriptor.Create(
        "CLA1903", "The pod's node is not ready", FailureCategory.Node, Severity.Error,
        "The node stopped reporting to the control plane (`NodeNotReady`): the kubelet, the container runtime or the network of the node failed, and its pods cannot run or are being moved.",
        ["`kubectl get nodes` and `kubectl describe node <node>`: Conditions and the kubelet's last heartbeat."],
        ["Repair or replace the node (kubelet/runtime logs, disk, network); the pods recover once it is Ready."]);

    public static readonly FindingDescriptor SandboxFailed = FindingDescriptor.Create(
        "CLA1904", "The pod's sandbox (network) cannot be created", FailureCategory.Node, Severity.Error,
        "The runtime cannot create the pod sandbox (`FailedCreatePodSandBox`): most often the CNI plugin fails to set up the network (no IP addresses left, CNI not installed or crashing), so no container of the pod can start.",
        ["Look at the CNI pods on the node (`kubectl get pods -n kube-system -o wide`) and their logs.", "Check the subnet's free IP addresses (e.g. the VPC CNI's IP pool)."],
        ["Fix the CNI plugin on the node, or free/allocate IP addresses; the pod starts once a sandbox can be created."]);
}
