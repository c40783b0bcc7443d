using System.Collections.Immutable;
using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Readers;

/// <summary>Takes objects a tool already holds; they have no lines, so evidence cites the field itself.</summary>
internal static class ObjectReader
{
    public const string SourceName = "objects";

    public static ReadResult Read(ImmutableArray<V1Pod> pods, ImmutableArray<Corev1Event> events)
    {
        var result = new ReadResult(SourceName) { Kind = "objects" };
        foreach (var pod in pods)
        {
            if (pod is not null)
            {
                result.Pods.Add(new PodRecord(pod, FieldProvenance.Empty, SourceName));
            }
        }

        foreach (var e in events)
        {
            if (e is not null)
            {
                result.Events.Add(new EventRecord(e, new EvidenceLine(SourceName, 0, $"{e.Type} {e.Reason}: {e.Message}")));
            }
        }

        return result;
    }
}
