using System.Collections.Immutable;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;
using k8s.Models;

namespace CrashLoopAnalysis.Assembly;

/// <summary>
/// Joins everything read about each pod (the pod, its events, its logs, its node and claims) into one
/// <see cref="PodCase"/>. Results are joined in input order, so the outcome does not depend on timing.
/// </summary>
internal static class CaseAssembler
{
    public static Dump Assemble(IReadOnlyList<ReadResult> results, IEnumerable<InputSummary> inputs, IEnumerable<ParseWarning> sourceWarnings)
    {
        var pods = new Dictionary<PodKey, PodBuilder>();
        var order = new List<PodKey>();
        var nodes = new List<V1Node>();
        var claims = new List<V1PersistentVolumeClaim>();
        var services = new List<V1Service>();
        var otherEvents = new List<EventRecord>();
        var warnings = new List<ParseWarning>(sourceWarnings);
        var logs = new List<LogRecord>();
        var events = new List<EventRecord>();

        foreach (var result in results)
        {
            warnings.AddRange(result.Warnings);
            foreach (var record in result.Pods)
            {
                var key = new PodKey(record.Pod.Metadata?.NamespaceProperty, record.Pod.Metadata?.Name);
                if (!pods.TryGetValue(key, out var builder))
                {
                    pods[key] = builder = new PodBuilder(key);
                    order.Add(key);
                }

                builder.Offer(record);
            }

            nodes.AddRange(result.Nodes);
            claims.AddRange(result.Claims);
            services.AddRange(result.Services);
            events.AddRange(result.Events);
            logs.AddRange(result.Logs);
        }

        // Inputs that hold events but no pod object (`kubectl get events` pasted alone): each pod they name is a case.
        if (pods.Count == 0)
        {
            foreach (var e in events)
            {
                if (e.Event.InvolvedObject is { Kind: "Pod", Name: { } name } involved)
                {
                    var key = new PodKey(involved.NamespaceProperty, name);
                    if (!pods.ContainsKey(key))
                    {
                        pods[key] = new PodBuilder(key);
                        order.Add(key);
                    }
                }
            }
        }

        var unnamedEvents = new List<EventRecord>();
        foreach (var e in events)
        {
            var target = PodOf(e.Event.InvolvedObject, pods);
            if (target is not null)
            {
                target.Events.Add(e);
            }
            else if (e.Event.InvolvedObject is { Name: null, Kind: null or "Pod" })
            {
                unnamedEvents.Add(e);
            }
            else
            {
                otherEvents.Add(e);
            }
        }

        // A loose log belongs to the only pod the inputs hold: decided once, before logs can add pods of their own.
        var onlyPod = pods.Count == 1 ? pods[order[0]] : null;
        foreach (var log in logs)
        {
            var target = log.Pod is { } key ? Find(key, pods) : onlyPod;
            if (target is null)
            {
                var key2 = log.Pod ?? new PodKey(null, null);
                pods[key2] = target = new PodBuilder(key2);
                order.Add(key2);
            }

            target.Logs.Add(log.Pod is null && log.Container is null && target.MainContainer is { } main
                ? new ContainerLog(main, log.Previous, log.Digest)
                : new ContainerLog(log.Container, log.Previous, log.Digest));
        }

        // Events cut from a describe without its header name no pod: they belong to the pod the inputs do not name
        // (the one a loose log goes to), created for them if need be, so an Events section pasted alone is diagnosed.
        if (unnamedEvents.Count > 0)
        {
            var unnamed = new PodKey(null, null);
            if (!pods.TryGetValue(unnamed, out var target))
            {
                pods[unnamed] = target = new PodBuilder(unnamed);
                order.Add(unnamed);
            }

            target.Events.AddRange(unnamedEvents);
        }

        var cases = order
            .Select(k => pods[k].Build(nodes, claims))
            .OrderBy(c => c.Key)
            .ToImmutableArray();

        return new Dump
        {
            Pods = cases,
            Nodes = [.. nodes],
            Claims = [.. claims],
            Services = [.. services],
            OtherEvents = [.. otherEvents],
            Inputs = [.. inputs],
            Warnings = [.. warnings],
        };
    }

    private static PodBuilder? PodOf(V1ObjectReference? involved, Dictionary<PodKey, PodBuilder> pods)
    {
        if (involved is null || (involved.Kind is not null && involved.Kind != "Pod"))
        {
            return null;
        }

        return Find(new PodKey(involved.NamespaceProperty, involved.Name), pods);
    }

    private static PodBuilder? Find(PodKey key, Dictionary<PodKey, PodBuilder> pods)
    {
        if (pods.TryGetValue(key, out var exact))
        {
            return exact;
        }

        if (key.Namespace is null)
        {
            // Layouts that name only the pod (older bundles' all-logs/<pod>/...): the name decides when it is unique.
            PodBuilder? only = null;
            foreach (var (k, builder) in pods)
            {
                if (string.Equals(k.Name, key.Name, StringComparison.Ordinal))
                {
                    if (only is not null)
                    {
                        return null;
                    }

                    only = builder;
                }
            }

            return only;
        }

        return null;
    }

    private sealed class PodBuilder(PodKey key)
    {
        private PodRecord? _record;

        public PodKey Key { get; } = key;

        public List<EventRecord> Events { get; } = [];

        public List<ContainerLog> Logs { get; } = [];

        public string? MainContainer => _record?.Pod.Spec?.Containers is { Count: > 0 } c ? c[0].Name : null;

        /// <summary>
        /// The same pod read twice (a list and a per-pod file): the copy with line provenance wins, then the one
        /// from the ordinally first source, so the choice never depends on the order inputs were given in.
        /// </summary>
        public void Offer(PodRecord record)
        {
            // Pieces of describes that name no pod (the poster split one describe over several blocks) share the
            // unnamed key: the piece that shows the most fields is the pod.
            if (_record is not null && Key.Name is null && record.Provenance.Count != _record.Provenance.Count)
            {
                if (record.Provenance.Count > _record.Provenance.Count)
                {
                    _record = record;
                }

                return;
            }

            if (_record is null
                || (_record.Provenance.Count == 0 && record.Provenance.Count > 0)
                || ((_record.Provenance.Count > 0) == (record.Provenance.Count > 0) && string.CompareOrdinal(record.Source, _record.Source) < 0))
            {
                _record = record;
            }
        }

        public PodCase Build(List<V1Node> nodes, List<V1PersistentVolumeClaim> claims)
        {
            var pod = _record?.Pod;
            var nodeName = pod?.Spec?.NodeName;
            var claimNames = pod?.Spec?.Volumes?.Select(v => v.PersistentVolumeClaim?.ClaimName).Where(n => n is not null).ToHashSet(StringComparer.Ordinal) ?? [];
            return new PodCase
            {
                Key = Key,
                Pod = pod,
                Provenance = _record?.Provenance ?? FieldProvenance.Empty,
                Source = _record?.Source,
                Events = EventMerger.Merge(Events),
                Logs = [.. Logs],
                Node = nodeName is null ? null : nodes.Find(n => n.Metadata?.Name == nodeName),
                Claims = [.. claims.Where(c => c.Metadata?.NamespaceProperty == Key.Namespace && claimNames.Contains(c.Metadata?.Name))],
            };
        }
    }
}
