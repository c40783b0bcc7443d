using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>Events of a pod, derived from its container states and scenario, with kubelet's and the
/// scheduler's real message formats.</summary>
internal sealed partial class PodFactory
{
    private bool _colonFormat;
    private string _mainName = "app";

    private InvolvedObject Obj(string? fieldPath = null) => new("Pod", _ns, _name, _eventUid, "v1", fieldPath);

    private void Kubelet(string type, string reason, string message, string? fieldPath, DateTimeOffset first, DateTimeOffset last, int count) =>
        AddEvent(_ev.Classic(Obj(fieldPath), type, reason, message, "kubelet", _node?.Name, first, last, count));

    /// <summary>Adds an event unless one with the same reason, message, object and source exists: the
    /// event recorder would have aggregated them into one with a count.</summary>
    private void AddEvent(JsonObject e)
    {
        static string Key(JsonObject x) => string.Join('\u0001', Json.Str(x, "reason"), Json.Str(x, "message"), Json.Str(x, "involvedObject.fieldPath"), Json.Str(x, "source.component"), Json.Str(x, "reportingComponent"));
        string k = Key(e);
        if (_events.Any(x => Key(x) == k))
        {
            return;
        }

        _events.Add(e);
    }

    private DateTimeOffset Clamp(DateTimeOffset t)
    {
        if (t > _now)
        {
            return _now.AddSeconds(-_r.Int(0, 5));
        }

        return t < _created ? _created : t;
    }

    private DateTimeOffset Recent() => Clamp(_now.AddSeconds(-_r.Int(1, 900)));

    private static DateTimeOffset? ParseTime(JsonNode? n)
    {
        if (n is JsonValue v && v.TryGetValue(out string? s) && s is not null)
        {
            return DateTimeOffset.Parse(s, CultureInfo.InvariantCulture);
        }

        return null;
    }

