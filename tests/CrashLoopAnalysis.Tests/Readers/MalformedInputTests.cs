using System.Text;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Readers;

/// <summary>Broken captures give warnings with the line of the problem, and everything before it is still read.</summary>
public sealed class MalformedInputTests
{
    private static readonly string Pods = Fixture.Path("troubleshoot", "pods", "message-pending-node-affinity.json");
    private static readonly string Events = Fixture.Path("troubleshoot", "events", "message-image-pull-fail.json");

    [Fact]
    public void A_truncated_list_keeps_its_complete_items_and_warns_at_the_cut()
    {
        var text = File.ReadAllText(Events);
        var full = DiagnosisEngine.Default.Read(DumpSource.FromPaths(Events));
        var fullEvents = full.OtherEvents.Concat(full.Pods.SelectMany(p => p.Events)).Count();
        Assert.True(fullEvents >= 5, "the fixture holds many events");
        var fourth = 0;
        for (var i = 0; i < 4; i++)
        {
            fourth = text.IndexOf("\"kind\": \"Event\"", fourth + 1, StringComparison.Ordinal);
        }

        var cut = text[..(fourth + 200)];
        var cutLines = cut.Split('\n').Length;

        var dump = Read(cut, "cut.json");

        Assert.Equal(3, dump.OtherEvents.Length + dump.Pods.Sum(p => p.Events.Length));
        var warning = Assert.Single(dump.Warnings);
        Assert.Equal("cut.json", warning.Source);
        Assert.InRange(warning.Line, cutLines - 1, cutLines + 1);
        Assert.Contains("Malformed JSON", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pod_with_a_wrong_type_is_skipped_with_its_line_and_the_others_are_read()
    {
        var text = File.ReadAllText(Fixture.Path("troubleshoot", "pods", "message-pending-node-affinity.json"));
        var at = text.IndexOf("\"restartPolicy\": \"Always\"", StringComparison.Ordinal);
        Assert.True(at > 0);
        var broken = string.Concat(text.AsSpan(0, at), "\"restartPolicy\": {\"not\": \"a string\"}", text.AsSpan(at + "\"restartPolicy\": \"Always\"".Length));
        var line = text[..at].Count(c => c == '\n') + 1;

        var dump = Read(broken, "broken.json");
        var full = DiagnosisEngine.Default.Read(DumpSource.FromPaths(Pods));

        Assert.Equal(full.Pods.Length - 1, dump.Pods.Length);
        var warning = Assert.Single(dump.Warnings);
        Assert.Equal(line, warning.Line);
    }

    [Fact]
    public void Malformed_yaml_warns_with_its_line_and_keeps_the_documents_before_it()
    {
        var pod = File.ReadAllText(Fixture.Path("must-gather", "slice", "namespaces", "openshift-ingress-operator", "pods", "ingress-operator-7d578b789-7wcql", "ingress-operator-7d578b789-7wcql.yaml")).TrimEnd();
        var podLines = pod.Split('\n').Length;
        var stream = $"{pod}\n---\nkind: Pod\nmetadata: {{name: [unclosed\n";

        var dump = Read(stream, "bad.yaml");

        Assert.Single(dump.Pods, p => p.Key.Name == "ingress-operator-7d578b789-7wcql");
        var warning = Assert.Single(dump.Warnings, w => w.Message.StartsWith("Malformed YAML", StringComparison.Ordinal));
        Assert.Equal("bad.yaml", warning.Source);
        Assert.InRange(warning.Line, podLines + 2, podLines + 4);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    [InlineData("{")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"kind\": \"PodList\", \"items\": [{\"kind\": \"Pod\", \"status\": {\"containerStatuses\": \"nope\"}}]}")]
    [InlineData("apiVersion: v1\nkind: Pod\nmetadata: &a\n  name: *a\n")]
    public void Odd_input_never_throws(string content)
    {
        var dump = Read(content, "odd");
        Assert.NotNull(dump);
    }

    [Fact]
    public void Binary_input_is_skipped_with_a_warning()
    {
        var dump = DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]), "a.out"));

        var warning = Assert.Single(dump.Warnings);
        Assert.Equal("a.out", warning.Source);
        Assert.Contains("binary", warning.Message, StringComparison.Ordinal);
    }

    private static Dump Read(string content, string name) =>
        DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(content)), name));
}
