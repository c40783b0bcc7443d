using System.Collections.Immutable;
using k8s.Models;

namespace CrashLoopAnalysis.Model;

/// <summary>Everything read from a set of inputs, assembled per pod.</summary>
public sealed record Dump
{
    /// <summary>The pods, ordered by namespace and name.</summary>
    public ImmutableArray<PodCase> Pods { get; init; } = [];

    /// <summary>The nodes the inputs hold.</summary>
    public ImmutableArray<V1Node> Nodes { get; init; } = [];

    /// <summary>The persistent volume claims the inputs hold.</summary>
    public ImmutableArray<V1PersistentVolumeClaim> Claims { get; init; } = [];

    /// <summary>The services the inputs hold (to follow a dependency to the pods behind it).</summary>
    public ImmutableArray<V1Service> Services { get; init; } = [];

    /// <summary>Events that concern no pod (nodes, claims, other objects).</summary>
    public ImmutableArray<EventRecord> OtherEvents { get; init; } = [];

    /// <summary>The inputs as they were read.</summary>
    public ImmutableArray<InputSummary> Inputs { get; init; } = [];

    /// <summary>What could not be read, with source and line.</summary>
    public ImmutableArray<ParseWarning> Warnings { get; init; } = [];
}
