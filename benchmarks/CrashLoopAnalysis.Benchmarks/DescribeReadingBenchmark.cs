using System.Text;
using BenchmarkDotNet.Attributes;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Readers.Describe;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>
/// Reading describe text: every recorded kubectl describe render (pods, nodes, claims) concatenated into one
/// capture. MB/s is the input size over the mean time.
/// </summary>
[MemoryDiagnoser]
public class DescribeReadingBenchmark
{
    private byte[] _text = [];

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRecorded();
        var all = new StringBuilder();
        foreach (var file in Directory.GetFiles(root, "describe.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            all.Append(File.ReadAllText(file)).Append('\n');
        }

        _text = Encoding.UTF8.GetBytes(all.ToString());
        Console.WriteLine($"// input: {_text.Length:N0} bytes");
    }

    [Benchmark]
    public int ReadDescribe()
    {
        var result = new ReadResult("describe.txt");
        DescribeReader.Read(new SourceText("describe.txt", _text), result);
        return result.Pods.Count + result.Events.Count;
    }

    private static string FindRecorded()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CrashLoopAnalysis.sln")))
        {
            dir = dir.Parent;
        }

        return Path.Combine(dir?.FullName ?? ".", "tests", "CrashLoopAnalysis.Tests", "Fixtures", "describe", "recorded");
    }
}
