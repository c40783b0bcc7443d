using System.Collections.Immutable;
using System.Globalization;
using CrashLoopAnalysis.Model;
using k8s.Models;
using D = CrashLoopAnalysis.Detectors.Termination.TerminationDescriptors;

namespace CrashLoopAnalysis.Detectors.Termination;

/// <summary>
/// Reads each container's termination (reason, exit code, signal, message) and names what it proves.
/// </summary>
internal sealed class TerminationStateDetector : IPodDetector
{
    public string Name => "termination-state";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } =
        [D.CommandNotFound, D.NotExecutable, D.ExecFormat, D.ExitedCleanly, D.OomKilled, D.KilledBySigkill, D.ExitedWithError, D.CrashedBySignal, D.LostContainer];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var container in ContainerFacts.Of(podCase))
        {
            if (container.Termination is not { } termination)
            {
                continue;
            }

            var (state, path) = termination;
            if (state.ExitCode == 0 && !RestartsForever(podCase, container))
            {
                continue;
            }

            var finding = Classify(podCase, container, state, path);
            if (finding is not null)
            {
                context.Report(finding);
            }
        }
    }

    private static bool RestartsForever(PodCase podCase, ContainerFacts container) =>
        container.Kind == ContainerKind.Regular
        && (podCase.Pod?.Spec?.RestartPolicy ?? "Always") == "Always"
        && (container.Status?.RestartCount > 0 || container.Status?.State?.Waiting?.Reason == "CrashLoopBackOff");

    private static Finding? Classify(PodCase podCase, ContainerFacts c, V1ContainerStateTerminated state, string path)
    {
        var reason = state.Reason ?? string.Empty;
        var message = state.Message ?? string.Empty;
        var exit = state.ExitCode;
        var restarts = c.Status?.RestartCount ?? 0;
        var times = restarts > 1 ? $" {restarts.ToString(CultureInfo.InvariantCulture)} times" : string.Empty;
        var evidence = ImmutableArray.CreateBuilder<EvidenceLine>();
        evidence.Add(EvidenceFinder.For(podCase, $"{path}.reason", $"Reason: {reason}"));
        evidence.Add(EvidenceFinder.For(podCase, $"{path}.exitCode", $"Exit Code: {exit}"));
        if (message.Length > 0)
        {
            evidence.AddRange(EvidenceFinder.IfShown(podCase, $"{path}.message"));
        }

        var steps = ImmutableArray.Create(KubectlSteps.Describe(podCase.Key), KubectlSteps.PreviousLogs(podCase.Key, c.Name));

        if (reason == "OOMKilled")
        {
            var limit = c.Spec?.Resources?.Limits is { } limits && limits.TryGetValue("memory", out var q) ? q.ToString() : null;
            if (limit is not null)
            {
                evidence.Add(EvidenceFinder.For(podCase, $"{c.SpecPath}.resources.limits.memory", $"memory: {limit}"));
            }

            return new Finding(D.OomKilled, $"{c.Name} was OOMKilled (exit {exit}){times}; {(limit is null ? "it has no memory limit of its own, so the node or namespace limit applied" : $"its memory limit is {limit}")}.")
            {
                Container = c.Name,
                Confidence = 0.95,
                Evidence = evidence.ToImmutable(),
                NextSteps = steps.Add($"kubectl top pod {podCase.Key.Name}{KubectlSteps.Namespace(podCase.Key)} --containers"),
                Signature = $"OOMKilled {c.Name} limit {limit ?? "none"}",
            };
        }

        if (Contains(message, "exec format error"))
        {
            return Make(D.ExecFormat, $"{c.Name} cannot start: its binary is for another CPU architecture (exec format error).", 0.95, "exec format error");
        }

        if (exit == 127 || (reason is "StartError" or "ContainerCannotRun" && (Contains(message, "executable file not found") || Contains(message, "no such file or directory"))))
        {
            var command = Command(c);
            return Make(D.CommandNotFound, $"{c.Name} cannot start: the command {(command is null ? "it runs" : $"`{command}`")} was not found (exit {exit}{(reason.Length > 0 ? $", {reason}" : string.Empty)}){times}.", message.Length > 0 ? 0.95 : 0.85, $"exit 127 command not found: {command ?? c.Name}");
        }

        if (exit == 126 || (reason is "StartError" or "ContainerCannotRun" && Contains(message, "permission denied")))
        {
            return Make(D.NotExecutable, $"{c.Name} cannot start: its command is not executable (exit {exit}){times}.", 0.85, $"exit 126 not executable: {Command(c) ?? c.Name}");
        }

        if (reason is "Unknown" or "ContainerStatusUnknown" || (exit == 255 && reason.Length == 0))
        {
            return Make(D.LostContainer, $"{c.Name} ended in state {(reason.Length > 0 ? reason : "Unknown")} with exit code {exit}: the node or container runtime restarted under it.", 0.7, $"node/runtime restart: {podCase.Pod?.Spec?.NodeName ?? "unknown node"}");
        }

        if (exit == 0)
        {
            return Make(D.ExitedCleanly, $"{c.Name} exits with code 0 ({(reason.Length > 0 ? reason : "Completed")}){times}, but the pod's restartPolicy is Always: nothing long-running was started.", 0.8, $"exit 0 under restartPolicy Always: {c.Name}");
        }

        if (exit == 137)
        {
            return Make(D.KilledBySigkill, $"{c.Name} was killed by SIGKILL (exit 137, reason {(reason.Length > 0 ? reason : "none")}){times}; no OOM was reported.", 0.4, null);
        }

        if (exit is 134 or 139 or 143 || state.Signal is > 0)
        {
            var signal = state.Signal is > 0 ? state.Signal.Value : exit - 128;
            return Make(D.CrashedBySignal, $"{c.Name} was ended by signal {SignalName(signal)} (exit {exit}){times}.", 0.6, $"signal {SignalName(signal)}");
        }

        var log = podCase.FindLog(c.Name, previous: true) ?? (c.Status?.State?.Terminated is not null ? podCase.FindLog(c.Name, previous: false) : null);
        if (log?.Digest.DecisiveLine is { } decisive)
        {
            evidence.Insert(0, decisive);
        }

        return Make(D.ExitedWithError, $"{c.Name} exited with code {exit}{(reason.Length > 0 ? $" ({reason})" : string.Empty)}{times}{(log?.Digest.DecisiveLine is { } line ? $"; its log ends with: {line.Text}" : string.Empty)}.", log?.Digest.DecisiveLine is null ? 0.3 : 0.45, null);

        Finding Make(FindingDescriptor descriptor, string text, double confidence, string? signature) => new(descriptor, text)
        {
            Container = c.Name,
            Confidence = confidence,
            Evidence = evidence.ToImmutable(),
            NextSteps = steps,
            Signature = signature,
        };
    }

    private static string? Command(ContainerFacts c)
    {
        var command = c.Spec?.Command is { Count: > 0 } cmd ? cmd[0] : null;
        return command;
    }

    private static bool Contains(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);

    private static string SignalName(int signal) => signal switch
    {
        6 => "SIGABRT",
        9 => "SIGKILL",
        11 => "SIGSEGV",
        15 => "SIGTERM",
        _ => signal.ToString(CultureInfo.InvariantCulture),
    };
}
