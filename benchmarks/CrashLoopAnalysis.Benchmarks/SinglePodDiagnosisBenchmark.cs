using BenchmarkDotNet.Attributes;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>One crash-looping pod's <c>Diagnose()</c> once read: the detectors, ranking and masking, with allocations.</summary>
[MemoryDiagnoser]
public class SinglePodDiagnosisBenchmark
{
    private Dump _dump = new();

    [GlobalSetup]
    public void Setup()
    {
        var json = System.Text.Encoding.UTF8.GetBytes(SyntheticPods.PodList(1, crashLoopingShare: 1));
        _dump = DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(json), "pod.json"));
    }

    [Benchmark]
    public int DiagnoseOnePod() => DiagnosisEngine.Default.Diagnose(_dump).Pods[0].Findings.Length;
}
