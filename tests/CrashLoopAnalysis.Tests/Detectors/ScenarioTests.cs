using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Tests.Detectors;

/// <summary>
/// Detectors that join several kinds of evidence, on real pods with causes set on purpose (real kubelet
/// messages and real log lines quoted from public threads).
/// </summary>
public sealed class ScenarioTests
{
    [Fact]
    public void A_dns_failure_is_tied_to_the_env_var_and_to_the_dependencys_own_failing_pod()
    {
        var app = Scenario.Crashing();
        app.App().Env = [new V1EnvVar { Name = "DB_HOST", Value = "postgres" }];
        app = app.WithLog("nginx", LogFixture.Load("066-airflow-k8s-sqlalchemy-psycopg2-name-not-known").Digest);
        var db = Scenario.Pod("message-oomkill-pod.json");
        db = db with { Key = new PodKey(app.Key.Namespace, "postgres-0") };
        db.Pod!.Metadata.Name = "postgres-0";
        db.Pod.Metadata.NamespaceProperty = app.Key.Namespace;
        db.Pod.Metadata.Labels = new Dictionary<string, string> { ["app"] = "postgres" };
        var service = new V1Service { Metadata = new V1ObjectMeta { Name = "postgres", NamespaceProperty = app.Key.Namespace }, Spec = new V1ServiceSpec { Selector = new Dictionary<string, string> { ["app"] = "postgres" } } };

        var cause = Scenario.Diagnose(new Dump { Pods = [app, db], Services = [service] }).Primary(app.Key);

        Assert.Equal("CLA1302", cause.Id);
        Assert.Equal("nginx", cause.Container);
        Assert.Contains("DB_HOST=postgres", cause.Message, StringComparison.Ordinal);
        Assert.Contains("Service postgres is served by failing pod(s): postgres-0 (memory-eater: OOMKilled", cause.Message, StringComparison.Ordinal);
        Assert.Contains(cause.Evidence, e => e.Text.Contains("could not translate host name \"postgres\"", StringComparison.Ordinal));
        Assert.Equal("dial tcp postgres no such host", cause.Signature);
    }

    [Fact]
    public void A_missing_env_var_from_the_log_is_checked_against_the_containers_env_list()
    {
        var log = LogFixture.Load("012-python-keyerror-missing-env-var");
        var pod = Scenario.Crashing().WithLog("nginx", log.Digest);
        pod.App().Env = [new V1EnvVar { Name = "LOG_LEVEL", Value = "debug" }];

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal("CLA1104", cause.Id);
        Assert.Contains($"{log.Signal.Fact(LogFacts.EnvironmentVariable)} is not in the container's env", cause.Message, StringComparison.Ordinal);
        Assert.Contains("LOG_LEVEL", cause.Message, StringComparison.Ordinal);
        Assert.Equal(log.Signal.Line.Line, cause.Evidence[0].Line);
    }

