using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Detectors.ApplicationCrash;
using CrashLoopAnalysis.Detectors.Configuration;
using CrashLoopAnalysis.Detectors.Dependency;
using CrashLoopAnalysis.Detectors.Filesystem;
using CrashLoopAnalysis.Detectors.ImagePull;
using CrashLoopAnalysis.Detectors.LivenessProbe;
using CrashLoopAnalysis.Detectors.Node;
using CrashLoopAnalysis.Detectors.Resources;
using CrashLoopAnalysis.Detectors.Scheduling;
using CrashLoopAnalysis.Detectors.StartupCommand;

namespace CrashLoopAnalysis;

/// <summary>The detectors <see cref="DiagnosisEngineBuilder.UseBuiltInDetectors"/> registers, one per kind of evidence, by category.</summary>
internal static class BuiltInDetectors
{
    public static IEnumerable<IPodDetector> Create() =>
    [
        new StartFailureDetector(),
        new CleanExitDetector(),
        new ConfigReferenceDetector(),
        new MissingEnvironmentDetector(),
        new InvalidConfigDetector(),
        new OomKillDetector(),
        new CpuStarvationDetector(),
        new EphemeralStorageDetector(),
        new DependencyDetector(),
        new VolumeDetector(),
        new FileAccessDetector(),
        new DataDirectoryDetector(),
        new LivenessProbeDetector(),
        new ImagePullDetector(),
        new AppLogSignalDetector(),
        new ExitCodeDetector(),
        new CrashLoopSymptomDetector(),
        new FailedSchedulingDetector(),
        new LostContainerDetector(),
        new EvictionDetector(),
        new NodeFailureDetector(),
    ];
}
