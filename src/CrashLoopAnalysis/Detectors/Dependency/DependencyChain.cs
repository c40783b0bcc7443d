using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.Dependency;

/// <summary>Follows a host to the Service and pods in the dump that serve it, and says how they fail.</summary>
internal static class DependencyChain
{
    public static (string Text, IReadOnlyList<EvidenceLine> Lines)? Describe(Dump dump, PodCase from, string host)
    {
        var first = host.Split('.')[0];
        var ns = host.Split('.') is { Length: > 1 } parts && parts[1] != "svc" ? parts[1] : from.Key.Namespace;
        var service = dump.Services.FirstOrDefault(s => s.Spec?.ClusterIP == host)
            ?? dump.Services.FirstOrDefault(s => s.Metadata?.Name == first && (ns is null || s.Metadata.NamespaceProperty == ns));
        var selector = service?.Spec?.Selector;
        var serviceNs = service?.Metadata?.NamespaceProperty ?? ns;
        var pods = dump.Pods.Where(p => p.Key != from.Key && p.Pod is not null && (p.Key.Namespace == serviceNs || serviceNs is null)
            && (selector is { Count: > 0 }
                ? selector.All(kv => p.Pod!.Metadata?.Labels?.TryGetValue(kv.Key, out var v) == true && v == kv.Value)
                : p.Key.Name?.StartsWith(first + "-", StringComparison.Ordinal) == true || p.Key.Name == first || p.Pod!.Status?.PodIP == host)).ToList();
        if (service is null && pods.Count == 0)
        {
            return null;
        }

        var lines = new List<EvidenceLine>();
        var failing = new List<string>();
        foreach (var pod in pods)
        {
            foreach (var c in ContainerFacts.Of(pod))
            {
                var state = c.WaitingReason ?? c.Termination?.State.Reason;
                if (c.IsFailing && state is not null)
                {
                    failing.Add($"{pod.Key.Name} ({c.Name}: {state}{(c.Termination?.State is { } t ? $", exit {t.ExitCode}" : string.Empty)})");
                    if (pod.Provenance.Find($"{c.StatusPath}.state.waiting.reason") is { } line)
                    {
                        lines.Add(line);
                    }

                    break;
                }
            }
        }

        var what = service is null ? $"the dependency's pods" : $"Service {service.Metadata?.Name}";
        var text = pods.Count == 0 ? $"{what} has no pods in the inputs"
            : failing.Count > 0 ? $"{what} is served by failing pod(s): {string.Join(", ", failing)}"
            : $"{what} is served by {string.Join(", ", pods.Select(p => p.Key.Name))}, which show no failure";
        return (text, lines);
    }
}
