using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>Pod spec defaults and the status: phase, conditions, IPs and container states.</summary>
internal sealed partial class PodFactory
{
    private string _phase = "Running";

    private void FillPodSpec(JsonObject spec, string owner, string scenario)
    {
        spec["restartPolicy"] = owner == "Job" ? _r.Pick("Never", "OnFailure") : "Always";
        spec["terminationGracePeriodSeconds"] = _r.Weighted<int>([(30, 0.7), (60, 0.1), (0, 0.04), (10, 0.06), (120, 0.05), (3600, 0.05)]);
        if (owner == "Job" && _r.Chance(0.3))
        {
            spec["activeDeadlineSeconds"] = _r.Pick(600, 3600);
        }

        bool hostNetwork = (owner is "DaemonSet" && _r.Chance(0.5)) || owner == "Node";
        spec["dnsPolicy"] = hostNetwork ? "ClusterFirstWithHostNet" : "ClusterFirst";
        int ns = _r.Weighted<int>([(0, 0.6), (1, 0.25), (2, 0.15)]);
        if (ns == 1)
        {
            spec["nodeSelector"] = new JsonObject { ["kubernetes.io/os"] = "linux" };
        }
        else if (ns == 2)
        {
            spec["nodeSelector"] = new JsonObject
            {
                ["kubernetes.io/os"] = "linux",
                ["node.kubernetes.io/instance-type"] = _r.Pick("m5.xlarge", "g5.2xlarge", "Standard_D4s_v5"),
                ["workload-class"] = _r.Pick("general", "gpu", "memory-optimized"),
            };
        }

        if (owner != "Node")
        {
            string sa = _r.Weighted<string>([("default", 0.6), (_plan.AppName ?? "app-sa", 0.2), ("a-very-long-service-account-name-for-alignment-tests", 0.05), ("controller", 0.15)]);
            spec["serviceAccountName"] = sa;
            spec["serviceAccount"] = sa;
        }

        if (_node is not null && scenario != "unschedulable")
        {
            spec["nodeName"] = _node.Name;
        }

        if (hostNetwork)
        {
            spec["hostNetwork"] = true;
        }

        var psc = new JsonObject();
        if (_r.Chance(0.3))
        {
            psc["runAsUser"] = _r.Pick(1000, 65532);
            psc["runAsGroup"] = _r.Pick(1000, 3000);
            psc["fsGroup"] = 2000;
        }

        if (_r.Chance(0.25))
        {
            psc["seccompProfile"] = SeccompProfile();
        }

        if (_r.Chance(0.1))
        {
            psc["sysctls"] = new JsonArray(new JsonObject { ["name"] = "net.core.somaxconn", ["value"] = "1024" });
        }

        spec["securityContext"] = psc;
        if (_r.Chance(0.15))
        {
            spec["imagePullSecrets"] = new JsonArray(new JsonObject { ["name"] = "regcred" });
        }

        if (owner == "StatefulSet")
        {
            spec["hostname"] = _name;
            spec["subdomain"] = _controllerName.Length <= 63 ? _controllerName : "headless";
        }

        if (_r.Chance(0.2))
        {
            spec["affinity"] = new JsonObject
            {
                ["podAntiAffinity"] = new JsonObject
                {
                    ["preferredDuringSchedulingIgnoredDuringExecution"] = new JsonArray(new JsonObject
                    {
                        ["weight"] = 100,
                        ["podAffinityTerm"] = new JsonObject
                        {
                            ["labelSelector"] = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = "x" } },
                            ["topologyKey"] = "kubernetes.io/hostname",
                        },
                    }),
                },
            };
        }

        spec["schedulerName"] = _r.Chance(0.97) ? "default-scheduler" : "volcano";
        spec["tolerations"] = Tolerations(owner);
        if (((JsonArray)spec["tolerations"]!).Count == 0)
        {
            spec.Remove("tolerations");
        }

        // Priority.
        if (owner == "Node" || (owner == "DaemonSet" && _r.Chance(0.4)))
        {
            spec["priorityClassName"] = _r.Chance(0.7) ? "system-node-critical" : "system-cluster-critical";
            spec["priority"] = spec["priorityClassName"]!.GetValue<string>() == "system-node-critical" ? 2000001000 : 2000000000;
        }
        else
        {
            int p = _r.Weighted<int>([(0, 0.6), (1, 0.15), (2, 0.1), (3, 0.1), (4, 0.05)]);
            switch (p)
            {
                case 0:
                    spec["priority"] = 0;
                    break;
                case 1:
                    spec["priorityClassName"] = "high-priority";
                    spec["priority"] = 1000000;
                    break;
                case 2:
                    spec["priorityClassName"] = "low-priority-batch";
                    spec["priority"] = -100;
                    break;
                case 3:
                    spec["priorityClassName"] = "a-rather-long-priority-class-name-for-production-workloads";
                    spec["priority"] = 1000000000;
                    break;
                default:
                    // An old object without a resolved priority: no Priority line.
                    break;
            }
        }

        if (spec["priority"] is not null)
        {
            spec["preemptionPolicy"] = _r.Chance(0.9) ? "PreemptLowerPriority" : "Never";
        }

        spec["enableServiceLinks"] = _r.Chance(0.9);
        if (_r.Chance(0.07))
        {
            string rc = _r.Pick("gvisor", "kata-qemu", "nvidia", "runc-custom");
            spec["runtimeClassName"] = rc;
            if (rc.StartsWith("kata", StringComparison.Ordinal))
            {
                spec["overhead"] = new JsonObject { ["cpu"] = "250m", ["memory"] = "160Mi" };
            }
        }
        else if (_r.Chance(0.01))
        {
            spec["runtimeClassName"] = string.Empty;
        }

        if (_r.Chance(0.1))
        {
            var gates = new JsonArray(new JsonObject { ["conditionType"] = "target-health.elbv2.k8s.aws/k8s-" + _ns[..Math.Min(_ns.Length, 7)] + "-web-" + _r.Hex(10) });
            if (_r.Chance(0.4))
            {
                gates.Add(new JsonObject { ["conditionType"] = "example.com/feature-ready" });
            }

            spec["readinessGates"] = gates;
        }

        if (_r.Chance(0.12))
        {
            var tscs = new JsonArray();
            int n = _r.Int(1, 3);
            for (int i = 0; i < n; i++)
            {
                var t = new JsonObject
                {
                    ["maxSkew"] = _r.Pick(1, 1, 2, 5),
                    ["topologyKey"] = i == 0 ? "topology.kubernetes.io/zone" : "kubernetes.io/hostname",
                    ["whenUnsatisfiable"] = _r.Pick("DoNotSchedule", "ScheduleAnyway"),
                };
                if (_r.Chance(0.85))
                {
                    var sel = new JsonObject { ["matchLabels"] = new JsonObject { ["app"] = _plan.AppName ?? "web" } };
                    if (_r.Chance(0.3))
                    {
                        sel["matchExpressions"] = new JsonArray(new JsonObject
                        {
                            ["key"] = "tier",
                            ["operator"] = "In",
                            ["values"] = Json.Strings(["backend", "cache"]),
                        });
                    }

                    t["labelSelector"] = sel;
                }

                if (_r.Chance(0.2))
                {
                    t["minDomains"] = 3;
                }

                tscs.Add(t);
            }

            spec["topologySpreadConstraints"] = tscs;
        }

        if (_r.Chance(0.03))
        {
            // Pod-level resources (alpha in 1.32): kubectl prints a "Resources:" block for the pod.
            spec["resources"] = new JsonObject
            {
                ["limits"] = new JsonObject { ["cpu"] = "2", ["memory"] = "2Gi" },
                ["requests"] = new JsonObject { ["cpu"] = "1", ["memory"] = "1Gi" },
            };
        }
    }

    private JsonArray Tolerations(string owner)
    {
        var a = new JsonArray();
        if (owner == "Node")
        {
            a.Add(new JsonObject { ["operator"] = "Exists", ["effect"] = "NoExecute" });
            return a;
        }

        if (owner == "DaemonSet")
        {
            if (_r.Chance(0.4))
            {
                a.Add(new JsonObject { ["operator"] = "Exists" });
            }

            foreach (var (key, effect) in new[]
            {
                ("node.kubernetes.io/not-ready", "NoExecute"), ("node.kubernetes.io/unreachable", "NoExecute"),
                ("node.kubernetes.io/disk-pressure", "NoSchedule"), ("node.kubernetes.io/memory-pressure", "NoSchedule"),
                ("node.kubernetes.io/pid-pressure", "NoSchedule"), ("node.kubernetes.io/unschedulable", "NoSchedule"),
            })
            {
                a.Add(new JsonObject { ["key"] = key, ["operator"] = "Exists", ["effect"] = effect });
            }

            return a;
        }

        if (_r.Chance(0.1))
        {
            return a;
        }

        if (_r.Chance(0.15))
        {
            a.Add(new JsonObject { ["key"] = "dedicated", ["operator"] = "Equal", ["value"] = _r.Pick("batch", "gpu", "team-a"), ["effect"] = "NoSchedule" });
        }

        if (_r.Chance(0.1))
        {
            a.Add(new JsonObject { ["key"] = "nvidia.com/gpu", ["operator"] = "Exists", ["effect"] = "NoSchedule" });
        }

        if (_r.Chance(0.05))
        {
            a.Add(new JsonObject { ["key"] = "CriticalAddonsOnly", ["operator"] = "Exists" });
        }

        if (_r.Chance(0.05))
        {
            a.Add(new JsonObject { ["key"] = "example.com/maintenance", ["operator"] = "Equal", ["value"] = "true" });
        }

        int seconds = _r.Chance(0.85) ? 300 : _r.Pick(0, 30, 60, 6000);
        a.Add(new JsonObject { ["key"] = "node.kubernetes.io/not-ready", ["operator"] = "Exists", ["effect"] = "NoExecute", ["tolerationSeconds"] = seconds });
        a.Add(new JsonObject { ["key"] = "node.kubernetes.io/unreachable", ["operator"] = "Exists", ["effect"] = "NoExecute", ["tolerationSeconds"] = seconds });
        return a;
    }

    // ----------------------------------------------------------------------------------------------------
    // Status

    private string _containerIdPrefix = "containerd://";

    private void FillStatus(JsonObject status, JsonObject spec, string scenario, List<JsonObject> inits, List<JsonObject> containers, List<JsonObject> ephemerals)
    {
        bool scheduled = scenario != "unschedulable" && _node is not null;
        _containerIdPrefix = _node?.Runtime switch
        {
            "docker" => "docker://",
            "cri-o" => "cri-o://",
            _ => "containerd://",
        };

        _phase = scenario switch
        {
            "healthy" or "crashloop-error" or "crashloop-oom" or "liveness-kill" or "startup-kill" or "readiness-fail" or "terminating" or "preempted" or "static-pod" => "Running",
            "image-pull" or "invalid-image" or "never-pull" or "config-error" or "create-error" or "container-creating" or "init-crashloop" or "unschedulable" => "Pending",
            "run-error" or "cannot-run" => _r.Pick("Running", "Pending"),
            "sidecar-crashloop" => _r.Pick("Running", "Pending"),
            "job-succeeded" => "Succeeded",
            "job-failed" or "evicted" => "Failed",
            "node-lost" => _r.Chance(0.6) ? "Unknown" : "Running",
            _ => _r.Weighted<string>([("Running", 0.5), ("Pending", 0.2), ("Succeeded", 0.1), ("Failed", 0.15), ("Unknown", 0.05)]),
        };

        // Container statuses.
        var initStatuses = new JsonArray();
        var statuses = new JsonArray();
        var ephStatuses = new JsonArray();
        var notReady = new List<string>();
        var notInitialized = new List<string>();
        if (scheduled)
        {
            int failingInit = scenario == "init-crashloop" ? _r.Int(0, inits.Count) : -1;
            for (int i = 0; i < inits.Count; i++)
            {
                var c = inits[i];
                bool sidecar = c["restartPolicy"] is not null;
                string cname = c["name"]!.GetValue<string>();
                JsonObject st;
                if (scenario == "sidecar-crashloop" && sidecar)
                {
                    st = CrashLoop(c, "Error", _r.Pick(1, 2, 255), true);
                }
                else if (scenario == "init-crashloop")
                {
                    st = i < failingInit ? Completed(c) : i == failingInit ? CrashLoop(c, _r.Pick("Error", "Error", "OOMKilled"), _r.Pick(1, 2, 137), _r.Chance(0.3)) : Status(c, Waiting("PodInitializing", null), null, false, 0, false, false);
                }
                else if (scenario is "unschedulable")
                {
                    continue;
                }
                else if (scenario is "container-creating")
                {
                    st = i == 0 && _r.Chance(0.5) ? Status(c, Waiting("PodInitializing", null), null, false, 0, false, false) : Status(c, Waiting("ContainerCreating", null), null, false, 0, false, false);
                }
                else if (scenario == "random")
                {
                    st = RandomStatus(c);
                }
                else if (sidecar)
                {
                    st = _phase is "Succeeded" or "Failed" ? Completed(c) : Status(c, Running(_started.AddSeconds(_r.Int(2, 40))), null, true, 0, true, true);
                }
                else
                {
                    st = _phase == "Pending" && _r.Chance(0.2) ? Status(c, Running(_started.AddSeconds(3)), null, false, 0, true, true) : Completed(c);
                }

                if (!(st["ready"]?.GetValue<bool>() ?? false) && !IsCompleted(st))
                {
                    notInitialized.Add(cname);
                }

                initStatuses.Add(st);
            }

            bool initsDone = notInitialized.Count == 0 || inits.All(c => c["restartPolicy"] is not null);
            for (int i = 0; i < containers.Count; i++)
            {
                var c = containers[i];
                JsonObject st = (i == 0 || _r.Chance(0.15)) && initsDone ? MainStatus(c, scenario) : OtherStatus(c, scenario, initsDone);
                if (!(st["ready"]?.GetValue<bool>() ?? false))
                {
                    notReady.Add(c["name"]!.GetValue<string>());
                }

                statuses.Add(st);
            }

            foreach (var c in ephemerals)
            {
                var st = _r.Chance(0.6)
                    ? Status(c, Running(_now.AddSeconds(-_r.Int(10, 3000))), null, false, 0, true, true)
                    : Status(c, Terminated(_r.Pick("Completed", "Error"), _r.Pick(0, 130, 1), null, null, _now.AddSeconds(-_r.Int(3000, 9000)), _now.AddSeconds(-_r.Int(10, 2900)), true), null, false, 0, false, true);
                ephStatuses.Add(st);
            }
        }

        // Phase, reason, message.
        status["phase"] = _phase;
        var conditions = Conditions(scheduled, notReady, notInitialized, spec, scenario);
        if (conditions.Count > 0)
        {
            status["conditions"] = conditions;
        }

        switch (scenario)
        {
            case "evicted":
                status["message"] = _r.Pick(
                    "The node was low on resource: memory. Threshold quantity: 100Mi, available: 88344Ki. Container " + containers[0]["name"] + " was using 1523456Ki, request is 512Mi, has larger consumption of memory. ",
                    "The node was low on resource: ephemeral-storage. Threshold quantity: 10Gi, available: 9316228Ki. Container " + containers[0]["name"] + " was using 15728640Ki, request is 0, has larger consumption of ephemeral-storage. ",
                    "The node had condition: [DiskPressure]. ",
                    "Pod ephemeral local storage usage exceeds the total limit of containers 1Gi. ");
                status["reason"] = "Evicted";
                break;
            case "node-lost" when _phase == "Unknown":
                status["message"] = "Node " + (_node?.Name ?? "node") + " which was running pod " + _name + " is unresponsive";
                status["reason"] = "NodeLost";
                break;
            case "random" when _phase == "Failed" && _r.Chance(0.7):
                var (reason, message) = _r.Pick(
                    ("DeadlineExceeded", "Pod was active on the node longer than the specified deadline"),
                    ("UnexpectedAdmissionError", "Allocate failed due to requested number of devices unavailable for nvidia.com/gpu. Requested: 1, Available: 0, which is unexpected"),
                    ("OutOfcpu", "Pod was rejected: Node didn't have enough resource: cpu, requested: 4000, used: 3850, capacity: 4000"),
                    ("NodeAffinity", "Pod was rejected: Predicate NodeAffinity failed"),
                    ("Terminated", "Pod was terminated in response to imminent node shutdown."),
                    ("Shutdown", "Pod was rejected as the node is shutting down."),
                    ("Evicted", "Pod was rejected: the node has memory pressure.\nA second line of the status message."));
                status["message"] = message;
                status["reason"] = reason;
                break;
        }

        if (scenario == "unschedulable" && _r.Chance(0.3) && _plan.Nodes.Count > 0)
        {
            status["nominatedNodeName"] = _r.Pick(_plan.Nodes).Name;
        }

        if (scheduled)
        {
            bool hostNetwork = spec["hostNetwork"]?.GetValue<bool>() ?? false;
            if (_node!.InternalIpV6 is not null && _r.Chance(0.5))
            {
                status["hostIP"] = _node.InternalIp;
                status["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = _node.InternalIp }, new JsonObject { ["ip"] = _node.InternalIpV6 });
            }
            else if (!(scenario == "container-creating" && _r.Chance(0.3)))
            {
                status["hostIP"] = _node.InternalIp;
                status["hostIPs"] = new JsonArray(new JsonObject { ["ip"] = _node.InternalIp });
            }

            bool hasIp = scenario is not ("container-creating" or "unschedulable") || _r.Chance(0.2);
            if (scenario == "evicted" && _r.Chance(0.5))
            {
                hasIp = false;
            }

            if (hasIp)
            {
                _podIp = hostNetwork ? _node.InternalIp : "10." + _r.Int(0, 255).ToString(CultureInfo.InvariantCulture) + "." + _r.Int(0, 255).ToString(CultureInfo.InvariantCulture) + "." + _r.Int(2, 254).ToString(CultureInfo.InvariantCulture);
                status["podIP"] = _podIp;
                var ips = new JsonArray(new JsonObject { ["ip"] = _podIp });
                if (_node.InternalIpV6 is not null && !hostNetwork)
                {
                    ips.Add(new JsonObject { ["ip"] = "fd00:10:244:" + _r.Int(1, 99).ToString(CultureInfo.InvariantCulture) + "::" + _r.Hex(2) });
                }

                status["podIPs"] = ips;
            }

            status["startTime"] = Json.Time(_started);
        }

        if (initStatuses.Count > 0)
        {
            status["initContainerStatuses"] = initStatuses;
        }

        if (statuses.Count > 0)
        {
            status["containerStatuses"] = statuses;
        }

        if (_r.Chance(0.95))
        {
            status["qosClass"] = Qos(inits.Concat(containers));
        }

        if (ephStatuses.Count > 0)
        {
            status["ephemeralContainerStatuses"] = ephStatuses;
        }
    }

    private static bool IsCompleted(JsonObject st) =>
        st["state"]?["terminated"]?["exitCode"]?.GetValue<int>() == 0;

    private JsonArray Conditions(bool scheduled, List<string> notReady, List<string> notInitialized, JsonObject spec, string scenario)
    {
        var a = new JsonArray();
        JsonObject C(string type, bool? status, DateTimeOffset? t, string? reason = null, string? message = null, bool probeNull = true)
        {
            var c = new JsonObject { ["type"] = type, ["status"] = status is null ? "Unknown" : status.Value ? "True" : "False" };
            if (probeNull)
            {
                c["lastProbeTime"] = null;
            }

            if (t is not null)
            {
                c["lastTransitionTime"] = Json.Time(t.Value);
            }

            if (reason is not null)
            {
                c["reason"] = reason;
            }

            if (message is not null)
            {
                c["message"] = message;
            }

            return c;
        }

        if (!scheduled)
        {
            int total = Math.Max(1, _plan.Nodes.Count);
            a.Add(C("PodScheduled", false, _created.AddSeconds(1), "Unschedulable", FailedSchedulingMessage(total)));
            return a;
        }

        bool terminal = _phase is "Succeeded" or "Failed";
        if (_r.Chance(0.85))
        {
            a.Add(C("PodReadyToStartContainers", scenario is not "container-creating" && !terminal, _started.AddSeconds(_r.Int(1, 20))));
        }

        bool initialized = notInitialized.Count == 0;
        a.Add(terminal && _phase == "Succeeded"
            ? C("Initialized", true, _started, "PodCompleted")
            : initialized
                ? C("Initialized", true, _started.AddSeconds(_r.Int(0, 30)))
                : C("Initialized", false, _started, "ContainersNotInitialized", "containers with incomplete status: [" + string.Join(" ", notInitialized) + "]"));

        bool ready = notReady.Count == 0 && !terminal && _phase != "Unknown";
        var readyTime = _now.AddSeconds(-_r.Int(5, 20000));
        if (readyTime < _started)
        {
            readyTime = _started.AddSeconds(1);
        }

        string notReadyMessage = "containers with unready status: [" + string.Join(" ", notReady) + "]";
        if (terminal && _phase == "Succeeded")
        {
            a.Add(C("Ready", false, readyTime, "PodCompleted"));
            a.Add(C("ContainersReady", false, readyTime, "PodCompleted"));
        }
        else if (_phase == "Unknown" || scenario == "node-lost")
        {
            a.Add(C("Ready", _r.Chance(0.5) ? null : false, readyTime, _r.Chance(0.5) ? "NodeLost" : null));
            a.Add(C("ContainersReady", true, _started.AddSeconds(30)));
        }
        else
        {
            a.Add(ready ? C("Ready", true, readyTime) : C("Ready", false, readyTime, "ContainersNotReady", notReadyMessage));
            a.Add(ready ? C("ContainersReady", true, readyTime) : C("ContainersReady", false, readyTime, "ContainersNotReady", notReadyMessage));
        }

        a.Add(C("PodScheduled", true, _created.AddSeconds(_r.Int(0, 3))));

        if (scenario is "evicted" or "preempted" || (scenario == "terminating" && _r.Chance(0.3)))
        {
            var (reason, message) = scenario switch
            {
                "preempted" => ("PreemptionByScheduler", "default-scheduler: preempting to accommodate a higher priority pod"),
                "evicted" => ("TerminationByKubelet", "The node was low on resource: memory. Threshold quantity: 100Mi, available: 88344Ki."),
                _ => ("DeletionByTaintManager", "Taint manager: deleting due to NoExecute taint"),
            };
            a.Add(C("DisruptionTarget", true, _now.AddSeconds(-_r.Int(10, 5000)), reason, message));
        }

        if (spec["readinessGates"] is JsonArray gates)
        {
            foreach (var g in gates)
            {
                if (_r.Chance(0.25))
                {
                    continue; // a gate whose condition was never set: kubectl prints <none>
                }

                string type = g!["conditionType"]!.GetValue<string>();
                // Conditions set by controllers often carry no lastProbeTime, and some no transition time.
                a.Add(C(type, _r.Chance(0.6), _r.Chance(0.7) ? _started.AddSeconds(40) : null, _r.Chance(0.3) ? "Target.NotRegistered" : null, null, _r.Chance(0.5)));
            }
        }

        return a;
    }

    private string FailedSchedulingMessage(int total)
    {
        int a = _r.Int(0, total + 1);
        int b = total - a;
        var parts = new List<string>();
        if (a > 0)
        {
            parts.Add(a.ToString(CultureInfo.InvariantCulture) + " Insufficient " + _r.Pick("memory", "cpu", "nvidia.com/gpu"));
        }

        if (b > 0)
        {
            parts.Add(b.ToString(CultureInfo.InvariantCulture) + " node(s) " + _r.Pick(
                "had untolerated taint {node-role.kubernetes.io/control-plane: }",
                "didn't match Pod's node affinity/selector",
                "had volume node affinity conflict",
                "didn't match pod anti-affinity rules",
                "had untolerated taint {node.kubernetes.io/unreachable: }"));
        }

        string tot = total.ToString(CultureInfo.InvariantCulture);
        string msg = "0/" + tot + " nodes are available: " + string.Join(", ", parts) + ".";
        if (_r.Chance(0.6))
        {
            msg += " preemption: 0/" + tot + " nodes are available: " + tot + " No preemption victims found for incoming pod.";
        }

        if (_r.Chance(0.1))
        {
            msg = "0/" + tot + " nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/" + tot + " nodes are available: " + tot + " Preemption is not helpful for scheduling.";
        }

        return msg;
    }

    private static string Qos(IEnumerable<JsonObject> containers)
    {
        bool any = false;
        bool guaranteed = true;
        foreach (var c in containers)
        {
            var req = c["resources"]?["requests"] as JsonObject;
            var lim = c["resources"]?["limits"] as JsonObject;
            foreach (var r in new[] { "cpu", "memory" })
            {
                string? rq = req?[r]?.GetValue<string>();
                string? lm = lim?[r]?.GetValue<string>();
                if (rq is not null || lm is not null)
                {
                    any = true;
                }

                if (lm is null || (rq is not null && ParseQuantity(rq) != ParseQuantity(lm)))
                {
                    guaranteed = false;
                }
            }
        }

        return !any ? "BestEffort" : guaranteed ? "Guaranteed" : "Burstable";
    }

    // ----------------------------------------------------------------------------------------------------
    // Container states

    private static JsonObject Running(DateTimeOffset startedAt) =>
        new() { ["running"] = new JsonObject { ["startedAt"] = Json.Time(startedAt) } };

    private static JsonObject Waiting(string reason, string? message)
    {
        var w = new JsonObject { ["reason"] = reason };
        if (message is not null)
        {
            w["message"] = message;
        }

        return new JsonObject { ["waiting"] = w };
    }

    private JsonObject Terminated(string reason, int exitCode, int? signal, string? message, DateTimeOffset? started, DateTimeOffset? finished, bool withId)
    {
        var t = new JsonObject { ["exitCode"] = exitCode };
        if (signal is not null)
        {
            t["signal"] = signal.Value;
        }

        t["reason"] = reason;
        if (message is not null)
        {
            t["message"] = message;
        }

        t["startedAt"] = started is null ? null : Json.Time(started.Value);
        t["finishedAt"] = finished is null ? null : Json.Time(finished.Value);
        if (withId)
        {
            t["containerID"] = _containerIdPrefix + _r.Hex(64);
        }

        return new JsonObject { ["terminated"] = t };
    }

    private JsonObject Status(JsonObject spec, JsonObject state, JsonObject? lastState, bool ready, int restarts, bool started, bool hasRun)
    {
        string image = spec["image"]!.GetValue<string>();
        var s = new JsonObject
        {
            ["name"] = spec["name"]!.GetValue<string>(),
            ["state"] = state,
            ["lastState"] = lastState ?? new JsonObject(),
            ["ready"] = ready,
            ["restartCount"] = restarts,
            ["image"] = image.Contains(':', StringComparison.Ordinal) || image.Contains('@', StringComparison.Ordinal) ? image : image + ":latest",
            ["imageID"] = hasRun ? ImageId(image) : string.Empty,
        };
        if (hasRun)
        {
            s["containerID"] = state["terminated"]?["containerID"]?.GetValue<string>() ?? _containerIdPrefix + _r.Hex(64);
        }

        if (_r.Chance(0.9))
        {
            s["started"] = started;
        }

        if (_r.Chance(0.15) && spec["resources"] is JsonObject res && res.Count > 0)
        {
            s["allocatedResources"] = res["requests"]?.DeepClone();
            s["resources"] = res.DeepClone();
        }

        return s;
    }

    private string ImageId(string image)
    {
        string repo = image;
        int at = repo.IndexOf('@', StringComparison.Ordinal);
        if (at >= 0)
        {
            repo = repo[..at];
        }
        else
        {
            int slash = repo.LastIndexOf('/');
            int colon = repo.LastIndexOf(':');
            if (colon > slash)
            {
                repo = repo[..colon];
            }
        }

        string digest = "@sha256:" + _r.Hex(64);
        return _containerIdPrefix == "docker://" ? "docker-pullable://" + repo + digest : repo + digest;
    }

    private (DateTimeOffset Start, DateTimeOffset Finish) LastRun()
    {
        var finish = _now.AddSeconds(-_r.Int(1, 400));
        var start = finish.AddSeconds(-_r.Int(1, 900));
        if (start < _started)
        {
            start = _started.AddSeconds(1);
        }

        if (finish < start)
        {
            finish = start.AddSeconds(1);
        }

        return (start, finish);
    }

    private int Restarts() => _r.Weighted<int>([(0, 0.4), (1, 0.4), (2, 0.2)]) switch
    {
        0 => _r.Int(1, 10),
        1 => _r.Int(10, 300),
        _ => _r.Int(300, 5001),
    };

    private string? ExitMessage(double p) => _r.Chance(p) ? _r.Pick(Catalog.ExitMessages) : null;

    /// <summary>Runtimes rarely fill <c>signal</c>; when they do it matches a 128+N exit code.</summary>
    private int? Signal(int exitCode) => exitCode is 130 or 134 or 137 or 139 or 143 && _r.Chance(0.2) ? exitCode - 128 : null;

    private JsonObject CrashLoop(JsonObject c, string reason, int exitCode, bool runningNow)
    {
        var (s, f) = LastRun();
        int restarts = Restarts();
        var last = Terminated(reason, exitCode, Signal(exitCode), reason == "OOMKilled" ? null : ExitMessage(0.3), s, f, true);
        string cname = c["name"]!.GetValue<string>();
        JsonObject state = runningNow
            ? Running(f.AddSeconds(_r.Int(10, 300)) > _now ? _now.AddSeconds(-2) : f.AddSeconds(_r.Int(10, 300)))
            : _r.Chance(0.08)
                ? Terminated(reason, exitCode, null, ExitMessage(0.2), f.AddSeconds(5) > _now ? _now.AddSeconds(-3) : f.AddSeconds(5), _now.AddSeconds(-1), true)
                : Waiting("CrashLoopBackOff", "back-off " + _r.Pick("10s", "20s", "40s", "1m20s", "2m40s", "5m0s") + " restarting failed container=" + cname + " pod=" + _name + "_" + _ns + "(" + _uid + ")");
        return Status(c, state, last, false, restarts, runningNow, true);
    }

    private JsonObject Completed(JsonObject c)
    {
        var s = _started.AddSeconds(_r.Int(1, 20));
        var f = s.AddSeconds(_r.Int(1, 120));
        if (f > _now)
        {
            f = _now;
        }

        return Status(c, Terminated("Completed", 0, null, _r.Chance(0.05) ? "done" : null, s, f, true), null, false, 0, false, true);
    }

    private JsonObject MainStatus(JsonObject c, string scenario)
    {
        string cname = c["name"]!.GetValue<string>();
        string image = c["image"]!.GetValue<string>();
        var runningSince = _started.AddSeconds(_r.Int(2, 60));
        if (runningSince > _now)
        {
            runningSince = _now.AddSeconds(-1);
        }

        switch (scenario)
        {
            case "healthy":
            case "terminating":
            case "preempted":
                if (_r.Chance(0.25))
                {
                    var (s, f) = LastRun();
                    string reason = _r.Pick("Error", "OOMKilled", "Completed", "Unknown");
                    int code = reason switch { "OOMKilled" => 137, "Completed" => 0, "Unknown" => 255, _ => _r.Pick(1, 143, 2) };
                    return Status(c, Running(f.AddSeconds(1)), Terminated(reason, code, Signal(code), ExitMessage(0.2), s, f, true), true, _r.Int(1, 8), true, true);
                }

                return Status(c, Running(runningSince), null, _r.Chance(0.95), 0, true, true);
            case "crashloop-error":
                return CrashLoop(c, "Error", _r.Weighted<int>([(1, 0.38), (2, 0.1), (126, 0.05), (127, 0.08), (134, 0.08), (139, 0.11), (143, 0.05), (255, 0.15)]), _r.Chance(0.2));
            case "crashloop-oom":
                return CrashLoop(c, "OOMKilled", 137, _r.Chance(0.2));
            case "liveness-kill":
            case "startup-kill":
                {
                    var (s, f) = LastRun();
                    int code = _r.Pick(137, 143, 0, 2);
                    string reason = code == 0 ? "Completed" : "Error";
                    var last = Terminated(reason, code, Signal(code), null, s, f, true);
                    var state = _r.Chance(0.5) ? Running(f.AddSeconds(1)) : Waiting("CrashLoopBackOff", "back-off 2m40s restarting failed container=" + cname + " pod=" + _name + "_" + _ns + "(" + _uid + ")");
                    return Status(c, state, last, false, Restarts(), state["running"] is not null, true);
                }

            case "readiness-fail":
                return Status(c, Running(runningSince), null, false, _r.Pick(0, 0, 1), true, true);
            case "image-pull":
                return _r.Chance(0.5)
                    ? Status(c, Waiting("ErrImagePull", PullError(image)), null, false, 0, false, false)
                    : Status(c, Waiting("ImagePullBackOff", "Back-off pulling image \"" + image + "\""), null, false, 0, false, false);
            case "invalid-image":
                return Status(c, Waiting("InvalidImageName", "Failed to apply default image tag \"" + image + "\": couldn't parse image name \"" + image + "\": invalid reference format"), null, false, 0, false, false);
            case "never-pull":
                return Status(c, Waiting("ErrImageNeverPull", "Container image \"" + image + "\" is not present with pull policy of Never"), null, false, 0, false, false);
            case "config-error":
                return Status(c, Waiting("CreateContainerConfigError", string.Format(CultureInfo.InvariantCulture, _r.Pick(Catalog.ConfigErrors), _ns, _name)), null, false, 0, false, false);
            case "create-error":
                return Status(c, Waiting("CreateContainerError", _r.Pick(
                    "context deadline exceeded",
                    "failed to reserve container name \"" + cname + "_" + _name + "_" + _ns + "_" + _uid + "_0\": name \"" + cname + "_" + _name + "_" + _ns + "_" + _uid + "_0\" is reserved for \"" + _r.Hex(64) + "\"",
                    "Error: failed to create containerd container: error unpacking image: failed to extract layer sha256:" + _r.Hex(64) + ": write /var/lib/containerd/tmpmounts/containerd-mount12345/usr/lib/x: no space left on device: unknown")), null, false, 0, false, false);
            case "run-error":
                {
                    var (s, f) = LastRun();
                    var last = _r.Chance(0.8) ? Terminated("StartError", 128, null, _r.Pick(Catalog.CannotRunMessages), DateTimeOffset.UnixEpoch, f, true) : null;
                    var state = _r.Weighted<int>([(0, 0.35), (1, 0.35), (2, 0.3)]) switch
                    {
                        0 => Waiting("RunContainerError", "context deadline exceeded"),
                        1 => Waiting("CrashLoopBackOff", "back-off 5m0s restarting failed container=" + cname + " pod=" + _name + "_" + _ns + "(" + _uid + ")"),
                        _ => Terminated("StartError", 128, null, _r.Pick(Catalog.CannotRunMessages), DateTimeOffset.UnixEpoch, _now.AddSeconds(-_r.Int(1, 30)), true),
                    };
                    _ = s;
                    return Status(c, state, last, false, last is null ? 0 : Restarts(), false, last is not null);
                }

            case "cannot-run":
                {
                    var (s, f) = LastRun();
                    int code = _r.Pick(126, 127, 128);
                    var last = Terminated("ContainerCannotRun", code, null, _r.Pick(Catalog.CannotRunMessages), _r.Chance(0.5) ? DateTimeOffset.UnixEpoch : s, f, true);
                    return Status(c, Waiting("CrashLoopBackOff", "back-off 5m0s restarting failed container=" + cname + " pod=" + _name + "_" + _ns + "(" + _uid + ")"), last, false, Restarts(), false, true);
                }

            case "container-creating":
                return Status(c, Waiting("ContainerCreating", null), null, false, 0, false, false);
            case "init-crashloop":
                return Status(c, Waiting("PodInitializing", null), null, false, 0, false, false);
            case "sidecar-crashloop":
                return _phase == "Pending" ? Status(c, Waiting("PodInitializing", null), null, false, 0, false, false) : Status(c, Running(runningSince), null, _r.Chance(0.5), 0, true, true);
            case "job-succeeded":
                return Completed(c);
            case "job-failed":
                {
                    var s = _started.AddSeconds(_r.Int(2, 30));
                    var f = s.AddSeconds(_r.Int(1, 3000));
                    if (f > _now)
                    {
                        f = _now.AddSeconds(-1);
                    }

                    int code = _r.Pick(1, 2, 137, 255, 134);
                    return Status(c, Terminated(code == 137 ? "OOMKilled" : "Error", code, Signal(code), ExitMessage(0.5), s, f, true), null, false, 0, false, true);
                }

            case "evicted":
                return _r.Chance(0.6)
                    ? Status(c, Terminated("ContainerStatusUnknown", 137, null, "The container could not be located when the pod was terminated", null, null, false), _r.Chance(0.5) ? Terminated("Error", 137, null, null, _started.AddSeconds(5), _now.AddSeconds(-600), true) : null, false, _r.Int(0, 3), false, _r.Chance(0.3))
                    : Status(c, Terminated(_r.Pick("Error", "Completed"), _r.Pick(137, 0, 143), null, null, _started.AddSeconds(4), _now.AddSeconds(-_r.Int(60, 9000)), true), null, false, 0, false, true);
            case "node-lost":
                return Status(c, Running(runningSince), null, false, _r.Int(0, 3), true, true);
            case "static-pod":
                return _r.Chance(0.5) ? CrashLoop(c, "Error", _r.Pick(1, 255), _r.Chance(0.3)) : Status(c, Running(runningSince), null, true, _r.Int(0, 12), true, true);
            default:
                return RandomStatus(c);
        }
    }

    private JsonObject OtherStatus(JsonObject c, string scenario, bool initsDone)
    {
        var since = _started.AddSeconds(_r.Int(2, 60));
        if (since > _now)
        {
            since = _now.AddSeconds(-1);
        }

        if (scenario == "random" || _r.Chance(0.12))
        {
            return RandomStatus(c);
        }

        if (!initsDone || scenario is "init-crashloop")
        {
            return Status(c, Waiting("PodInitializing", null), null, false, 0, false, false);
        }

        return _phase switch
        {
            "Pending" => scenario == "container-creating" ? Status(c, Waiting("ContainerCreating", null), null, false, 0, false, false) : Status(c, Running(since), null, true, 0, true, true),
            "Succeeded" => Completed(c),
            "Failed" => _r.Chance(0.5) ? Completed(c) : Status(c, Terminated("Error", _r.Pick(1, 137, 143), null, null, since, _now.AddSeconds(-_r.Int(10, 900)), true), null, false, 0, false, true),
            _ => Status(c, Running(since), null, scenario != "node-lost" && _r.Chance(0.9), _r.Chance(0.8) ? 0 : _r.Int(1, 40), true, true),
        };
    }

    /// <summary>Any state at all, including combinations no real scenario makes.</summary>
    private JsonObject RandomStatus(JsonObject c)
    {
        string image = c["image"]!.GetValue<string>();
        var (s, f) = LastRun();
        JsonObject state;
        bool hasRun = true;
        int kind = _r.Int(0, 3);
        if (_r.Chance(0.04))
        {
            // A waiting state without a reason, or no state at all: kubectl prints a bare "Waiting".
            state = _r.Chance(0.5) ? new JsonObject { ["waiting"] = new JsonObject() } : new JsonObject();
            hasRun = false;
        }
        else if (kind == 0)
        {
            state = Running(f.AddSeconds(1) > _now ? _now : f.AddSeconds(1));
        }
        else if (kind == 1)
        {
            string reason = _r.Pick("CrashLoopBackOff", "CreateContainerConfigError", "ErrImagePull", "ImagePullBackOff", "InvalidImageName",
                "ErrImageNeverPull", "ContainerCreating", "PodInitializing", "RunContainerError", "CreateContainerError");
            string? msg = reason switch
            {
                "ContainerCreating" or "PodInitializing" => null,
                "ErrImagePull" => PullError(image),
                "ImagePullBackOff" => "Back-off pulling image \"" + image + "\"",
                "CreateContainerConfigError" => string.Format(CultureInfo.InvariantCulture, _r.Pick(Catalog.ConfigErrors), _ns, _name),
                _ => _r.Chance(0.2) ? null : "back-off 40s restarting failed container=" + c["name"] + " pod=" + _name + "_" + _ns + "(" + _uid + ")",
            };
            state = Waiting(reason, msg);
            hasRun = reason is "CrashLoopBackOff" or "RunContainerError";
        }
        else
        {
            state = RandomTerminated(s, f);
        }

        JsonObject? last = _r.Int(0, 10) switch
        {
            < 4 => null,
            < 9 => RandomTerminated(s.AddSeconds(-_r.Int(60, 5000)), s.AddSeconds(-_r.Int(1, 59))),
            _ => _r.Chance(0.5) ? Running(s) : Waiting("ContainerCreating", null), // never printed by kubectl
        };
        if (last is not null)
        {
            hasRun = true;
        }

        int restarts = last is null ? _r.Pick(0, 0, 0, 1) : _r.Chance(0.3) ? _r.Int(0, 5001) : _r.Int(1, 30);
        return Status(c, state, last, _r.Chance(0.4), restarts, state["running"] is not null || _r.Chance(0.1), hasRun);
    }

    private JsonObject RandomTerminated(DateTimeOffset s, DateTimeOffset f)
    {
        string reason = _r.Pick("Error", "OOMKilled", "Completed", "ContainerCannotRun", "StartError", "Unknown", "ContainerStatusUnknown", "Unknown", "Error");
        int code = reason switch
        {
            "OOMKilled" => 137,
            "Completed" => 0,
            "ContainerCannotRun" => _r.Pick(126, 127, 128),
            "StartError" => 128,
            "Unknown" => 255,
            "ContainerStatusUnknown" => 137,
            _ => _r.Pick(1, 2, 126, 127, 128, 134, 137, 139, 143, 255),
        };
        string? msg = reason switch
        {
            "ContainerCannotRun" or "StartError" => _r.Pick(Catalog.CannotRunMessages),
            "ContainerStatusUnknown" => "The container could not be located when the pod was terminated",
            "OOMKilled" => null,
            _ => ExitMessage(0.35),
        };
        DateTimeOffset? start = reason switch
        {
            "StartError" => DateTimeOffset.UnixEpoch,
            "ContainerStatusUnknown" => null,
            _ => s,
        };
        DateTimeOffset? finish = reason == "ContainerStatusUnknown" ? null : f;
        return Terminated(reason, code, Signal(code), msg, start, finish, reason != "ContainerStatusUnknown");
    }

    private string PullError(string image) => _r.Pick(
        "rpc error: code = NotFound desc = failed to pull and unpack image \"" + image + "\": failed to resolve reference \"" + image + "\": " + image + ": not found",
        "rpc error: code = Unknown desc = failed to pull and unpack image \"" + image + "\": failed to resolve reference \"" + image + "\": pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed",
        "rpc error: code = DeadlineExceeded desc = failed to pull and unpack image \"" + image + "\": failed to copy: httpReadSeeker: failed open: failed to do request: context deadline exceeded",
        "failed to pull and unpack image \"" + image + "\": failed to resolve reference: unexpected status from HEAD request: 401 Unauthorized");
}
