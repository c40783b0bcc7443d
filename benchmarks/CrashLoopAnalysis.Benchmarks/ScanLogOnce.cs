using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Readers.Logs;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>Scans a synthetic log a number of times outside BenchmarkDotNet, for instruction counting.</summary>
internal static class ScanLogOnce
{
    public static int Run(long bytes, int times)
    {
        var log = SyntheticLog.Build(bytes, errorLines: 20);
        var scanner = new LogScanner(SecretMasker.Default);
        long lines = 0;
        for (var i = 0; i < times; i++)
        {
            lines += scanner.Scan(new MemoryStream(log, writable: false), "previous.log").LineCount;
        }

        Console.WriteLine($"{log.Length} bytes, {times} scans, {lines} lines, Vector256 accelerated: {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}");
        return 0;
    }
}
