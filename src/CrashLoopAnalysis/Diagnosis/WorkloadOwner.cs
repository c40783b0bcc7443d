using k8s.Models;

namespace CrashLoopAnalysis;

/// <summary>
/// The workload a pod belongs to, from its ownerReferences: a ReplicaSet stands for its Deployment (the name
/// without the pod-template hash), so that a fleet report can say "in 5 deployments".
/// </summary>
internal static class WorkloadOwner
{
    /// <summary>The owner as <c>kind/namespace/name</c> with a lower-case kind, or the pod itself when it has no owner.</summary>
    public static (string Kind, string Id) Of(V1Pod? pod, Model.PodKey key)
    {
        var owner = pod?.Metadata?.OwnerReferences?.FirstOrDefault(o => o.Controller == true) ?? pod?.Metadata?.OwnerReferences?.FirstOrDefault();
        if (owner?.Name is null || owner.Kind is null)
        {
            return ("pod", $"pod/{key}");
        }

        var kind = owner.Kind.ToLowerInvariant();
        var name = owner.Name;
        if (kind == "replicaset")
        {
            // <deployment>-<pod-template-hash>: the hash is the last dash-separated part.
            var dash = name.LastIndexOf('-');
            if (dash > 0)
            {
                kind = "deployment";
                name = name[..dash];
            }
        }

        return (kind, $"{kind}/{key.Namespace}/{name}");
    }

    /// <summary>"5 deployments", "1 daemonset", "3 workloads" when kinds differ.</summary>
    public static string Describe(IReadOnlyCollection<(string Kind, string Id)> owners)
    {
        var count = owners.Select(o => o.Id).Distinct(StringComparer.Ordinal).Count();
        var kinds = owners.Select(o => o.Kind).Distinct(StringComparer.Ordinal).ToList();
        var noun = kinds.Count == 1 ? kinds[0] switch
        {
            "pod" => "standalone pod",
            var k => k,
        } : "workload";
        return $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
    }
}
