using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Diagnosis;

/// <summary>The first detector set, end to end on real captures: the termination state names the cause and cites its lines.</summary>
public sealed class TerminationDiagnosisTests
{
    [Fact]
    public void Exit_127_after_ContainerCannotRun_is_a_command_not_found_with_its_lines()
    {
        var path = Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json");
        var lines = File.ReadAllLines(path);

        var diagnosis = DiagnosisEngine.Default.Diagnose(path);

        var pod = Assert.Single(diagnosis.Pods);
        var cause = pod.PrimaryCause!;
        Assert.Equal("CLA1001", cause.Id);
        Assert.Equal(FailureCategory.StartupCommand, cause.Category);
        Assert.Equal("nginx", cause.Container);
        Assert.Contains("`wge`", cause.Message, StringComparison.Ordinal);
        Assert.Contains(cause.Evidence, e => e.Text == "\"exitCode\": 127," && lines[e.Line - 1].Trim() == e.Text);
        Assert.Contains(cause.Evidence, e => e.Text.Contains("executable file not found", StringComparison.Ordinal));
        Assert.Equal("CLA1700", pod.Findings[^1].Id);
        Assert.True(diagnosis.HasErrors);
    }

    [Fact]
    public void OOMKilled_names_the_memory_limit_line()
    {
        var path = Fixture.Path("troubleshoot", "pods", "message-oomkill-pod.json");

        var diagnosis = DiagnosisEngine.Default.Diagnose(path);

        var cause = Assert.Single(diagnosis.Pods).PrimaryCause!;
        Assert.Equal("CLA1201", cause.Id);
        Assert.Equal(FailureCategory.Resources, cause.Category);
        Assert.Contains(cause.Evidence, e => e.Text.StartsWith("\"reason\": \"OOMKilled\"", StringComparison.Ordinal));
        Assert.Contains(cause.Evidence, e => e.Text.StartsWith("\"memory\":", StringComparison.Ordinal));
    }

    [Fact]
    public void A_must_gather_restart_is_tied_to_the_last_error_of_its_previous_log()
    {
        var folder = Fixture.Path("must-gather", "slice");

        var diagnosis = DiagnosisEngine.Default.Diagnose(folder);

        var pod = Assert.Single(diagnosis.Pods, p => p.Key == new PodKey("openshift-ingress-operator", "ingress-operator-7d578b789-7wcql"));
        Assert.Equal(5, pod.Restarts);
        var cause = pod.PrimaryCause!;
        Assert.Equal("CLA1701", cause.Id);
        Assert.Equal("ingress-operator", cause.Container);
        var decisive = cause.Evidence[0];
        Assert.EndsWith("ingress-operator/ingress-operator/logs/previous.log", decisive.Source, StringComparison.Ordinal);
        Assert.Contains("error starting", decisive.Text, StringComparison.Ordinal);
        Assert.Contains("no matches for kind", decisive.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Live_objects_are_diagnosed_without_any_file()
    {
        var file = DiagnosisEngine.Default.Read(DumpSource.FromPaths(Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json")));

        var diagnosis = DiagnosisEngine.Default.Diagnose(file.Pods.Select(p => p.Pod!));

        var cause = Assert.Single(diagnosis.Pods).PrimaryCause!;
        Assert.Equal("CLA1001", cause.Id);
        Assert.All(cause.Evidence, e => Assert.Equal(0, e.Line));
    }

    [Fact]
    public void Healthy_pods_are_left_out()
    {
        var diagnosis = DiagnosisEngine.Default.Diagnose(Fixture.Path("troubleshoot", "pods", "default.json"));

        Assert.Empty(diagnosis.Pods);
        Assert.False(diagnosis.HasErrors);
    }
}
