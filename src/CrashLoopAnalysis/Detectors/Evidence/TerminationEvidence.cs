using System.Globalization;
using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Detectors.Evidence;

/// <summary>The lines that show a container's judged termination: reason, exit code and message.</summary>
internal static class TerminationEvidence
{
    public static List<EvidenceLine?> Lines(PodCase podCase, ContainerFacts c)
    {
        var lines = new List<EvidenceLine?>();
        if (c.Termination is not var (state, path))
        {
            return lines;
        }

        lines.Add(EvidenceFinder.For(podCase, $"{path}.reason", $"Reason: {state.Reason}"));
        lines.Add(EvidenceFinder.For(podCase, $"{path}.exitCode", $"Exit Code: {state.ExitCode}"));
        if (!string.IsNullOrEmpty(state.Message))
        {
            lines.AddRange(EvidenceFinder.IfShown(podCase, $"{path}.message"));
        }

        return lines;
    }

    /// <summary>" 12 times" when the container restarted more than once, else nothing.</summary>
    public static string Times(ContainerFacts c) =>
        c.Status?.RestartCount > 1 ? $" {c.Status.RestartCount.ToString(CultureInfo.InvariantCulture)} times" : string.Empty;

    /// <summary>The judged termination, if any.</summary>
    public static V1ContainerStateTerminated? State(ContainerFacts c) => c.Termination?.State;

    /// <summary>The waiting message (RunContainerError, CreateContainerConfigError, ...) with its line.</summary>
    public static (string Message, EvidenceLine? Line)? Waiting(PodCase podCase, ContainerFacts c) =>
        c.Status?.State?.Waiting is { Message: { Length: > 0 } message }
            ? (message, EvidenceFinder.For(podCase, $"{c.StatusPath}.state.waiting.message", $"Message: {message}"))
            : null;

    /// <summary>A short "(ran 4s)" note on how long the last run lasted.</summary>
    public static string Ran(ContainerFacts c) => c.RunDuration is { TotalSeconds: >= 1 } d ? $" (its last run lasted {Duration(d)})" : string.Empty;

    public static string Duration(TimeSpan d) =>
        d.TotalHours >= 1 ? $"{(int)d.TotalHours}h{d.Minutes}m"
        : d.TotalMinutes >= 1 ? $"{(int)d.TotalMinutes}m{d.Seconds}s"
        : $"{(int)d.TotalSeconds}s";
}