    private void ScenarioEvents(string scenario, JsonObject spec, List<JsonObject> inits, List<JsonObject> containers, List<JsonObject> ephemerals)
    {
        _colonFormat = _r.Chance(0.5);
        _mainName = containers[0]["name"]!.GetValue<string>();
        string cp = _plan.Nodes.Count > 0 ? _plan.Nodes[0].Name : "control-plane";

        // Scheduling.
        if (scenario == "unschedulable")
        {
            string msg = ((JsonObject)spec.Parent!)["status"]?["conditions"]?[0]?["message"]?.GetValue<string>() ?? FailedSchedulingMessage(3);
            int count = _r.Int(1, 300);
            if (_r.Chance(0.7))
            {
                AddEvent(_ev.Modern(Obj(), "Warning", "FailedScheduling", msg, "default-scheduler", "default-scheduler-" + cp, "Scheduling", _created.AddSeconds(1), count > 1 ? Recent() : null, count));
            }
            else
            {
                AddEvent(_ev.Classic(Obj(), "Warning", "FailedScheduling", msg, "default-scheduler", null, _created.AddSeconds(1), Recent(), count));
            }

            if (_r.Chance(0.3))
            {
                AddEvent(_ev.Classic(Obj(), "Normal", "NotTriggerScaleUp", "pod didn't trigger scale-up: 2 node(s) didn't match Pod's node affinity/selector, 1 max node group size reached", "cluster-autoscaler", null, _created.AddSeconds(20), Recent(), _r.Int(1, 200)));
            }

            return;
        }

        if (_node is not null && _r.Chance(0.9))
        {
            string msg = "Successfully assigned " + _ns + "/" + _name + " to " + _node.Name;
            if (_r.Chance(0.65))
            {
                AddEvent(_ev.Modern(Obj(), "Normal", "Scheduled", msg, "default-scheduler", "default-scheduler-" + cp, "Binding", _created.AddSeconds(1), null, 0));
            }
            else
            {
                AddEvent(_ev.Classic(Obj(), "Normal", "Scheduled", msg, "default-scheduler", null, _created.AddSeconds(1), _created.AddSeconds(1), 1));
            }
        }

        if ((_plan.ClaimNames is { Count: > 0 } || _volumeKinds.ContainsValue("persistentVolumeClaim") || _volumeKinds.ContainsValue("ephemeral")) && _r.Chance(0.6))
        {
            AddEvent(_ev.Classic(Obj(), "Normal", "SuccessfulAttachVolume", "AttachVolume.Attach succeeded for volume \"pvc-" + _r.Uid() + "\"", "attachdetach-controller", null, _created.AddSeconds(3), _created.AddSeconds(3), 1));
        }

        // Per container, from the states we generated.
        var status = (JsonObject)((JsonObject)spec.Parent!)["status"]!;
        void FromStatuses(string field, string pathPrefix, List<JsonObject> specs)
        {
            if (status[field] is not JsonArray arr)
            {
                return;
            }

            foreach (var st in arr.OfType<JsonObject>())
            {
                string cname = st["name"]!.GetValue<string>();
                var cs = specs.FirstOrDefault(x => x["name"]!.GetValue<string>() == cname);
                if (cs is null)
                {
                    continue;
                }

                ContainerEvents(cs, st, pathPrefix + "{" + cname + "}", scenario);
            }
        }

        FromStatuses("initContainerStatuses", "spec.initContainers", inits);
        FromStatuses("containerStatuses", "spec.containers", containers);
        FromStatuses("ephemeralContainerStatuses", "spec.ephemeralContainers", ephemerals);

        string main = containers[0]["name"]!.GetValue<string>();
        string mainPath = "spec.containers{" + main + "}";
        switch (scenario)
        {
            case "liveness-kill":
                Kubelet("Warning", "Unhealthy", ProbeFailure("Liveness"), mainPath, _created.AddMinutes(2), Recent(), _r.Int(3, 500));
                Kubelet("Normal", "Killing", "Container " + main + " failed liveness probe, will be restarted", mainPath, _created.AddMinutes(3), Recent(), _r.Int(1, 200));
                break;
            case "startup-kill":
                Kubelet("Warning", "Unhealthy", ProbeFailure("Startup"), mainPath, _created.AddMinutes(1), Recent(), _r.Int(3, 500));
                Kubelet("Normal", "Killing", "Container " + main + " failed startup probe, will be restarted", mainPath, _created.AddMinutes(3), Recent(), _r.Int(1, 100));
                break;
            case "readiness-fail":
                Kubelet("Warning", "Unhealthy", ProbeFailure("Readiness"), mainPath, _created.AddSeconds(30), Recent(), _r.Int(1, 500));
                break;
            case "crashloop-oom" when _r.Chance(0.3):
                AddEvent(_ev.Classic(Obj(), "Warning", "OOMKilling", "Memory cgroup out of memory: Killed process " + _r.Int(1000, 99999).ToString(CultureInfo.InvariantCulture) + " (" + main + ") total-vm:2345676kB, anon-rss:524288kB, file-rss:0kB, shmem-rss:0kB, UID:1000 pgtables:1234kB oom_score_adj:984", "kernel-monitor", _node?.Name, Recent(), Recent(), 1));
                break;
            case "container-creating":
                PodSetupFailures();
                break;
            case "evicted":
                string evictMsg = status["message"]?.GetValue<string>() ?? "The node was low on resource: memory.";
                Kubelet("Warning", "Evicted", evictMsg, null, Recent(), Recent(), 1);
                Kubelet("Normal", "Killing", "Stopping container " + main, mainPath, Recent(), Recent(), 1);
                if (_r.Chance(0.3))
                {
                    Kubelet("Warning", "ExceededGracePeriod", "Container runtime did not kill the pod within specified grace period.", null, Recent(), Recent(), 1);
                }

                break;
            case "node-lost":
                AddEvent(_ev.Classic(Obj(), "Warning", "NodeNotReady", "Node is not ready", "node-controller", null, Recent(), Recent(), 1));
                if (_r.Chance(0.9))
                {
                    AddEvent(_ev.Modern(Obj(), "Normal", "TaintManagerEviction", "Marking for deletion Pod " + _ns + "/" + _name, "taint-eviction-controller", "taint-eviction-controller", "Delete", Recent(), null, 0));
                }

                break;
            case "preempted":
                AddEvent(_ev.Modern(Obj(), "Normal", "Preempted", "Preempted by pod " + _r.Uid() + " on node " + (_node?.Name ?? "node"), "default-scheduler", "default-scheduler-" + cp, "Preempting", Recent(), null, 0));
                break;
        }

        if (scenario is "random" || _r.Chance(0.25))
        {
            int n = _r.Int(1, 4);
            for (int i = 0; i < n; i++)
            {
                Filler(main, mainPath);
            }
        }
    }

