using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Detectors.Termination;

namespace CrashLoopAnalysis;

/// <summary>The detectors that ship with the library, in registration order.</summary>
internal static class BuiltInDetectors
{
    public static IEnumerable<IPodDetector> Create() =>
    [
        new TerminationStateDetector(),
        new CrashLoopSymptomDetector(),
    ];
}
