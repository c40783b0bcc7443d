using System.Text.Json;

namespace CrashLoopAnalysis.Tests.Diagnosis;

/// <summary>The JSON report follows the contract in the CLI spec (schemaVersion 1), and is deterministic.</summary>
public sealed class ReportContractTests
{
    private static readonly string[] Categories =
        ["startup-command", "configuration", "dependency", "resources", "filesystem", "liveness-probe", "image-pull", "application-crash", "scheduling", "node"];

    [Fact]
    public void The_json_report_has_every_field_of_the_contract_with_its_type()
    {
        var path = Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json");
        var json = DiagnosisReport.ToString(DiagnosisEngine.Default.Diagnose(path), ReportFormat.Json, "1.2.3");

        using var doc = JsonDocument.Parse(json);
        var root = doc.RootElement;
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("crashloop", root.GetProperty("tool").GetProperty("name").GetString());
        Assert.Equal("1.2.3", root.GetProperty("tool").GetProperty("version").GetString());
        var input = Assert.Single(root.GetProperty("inputs").EnumerateArray().ToList());
        Assert.Equal(path, input.GetProperty("path").GetString());
        Assert.Equal(1, input.GetProperty("pods").GetInt32());
        var pod = Assert.Single(root.GetProperty("pods").EnumerateArray().ToList());
        Assert.Equal("message-pod-crashloop-backoff", pod.GetProperty("namespace").GetString());
        Assert.Equal("init-demo", pod.GetProperty("name").GetString());
        Assert.Equal("Running", pod.GetProperty("phase").GetString());
        Assert.Equal("CrashLoopBackOff", pod.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Number, pod.GetProperty("restarts").ValueKind);
        foreach (var f in pod.GetProperty("findings").EnumerateArray())
        {
            Assert.Matches("^CLA[0-9]{4}$", f.GetProperty("id").GetString());
            Assert.Contains(f.GetProperty("category").GetString(), Categories);
            Assert.Contains(f.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            Assert.InRange(f.GetProperty("confidence").GetDouble(), 0, 1);
            Assert.False(string.IsNullOrEmpty(f.GetProperty("title").GetString()));
            Assert.False(string.IsNullOrEmpty(f.GetProperty("message").GetString()));
            Assert.NotEmpty(f.GetProperty("evidence").EnumerateArray());
            foreach (var e in f.GetProperty("evidence").EnumerateArray())
            {
                Assert.Equal(path, e.GetProperty("source").GetString());
                Assert.True(e.GetProperty("line").GetInt32() > 0);
                Assert.Equal(JsonValueKind.String, e.GetProperty("text").ValueKind);
            }

            Assert.NotEmpty(f.GetProperty("remediation").EnumerateArray());
            Assert.Equal(JsonValueKind.Array, f.GetProperty("nextSteps").ValueKind);
        }

        Assert.Equal(JsonValueKind.Array, root.GetProperty("groups").ValueKind);
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public void The_same_inputs_give_byte_identical_reports_whatever_the_parallelism()
    {
        var folder = Fixture.Path("troubleshoot", "pods");
        var one = DiagnosisEngine.CreateBuilder().UseBuiltInDetectors().Configure(o => o with { MaxDegreeOfParallelism = 1 }).Build();
        var many = DiagnosisEngine.CreateBuilder().UseBuiltInDetectors().Configure(o => o with { MaxDegreeOfParallelism = 8 }).Build();

        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Text })
        {
            Assert.Equal(DiagnosisReport.ToString(one.Diagnose(folder), format, "1"), DiagnosisReport.ToString(many.Diagnose(folder), format, "1"));
        }
    }
}
