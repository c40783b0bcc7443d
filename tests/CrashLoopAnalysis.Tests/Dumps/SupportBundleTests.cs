using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>The real k3s support bundle, read straight from its .tar.gz: pods, previous logs, node restarts.</summary>
public sealed class SupportBundleTests
{
    private static readonly string Bundle = Fixture.Path("bundles", "support-bundle.tar.gz");

    [Theory]
    [InlineData("local-path-provisioner-7b7dc8d6f5-45btl", "local-path-provisioner")]
    [InlineData("metrics-server-668d979685-wttxd", "metrics-server")]
    public void Both_crash_loops_are_read_with_their_previous_logs_naming_the_unreachable_api_service(string pod, string container)
    {
        var dump = DiagnosisEngine.Default.Read(CrashLoopAnalysis.Sources.DumpSource.FromPaths(Bundle));

        var @case = Assert.Single(dump.Pods, p => p.Key == new PodKey("kube-system", pod));
        var previous = @case.FindLog(container, previous: true);
        Assert.NotNull(previous);
        Assert.StartsWith($"{Bundle}!/support-bundle/cluster-resources/pods/logs/kube-system/{pod}/{container}-previous.log", previous.Digest.Source, StringComparison.Ordinal);
        Assert.Contains(previous.Digest.Tail, l => l.Text.Contains("dial tcp 10.43.0.1:443", StringComparison.Ordinal));
        Assert.Contains("10.43.0.1:443", previous.Digest.DecisiveLine!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bundle_is_named_a_bundle_and_its_links_are_read_once()
    {
        var dump = DiagnosisEngine.Default.Read(CrashLoopAnalysis.Sources.DumpSource.FromPaths(Bundle));

        Assert.Equal("bundle", Assert.Single(dump.Inputs).Kind);
        Assert.Equal(8, dump.Inputs[0].Pods);

        // all-logs/ holds links to the logs under cluster-resources/: each log is attached once, under its own name.
        var provisioner = Assert.Single(dump.Pods, p => p.Key.Name == "local-path-provisioner-7b7dc8d6f5-45btl");
        Assert.Equal(2, provisioner.Logs.Length);
        Assert.DoesNotContain(dump.Warnings, w => w.Source.Contains("all-logs", StringComparison.Ordinal));
    }

    [Fact]
    public void The_exit_255_unknown_restarts_are_reported_as_a_node_restart_and_grouped()
    {
        var diagnosis = DiagnosisEngine.Default.Diagnose(Bundle);

        var nginx = Assert.Single(diagnosis.Pods, p => p.Key.Name == "nginx-deployment-7986654d4-ztx2g");
        Assert.Equal("CLA1901", nginx.PrimaryCause!.Id);
        Assert.Equal(FailureCategory.Node, nginx.PrimaryCause.Category);
        Assert.Contains(nginx.PrimaryCause.Evidence, e => e.Text.Contains("Unknown", StringComparison.Ordinal));

        var group = Assert.Single(diagnosis.Groups, g => g.FindingId == "CLA1901");
        Assert.Contains(new PodKey("default", "nginx-deployment-7986654d4-ztx2g"), group.Pods);
        Assert.Contains("deployment/default/nginx-deployment", group.Owners);
        Assert.StartsWith($"{group.Pods.Length} pods in {group.Owners.Length} ", group.Headline, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_bundle_on_standard_input_reads_the_same()
    {
        using var stream = File.OpenRead(Bundle);
        var fromStream = DiagnosisEngine.Default.Read(CrashLoopAnalysis.Sources.DumpSource.FromStream(new NonSeekable(stream), "-"));
        var fromPath = DiagnosisEngine.Default.Read(CrashLoopAnalysis.Sources.DumpSource.FromPaths(Bundle));

        Assert.Equal("bundle", fromStream.Inputs[0].Kind);
        Assert.Equal(fromPath.Pods.Select(p => (p.Key, p.Logs.Length)), fromStream.Pods.Select(p => (p.Key, p.Logs.Length)));
    }
}
