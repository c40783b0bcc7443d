using System.Collections.Immutable;
using k8s.Models;

namespace CrashLoopAnalysis.Model;

/// <summary>
/// Everything known about one pod: its spec and statuses, its events, the current and previous logs of its
/// containers, its node and claims, and for every fact the line it came from.
/// </summary>
public sealed record PodCase
{
    /// <summary>The pod's namespace and name.</summary>
    public required PodKey Key { get; init; }

    /// <summary>The pod object, or null when only logs or events name it.</summary>
    public V1Pod? Pod { get; init; }

    /// <summary>Where each field of <see cref="Pod"/> was read.</summary>
    public FieldProvenance Provenance { get; init; } = FieldProvenance.Empty;

    /// <summary>The input the pod was read from, or null.</summary>
    public string? Source { get; init; }

    /// <summary>Events about the pod, oldest first, duplicates merged.</summary>
    public ImmutableArray<EventRecord> Events { get; init; } = [];

    /// <summary>Container logs (current and previous runs).</summary>
    public ImmutableArray<ContainerLog> Logs { get; init; } = [];

    /// <summary>The node the pod is on, when the input holds it.</summary>
    public V1Node? Node { get; init; }

    /// <summary>The persistent volume claims the pod uses, when the input holds them.</summary>
    public ImmutableArray<V1PersistentVolumeClaim> Claims { get; init; } = [];

    /// <summary>
    /// Finds a container's log. A log whose container is unknown (a loose file) counts for the pod's first container.
    /// </summary>
    /// <param name="container">The container name.</param>
    /// <param name="previous">True for the previous (crashed) run.</param>
    /// <returns>The log, or null.</returns>
    public ContainerLog? FindLog(string container, bool previous)
    {
        ArgumentNullException.ThrowIfNull(container);
        foreach (var log in Logs)
        {
            if (log.Previous == previous && string.Equals(log.Container, container, StringComparison.Ordinal))
            {
                return log;
            }
        }

        var main = Pod?.Spec?.Containers is { Count: > 0 } containers ? containers[0].Name : null;
        if (main is null || string.Equals(main, container, StringComparison.Ordinal))
        {
            foreach (var log in Logs)
            {
                if (log.Previous == previous && log.Container is null)
                {
                    return log;
                }
            }
        }

        return null;
    }
}
