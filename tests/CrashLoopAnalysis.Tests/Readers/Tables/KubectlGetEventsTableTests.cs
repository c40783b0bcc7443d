using System.Text.Json.Nodes;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Readers.Sniffing;
using CrashLoopAnalysis.Readers.Tables;

namespace CrashLoopAnalysis.Tests.Readers.Tables;

/// <summary>
/// Tables printed by the real <c>kubectl get events</c> (v1.32; with and without <c>-A</c> and <c>-o wide</c>),
/// recorded with the events the server held (Fixtures/events-tables): reading a table gives, row by row, the events
/// of the JSON as far as the table shows them, each citing its own row.
/// </summary>
public sealed class KubectlGetEventsTableTests
{
    public static TheoryData<string> Pairs => [.. Names];

    private static IEnumerable<string> Names =>
        Directory.GetDirectories(Fixture.Path("events-tables")).Select(d => Path.GetFileName(d)).Order(StringComparer.Ordinal);

    [Fact]
    public void Every_form_of_the_command_is_recorded()
    {
        var commands = Names.Select(p => string.Join(' ', Meta(p)["command"]!.AsArray().Select(a => a!.GetValue<string>()))).ToList();

        Assert.Contains(commands, c => c.Contains(" -n ", StringComparison.Ordinal) && !c.Contains("wide", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains(" -n ", StringComparison.Ordinal) && c.Contains("-o wide", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains(" -A ", StringComparison.Ordinal) && !c.Contains("wide", StringComparison.Ordinal));
        Assert.Contains(commands, c => c.Contains(" -A ", StringComparison.Ordinal) && c.Contains("-o wide", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Reading_the_table_gives_the_served_events(string pair)
    {
        var bytes = File.ReadAllBytes(Fixture.Path("events-tables", pair, "table.txt"));
        var expected = JsonNode.Parse(File.ReadAllBytes(Fixture.Path("events-tables", pair, "events.json")))!["items"]!.AsArray();
        var command = string.Join(' ', Meta(pair)["command"]!.AsArray().Select(a => a!.GetValue<string>()));
        var wide = command.Contains("-o wide", StringComparison.Ordinal);
        var result = new ReadResult("table.txt");

        Assert.Equal(InputFormat.EventsTable, FormatSniffer.Sniff(bytes));
        EventsTableReader.Read(new SourceText("table.txt", bytes), result);

        Assert.Empty(result.Warnings.Select(w => $"{w.Line}: {w.Message}"));
        Assert.Equal(expected.Count, result.Events.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var want = expected[i]!;
            var got = result.Events[i].Event;
            Assert.Equal(i + 2, result.Events[i].Line.Line);
            Assert.Equal(Str(want, "reason"), got.Reason);
            Assert.Equal(Str(want, "type"), got.Type);
            Assert.Equal(Shown(Str(want, "message")), got.Message);
            Assert.Equal(Str(want["involvedObject"], "name"), got.InvolvedObject.Name);
            Assert.Equal(Str(want["involvedObject"], "kind"), got.InvolvedObject.Kind);
            if (command.Contains(" -A ", StringComparison.Ordinal))
            {
                Assert.Equal(Str(want["metadata"], "namespace"), got.InvolvedObject.NamespaceProperty);
            }

            if (wide)
            {
                Assert.Equal(Count(want), got.Count);
                Assert.Equal(Str(want["involvedObject"], "fieldPath"), got.InvolvedObject.FieldPath);
                Assert.Equal(Str(want["source"], "component") ?? Str(want, "reportingComponent"), got.Source?.Component);
                Assert.Equal(Str(want["source"], "host") ?? Str(want, "reportingInstance"), got.Source?.Host);
            }
        }
    }

    [Fact]
    public void The_old_column_set_with_braced_sources_is_read_row_by_row()
    {
        // kubectl 1.4 era (Fixtures/events-tables-captured/README.md): LASTSEEN FIRSTSEEN COUNT NAME KIND SUBOBJECT ...
        var bytes = File.ReadAllBytes(Fixture.Path("events-tables-captured", "rpi-kubernetes-1.4.txt"));
        var result = new ReadResult("events.txt");

        Assert.Equal(InputFormat.EventsTable, FormatSniffer.Sniff(bytes));
        EventsTableReader.Read(new SourceText("events.txt", bytes), result);

        Assert.Empty(result.Warnings.Select(w => $"{w.Line}: {w.Message}"));
        Assert.Equal(File.ReadAllLines(Fixture.Path("events-tables-captured", "rpi-kubernetes-1.4.txt")).Length - 1, result.Events.Count);
        var disk = result.Events[1].Event;
        Assert.Equal(("NodeHasSufficientDisk", 29, "Node", "192.168.0.200"), (disk.Reason, disk.Count, disk.InvolvedObject.Kind, disk.InvolvedObject.Name));
        Assert.Equal(("kubelet", "192.168.0.200"), (disk.Source.Component, disk.Source.Host));
        var registered = result.Events[3].Event;
        Assert.Equal(("controllermanager", null), (registered.Source.Component, registered.Source.Host));
        var pulling = result.Events.Single(e => e.Reason == "Pulling").Event;
        Assert.Equal(("Pod", "hello-kube-1386070109-xi6im", "spec.containers{hello-kube}"), (pulling.InvolvedObject.Kind, pulling.InvolvedObject.Name, pulling.InvolvedObject.FieldPath));
        Assert.Equal("pulling image \"furikuri/rpi-hello-kube:v1\"", pulling.Message);
        Assert.Equal(["Deployment", "Node", "Pod", "ReplicaSet"], result.Events.Select(e => e.Event.InvolvedObject.Kind).Distinct().Order(StringComparer.Ordinal));
    }

    private static JsonNode Meta(string pair) => JsonNode.Parse(File.ReadAllBytes(Fixture.Path("events-tables", pair, "meta.json")))!;

    private static string? Str(JsonNode? node, string key) =>
        node?[key] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;

    // kubectl prints the first line of a multi-line message followed by "..."; an empty message is no message.
    private static string? Shown(string? message)
    {
        var trimmed = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        var newline = trimmed?.IndexOf('\n', StringComparison.Ordinal) ?? -1;
        return newline < 0 ? trimmed : trimmed![..newline] + "...";
    }

    // The server prints the series count, else the count, else 1.
    private static int Count(JsonNode e) =>
        e["series"]?["count"]?.GetValue<int>() ?? (e["count"]?.GetValue<int>() is int n && n > 0 ? n : 1);
}
