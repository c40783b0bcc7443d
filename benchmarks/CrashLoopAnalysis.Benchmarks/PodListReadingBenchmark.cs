using System.Text;
using BenchmarkDotNet.Attributes;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>Reading a large pod list (JSON): MB/s is the input size over the mean time.</summary>
[MemoryDiagnoser]
public class PodListReadingBenchmark
{
    private byte[] _podList = [];

    [Params(1000)]
    public int Pods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _podList = Encoding.UTF8.GetBytes(SyntheticPods.PodList(Pods, crashLoopingShare: 0.1));
        Console.WriteLine($"// input: {_podList.Length:N0} bytes");
    }

    [Benchmark]
    public int ReadPodList() =>
        DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(_podList), "pods.json")).Pods.Length;

    [Benchmark]
    public int DiagnosePodList() =>
        DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(_podList), "pods.json")).Pods.Length;
}
