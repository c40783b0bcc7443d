namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>
/// Describe text people pasted into public threads and captured from kind clusters (holmesgpt): the facts a user
/// would look for, checked by hand against the text.
/// </summary>
public sealed class RealDescribeCaptureTests
{
    public static TheoryData<string> AllCaptures() =>
    [
        .. Directory.GetFiles(Fixture.Path("cases"), "describe*.txt", SearchOption.AllDirectories)
            .Concat(Directory.GetFiles(Fixture.Path("holmesgpt"), "*.txt", SearchOption.AllDirectories))
            .Select(f => System.IO.Path.GetRelativePath(Fixture.Root, f)).Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(AllCaptures))]
    public void Every_real_capture_reads_through_the_engine_without_throwing(string file)
    {
        var dump = DiagnosisEngine.Default.Read(Sources.DumpSource.FromPaths(Fixture.Path(file)));

        Assert.All(dump.Warnings, w => Assert.True(w.Line >= 0));
    }

    [Fact]
    public void Holmesgpt_crashpod_shows_the_completed_last_state_and_the_back_off()
    {
        var read = Read("holmesgpt", "09_crashpod", "kubectl_describe.txt");

        Assert.Empty(read.Warnings);
        var pod = Assert.Single(read.Pods).Pod;
        var status = Assert.Single(pod.Status.ContainerStatuses);
        Assert.Equal("payment-processing-container", status.Name);
        Assert.Equal("CrashLoopBackOff", status.State.Waiting.Reason);
        Assert.Equal("Completed", status.LastState.Terminated.Reason);
        Assert.Equal(0, status.LastState.Terminated.ExitCode);
        Assert.Equal(1, status.RestartCount);
        Assert.Equal(29, read.Pods[0].Provenance.Find("status.containerStatuses[payment-processing-container].lastState.terminated")!.Line);
    }

    [Fact]
    public void A_pre_1_20_capture_gives_the_probe_port_and_the_kubelet_comma_node_source()
    {
        var read = Read("cases", "014-liveness-wrong-port-9999", "describe.txt");

        var pod = Assert.Single(read.Pods).Pod;
        var probe = pod.Spec.Containers.Single(c => c.Name == "good-container").LivenessProbe;
        Assert.Equal("9999", probe.HttpGet.Port.Value);
        Assert.Equal("/healthz", probe.HttpGet.Path);
        Assert.Equal(3, probe.PeriodSeconds);
        Assert.Equal(52, read.Pods[0].Provenance.Find("spec.containers[good-container].livenessProbe.httpGet.port")!.Line);
        var unhealthy = Assert.Single(read.Events, e => e.Reason == "Unhealthy");
        Assert.Equal(3, unhealthy.Count);
        Assert.Equal("kubelet", unhealthy.Event.Source.Component);
        Assert.Equal("gke-gar-3-pool-1-9781becc-bdb3", unhealthy.Event.Source.Host);
        Assert.Equal(77, unhealthy.Line.Line);
        Assert.Equal(2, pod.Status.ContainerStatuses.Single(c => c.Name == "im-crashing").RestartCount);
    }

    [Fact]
    public void A_pre_1_8_events_table_keeps_a_message_that_runs_over_several_lines()
    {
        var read = Read("cases", "007-pre1.8-failedscheduling-multiline-fit-failure", "describe.txt");

        var failed = read.Events.First(e => e.Reason == "FailedScheduling");
        Assert.Equal(2, failed.Count);
        Assert.Equal("default-scheduler", failed.Event.Source.Component);
        Assert.StartsWith("pod (jenkins-master-645022479-ov9ka) failed to fit in any node\nfit failure on node", failed.Message, StringComparison.Ordinal);
        Assert.Equal(4, failed.Message!.Split('\n').Count(l => l.EndsWith("Insufficient cpu", StringComparison.Ordinal)));
        Assert.Contains(read.Warnings, w => w.Message.Contains("middle of a line", StringComparison.Ordinal));
    }

    [Fact]
    public void The_pre_1_8_kubelet_comma_layout_gives_counts_and_nodes()
    {
        var read = Read("cases", "056-pre1.8-kubelet-comma-node-exit0-loop", "describe.txt");

        var created = read.Events.First(e => e.Reason == "Created");
        Assert.Equal(72, created.Count);
        Assert.Equal("gke-blendle-2-preemptible-762d699b-pfk1", created.Event.Source.Host);
    }

    private static CrashLoopAnalysis.Readers.ReadResult Read(params string[] path) =>
        RecordedPairs.ReadDescribeText(string.Join('/', path), File.ReadAllBytes(Fixture.Path(path)));
}
