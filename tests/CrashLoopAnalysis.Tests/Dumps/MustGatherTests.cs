using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>The real must-gather slice, as a folder and as a .tar.xz nested two folders deep.</summary>
public sealed class MustGatherTests
{
    private static readonly PodKey IngressOperator = new("openshift-ingress-operator", "ingress-operator-7d578b789-7wcql");

    public static TheoryData<string> Inputs => new() { Fixture.Path("must-gather", "slice"), Fixture.Path("bundles", "must-gather-slice.tar.xz") };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void The_restarted_ingress_operator_is_diagnosed_from_its_previous_log(string input)
    {
        var dump = DiagnosisEngine.Default.Read(DumpSource.FromPaths(input));
        var diagnosis = DiagnosisEngine.Default.Diagnose(dump);

        Assert.Equal("must-gather", Assert.Single(dump.Inputs).Kind);
        var @case = Assert.Single(dump.Pods, p => p.Key == IngressOperator);
        var previous = @case.FindLog("ingress-operator", previous: true);
        Assert.NotNull(previous);
        Assert.EndsWith("ingress-operator/ingress-operator/logs/previous.log", previous.Digest.Source, StringComparison.Ordinal);

        var cause = Assert.Single(diagnosis.Pods, p => p.Key == IngressOperator).PrimaryCause!;
        Assert.Equal("ingress-operator", cause.Container);
        Assert.Contains(cause.Evidence, e => e.Source == previous.Digest.Source && e.Text.Contains("error starting", StringComparison.Ordinal));
    }

    [Fact]
    public void Evidence_inside_the_archive_is_cited_as_archive_bang_path()
    {
        var archive = Fixture.Path("bundles", "must-gather-slice.tar.xz");

        var diagnosis = DiagnosisEngine.Default.Diagnose(archive);

        var cause = Assert.Single(diagnosis.Pods, p => p.Key == IngressOperator).PrimaryCause!;
        Assert.All(cause.Evidence, e => Assert.StartsWith($"{archive}!/must-gather.local.123/quay-io-example-sha256-abc/namespaces/openshift-ingress-operator/", e.Source, StringComparison.Ordinal));
    }
}
