using BenchmarkDotNet.Attributes;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Readers.Logs;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>
/// Scanning a large log with few matches (about 200 MB, 20 error lines and a final panic): GB/s is the log size
/// over the mean time. The log is in memory so the benchmark measures the scanner, not the disk.
/// </summary>
[MemoryDiagnoser]
public class LogScanningBenchmark
{
    private readonly LogScanner _scanner = new(SecretMasker.Default);
    private byte[] _log = [];

    [Params(200_000_000)]
    public long Bytes { get; set; }

    [GlobalSetup]
    public void Setup() => _log = SyntheticLog.Build(Bytes, errorLines: 20);

    [Benchmark]
    public long ScanLargeLog()
    {
        var digest = _scanner.Scan(new MemoryStream(_log, writable: false), "previous.log");
        return digest.DecisiveLine is null ? -1 : digest.LineCount;
    }
}
