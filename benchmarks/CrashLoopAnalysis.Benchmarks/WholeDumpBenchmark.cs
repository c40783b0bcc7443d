using BenchmarkDotNet.Attributes;
using CrashLoopAnalysis.DumpGenerator;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>
/// A whole generated support bundle, end to end (walk, read, assemble, diagnose), as a folder and as a .tar.gz
/// in memory. MB/s is the bundle's size over the mean time. The 10,000-pod comparison with jq and ripgrep is
/// benchmarks/bulk/compare.sh.
/// </summary>
[MemoryDiagnoser]
public class WholeDumpBenchmark
{
    private string _folder = string.Empty;
    private byte[] _archive = [];

    [Params(1000)]
    public int Pods { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _folder = Path.Combine(Path.GetTempPath(), $"crashloop-bench-{Pods}");
        if (!Directory.Exists(_folder))
        {
            using var sink = new FolderSink(_folder);
            BundleGenerator.Generate(sink, new GeneratorOptions(Pods));
        }

        using var buffer = new MemoryStream();
        using (var sink = new TarGzSink(buffer))
        {
            BundleGenerator.Generate(sink, new GeneratorOptions(Pods));
        }

        _archive = buffer.ToArray();
    }

    [Benchmark]
    public int DiagnoseFolder() => DiagnosisEngine.Default.Diagnose(DumpSource.FromPaths(_folder)).Pods.Length;

    [Benchmark]
    public int DiagnoseTarGz() => DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(_archive), "bundle.tar.gz")).Pods.Length;
}
