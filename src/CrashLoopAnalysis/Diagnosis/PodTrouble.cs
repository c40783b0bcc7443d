using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Json;

namespace CrashLoopAnalysis;

/// <summary>
/// Tells whether a pod shows any sign of trouble: a container that restarts, waits, failed or is not ready, a phase
/// other than Running or Succeeded, a warning event, or a previous log. The built-in detectors look only at such pods
/// (a bundle is mostly healthy pods, and none of them has a cause to find); detectors of your own see every pod.
/// </summary>
internal static class PodTrouble
{
    public static bool Shown(PodCase podCase) =>
        podCase.Pod is not { } pod
        || PodAttention.Needed(pod)
        || podCase.Events.Any(e => !string.Equals(e.Event.Type, "Normal", StringComparison.Ordinal))
        || podCase.Logs.Any(l => l.Previous);

    /// <summary>True for the detectors this library ships.</summary>
    public static bool OnlyWatchesTroubledPods(IPodDetector detector) => detector.GetType().Assembly == typeof(PodTrouble).Assembly;
}
