using System.Text.Json;

namespace CrashLoopAnalysis.Tests.Cli;

/// <summary>The crashloop command as specified: commands, formats, exit codes, one-line errors.</summary>
public sealed class CommandTests
{
    [Fact]
    public void Diagnose_without_a_path_reports_on_the_embedded_sample()
    {
        var (exit, stdout, stderr) = CrashloopProcess.Run("diagnose");

        Assert.Equal(1, exit);
        Assert.Contains("openshift-ingress-operator/ingress-operator-7d578b789-7wcql", stdout, StringComparison.Ordinal);
        Assert.Contains("CLA1001", stdout, StringComparison.Ordinal);
        Assert.Contains("CLA1201", stdout, StringComparison.Ordinal);
        Assert.Contains("error starting", stdout, StringComparison.Ordinal);
        Assert.Equal(string.Empty, stderr);
    }

    [Fact]
    public void Diagnose_json_matches_the_contract_and_writes_to_output_file()
    {
        var output = Path.Combine(Path.GetTempPath(), $"crashloop-{Guid.NewGuid():N}.json");
        try
        {
            var (exit, stdout, _) = CrashloopProcess.Run("diagnose", Fixture.Path("troubleshoot", "pods", "message-oomkill-pod.json"), "--format", "json", "--output", output);

            Assert.Equal(1, exit);
            Assert.Equal(string.Empty, stdout);
            using var doc = JsonDocument.Parse(File.ReadAllText(output));
            Assert.Equal(1, doc.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("CLA1201", doc.RootElement.GetProperty("pods")[0].GetProperty("findings")[0].GetProperty("id").GetString());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public void Diagnose_exits_0_when_no_pod_has_an_error()
    {
        var (exit, stdout, _) = CrashloopProcess.Run("diagnose", Fixture.Path("troubleshoot", "pods", "default.json"));

        Assert.Equal(0, exit);
        Assert.Contains("No pod with findings", stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("diagnose", "/no/such/path")]
    [InlineData("diagnose", "--format", "xml")]
    [InlineData("explain", "CLA0000")]
    [InlineData("frobnicate")]
    public void A_command_that_cannot_run_exits_2_with_one_short_line(params string[] args)
    {
        var (exit, stdout, stderr) = CrashloopProcess.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        var lines = stderr.TrimEnd('\n').Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("crashloop: ", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_prints_what_a_finding_means_and_how_to_fix_it()
    {
        var (exit, stdout, _) = CrashloopProcess.Run("explain", "cla1201");

        Assert.Equal(0, exit);
        Assert.StartsWith("# CLA1201: Container is killed for exceeding its memory limit", stdout, StringComparison.Ordinal);
        Assert.Contains("## How to fix", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void Detectors_lists_every_finding_id_with_its_category()
    {
        var (exit, stdout, _) = CrashloopProcess.Run("detectors");

        Assert.Equal(0, exit);
        foreach (var d in DiagnosisEngine.Default.Descriptors)
        {
            Assert.Contains($"{d.Id}  {d.Category.ToReportName()}", stdout, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_prints_a_kubernetes_list_of_the_objects_read()
    {
        var (exit, stdout, _) = CrashloopProcess.Run("parse", Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json"), "--format", "json");

        Assert.Equal(0, exit);
        using var doc = JsonDocument.Parse(stdout);
        Assert.Equal("List", doc.RootElement.GetProperty("kind").GetString());
        var pod = Assert.Single(doc.RootElement.GetProperty("items").EnumerateArray().ToList());
        Assert.Equal("Pod", pod.GetProperty("kind").GetString());
        Assert.Equal(127, pod.GetProperty("status").GetProperty("containerStatuses")[0].GetProperty("lastState").GetProperty("terminated").GetProperty("exitCode").GetInt32());
        Assert.False(pod.GetProperty("spec").TryGetProperty("nodeSelector", out _), "fields the input does not show are left out");
    }
}
