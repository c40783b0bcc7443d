using System.Collections.Immutable;
using System.Globalization;
using CrashLoopAnalysis.Detectors.Evidence;
using D = CrashLoopAnalysis.Detectors.StartupCommand.StartupCommandDescriptors;

namespace CrashLoopAnalysis.Detectors.StartupCommand;

/// <summary>
/// The command itself decides the end: exit 0 (Completed) under restartPolicy Always, or a command line that
/// ends with its own <c>exit N</c>.
/// </summary>
internal sealed class CleanExitDetector : IPodDetector
{
    public string Name => "clean-exit";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.ExitedCleanly, D.CommandExitsByItself];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var always = (podCase.Pod?.Spec?.RestartPolicy ?? "Always") == "Always";
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (c.Kind != ContainerKind.Regular || TerminationEvidence.State(c) is not { } state)
            {
                continue;
            }

            var evidence = TerminationEvidence.Lines(podCase, c);
            var commandLine = c.CommandLine;
            var exit = state.ExitCode;
            if (exit != 0 && commandLine.Contains($"exit {exit.ToString(CultureInfo.InvariantCulture)}", StringComparison.Ordinal))
            {
                evidence.Add(CommandLine(podCase, c));
                context.Report(D.CommandExitsByItself, c.Name, $"{c.Display} ends with exit {exit}{TerminationEvidence.Times(c)} because its own command says so: `{commandLine}`.", 0.85, evidence, $"command exits {exit}: {c.Name}");
                continue;
            }

            if (exit == 0 && always && (c.Status?.RestartCount > 0 || c.WaitingReason == "CrashLoopBackOff"))
            {
                evidence.Add(CommandLine(podCase, c));
                var ran = TerminationEvidence.Ran(c);
                context.Report(D.ExitedCleanly, c.Name, $"{c.Display} exits with code 0 ({(string.IsNullOrEmpty(state.Reason) ? "Completed" : state.Reason)}){TerminationEvidence.Times(c)}{ran}, but the pod's restartPolicy is Always: nothing long-running was started{(commandLine.Length > 0 ? $" by `{commandLine}`" : string.Empty)}.", 0.85, evidence, $"exit 0 under restartPolicy Always: {c.Name}");
            }
        }
    }

    private static Model.EvidenceLine? CommandLine(Model.PodCase podCase, ContainerFacts c)
    {
        var spec = c.Spec;
        return spec?.Args is { Count: > 0 }
            ? podCase.Provenance.Find($"{c.SpecPath}.args[{spec.Args.Count - 1}]") ?? podCase.Provenance.Find($"{c.SpecPath}.args")
            : spec?.Command is { Count: > 0 } ? podCase.Provenance.Find($"{c.SpecPath}.command[{spec.Command.Count - 1}]") ?? podCase.Provenance.Find($"{c.SpecPath}.command") : null;
    }
}
