namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>Why a generated pod fails; <see cref="None"/> for a healthy pod.</summary>
public enum CrashCause
{
    /// <summary>Healthy.</summary>
    None,

    /// <summary>Killed for exceeding its memory limit (OOMKilled, exit 137).</summary>
    OomKilled,

    /// <summary>Its command is not in the image (ContainerCannotRun, exit 127).</summary>
    CommandNotFound,

    /// <summary>Its database refuses connections (Node.js ECONNREFUSED in the previous log, exit 1).</summary>
    DependencyRefused,

    /// <summary>A Secret it needs is missing (CreateContainerConfigError).</summary>
    MissingSecret,

    /// <summary>Killed by its liveness probe (Unhealthy and Killing events, exit 137).</summary>
    LivenessKilled,
}
