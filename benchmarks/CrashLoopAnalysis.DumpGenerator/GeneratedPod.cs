namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>The ground truth of one generated pod: where it is, which deployment owns it, and why it fails.</summary>
/// <param name="Namespace">The namespace.</param>
/// <param name="Name">The pod name.</param>
/// <param name="Deployment">The deployment that owns it (through its ReplicaSet).</param>
/// <param name="Cause">Why it fails, or <see cref="CrashCause.None"/>.</param>
/// <param name="Detail">The decisive detail of the cause (the host:port refused, the missing Secret), if any.</param>
public sealed record GeneratedPod(string Namespace, string Name, string Deployment, CrashCause Cause, string? Detail);
