using System.Diagnostics;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>Diagnoses one hostile input and writes every report format, measuring time and allocations.</summary>
internal sealed record HostileRun(CrashLoopAnalysis.Diagnosis Diagnosis, IReadOnlyList<string> Reports, TimeSpan Elapsed, long AllocatedBytes)
{
    public static HostileRun Of(byte[] content, string name) => Of(() => DumpSource.FromStream(new MemoryStream(content, writable: false), name));

    public static HostileRun Of(Func<DumpSource> source)
    {
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var diagnosis = DiagnosisEngine.Default.Diagnose(source());
        var reports = new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json }
            .Select(f => DiagnosisReport.ToString(diagnosis, f, "0.0.0"))
            .ToList();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        return new HostileRun(diagnosis, reports, clock.Elapsed, allocated);
    }

    /// <summary>Every report was written, and every warning names its source.</summary>
    public HostileRun AssertReported(string source)
    {
        Assert.All(Reports, r => Assert.False(string.IsNullOrWhiteSpace(r)));
        Assert.All(Diagnosis.Warnings, w =>
        {
            Assert.StartsWith(source, w.Source, StringComparison.Ordinal);
            Assert.True(w.Line >= 0, $"warning line {w.Line}");
            Assert.False(string.IsNullOrWhiteSpace(w.Message));
        });
        return this;
    }

    public HostileRun AssertWithin(TimeSpan time, long megabytes)
    {
        Assert.True(Elapsed < time, $"took {Elapsed.TotalMilliseconds:N0} ms, more than {time.TotalMilliseconds:N0} ms");
        Assert.True(AllocatedBytes < megabytes << 20, $"allocated {AllocatedBytes >> 20:N0} MB, more than {megabytes:N0} MB");
        return this;
    }
}
