using System.Collections.Immutable;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.ApplicationCrash.ApplicationCrashDescriptors;

namespace CrashLoopAnalysis.Detectors.ApplicationCrash;

/// <summary>Reports CrashLoopBackOff itself, as the symptom ranked under whatever caused it.</summary>
internal sealed class CrashLoopSymptomDetector : IPodDetector
{
    public string Name => "crash-loop-symptom";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.SymptomCrashLoop];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (c.Status?.State?.Waiting?.Reason != "CrashLoopBackOff")
            {
                continue;
            }

            var evidence = ImmutableArray.CreateBuilder<EvidenceLine>();
            evidence.Add(EvidenceFinder.For(podCase, $"{c.StatusPath}.state.waiting.reason", "Reason: CrashLoopBackOff"));
            var backOff = podCase.Events.LastOrDefault(e => e.Reason == "BackOff" && (e.Container == c.Name || (e.Message?.Contains(c.Name, StringComparison.Ordinal) ?? false)));
            if (backOff is not null)
            {
                evidence.Add(backOff.Line);
            }

            var capped = c.Status.State.Waiting.Message?.Contains("back-off 5m0s", StringComparison.Ordinal) == true
                || backOff?.Message?.Contains("back-off 5m0s", StringComparison.Ordinal) == true;
            context.Report(new Finding(D.SymptomCrashLoop, $"{c.Display} is in CrashLoopBackOff after {c.Status.RestartCount} restarts{(capped ? "; the restart delay is at its 5-minute cap" : string.Empty)}.")
            {
                Container = c.Name,
                Confidence = 1,
                Evidence = evidence.ToImmutable(),
                NextSteps = [KubectlSteps.PreviousLogs(podCase.Key, c.Name), KubectlSteps.Events(podCase.Key)],
            });
        }
    }
}
