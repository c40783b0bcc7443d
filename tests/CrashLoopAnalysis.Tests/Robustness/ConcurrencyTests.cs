using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using CrashLoopAnalysis.Sources;
using Xunit.Abstractions;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>One built engine serves many threads at once, and a cancelled diagnosis stops promptly.</summary>
[Collection(SerialMeasurements.Name)]
public sealed class ConcurrencyTests(ITestOutputHelper output)
{
    [Fact]
    public void One_engine_diagnosing_different_inputs_in_parallel_gives_the_sequential_results()
    {
        var engine = DeterminismTests.Engine(2);
        var inputs = Directory.EnumerateFiles(Fixture.Path("troubleshoot"), "*", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Fixture.Path("cases"), "*", SearchOption.AllDirectories).Where(f => !f.EndsWith("case.json", StringComparison.Ordinal)).Take(40))
            .Order(StringComparer.Ordinal)
            .ToArray();
        var sequential = inputs.Select(p => Report(engine, p)).ToArray();
        Assert.Contains(sequential, r => r.Contains("CLA", StringComparison.Ordinal));

        var parallel = new ConcurrentDictionary<int, string>();
        var mismatches = new ConcurrentBag<string>();
        Parallel.For(0, inputs.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            var index = (i * 7919) % inputs.Length;
            if (Report(engine, inputs[index]) != sequential[index])
            {
                mismatches.Add(inputs[index]);
            }
        });

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Cancelling_an_endless_log_stops_the_diagnosis_promptly()
    {
        var elapsed = MeasureCancel(token => DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new EndlessLog(), "endless.log"), token));

        output.WriteLine($"endless log: stopped {elapsed.TotalMilliseconds:N1} ms after the cancel");
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"stopped {elapsed.TotalMilliseconds:N0} ms after the cancel");
    }

    [Fact]
    public void Cancelling_a_folder_of_many_pods_stops_the_diagnosis_promptly()
    {
        var pod = File.ReadAllBytes(Fixture.Path("troubleshoot", "pods", "message-oomkill-pod.json"));
        var files = Enumerable.Range(0, 200_000).ToDictionary(i => $"pods/{i:D6}.json", _ => (Func<Stream>)(() => new MemoryStream(pod, writable: false)));

        var elapsed = MeasureCancel(token => DiagnosisEngine.Default.Diagnose(DumpSource.FromVirtualFolder("many", files), token));

        output.WriteLine($"200,000 pod files: stopped {elapsed.TotalMilliseconds:N1} ms after the cancel");
        Assert.True(elapsed < TimeSpan.FromSeconds(1), $"stopped {elapsed.TotalMilliseconds:N0} ms after the cancel");
    }

    private static TimeSpan MeasureCancel(Action<CancellationToken> diagnose)
    {
        using var cancel = new CancellationTokenSource();
        var stopped = Stopwatch.StartNew();
        var task = Task.Run(() => diagnose(cancel.Token));
        Thread.Sleep(300);
        Assert.False(task.IsCompleted, "the input was too small to be cancelled while running");
        cancel.Cancel();
        stopped.Restart();
        var thrown = Assert.ThrowsAny<OperationCanceledException>(() => task.GetAwaiter().GetResult());
        stopped.Stop();
        Assert.Equal(cancel.Token, thrown.CancellationToken);
        return stopped.Elapsed;
    }

    private static string Report(DiagnosisEngine engine, string path) =>
        DiagnosisReport.ToString(engine.Diagnose(DumpSource.FromPaths(path)), ReportFormat.Json, "0.0.0");

    /// <summary>A log that never ends: only a cancel can stop reading it.</summary>
    private sealed class EndlessLog : ReadOnlyTestStream
    {
        private static readonly byte[] Lines = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Range(0, 1000).Select(i => $"2024-01-01T00:00:00Z info request {i} handled\nerror: upstream timed out\n")));

        public override int Read(byte[] buffer, int offset, int count)
        {
            var start = (int)(Consumed % Lines.Length);
            var n = Math.Min(count, Lines.Length - start);
            Lines.AsSpan(start, n).CopyTo(buffer.AsSpan(offset));
            Consumed += n;
            return n;
        }
    }
}
