namespace CrashLoopAnalysis.Model;

/// <summary>The log of one run of one container.</summary>
/// <param name="Container">The container name, or null when the input does not say (a loose log file).</param>
/// <param name="Previous">True for the previous (crashed) run, as <c>kubectl logs --previous</c> shows it.</param>
/// <param name="Digest">What matters in the log.</param>
public sealed record ContainerLog(string? Container, bool Previous, LogDigest Digest);