    private void ContainerEvents(JsonObject spec, JsonObject st, string fieldPath, string scenario)
    {
        string cname = spec["name"]!.GetValue<string>();
        string image = spec["image"]!.GetValue<string>();
        var state = (JsonObject)st["state"]!;
        var last = st["lastState"] as JsonObject;
        int restarts = st["restartCount"]?.GetValue<int>() ?? 0;
        var startedAt = ParseTime(state["running"]?["startedAt"]) ?? ParseTime(state["terminated"]?["startedAt"]);
        if (startedAt is { } sa && sa.Year < 2000)
        {
            startedAt = null;
        }

        var t0 = Clamp(_started.AddSeconds(_r.Int(1, 5)));
        string created = _colonFormat ? "Created container: " + cname : "Created container " + cname;
        string started = "Started container " + cname;
        string? waiting = state["waiting"]?["reason"]?.GetValue<string>();
        string? termReason = state["terminated"]?["reason"]?.GetValue<string>() ?? last?["terminated"]?["reason"]?.GetValue<string>();

        DateTimeOffset PullOk(DateTimeOffset at)
        {
            if (_r.Chance(0.5))
            {
                Kubelet("Normal", "Pulled", "Container image \"" + image + "\" already present on machine", fieldPath, at, at, 1);
                return at;
            }
            else
            {
                double secs = Math.Round(_r.Double() * 30, 3);
                string d = secs.ToString("0.###", CultureInfo.InvariantCulture) + "s";
                Kubelet("Normal", "Pulling", "Pulling image \"" + image + "\"", fieldPath, at, at, 1);
                var pulled = Clamp(at.AddSeconds(secs));
                Kubelet("Normal", "Pulled", "Successfully pulled image \"" + image + "\" in " + d + " (" + d + " including waiting). Image size: " + _r.Int(1_000_000, 900_000_000).ToString(CultureInfo.InvariantCulture) + " bytes.", fieldPath, pulled, pulled, 1);
                return pulled;
            }
        }

        switch (waiting)
        {
            case "ErrImagePull" or "ImagePullBackOff":
                {
                    int n = _r.Int(1, 60);
                    string err = state["waiting"]?["message"]?.GetValue<string>() ?? PullError(image);
                    Kubelet("Normal", "Pulling", "Pulling image \"" + image + "\"", fieldPath, t0, Recent(), n);
                    Kubelet("Warning", "Failed", "Failed to pull image \"" + image + "\": " + err, fieldPath, t0.AddSeconds(2), Recent(), n);
                    Kubelet("Warning", "Failed", "Error: ErrImagePull", fieldPath, t0.AddSeconds(2), Recent(), n);
                    int m = _r.Int(1, 500);
                    Kubelet("Normal", "BackOff", "Back-off pulling image \"" + image + "\"", fieldPath, t0.AddSeconds(20), Recent(), m);
                    Kubelet("Warning", "Failed", "Error: ImagePullBackOff", fieldPath, t0.AddSeconds(20), Recent(), m);
                    return;
                }

            case "InvalidImageName":
                {
                    int n = _r.Int(1, 400);
                    Kubelet("Warning", "InspectFailed", "Failed to apply default image tag \"" + image + "\": couldn't parse image name \"" + image + "\": invalid reference format", fieldPath, t0, Recent(), n);
                    Kubelet("Warning", "Failed", "Error: InvalidImageName", fieldPath, t0, Recent(), n);
                    return;
                }

            case "ErrImageNeverPull":
                {
                    int n = _r.Int(1, 400);
                    Kubelet("Warning", "ErrImageNeverPull", "Container image \"" + image + "\" is not present with pull policy of Never", fieldPath, t0, Recent(), n);
                    Kubelet("Warning", "Failed", "Error: ErrImageNeverPull", fieldPath, t0, Recent(), n);
                    return;
                }

            case "CreateContainerConfigError" or "CreateContainerError":
                {
                    int n = _r.Int(1, 500);
                    string msg = state["waiting"]?["message"]?.GetValue<string>() ?? "context deadline exceeded";
                    Kubelet("Normal", "Pulled", "Container image \"" + image + "\" already present on machine", fieldPath, t0, Recent(), n);
                    Kubelet("Warning", "Failed", "Error: " + msg, fieldPath, t0, Recent(), n);
                    return;
                }

            case "ContainerCreating" or "PodInitializing":
                return;
        }

        if (termReason is "StartError" or "ContainerCannotRun" || waiting == "RunContainerError")
        {
            string msg = last?["terminated"]?["message"]?.GetValue<string>() ?? state["terminated"]?["message"]?.GetValue<string>() ?? _r.Pick(Catalog.CannotRunMessages);
            int n = Math.Max(1, Math.Min(restarts + 1, 500));
            Kubelet("Normal", "Pulled", "Container image \"" + image + "\" already present on machine", fieldPath, t0, Recent(), n);
            Kubelet("Normal", "Created", created, fieldPath, t0, Recent(), n);
            Kubelet("Warning", "Failed", "Error: " + msg, fieldPath, t0.AddSeconds(1), Recent(), n);
            if (waiting == "CrashLoopBackOff" || _r.Chance(0.5))
            {
                Kubelet("Warning", "BackOff", "Back-off restarting failed container " + cname + " in pod " + _name + "_" + _ns + "(" + _uid + ")", fieldPath, t0.AddSeconds(30), Recent(), Math.Min(500, n * 2 + 1));
            }

            return;
        }

        if (restarts > 0)
        {
            var first = Clamp(t0);
            int n = Math.Min(restarts + 1, 500);
            Kubelet("Normal", "Pulled", "Container image \"" + image + "\" already present on machine", fieldPath, first, Recent(), n);
            Kubelet("Normal", "Created", created, fieldPath, first, Recent(), n);
            Kubelet("Normal", "Started", started, fieldPath, first.AddSeconds(1), Recent(), n);
            if (waiting == "CrashLoopBackOff" || termReason is "Error" or "OOMKilled" && _r.Chance(0.8))
            {
                Kubelet("Warning", "BackOff", "Back-off restarting failed container " + cname + " in pod " + _name + "_" + _ns + "(" + _uid + ")", fieldPath, first.AddSeconds(40), Recent(), Math.Min(500, restarts * _r.Int(1, 4) + 1));
            }

            return;
        }

        if (startedAt is not null || state["terminated"] is not null)
        {
            var at = Clamp((startedAt ?? t0).AddSeconds(-_r.Int(1, 10)));
            var pulledAt = PullOk(at);
            Kubelet("Normal", "Created", created, fieldPath, pulledAt, pulledAt, 1);
            Kubelet("Normal", "Started", started, fieldPath, pulledAt, pulledAt, 1);
        }

        _ = scenario;
    }

