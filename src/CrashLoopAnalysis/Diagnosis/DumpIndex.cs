using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Detectors.Node;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>
/// What detectors ask of the whole dump, worked out once per diagnosis on first use instead of once per pod: a dump
/// with thousands of pods lost in one node restart would otherwise compare every such pod with every pod.
/// </summary>
internal sealed class DumpIndex
{
    private readonly Lazy<Dictionary<string, List<PodKey>>> _lostByNode;

    public DumpIndex(Dump dump) =>
        _lostByNode = new(() => LostByNode(dump), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The pods on <paramref name="node"/> with a container the node or its runtime lost, by key.</summary>
    public IReadOnlyList<PodKey> PodsWithLostContainers(string node) =>
        _lostByNode.Value.TryGetValue(node, out var pods) ? pods : [];

    private static Dictionary<string, List<PodKey>> LostByNode(Dump dump)
    {
        var byNode = new Dictionary<string, List<PodKey>>(StringComparer.Ordinal);
        foreach (var p in dump.Pods)
        {
            if (p.Pod?.Spec?.NodeName is { } node && ContainerFacts.Of(p).Any(c => c.Termination is { } t && LostContainers.IsLost(t.State)))
            {
                if (!byNode.TryGetValue(node, out var pods))
                {
                    byNode[node] = pods = [];
                }

                pods.Add(p.Key);
            }
        }

        return byNode;
    }
}
