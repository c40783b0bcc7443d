using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>One container of a describe section: its spec part and, when kubectl had it, its status part.</summary>
internal sealed record ContainerText(V1Container Spec, V1ContainerStatus? Status);
