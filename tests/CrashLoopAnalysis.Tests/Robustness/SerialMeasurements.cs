namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>Tests that measure time, memory or threads run alone, so that other tests do not skew them.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SerialMeasurements
{
    public const string Name = "Serial measurements";
}
