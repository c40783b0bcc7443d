using BenchmarkDotNet.Running;
using CrashLoopAnalysis.Benchmarks;

if (args is ["scan-log", var megabytes, var times])
{
    // For instruction counts that do not depend on the machine's load (valgrind --tool=callgrind): build a log of
    // the given size and scan it the given number of times; the difference between two counts is the scan's cost.
    return ScanLogOnce.Run(long.Parse(megabytes, System.Globalization.CultureInfo.InvariantCulture) * 1_000_000, int.Parse(times, System.Globalization.CultureInfo.InvariantCulture));
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
