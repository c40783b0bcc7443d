using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>A node of the generated cluster, with what pods scheduled on it need to know.</summary>
internal sealed class NodeModel
{
    public required string Name { get; init; }

    public required string Uid { get; init; }

    public required string InternalIp { get; init; }

    public string? InternalIpV6 { get; init; }

    /// <summary>containerd, docker or cri-o: decides the container ID scheme of pods on this node.</summary>
    public required string Runtime { get; init; }

    public required string Zone { get; init; }

    public required bool Ready { get; init; }

    public required bool HasGpu { get; init; }

    public required DateTimeOffset Created { get; init; }

    public JsonObject Json { get; set; } = [];

    public JsonObject? Lease { get; set; }

    public List<JsonObject> Events { get; } = [];
}

/// <summary>A pod of the generated cluster with its events.</summary>
internal sealed class PodModel
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required string Uid { get; init; }

    public required string Scenario { get; init; }

    public required JsonObject Json { get; init; }

    public List<JsonObject> Events { get; } = [];
}

/// <summary>A persistent volume claim of the generated cluster with its events.</summary>
internal sealed class PvcModel
{
    public required string Namespace { get; init; }

    public required string Name { get; init; }

    public required string Scenario { get; init; }

    public JsonObject Json { get; set; } = [];

    public List<JsonObject> Events { get; } = [];
}

/// <summary>Everything the stub API server serves.</summary>
internal sealed class ClusterModel
{
    public List<NodeModel> Nodes { get; } = [];

    public List<PodModel> Pods { get; } = [];

    public List<PvcModel> Pvcs { get; } = [];

    /// <summary>Events that match no captured object (a deleted pod of the same name, other objects): they
    /// must be filtered out by the field selector and never show in a capture.</summary>
    public List<JsonObject> StrayEvents { get; } = [];

    public IEnumerable<JsonObject> AllEvents() =>
        Pods.SelectMany(p => p.Events)
            .Concat(Nodes.SelectMany(n => n.Events))
            .Concat(Pvcs.SelectMany(p => p.Events))
            .Concat(StrayEvents);
}
