using System.Text;
using System.Text.Json.Nodes;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Readers;

/// <summary>
/// Every shape people capture gives the same objects: typed lists, mixed Lists, bare arrays, single objects,
/// YAML lists and streams, core/v1 and events.k8s.io/v1 events. Inputs are the real captures, reshaped.
/// </summary>
public sealed class ShapeTests
{
    private static readonly string CrashLoopPods = Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json");
    private static readonly string MustGather = Fixture.Path("must-gather", "slice", "namespaces", "openshift-ingress-operator");

    [Fact]
    public void A_bare_array_of_pods_without_kinds_reads_like_the_typed_list()
    {
        var list = JsonNode.Parse(File.ReadAllText(CrashLoopPods))!;
        var items = list["items"]!.AsArray();
        foreach (var item in items)
        {
            // Older troubleshoot bundles marshal []corev1.Pod: no kind, no apiVersion.
            item!.AsObject().Remove("kind");
            item.AsObject().Remove("apiVersion");
        }

        var fromArray = Read(items.ToJsonString(), "pods-bare.json");
        var fromList = DiagnosisEngine.Default.Read(DumpSource.FromPaths(CrashLoopPods));

        Assert.Empty(fromArray.Warnings);
        Assert.Equal(fromList.Pods.Select(Summary), fromArray.Pods.Select(Summary));
    }

    [Fact]
    public void A_mixed_List_gives_pods_and_events_from_one_file()
    {
        var pods = JsonNode.Parse(File.ReadAllText(CrashLoopPods))!["items"]!.AsArray();
        var events = JsonNode.Parse(File.ReadAllText(Fixture.Path("troubleshoot", "events", "message-pod-init-crashloop-backoff.json")))!["items"]!.AsArray();
        var mixed = new JsonObject { ["apiVersion"] = "v1", ["kind"] = "List", ["items"] = new JsonArray([.. pods.Select(p => p!.DeepClone()), .. events.Select(e => e!.DeepClone())]) };

        var dump = Read(mixed.ToJsonString(), "mixed.json");

        Assert.Equal(pods.Count, dump.Pods.Length);
        Assert.Equal(events.Count, dump.OtherEvents.Length + dump.Pods.Sum(p => p.Events.Length));
    }

    [Fact]
    public void A_single_pod_object_is_read()
    {
        var pod = JsonNode.Parse(File.ReadAllText(CrashLoopPods))!["items"]![0]!.ToJsonString();

        var dump = Read(pod, "pod.json");

        var only = Assert.Single(dump.Pods);
        Assert.Equal("init-demo", only.Key.Name);
        Assert.Equal(127, only.Pod!.Status.ContainerStatuses[0].LastState.Terminated.ExitCode);
    }

    [Fact]
    public void Events_of_the_events_k8s_io_v1_api_become_core_events()
    {
        var core = JsonNode.Parse(File.ReadAllText(Fixture.Path("troubleshoot", "events", "message-pod-init-crashloop-backoff.json")))!["items"]!.AsArray();
        var converted = new JsonArray();
        foreach (var e in core)
        {
            // The same events as the events.k8s.io/v1 API serves them (field names per the API reference).
            converted.Add(new JsonObject
            {
                ["apiVersion"] = "events.k8s.io/v1",
                ["kind"] = "Event",
                ["metadata"] = e!["metadata"]!.DeepClone(),
                ["regarding"] = e["involvedObject"]!.DeepClone(),
                ["reason"] = e["reason"]?.DeepClone(),
                ["note"] = e["message"]?.DeepClone(),
                ["type"] = e["type"]?.DeepClone(),
                ["reportingController"] = e["reportingComponent"]?.DeepClone() ?? "kubelet",
                ["deprecatedCount"] = e["count"]?.DeepClone(),
                ["eventTime"] = e["eventTime"]?.DeepClone(),
            });
        }

        var list = new JsonObject { ["apiVersion"] = "events.k8s.io/v1", ["kind"] = "EventList", ["items"] = converted };
        var dump = Read(list.ToJsonString(new() { WriteIndented = true }), "events-v1.json");
        var read = dump.OtherEvents.Concat(dump.Pods.SelectMany(p => p.Events)).ToList();

        Assert.Equal(core.Count, read.Count);
        Assert.Equal(core.Select(e => (string?)e!["involvedObject"]!["name"]).Order(StringComparer.Ordinal), read.Select(e => e.Event.InvolvedObject.Name).Order(StringComparer.Ordinal));
        Assert.Equal(core.Select(e => (string?)e!["message"]).Order(StringComparer.Ordinal), read.Select(e => e.Message).Order(StringComparer.Ordinal));
        Assert.All(read, e => Assert.StartsWith("\"note\":", e.Line.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void A_kubectl_get_o_yaml_list_is_read_with_yaml_line_numbers()
    {
        var path = Path.Combine(MustGather, "core", "pods.yaml");
        var dump = DiagnosisEngine.Default.Read(DumpSource.FromPaths(path));
        var lines = File.ReadAllLines(path);

        var pod = Assert.Single(dump.Pods, p => p.Key.Name == "ingress-operator-7d578b789-7wcql");
        var status = pod.Pod!.Status.ContainerStatuses.Single(s => s.Name == "ingress-operator");
        Assert.Equal(5, status.RestartCount);
        Assert.Equal(1, status.LastState.Terminated.ExitCode);
        Assert.Equal("Error", status.LastState.Terminated.Reason);

        var exit = pod.Provenance.Find("status.containerStatuses[ingress-operator].lastState.terminated.exitCode");
        Assert.NotNull(exit);
        Assert.Equal(path, exit.Source);
        Assert.Equal("exitCode: 1", exit.Text);
        Assert.Equal("exitCode: 1", lines[exit.Line - 1].Trim());
    }

    [Fact]
    public void A_multi_document_yaml_stream_gives_every_document()
    {
        var pod = File.ReadAllText(Path.Combine(MustGather, "pods", "ingress-operator-7d578b789-7wcql", "ingress-operator-7d578b789-7wcql.yaml"));
        var events = File.ReadAllText(Path.Combine(MustGather, "core", "events.yaml"));
        var stream = $"---\n{pod.TrimEnd()}\n---\n{events.TrimEnd()}\n";
        var lines = stream.Split('\n');

        var dump = Read(stream, "stream.yaml");

        Assert.Empty(dump.Warnings);
        var only = Assert.Single(dump.Pods);
        Assert.NotEmpty(only.Events);
        foreach (var e in only.Events)
        {
            Assert.Equal(lines[e.Line.Line - 1].Trim(), e.Line.Text);
            Assert.StartsWith("message:", e.Line.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_kind_is_told_from_content_not_from_the_file_name()
    {
        var dump = Read(File.ReadAllText(CrashLoopPods), "notes.txt");
        Assert.Single(dump.Pods);

        var yaml = Read(File.ReadAllText(Path.Combine(MustGather, "core", "pods.yaml")), "pods.json");
        Assert.NotEmpty(yaml.Pods);
    }

    private static Dump Read(string content, string name) =>
        DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(content)), name));

    private static string Summary(PodCase c) =>
        $"{c.Key} {c.Pod?.Status?.Phase} {string.Join(',', c.Pod?.Status?.ContainerStatuses?.Select(s => $"{s.Name}:{s.RestartCount}:{s.LastState?.Terminated?.ExitCode}") ?? [])}";
}
