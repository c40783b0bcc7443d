using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>Pods whose primary findings share one cause: the same category and the same decisive detail.</summary>
/// <param name="Signature">The shared cause, e.g. <c>dependency: dial tcp 10.43.0.1:443 i/o timeout</c>.</param>
/// <param name="Category">The category of the shared cause.</param>
/// <param name="FindingId">The ID of the shared primary finding.</param>
/// <param name="Pods">The pods, in namespace and name order.</param>
public sealed record FindingGroup(string Signature, FailureCategory Category, string FindingId, ImmutableArray<PodKey> Pods)
{
    /// <summary>The workloads the pods belong to, as <c>deployment/namespace/name</c> (a ReplicaSet counts as its Deployment; a pod without owner as <c>pod/namespace/name</c>).</summary>
    public ImmutableArray<string> Owners { get; init; } = [];

    /// <summary>The group in words, e.g. <c>37 pods in 5 deployments: cannot reach postgres:5432</c>.</summary>
    public string Headline { get; init; } = string.Empty;
}