    private string ProbeFailure(string kind)
    {
        string ip = string.IsNullOrEmpty(_podIp) ? "10.244.1.17" : _podIp;
        return kind + " probe " + _r.Pick(
            "failed: Get \"http://" + ip + ":8080/healthz\": dial tcp " + ip + ":8080: connect: connection refused",
            "failed: HTTP probe failed with statuscode: 503",
            "failed: Get \"http://" + ip + ":8080/ready\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)",
            "failed: cat: can't open '/tmp/healthy': No such file or directory",
            "errored: rpc error: code = DeadlineExceeded desc = context deadline exceeded",
            "failed: command timed out",
            "failed: dial tcp " + ip + ":6379: i/o timeout",
            "failed: timeout: failed to connect service \":9090\" within 1s: context deadline exceeded",
            "failed: OCI runtime exec failed: exec failed: unable to start container process: exec: \"/healthcheck\": stat /healthcheck: no such file or directory: unknown",
            "failed: pg_isready: no response\n/var/run/postgresql:5432 - no response\n",
            "failed: HTTP probe failed with statuscode: 500");
    }

    private void PodSetupFailures()
    {
        int which = _r.Int(0, 7);
        string vol = _volumeNames.Count > 0 ? _r.Pick(_volumeNames) : "config";
        switch (which)
        {
            case 0:
                Kubelet("Warning", "FailedMount", "MountVolume.SetUp failed for volume \"" + vol + "\" : " + _r.Pick("configmap \"app-config\" not found", "secret \"tls-cert\" not found", "object \"" + _ns + "\"/\"kube-root-ca.crt\" not registered"), null, _started.AddSeconds(2), Recent(), _r.Int(1, 200));
                break;
            case 1:
                Kubelet("Warning", "FailedMount", "Unable to attach or mount volumes: unmounted volumes=[" + vol + "], unattached volumes=[" + string.Join(" ", _volumeNames) + "]: timed out waiting for the condition", null, _started.AddMinutes(2), Recent(), _r.Int(1, 60));
                break;
            case 2 or 4:
                Kubelet("Warning", "FailedCreatePodSandBox", "Failed to create pod sandbox: rpc error: code = Unknown desc = failed to setup network for sandbox \"" + _r.Hex(64) + "\": plugin type=\"calico\" failed (add): error getting ClusterInformation: connection is unauthorized: Unauthorized", null, _started.AddSeconds(1), Recent(), _r.Int(1, 300));
                break;
            case 3 or 5:
                AddEvent(_ev.Classic(Obj(), "Warning", "FailedAttachVolume", "Multi-Attach error for volume \"pvc-" + _r.Uid() + "\" Volume is already exclusively attached to one node and can't be attached to another", "attachdetach-controller", null, _started.AddSeconds(1), _started.AddSeconds(1), 1));
                break;
            case 6:
                Kubelet("Warning", "NetworkNotReady", "network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized", null, _started, Recent(), _r.Int(1, 40));
                break;
        }
    }

