using System.Globalization;
using System.Text.Json;
using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Tests.Readers;

/// <summary>
/// Reads the real pod and event lists and checks every pod, container status, last termination and event
/// against an independent walk of the same JSON (System.Text.Json's document model, not our reader).
/// </summary>
public sealed class CorpusAgreementTests
{
    public static TheoryData<string> PodLists() => [.. Directory.GetFiles(Fixture.Path("troubleshoot", "pods"), "*.json").Select(f => System.IO.Path.GetFileName(f)!).Order()];

    public static TheoryData<string> EventLists() => [.. Directory.GetFiles(Fixture.Path("troubleshoot", "events"), "*.json").Select(f => System.IO.Path.GetFileName(f)!).Order()];

    [Theory]
    [MemberData(nameof(PodLists))]
    public void Every_pod_and_container_status_is_read_as_the_json_says(string file)
    {
        var path = Fixture.Path("troubleshoot", "pods", file);
        var dump = DiagnosisEngine.Default.Read(Sources.DumpSource.FromPaths(path));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var items = doc.RootElement.GetProperty("items").EnumerateArray().ToList();

        Assert.Empty(dump.Warnings);
        Assert.Equal(items.Count, dump.Pods.Length);
        foreach (var item in items)
        {
            var meta = item.GetProperty("metadata");
            var key = new PodKey(meta.GetProperty("namespace").GetString(), meta.GetProperty("name").GetString());
            var pod = Assert.Single(dump.Pods, p => p.Key == key).Pod!;
            Assert.Equal(Str(item, "status", "phase"), pod.Status?.Phase);
            AssertStatuses(item, "containerStatuses", pod.Status?.ContainerStatuses);
            AssertStatuses(item, "initContainerStatuses", pod.Status?.InitContainerStatuses);
        }
    }

    [Theory]
    [MemberData(nameof(EventLists))]
    public void Every_event_is_read_as_the_json_says(string file)
    {
        var path = Fixture.Path("troubleshoot", "events", file);
        var dump = DiagnosisEngine.Default.Read(Sources.DumpSource.FromPaths(path));
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var expected = doc.RootElement.GetProperty("items").EnumerateArray()
            .Select(e => (Reason: Str(e, "reason"), Message: Str(e, "message"), Count: e.TryGetProperty("count", out var c) ? c.GetInt32()
                    : e.TryGetProperty("series", out var series) && series.TryGetProperty("count", out var sc) ? sc.GetInt32() : 1,
                Object: Str(e, "involvedObject", "name"), Type: Str(e, "type")))
            .ToList();
        var read = dump.OtherEvents.Concat(dump.Pods.SelectMany(p => p.Events))
            .Select(e => (e.Reason, e.Message, e.Count, Object: e.Event.InvolvedObject?.Name, Type: (string?)e.Event.Type))
            .ToList();

        Assert.Empty(dump.Warnings);
        Assert.Equal(expected.OrderBy(x => x.ToString(), StringComparer.Ordinal), read.OrderBy(x => x.ToString(), StringComparer.Ordinal));
    }

    [Fact]
    public void Event_evidence_cites_the_line_of_its_message()
    {
        var path = Fixture.Path("troubleshoot", "events", "message-image-pull-fail.json");
        var dump = DiagnosisEngine.Default.Read(Sources.DumpSource.FromPaths(path));
        var lines = File.ReadAllLines(path);
        var events = dump.OtherEvents.Concat(dump.Pods.SelectMany(p => p.Events)).ToList();

        Assert.NotEmpty(events);
        foreach (var e in events)
        {
            Assert.Equal(path, e.Line.Source);
            Assert.StartsWith("\"message\":", lines[e.Line.Line - 1].Trim(), StringComparison.Ordinal);
            Assert.Equal(lines[e.Line.Line - 1].Trim(), e.Line.Text);
        }
    }

    private static void AssertStatuses(JsonElement pod, string list, IList<V1ContainerStatus>? read)
    {
        if (!pod.GetProperty("status").TryGetProperty(list, out var statuses))
        {
            Assert.True(read is null || read.Count == 0);
            return;
        }

        var expected = statuses.EnumerateArray().ToList();
        Assert.NotNull(read);
        Assert.Equal(expected.Count, read.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var r = read[i];
            Assert.Equal(e.GetProperty("name").GetString(), r.Name);
            Assert.Equal(e.GetProperty("ready").GetBoolean(), r.Ready);
            Assert.Equal(e.GetProperty("restartCount").GetInt32(), r.RestartCount);
            AssertState(e.GetProperty("state"), r.State);
            if (e.TryGetProperty("lastState", out var last))
            {
                AssertState(last, r.LastState);
            }
        }
    }

    private static void AssertState(JsonElement e, V1ContainerState? r)
    {
        if (e.TryGetProperty("waiting", out var waiting))
        {
            Assert.Equal(Str(waiting, "reason"), r?.Waiting?.Reason);
            Assert.Equal(Str(waiting, "message"), r?.Waiting?.Message);
        }

        if (e.TryGetProperty("running", out var running))
        {
            Assert.Equal(Time(running, "startedAt"), r?.Running?.StartedAt);
        }

        if (e.TryGetProperty("terminated", out var t))
        {
            Assert.NotNull(r?.Terminated);
            Assert.Equal(t.GetProperty("exitCode").GetInt32(), r.Terminated.ExitCode);
            Assert.Equal(Str(t, "reason"), r.Terminated.Reason);
            Assert.Equal(Str(t, "message"), r.Terminated.Message);
            Assert.Equal(t.TryGetProperty("signal", out var s) ? s.GetInt32() : null, r.Terminated.Signal);
            Assert.Equal(Time(t, "startedAt"), r.Terminated.StartedAt);
            Assert.Equal(Time(t, "finishedAt"), r.Terminated.FinishedAt);
        }

        if (e.EnumerateObject().Any() is false)
        {
            Assert.True(r is null || (r.Waiting is null && r.Running is null && r.Terminated is null));
        }
    }

    private static string? Str(JsonElement e, params string[] path)
    {
        foreach (var p in path)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(p, out e))
            {
                return null;
            }
        }

        return e.ValueKind == JsonValueKind.String ? e.GetString() : null;
    }

    private static DateTime? Time(JsonElement e, string name) =>
        Str(e, name) is { } text ? DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal) : null;
}
