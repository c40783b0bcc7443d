namespace CrashLoopAnalysis;

/// <summary>The kind of root cause a finding names. CrashLoopBackOff is the symptom of all of them.</summary>
public enum FailureCategory
{
    /// <summary>The command, arguments or entrypoint are wrong, or nothing long-running was started (<c>startup-command</c>).</summary>
    StartupCommand,
    /// <summary>Missing or invalid configuration: env vars, Secrets, ConfigMaps, config files, flags (<c>configuration</c>).</summary>
    Configuration,
    /// <summary>A service needed at start-up is not reachable or not ready (<c>dependency</c>).</summary>
    Dependency,
    /// <summary>Memory or CPU limits (<c>resources</c>).</summary>
    Resources,
    /// <summary>Volumes and files (<c>filesystem</c>).</summary>
    Filesystem,
    /// <summary>A liveness or startup probe kills a container that may be fine (<c>liveness-probe</c>).</summary>
    LivenessProbe,
    /// <summary>The image cannot be pulled (<c>image-pull</c>).</summary>
    ImagePull,
    /// <summary>The program fails by itself for a reason nothing more specific explains (<c>application-crash</c>).</summary>
    ApplicationCrash,
    /// <summary>The pod is not placed on a node (<c>scheduling</c>).</summary>
    Scheduling,
    /// <summary>The node or container runtime, not the app (<c>node</c>).</summary>
    Node,
}
