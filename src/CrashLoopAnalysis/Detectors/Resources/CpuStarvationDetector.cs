using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Resources.ResourcesDescriptors;

namespace CrashLoopAnalysis.Detectors.Resources;

/// <summary>
/// A low CPU limit and probes that time out: a start-up slowed by CPU throttling, not a broken application.
/// </summary>
internal sealed class CpuStarvationDetector : IPodDetector
{
    /// <summary>At or under half a core, a JVM or a large interpreter start-up takes minutes.</summary>
    private const double LowCpuCores = 0.5;

    public string Name => "cpu-starvation";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.CpuStarvation];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (c.Spec?.Resources?.Limits is not { } limits || !limits.TryGetValue("cpu", out var cpu) || (double)cpu.ToDecimal() > LowCpuCores)
            {
                continue;
            }

            var timeouts = PodEvents.WithReason(podCase, "Unhealthy")
                .Where(e => PodEvents.IsAbout(podCase, e, c.Name) && (Has(e, "timed out") || Has(e, "deadline exceeded") || Has(e, "Timeout exceeded")))
                .ToList();
            if (timeouts.Count == 0 || !c.IsFailing)
            {
                continue;
            }

            var lines = new List<EvidenceLine?> { EvidenceFinder.For(podCase, $"{c.SpecPath}.resources.limits.cpu", $"cpu: {cpu}") };
            lines.AddRange(timeouts.Select(e => e.Line));
            context.Report(D.CpuStarvation, c.Name, $"{c.Display} has a CPU limit of only {cpu} and its probes time out ({timeouts.Sum(e => e.Count)} time(s)): throttled, it starts too slowly for them.", 0.8, lines, $"cpu limit {cpu} with probe timeouts", $"kubectl top pod {podCase.Key.Name}{KubectlSteps.Namespace(podCase.Key)} --containers");
        }
    }

    private static bool Has(EventRecord e, string text) => e.Message?.Contains(text, StringComparison.OrdinalIgnoreCase) == true;
}