    private void Filler(string main, string mainPath)
    {
        int k = _r.Int(0, 15);
        switch (k)
        {
            case 12:
                Kubelet("Warning", "NetworkNotReady", "network is not ready: container runtime network not ready: NetworkReady=false reason:NetworkPluginNotReady message:Network plugin returns error: cni plugin not initialized", null, Recent(), Recent(), _r.Int(1, 40));
                break;
            case 13:
                // A controller that set no time at all: kubectl prints the age as <unknown>.
                var unknown = _ev.Classic(Obj(), "Normal", "Synced", "Pod synced successfully by the acme-operator", "acme-operator", null, Recent(), Recent(), 1);
                unknown["firstTimestamp"] = null;
                unknown["lastTimestamp"] = null;
                unknown.Remove("count");
                AddEvent(unknown);
                break;
            case 14:
                // Clock skew: an event stamped in the future by a node whose clock runs ahead: age <invalid>.
                var skewed = _ev.Classic(Obj(mainPath), "Warning", "Unhealthy", ProbeFailure("Liveness"), "kubelet", _node?.Name, Recent(), Recent(), 1);
                var future = _now.AddSeconds(_r.Int(120, 3600));
                skewed["firstTimestamp"] = Json.Time(future);
                skewed["lastTimestamp"] = Json.Time(future);
                AddEvent(skewed);
                break;
            case 0:
                Kubelet("Warning", "Unhealthy", ProbeFailure(_r.Pick("Readiness", "Liveness")), mainPath, Recent(), Recent(), _r.Int(1, 30));
                break;
            case 1:
                Kubelet("Normal", "SandboxChanged", "Pod sandbox changed, it will be killed and re-created.", null, Recent(), Recent(), 1);
                break;
            case 2:
                Kubelet("Warning", "DNSConfigForming", "Search Line limits were exceeded, some search paths have been omitted, the applied search line is: " + _ns + ".svc.cluster.local svc.cluster.local cluster.local ec2.internal example.internal corp.example", null, Recent(), Recent(), _r.Int(1, 500));
                break;
            case 3:
                Kubelet("Warning", "FailedMount", "MountVolume.SetUp failed for volume \"" + (_volumeNames.FirstOrDefault(v => v.StartsWith("kube-api-access", StringComparison.Ordinal)) ?? "config") + "\" : failed to sync configmap cache: timed out waiting for the condition", null, Recent(), Recent(), 1);
                break;
            case 4:
                Kubelet("Warning", "ProbeWarning", "Readiness probe warning: Probe terminated redirects, Response body: <html>\n<body>moved</body>\n</html>", mainPath, Recent(), Recent(), _r.Int(1, 10));
                break;
            case 5:
                Kubelet("Warning", "FailedPreStopHook", "PreStopHook failed", mainPath, Recent(), Recent(), 1);
                break;
            case 6:
                AddEvent(_ev.Classic(Obj(), "Warning", "FailedToUpdateEndpoint", "Failed to update endpoint " + _ns + "/" + main + ": Operation cannot be fulfilled on endpoints \"" + main + "\": the object has been modified; please apply your changes to the latest version and try again", "endpoint-controller", null, Recent(), Recent(), 1));
                break;
            case 7:
                Kubelet("Normal", "Killing", "Container " + main + " definition changed, will be restarted", mainPath, Recent(), Recent(), 1);
                break;
            case 8:
                AddEvent(_ev.Classic(Obj(), "Normal", "OOMKilling", "Memory cgroup out of memory: Killed process 4242 (" + main + ")", "kernel-monitor", _node?.Name, Recent(), Recent(), 1));
                break;
            case 9:
                // An event with neither source nor reporting component: an empty "From" cell.
                var e = _ev.Classic(Obj(), "Normal", "Custom", "custom controller touched the pod", string.Empty, null, Recent(), Recent(), 1);
                e["reportingComponent"] = string.Empty;
                e["source"] = new JsonObject();
                AddEvent(e);
                break;
            case 10:
                AddEvent(_ev.Modern(Obj(mainPath), "Warning", "Unhealthy", ProbeFailure("Readiness"), "kubelet", _node?.Name ?? "node", "Probing", Recent(), Recent(), _r.Int(2, 40)));
                break;
            default:
                Kubelet("Warning", "FailedKillPod", "error killing pod: failed to \"KillPodSandbox\" for \"" + _uid + "\" with KillPodSandboxError: \"rpc error: code = DeadlineExceeded desc = context deadline exceeded\"", null, Recent(), Recent(), _r.Int(1, 20));
                break;
        }
    }

