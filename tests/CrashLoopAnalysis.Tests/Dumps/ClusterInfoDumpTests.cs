using System.Text;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>
/// <c>kubectl cluster-info dump</c> to standard output: JSON lists one after another, then log blocks between
/// kubectl's START/END marker lines. Built from real captures (a troubleshoot pod list and event list, a real
/// previous log) laid out the way kubectl prints them.
/// </summary>
public sealed class ClusterInfoDumpTests
{
    [Fact]
    public void The_lists_and_log_blocks_are_split_and_lines_keep_their_place_in_the_stream()
    {
        var pods = File.ReadAllText(Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json")).TrimEnd();
        var events = File.ReadAllText(Fixture.Path("troubleshoot", "events", "message-pod-init-crashloop-backoff.json")).TrimEnd();
        var log = File.ReadAllText(Fixture.Path("logs", "071-node-unhandled-rejection-econnrefused-postgres", "previous.log")).TrimEnd();
        var text = new StringBuilder()
            .Append(pods).Append('\n')
            .Append(events).Append('\n')
            .Append("==== START logs for container nginx of pod message-pod-crashloop-backoff/init-demo ====\n")
            .Append(log).Append('\n')
            .Append("==== END logs for container nginx of pod message-pod-crashloop-backoff/init-demo ====\n")
            .ToString();

        var dump = DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(text)), "dump.txt"));
        var diagnosis = DiagnosisEngine.Default.Diagnose(dump);

        Assert.Equal("cluster-info-dump", Assert.Single(dump.Inputs).Kind);
        Assert.DoesNotContain(dump.Warnings, w => w.Source == "dump.txt");
        var pod = Assert.Single(dump.Pods, p => p.Key == new PodKey("message-pod-crashloop-backoff", "init-demo"));
        var current = pod.FindLog("nginx", previous: false);
        Assert.NotNull(current);
        Assert.Equal("dump.txt!/message-pod-crashloop-backoff/init-demo/nginx.log", current.Digest.Source);
        Assert.Contains(current.Digest.Tail, l => l.Text.Contains("ECONNREFUSED 127.0.0.1:5432", StringComparison.Ordinal));

        // Evidence from the pod list cites the line of the whole stream it stands on.
        var lines = text.Split('\n');
        var evidence = diagnosis.Pods.SelectMany(p => p.Findings).SelectMany(f => f.Evidence).Where(e => e.Source == "dump.txt").ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, e => Assert.Equal(lines[e.Line - 1].Trim(), e.Text.Trim()));
    }
}
