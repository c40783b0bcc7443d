namespace CrashLoopAnalysis;

/// <summary>How much a finding matters.</summary>
public enum Severity
{
    /// <summary>Context worth knowing; not a problem by itself.</summary>
    Info,
    /// <summary>A problem, or a symptom of one.</summary>
    Warning,
    /// <summary>The reason the pod does not run.</summary>
    Error,
}
