using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Resources.ResourcesDescriptors;

namespace CrashLoopAnalysis.Detectors.Resources;

/// <summary>Evicted for exceeding the container's own ephemeral-storage limit: the pod's limit, not the node.</summary>
internal sealed class EphemeralStorageDetector : IPodDetector
{
    private const string Marker = "exceeded its local ephemeral storage limit";

    public string Name => "ephemeral-storage-limit";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.EphemeralStorageLimit];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var lines = new List<EvidenceLine?>();
        var message = podCase.Pod?.Status?.Message;
        if (message?.Contains(Marker, StringComparison.OrdinalIgnoreCase) == true)
        {
            lines.AddRange(EvidenceFinder.IfShown(podCase, "status.message"));
        }
        else
        {
            message = null;
        }

        foreach (var e in PodEvents.Saying(podCase, Marker))
        {
            lines.Add(e.Line);
            message ??= e.Message;
        }

        if (message is null)
        {
            return;
        }

        var container = ContainerFacts.Of(podCase).FirstOrDefault(c => message.Contains($"Container {c.Name} ", StringComparison.Ordinal))?.Name;
        lines.Add(EvidenceFinder.For(podCase, "status.message", message));
        context.Report(D.EphemeralStorageLimit, container, $"{container ?? "A container"} was evicted for writing more local storage than its limit allows: {message}", 0.9, lines, $"ephemeral-storage limit: {container}");
    }
}
