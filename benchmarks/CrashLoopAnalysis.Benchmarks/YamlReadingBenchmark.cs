using BenchmarkDotNet.Attributes;
using CrashLoopAnalysis.Sources;
using k8s;
using k8s.Models;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>Reading a large pod list as YAML (<c>kubectl get pods -o yaml</c> shape): MB/s is the input size over the mean time.</summary>
[MemoryDiagnoser]
public class YamlReadingBenchmark
{
    private byte[] _yaml = [];

    [Params(1000)]
    public int Pods { get; set; }

    /// <summary>The size of the input, for MB/s.</summary>
    public long Bytes => _yaml.LongLength;

    [GlobalSetup]
    public void Setup()
    {
        var list = KubernetesJson.Deserialize<V1PodList>(SyntheticPods.PodList(Pods, crashLoopingShare: 0.1));
        _yaml = System.Text.Encoding.UTF8.GetBytes(KubernetesYaml.Serialize(list));
        Console.WriteLine($"// input: {_yaml.Length:N0} bytes");
    }

    [Benchmark]
    public int ReadYamlPodList() =>
        DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(_yaml), "pods.yaml")).Pods.Length;
}