    [Fact]
    public void A_permission_denied_path_is_tied_to_the_volume_mounted_there()
    {
        var log = LogFixture.Load("017-manageiq-postgres-mkdir-permission-denied");
        var path = log.Signal.Fact(LogFacts.Path)!;
        var pod = Scenario.Crashing().WithLog("nginx", log.Digest);
        pod.App().VolumeMounts = [new V1VolumeMount { MountPath = Path.GetDirectoryName(path)!, Name = "data" }];

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal("CLA1402", cause.Id);
        Assert.Contains("on volume data mounted at", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_liveness_probe_on_a_port_the_container_does_not_expose_is_named_with_both_ports()
    {
        var pod = Scenario.Crashing().WithEvents(
            Scenario.Event("Unhealthy", "Liveness probe failed: Get http://10.44.46.9:9999/healthz: dial tcp 10.44.46.9:9999: connect: connection refused", 3),
            Scenario.Event("Killing", "Killing container with id docker://nginx:Container failed liveness probe.. Container will be killed and recreated.", type: "Normal", line: 41));
        pod.App().Ports = [new V1ContainerPort { ContainerPort = 8080 }];
        pod.App().LivenessProbe = new V1Probe { HttpGet = new V1HTTPGetAction { Port = "9999", Path = "/healthz" } };

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal("CLA1502", cause.Id);
        Assert.Equal(FailureCategory.LivenessProbe, cause.Category);
        Assert.Contains("port 9999", cause.Message, StringComparison.Ordinal);
        Assert.Contains("8080", cause.Message, StringComparison.Ordinal);
        Assert.Equal("nginx", cause.Container);
    }

    [Fact]
    public void Exit_137_with_liveness_kills_is_the_probe_not_memory()
    {
        var pod = Scenario.Crashing().WithEvents(
            Scenario.Event("Unhealthy", "Liveness probe failed: Get \"http://10.244.0.36:8080/healthzzzzz\": dial tcp 10.244.0.36:8080: connect: connection refused", 3),
            Scenario.Event("Killing", "Container nginx failed liveness probe, will be restarted", type: "Normal", line: 41));
        var last = pod.MainStatus().LastState.Terminated;
        last.ExitCode = 137;
        last.Reason = "Error";
        last.Message = null;

        var diagnosis = Scenario.Diagnose(pod);
        Assert.Empty(diagnosis.Warnings);
        var findings = diagnosis.Pods.Single().Findings;

        Assert.Equal(FailureCategory.LivenessProbe, findings[0].Category);
        Assert.DoesNotContain(findings, f => f.Id == "CLA1202");
    }

    [Fact]
    public void Exit_137_without_oom_or_probe_under_a_memory_limit_is_a_memory_kill_with_modest_confidence()
    {
        var pod = Scenario.Crashing();
        var last = pod.MainStatus().LastState.Terminated;
        last.ExitCode = 137;
        last.Reason = "Error";
        last.Message = null;
        pod.App().Resources = new V1ResourceRequirements { Limits = new Dictionary<string, ResourceQuantity> { ["memory"] = new("128Mi") } };

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal("CLA1202", cause.Id);
        Assert.InRange(cause.Confidence, 0.5, 0.6);
        Assert.Contains("128Mi", cause.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exit_255_Unknown_on_several_pods_of_one_node_is_a_node_restart()
    {
        var one = Scenario.Crashing();
        var two = Scenario.Crashing();
        two = two with { Key = new PodKey(one.Key.Namespace, "other") };
        foreach (var p in new[] { one, two })
        {
            p.Pod!.Spec.NodeName = "node-a";
            var t = p.MainStatus().LastState.Terminated;
            t.ExitCode = 255;
            t.Reason = "Unknown";
            t.Message = null;
        }

        var diagnosis = Scenario.Diagnose(one, two);

        var cause = diagnosis.Primary(one.Key);
        Assert.Equal("CLA1901", cause.Id);
        Assert.Contains("1 other pod(s) on node node-a", cause.Message, StringComparison.Ordinal);
        Assert.Contains(diagnosis.Groups, g => g.Signature == "node: node/runtime restart: node-a" && g.Pods.Length == 2);
    }

    [Fact]
    public void CreateContainerConfigError_of_an_init_container_names_the_missing_secret_and_the_container()
    {
        var pod = Scenario.Pod("message-pod-init-crashloop-backoff.json");
        var init = pod.Pod!.Status.InitContainerStatuses.Single(s => s.Name == "install");
        init.LastState = null;
        init.State = new V1ContainerState { Waiting = new V1ContainerStateWaiting { Reason = "CreateContainerConfigError", Message = "secret \"smtp-account\" not found" } };

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal("CLA1101", cause.Id);
        Assert.Equal("install", cause.Container);
        Assert.Equal("missing Secret smtp-account", cause.Signature);
    }

    [Theory]
    [InlineData("0/4 nodes are available: 4 Insufficient cpu.", "CLA1801")]
    [InlineData("0/1 nodes are available: 1 node(s) had untolerated taint {node.kubernetes.io/not-ready: }. preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling.", "CLA1803")]
    [InlineData("0/23 nodes are available: 1 node(s) had taints that the pod didn't tolerate, 22 node(s) didn't match node selector.", "CLA1803")]
    [InlineData("0/3 nodes are available: 3 pod has unbound immediate PersistentVolumeClaims.", "CLA1404")]
    public void FailedScheduling_is_named_by_its_reason(string message, string id)
    {
        var pod = Scenario.Pod("message-pending-node-affinity.json");
        pod = pod with { Events = [Scenario.Event("FailedScheduling", message, 11)] };
        pod.Pod!.Status.Conditions = [];

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal(id, cause.Id);
    }

    [Theory]
    [InlineData("The node was low on resource: ephemeral-storage. Threshold quantity: 1Gi, available: 777784Ki.", "CLA1902")]
    [InlineData("Container consumerui exceeded its local ephemeral storage limit \"20Mi\".", "CLA1205")]
    public void Evictions_tell_the_node_from_the_containers_own_limit(string message, string id)
    {
        var pod = Scenario.Crashing();
        pod.Pod!.Status.Phase = "Failed";
        pod.Pod.Status.Reason = "Evicted";
        pod.Pod.Status.Message = message;

        var cause = Scenario.Diagnose(pod).Primary(pod.Key);

        Assert.Equal(id, cause.Id);
    }

    [Fact]
    public void A_real_x509_pull_failure_is_an_untrusted_registry_certificate()
    {
        var diagnosis = DiagnosisEngine.Default.Diagnose(Fixture.Path("troubleshoot", "pods", "message-image-pull-fail.json"), Fixture.Path("troubleshoot", "events", "message-image-pull-fail.json"));

        var cause = diagnosis.Pods.Single(p => p.Key.Name == "no-image-deployment-849c4c4958-rxqmt").PrimaryCause!;
        Assert.Equal("CLA1604", cause.Id);
        Assert.Equal("demo-deployment-container", cause.Container);
        Assert.Contains(cause.Evidence, e => e.Text.Contains("x509", StringComparison.Ordinal));
    }
}
