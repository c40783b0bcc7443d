using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>The two real crash loops of the k3s bundle share one cause: the API service 10.43.0.1:443 is unreachable.</summary>
public sealed class SupportBundleDependencyGroupingTests
{
    [Fact]
    public void Both_crash_loops_are_traced_to_the_unreachable_api_service_and_grouped_as_one_cause()
    {
        var diagnosis = DiagnosisEngine.Default.Diagnose(Fixture.Path("bundles", "support-bundle.tar.gz"));

        var provisioner = new PodKey("kube-system", "local-path-provisioner-7b7dc8d6f5-45btl");
        var metrics = new PodKey("kube-system", "metrics-server-668d979685-wttxd");
        foreach (var key in new[] { provisioner, metrics })
        {
            var cause = Assert.Single(diagnosis.Pods, p => p.Key == key).PrimaryCause!;
            Assert.Equal(FailureCategory.Dependency, cause.Category);
            Assert.Contains("10.43.0.1:443", cause.Signature, StringComparison.Ordinal);
        }

        var group = Assert.Single(diagnosis.Groups, g => g.Category == FailureCategory.Dependency);
        Assert.Equal([provisioner, metrics], group.Pods.OrderBy(p => p.Name, StringComparer.Ordinal));
        Assert.Contains("10.43.0.1:443", group.Headline, StringComparison.Ordinal);
        Assert.StartsWith("2 pods in 2 deployments", group.Headline, StringComparison.Ordinal);
    }
}
