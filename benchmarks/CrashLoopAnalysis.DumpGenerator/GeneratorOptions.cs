namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>What to generate.</summary>
/// <param name="Pods">How many pods.</param>
/// <param name="CrashShare">The share of pods that fail (0..1), whole deployments at a time.</param>
/// <param name="LogBytesPerPod">About how many bytes of log each pod gets (current log; failing pods also a previous one).</param>
/// <param name="Seed">Seeds the choices, so that the same options give the same bundle.</param>
public sealed record GeneratorOptions(int Pods, double CrashShare = 0.1, int LogBytesPerPod = 45_000, int Seed = 7);
