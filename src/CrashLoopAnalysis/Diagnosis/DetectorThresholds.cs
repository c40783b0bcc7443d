namespace CrashLoopAnalysis;

/// <summary>Numbers the built-in detectors judge by; the defaults suit most clusters.</summary>
public readonly record struct DetectorThresholds
{
    /// <summary>Creates the default thresholds.</summary>
    public DetectorThresholds()
    {
    }

    /// <summary>A run shorter than this died at start-up: command, configuration or dependency. Default 30 s.</summary>
    public TimeSpan QuickExit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>A run longer than this died of something that builds up: leaks, OOM, probes. Default 1 h.</summary>
    public TimeSpan LongRun { get; init; } = TimeSpan.FromHours(1);

    /// <summary>How many pods of one node must show exit 255 <c>Unknown</c> to call it a node or runtime restart. Default 2.</summary>
    public int NodeRestartPods { get; init; } = 2;
}
