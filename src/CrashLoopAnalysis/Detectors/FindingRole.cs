namespace CrashLoopAnalysis.Detectors;

/// <summary>Whether a finding names a cause or describes a symptom of one.</summary>
public enum FindingRole
{
    /// <summary>A root cause: ranked first.</summary>
    Cause,
    /// <summary>A symptom (CrashLoopBackOff, back-off events): ranked under the causes.</summary>
    Symptom,
}