    private void KillingEvents(List<JsonObject> containers)
    {
        foreach (var c in containers)
        {
            if (_r.Chance(0.7))
            {
                string cname = c["name"]!.GetValue<string>();
                Kubelet("Normal", "Killing", "Stopping container " + cname, "spec.containers{" + cname + "}", Recent(), Recent(), 1);
            }
        }
    }

    /// <summary>Real pods carry 0 to a few dozen events (events expire after an hour by default): keep the newest.</summary>
    private void TrimEvents()
    {
        int target = _r.Weighted<int>([(0, 0.18), (1, 0.6), (2, 0.17), (3, 0.05)]) switch
        {
            0 => 0,
            1 => _r.Int(1, 9),
            2 => _r.Int(9, 20),
            _ => _r.Int(20, 31),
        };
        if (_events.Count > target)
        {
            var keep = _events
                .Select((e, i) => (e, i, t: LastSeen(e)))
                .OrderByDescending(x => x.t)
                .Take(target)
                .OrderBy(x => x.i)
                .Select(x => x.e)
                .ToList();
            _events.Clear();
            _events.AddRange(keep);
        }
        else
        {
            string main = _mainName;
            int guard = 0;
            while (_events.Count < target && guard++ < 40)
            {
                Filler(main, "spec.containers{" + main + "}");
            }
        }

        if (_events.Count > 30)
        {
            _events.RemoveRange(30, _events.Count - 30);
        }
    }

    private static DateTimeOffset LastSeen(JsonObject e) =>
        ParseTime(e["lastTimestamp"]) ?? ParseTime(e["series"]?["lastObservedTime"]) ?? ParseTime(e["eventTime"]) ?? DateTimeOffset.MinValue;
}
