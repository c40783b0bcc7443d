using CrashLoopAnalysis.Readers.Yaml;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Readers;

/// <summary>YAML of kinds no reader uses is skipped before parsing; YAML that may hold pods or events never is.</summary>
public sealed class YamlKindSnifferTests
{
    private static readonly string Core = Fixture.Path("must-gather", "slice", "namespaces", "openshift-ingress-operator", "core");

    [Fact]
    public void A_must_gather_list_of_replica_sets_is_skipped_before_parsing()
    {
        var path = Fixture.Path("must-gather", "other-kinds", "openshift-etcd-replicasets.yaml");

        Assert.False(YamlKindSniffer.MayHoldReadableObjects(File.ReadAllBytes(path)));
        var dump = DiagnosisEngine.Default.Read(DumpSource.FromPaths(path));
        Assert.Empty(dump.Pods);
        Assert.Empty(dump.Warnings);
    }

    [Fact]
    public void Pod_and_event_lists_and_files_naming_a_pod_anywhere_are_read()
    {
        Assert.True(YamlKindSniffer.MayHoldReadableObjects(File.ReadAllBytes(Path.Combine(Core, "pods.yaml"))));
        Assert.True(YamlKindSniffer.MayHoldReadableObjects(File.ReadAllBytes(Path.Combine(Core, "events.yaml"))));

        // An EndpointSlice's targetRef says `kind: Pod`: parsed (it may be an object we read), and it yields nothing.
        var slices = Fixture.Path("must-gather", "other-kinds", "openshift-ingress-operator-endpointslices.yaml");
        Assert.True(YamlKindSniffer.MayHoldReadableObjects(File.ReadAllBytes(slices)));

        var dump = DiagnosisEngine.Default.Read(DumpSource.FromPaths(Path.Combine(Core, "pods.yaml"), slices));
        Assert.NotEmpty(dump.Pods);
        Assert.Contains(dump.Pods, p => p.Key.Name!.StartsWith("ingress-operator-", StringComparison.Ordinal));
        Assert.Empty(dump.Warnings);
    }

    [Theory]
    [InlineData("apiVersion: v1\nmetadata:\n  name: x\nspec:\n  containers: []\n")]
    [InlineData("apiVersion: v1\nkind:\n  Pod\n")]
    [InlineData("{apiVersion: v1, kind: Secret}\n")]
    public void Yaml_whose_kinds_cannot_be_told_is_read(string yaml) =>
        Assert.True(YamlKindSniffer.MayHoldReadableObjects(System.Text.Encoding.UTF8.GetBytes(yaml)));
}
