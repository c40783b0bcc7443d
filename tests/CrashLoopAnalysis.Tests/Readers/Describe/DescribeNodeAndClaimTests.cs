using CrashLoopAnalysis.Tests.Readers.Describe;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>Describe text of nodes and claims, read against the JSON kubectl rendered it from.</summary>
public sealed class DescribeNodeAndClaimTests
{
    public static TheoryData<string> Nodes() => [.. RecordedPairs.Folders("node-")];

    public static TheoryData<string> Claims() => [.. RecordedPairs.Folders("pvc-")];

    [Theory]
    [MemberData(nameof(Nodes))]
    public void A_described_node_gives_back_its_taints_conditions_capacity_and_versions(string folder)
    {
        var read = RecordedPairs.ReadDescribe(folder);
        var expected = RecordedPairs.ReadJson(folder, "node.json").Nodes.Single();

        Assert.Empty(read.Warnings);
        var node = Assert.Single(read.Nodes);
        Assert.Empty(read.Pods);
        Assert.Equal(expected.Metadata.Name, node.Metadata.Name);
        Assert.Equal(Sorted(expected.Metadata.Labels), Sorted(node.Metadata.Labels));
        Assert.Equal((expected.Spec?.Taints ?? []).Select(t => $"{t.Key}={t.Value}:{t.Effect}").Order(), (node.Spec.Taints ?? []).Select(t => $"{t.Key}={t.Value}:{t.Effect}").Order());
        Assert.Equal(expected.Spec?.Unschedulable == true, node.Spec.Unschedulable == true);
        Assert.Equal(expected.Status.Conditions?.Select(c => $"{c.Type} {c.Status} {c.Reason} {c.Message}") ?? [], node.Status.Conditions?.Select(c => $"{c.Type} {c.Status} {c.Reason} {c.Message}") ?? []);
        Assert.Equal(Quantities(expected.Status.Capacity), Quantities(node.Status.Capacity));
        Assert.Equal(Quantities(expected.Status.Allocatable), Quantities(node.Status.Allocatable));
        Assert.Equal(expected.Status.NodeInfo?.KubeletVersion, node.Status.NodeInfo?.KubeletVersion);
        Assert.Equal(expected.Status.NodeInfo?.ContainerRuntimeVersion, node.Status.NodeInfo?.ContainerRuntimeVersion);
        Assert.Equal(expected.Status.Addresses?.Select(a => $"{a.Type} {a.Address}") ?? [], node.Status.Addresses?.Select(a => $"{a.Type} {a.Address}") ?? []);
    }

    [Theory]
    [MemberData(nameof(Claims))]
    public void A_described_claim_gives_back_its_class_phase_volume_capacity_and_events(string folder)
    {
        var read = RecordedPairs.ReadDescribe(folder);
        var expected = RecordedPairs.ReadJson(folder, "pvc.json").Claims.Single();
        var events = RecordedPairs.ReadJson(folder, "events.json").Events;

        Assert.Empty(read.Warnings);
        var claim = Assert.Single(read.Claims);
        Assert.Equal(expected.Metadata.Name, claim.Metadata.Name);
        Assert.Equal(expected.Metadata.NamespaceProperty, claim.Metadata.NamespaceProperty);
        Assert.Equal(Blank(expected.Spec.StorageClassName), claim.Spec.StorageClassName);
        Assert.Equal(expected.Metadata.DeletionTimestamp is null ? expected.Status?.Phase : null, claim.Status.Phase);
        Assert.Equal(Blank(expected.Spec.VolumeName), claim.Spec.VolumeName);
        if (expected.Spec.VolumeName is { Length: > 0 })
        {
            Assert.Equal(Quantities(expected.Status?.Capacity), Quantities(claim.Status.Capacity));
            Assert.Equal(expected.Status?.AccessModes ?? [], claim.Status.AccessModes ?? []);
        }

        Assert.Equal(events.Select(e => $"{e.Event.Reason} {e.Count} {e.Event.Message?.Trim()}").Order(), read.Events.Select(e => $"{e.Event.Reason} {e.Count} {e.Event.Message?.Trim()}").Order());
        Assert.All(read.Events, e => Assert.Equal("PersistentVolumeClaim", e.Event.InvolvedObject.Kind));
    }

    private static string? Blank(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string Sorted(IDictionary<string, string>? map) => string.Join(",", (map ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));

    private static string Quantities(IDictionary<string, k8s.Models.ResourceQuantity>? map) =>
        string.Join(",", (map ?? new Dictionary<string, k8s.Models.ResourceQuantity>()).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.ToDecimal()}"));
}
