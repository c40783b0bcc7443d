using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Resources.ResourcesDescriptors;

namespace CrashLoopAnalysis.Detectors.Resources;

/// <summary>
/// Memory kills, told apart: OOMKilled (kernel OOM killer at the limit), exit 137 with reason Error (SIGKILL:
/// memory, unless a liveness kill explains it) and the runtime's own out-of-memory lines in the log.
/// </summary>
internal sealed class OomKillDetector : IPodDetector
{
    public string Name => "oom-kill";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.OomKilled, D.KilledBySigkill, D.RuntimeOutOfMemory];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (TerminationEvidence.State(c) is not { } state || (state.Reason != "OOMKilled" && state.ExitCode != 137))
            {
                continue;
            }

            var limit = MemoryLimit(c);
            var evidence = TerminationEvidence.Lines(podCase, c);
            if (limit is not null)
            {
                evidence.Add(EvidenceFinder.For(podCase, $"{c.SpecPath}.resources.limits.memory", $"memory: {limit}"));
            }

            var oomLine = LogLine(podCase, c);
            var livenessKill = PodEvents.WithReason(podCase, "Killing", "Unhealthy").Any(e => PodEvents.IsAbout(podCase, e, c.Name) && e.Message?.Contains("liveness", StringComparison.OrdinalIgnoreCase) == true);
            var top = $"kubectl top pod {podCase.Key.Name}{KubectlSteps.Namespace(podCase.Key)} --containers";
            var ran = TerminationEvidence.Ran(c);
            if (state.Reason == "OOMKilled")
            {
                evidence.Add(oomLine?.Line);
                context.Report(D.OomKilled, c.Name, $"{c.Display} was OOMKilled (exit {state.ExitCode}){TerminationEvidence.Times(c)}{ran}; {(limit is null ? "it has no memory limit of its own, so the node or namespace limit applied" : $"its memory limit is {limit}")}.", 0.95, evidence, $"OOMKilled {c.Name} limit {limit ?? "none"}", top);
                done.Add(c.Name);
                continue;
            }

            if (oomLine is not null)
            {
                evidence.Insert(0, oomLine.Line);
                context.Report(D.RuntimeOutOfMemory, c.Name, $"{c.Display} was killed (exit 137){ran} and its log reports running out of memory: {oomLine.Line.Text}{(limit is null ? string.Empty : $" (memory limit {limit})")}.", 0.85, evidence, $"out of memory {c.Name} limit {limit ?? "none"}", top);
                done.Add(c.Name);
                continue;
            }

            if (!livenessKill)
            {
                // Without a liveness kill, a SIGKILL at a memory limit is most often a memory kill the runtime did not label.
                var why = limit is null ? "no OOM was reported and no liveness probe killed it" : $"no OOM was reported, but it runs under a {limit} memory limit and no liveness probe killed it";
                context.Report(D.KilledBySigkill, c.Name, $"{c.Display} was killed by SIGKILL (exit 137, reason {(string.IsNullOrEmpty(state.Reason) ? "none" : state.Reason)}){TerminationEvidence.Times(c)}{ran}; {why}.", limit is null ? 0.4 : 0.55, evidence, $"SIGKILL {c.Name}", top);
                done.Add(c.Name);
            }
        }

        foreach (var subject in LogSubject.Of(podCase))
        {
            if (subject.Name is { } name && done.Contains(name) || subject.Find(LogSignalKind.OutOfMemory) is not { } oom)
            {
                continue;
            }

            var limit = subject.Facts is { } f ? MemoryLimit(f) : null;
            var evidence = new List<EvidenceLine?> { oom.Line };
            if (subject.Facts is { } facts)
            {
                evidence.AddRange(TerminationEvidence.Lines(podCase, facts));
                if (limit is not null)
                {
                    evidence.Add(EvidenceFinder.For(podCase, $"{facts.SpecPath}.resources.limits.memory", $"memory: {limit}"));
                }
            }

            context.Report(D.RuntimeOutOfMemory, subject.Name, $"{subject.Name ?? "The container"} runs out of memory: {oom.Line.Text}{(limit is null ? string.Empty : $" (memory limit {limit})")}.", subject.IsDecisive(oom) ? 0.85 : 0.75, evidence, $"out of memory {subject.Name} limit {limit ?? "none"}");
        }
    }

    internal static string? MemoryLimit(ContainerFacts c) =>
        c.Spec?.Resources?.Limits is { } limits && limits.TryGetValue("memory", out var q) ? q.ToString() : null;

    private static LogSignal? LogLine(PodCase podCase, ContainerFacts c)
    {
        var log = podCase.FindLog(c.Name, previous: true) ?? podCase.FindLog(c.Name, previous: false);
        return log is null ? null : new LogSubject(c, c.Name, log.Digest).Find(LogSignalKind.OutOfMemory);
    }
}
