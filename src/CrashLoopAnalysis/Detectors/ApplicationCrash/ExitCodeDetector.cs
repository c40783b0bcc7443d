using System.Collections.Immutable;
using System.Globalization;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.ApplicationCrash.ApplicationCrashDescriptors;

namespace CrashLoopAnalysis.Detectors.ApplicationCrash;

/// <summary>
/// The honest fallback: the process ended by itself (non-zero exit or a signal) and the decisive log line is
/// the best lead. Ranked under any more specific cause by its low confidence.
/// </summary>
internal sealed class ExitCodeDetector : IPodDetector
{
    public string Name => "exit-code";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.ExitedWithError, D.CrashedBySignal];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (TerminationEvidence.State(c) is not { } state || state.ExitCode is 0 or 126 or 127 or 137 or 255
                || state.Reason is "OOMKilled" or "Unknown" or "ContainerStatusUnknown" or "StartError" or "ContainerCannotRun")
            {
                continue;
            }

            var evidence = TerminationEvidence.Lines(podCase, c);
            var log = podCase.FindLog(c.Name, previous: true) ?? (c.Status?.State?.Terminated is not null ? podCase.FindLog(c.Name, previous: false) : null);
            var lead = log is null ? null : Lead(log.Digest);
            evidence.Insert(0, lead);
            var exit = state.ExitCode;
            var times = TerminationEvidence.Times(c);
            var ran = TerminationEvidence.Ran(c);
            if (exit is 134 or 139 or 132 or 143 || state.Signal is > 0)
            {
                var signal = state.Signal is > 0 ? state.Signal.Value : exit - 128;
                context.Report(D.CrashedBySignal, c.Name, $"{c.Display} was ended by signal {SignalName(signal)} (exit {exit}){times}{ran}{(lead is null ? string.Empty : $"; its log ends with: {lead.Text}")}.", 0.5, evidence, $"signal {SignalName(signal)}");
                continue;
            }

            var reason = string.IsNullOrEmpty(state.Reason) ? string.Empty : $" ({state.Reason})";
            var pace = c.RunDuration is not { } d ? string.Empty
                : d <= context.Options.Thresholds.QuickExit ? "; it dies within seconds of starting, which points at its command, configuration or a dependency"
                : d >= context.Options.Thresholds.LongRun ? "; it ran for hours before dying, which points at a leak, a resource limit or a probe"
                : string.Empty;
            context.Report(D.ExitedWithError, c.Name, $"{c.Display} exited with code {exit}{reason}{times}{ran}{pace}{(lead is null ? string.Empty : $"; its log ends with: {lead.Text}")}.", lead is null ? 0.3 : 0.45, evidence, lead is null ? $"exit {exit.ToString(CultureInfo.InvariantCulture)}" : null);
        }

        foreach (var subject in LogSubject.Of(podCase))
        {
            if (subject.Facts is not null || Lead(subject.Digest) is not { } line)
            {
                continue;
            }

            // A log without its pod: the crash itself is not proven, only what the log says.
            context.Report(D.ExitedWithError, subject.Name, $"The log{(subject.Name is null ? string.Empty : $" of {subject.Name}")} ends with: {line.Text}", 0.35, [line], null);
        }
    }

    /// <summary>The log's lead: the decisive line, else the last panic or exception.</summary>
    private static EvidenceLine? Lead(LogDigest digest)
    {
        if (digest.DecisiveLine is { } decisive)
        {
            return decisive;
        }

        for (var i = digest.Signals.Length - 1; i >= 0; i--)
        {
            if (digest.Signals[i].Kind is LogSignalKind.Panic or LogSignalKind.Exception or LogSignalKind.Error)
            {
                return digest.Signals[i].Line;
            }
        }

        return null;
    }

    private static string SignalName(int signal) => signal switch
    {
        4 => "SIGILL",
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => signal.ToString(CultureInfo.InvariantCulture),
    };
}
