using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>
/// The property the describe reader must keep: reading the text kubectl printed for a pod gives back every
/// field kubectl printed, equal to the pod JSON it printed from, and every event row.
/// </summary>
public sealed class DescribeRoundTripTests
{
    public static TheoryData<string> PodPairs() => [.. RecordedPairs.Folders().Concat(RecordedPairs.Folders("multi-"))];

    [Theory]
    [MemberData(nameof(PodPairs))]
    public void Reading_describe_gives_back_every_field_kubectl_printed(string folder)
    {
        var read = RecordedPairs.ReadDescribe(folder);
        var expected = RecordedPairs.ReadJson(folder, File.Exists(System.IO.Path.Combine(RecordedPairs.Root, folder, "pod.json")) ? "pod.json" : "pods.json");

        Assert.Empty(read.Warnings);
        Assert.Equal(expected.Pods.Count, read.Pods.Count);
        var differences = new List<string>();
        foreach (var e in expected.Pods)
        {
            var r = read.Pods.SingleOrDefault(p => p.Pod.Metadata.Name == e.Pod.Metadata.Name);
            Assert.NotNull(r);
            differences.AddRange(PodAgreement.Compare(e.Pod, r.Pod).Select(d => $"{e.Pod.Metadata.Name}: {d}"));
        }

        Assert.True(differences.Count == 0, string.Join("\n", differences));
    }

    [Theory]
    [MemberData(nameof(PodPairs))]
    public void Every_event_row_is_read_with_its_reason_type_message_count_and_source(string folder)
    {
        var read = RecordedPairs.ReadDescribe(folder);
        var expected = RecordedPairs.ReadJson(folder, "events.json");
        var shownPods = read.Pods.Select(p => p.Pod.Metadata.Name).ToHashSet(StringComparer.Ordinal);

        var want = expected.Events.Where(e => shownPods.Contains(e.Event.InvolvedObject?.Name ?? string.Empty)).Select(Row).Order(StringComparer.Ordinal).ToList();
        var got = read.Events.Select(Row).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(want, got);
        Assert.All(read.Events, e => Assert.Contains(e.Event.Reason!, e.Line.Text, StringComparison.Ordinal));
    }

    private static string Row(EventRecord e) =>
        $"{e.Event.InvolvedObject?.Name} {e.Event.Type} {e.Event.Reason} x{e.Count} [{(string.IsNullOrEmpty(e.Event.Source?.Component) ? e.Event.ReportingComponent : e.Event.Source.Component)}] {PodAgreement.ShownMessage(e.Event.Message?.Trim())}";
}
