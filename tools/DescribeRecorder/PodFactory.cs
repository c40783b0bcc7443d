using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>What the cluster generator asks of one pod.</summary>
internal sealed record PodPlan(
    string Scenario,
    string Namespace,
    NodeModel? Node,
    IReadOnlyList<NodeModel> Nodes,
    IReadOnlyList<string>? ClaimNames = null,
    string? AppName = null);

/// <summary>Generates one Pod, as the API server would return it (defaults filled in), and its Events.</summary>
internal sealed partial class PodFactory
{
    /// <summary>Scenario names with their weights. "random" gives every container a state drawn from the
    /// full set, so odd combinations the other scenarios never make also appear.</summary>
    public static readonly (string Item, double Weight)[] Scenarios =
    [
        ("healthy", 9), ("crashloop-error", 14), ("crashloop-oom", 8), ("liveness-kill", 6), ("startup-kill", 3),
        ("readiness-fail", 4), ("image-pull", 7), ("invalid-image", 2), ("never-pull", 2), ("config-error", 5),
        ("create-error", 3), ("run-error", 3), ("cannot-run", 3), ("unschedulable", 5), ("container-creating", 5),
        ("init-crashloop", 5), ("sidecar-crashloop", 3), ("job-succeeded", 4), ("job-failed", 3), ("evicted", 4),
        ("node-lost", 3), ("terminating", 3), ("preempted", 1), ("static-pod", 2), ("random", 12),
    ];

    private readonly Rng _r;
    private readonly DateTimeOffset _now;
    private readonly EventFactory _ev;

    // Per-pod state, reset by Create.
    private PodPlan _plan = null!;
    private string _ns = string.Empty;
    private string _name = string.Empty;
    private string _uid = string.Empty;
    private string _eventUid = string.Empty;
    private NodeModel? _node;
    private DateTimeOffset _created;
    private DateTimeOffset _started;
    private string _podIp = string.Empty;
    private readonly List<JsonObject> _events = [];
    private readonly List<string> _volumeNames = [];
    private readonly Dictionary<string, string> _volumeKinds = [];

    public PodFactory(Rng r, DateTimeOffset now)
    {
        _r = r;
        _now = now;
        _ev = new EventFactory(r, now);
    }

    public PodModel Create(PodPlan plan, Func<string, string, bool> nameTaken)
    {
        _plan = plan;
        _ns = plan.Namespace;
        _node = plan.Node;
        _events.Clear();
        _volumeNames.Clear();
        _volumeKinds.Clear();
        string scenario = plan.Scenario;

        _uid = _r.Uid();
        _eventUid = _uid;
        _created = _now - RandomAge();
        _started = _created.AddSeconds(_r.Int(0, 4));

        string app = plan.AppName ?? _r.Pick(Catalog.AppNames);
        string owner = ChooseOwner(scenario);
        string name;
        int guard = 0;
        do
        {
            name = PodName(app, owner);
            guard++;
        }
        while (nameTaken(_ns, name) && guard < 50);

        _name = name;

        var metadata = Metadata(app, owner, scenario);
        var spec = new JsonObject();
        var status = new JsonObject();

        // Volumes first: container mounts refer to them.
        var volumes = Volumes(scenario, owner);

        // Containers.
        var inits = new List<JsonObject>();
        int initCount = scenario is "init-crashloop" ? _r.Int(1, 4)
            : scenario is "sidecar-crashloop" ? _r.Int(0, 2)
            : _r.Weighted<int>([(0, 0.62), (1, 0.26), (2, 0.08), (3, 0.04)]);
        var usedNames = new HashSet<string>();
        for (int i = 0; i < initCount; i++)
        {
            inits.Add(ContainerSpec(UniqueName(_r.Pick(Catalog.InitNames), usedNames), "init", app));
        }

        if (scenario is "sidecar-crashloop" || _r.Chance(0.08))
        {
            var sidecar = ContainerSpec(UniqueName(_r.Pick(Catalog.NativeSidecarNames), usedNames), "sidecar", app);
            sidecar["restartPolicy"] = "Always";
            inits.Insert(_r.Int(0, inits.Count + 1), sidecar);
        }

        int containerCount = owner == "Node" ? 1 : _r.Weighted<int>([(1, 0.45), (2, 0.3), (3, 0.13), (4, 0.06), (5, 0.04), (6, 0.02)]);
        var containers = new List<JsonObject>();
        for (int i = 0; i < containerCount; i++)
        {
            string cname = i == 0 ? ContainerNameFor(app) : _r.Pick(Catalog.SidecarNames);
            containers.Add(ContainerSpec(UniqueName(cname, usedNames), i == 0 ? "main" : "extra", app));
        }

        switch (scenario)
        {
            case "image-pull":
                containers[0]["image"] = _r.Pick(Catalog.BadImages);
                break;
            case "invalid-image":
                containers[0]["image"] = _r.Pick(Catalog.InvalidImages);
                break;
            case "never-pull":
                containers[0]["imagePullPolicy"] = "Never";
                break;
        }

        if (owner == "Node")
        {
            string component = _name[.._name.IndexOf("-" + _controllerName, StringComparison.Ordinal)];
            containers[0]["image"] = "registry.example.com/k8s/" + component + ":v1.29.2";
        }

        var ephemerals = new List<JsonObject>();
        if (_r.Chance(0.08) && scenario is not ("unschedulable" or "container-creating"))
        {
            int n = _r.Int(1, 3);
            for (int i = 0; i < n; i++)
            {
                var ec = EphemeralSpec(UniqueName("debugger-" + _r.Suffix(5), usedNames), containers[0]);
                ephemerals.Add(ec);
            }
        }

        // Spec.
        if (volumes.Count > 0)
        {
            spec["volumes"] = Json.Array(volumes);
        }

        if (inits.Count > 0)
        {
            spec["initContainers"] = Json.Array(inits);
        }

        spec["containers"] = Json.Array(containers);
        if (ephemerals.Count > 0)
        {
            spec["ephemeralContainers"] = Json.Array(ephemerals);
        }

        FillPodSpec(spec, owner, scenario);

        // Status.
        FillStatus(status, spec, scenario, inits, containers, ephemerals);

        var pod = new JsonObject
        {
            ["kind"] = "Pod",
            ["apiVersion"] = "v1",
            ["metadata"] = metadata,
            ["spec"] = spec,
            ["status"] = status,
        };

        // Deletion (Terminating, or a deleted pod whose status is already final).
        if (scenario is "terminating" || (scenario is "node-lost" && _r.Chance(0.4)) || (scenario is "random" && _r.Chance(0.1)) || (scenario is "evicted" && _r.Chance(0.2)))
        {
            int grace = spec["terminationGracePeriodSeconds"]?.GetValue<int>() ?? 30;
            // A deletion timestamp is "now + grace" when set: in the future while the grace period runs
            // (kubectl then prints "lasts <invalid>"), in the past when the pod is stuck.
            // (The future case stays in the future for the few minutes a recording run takes.)
            var deletion = _r.Chance(0.45) ? _now.AddSeconds(_r.Int(300, 3900)) : _now.AddSeconds(-_r.Int(2, 200_000));
            if (deletion < _created)
            {
                deletion = _created.AddSeconds(1);
            }

            metadata["deletionTimestamp"] = Json.Time(deletion);
            metadata["deletionGracePeriodSeconds"] = _r.Chance(0.8) ? grace : _r.Pick(0, 1, 30);
            if (_r.Chance(0.4))
            {
                metadata["finalizers"] = Json.Strings(_r.Chance(0.5) ? ["foregroundDeletion"] : ["example.com/cleanup-hook"]);
            }

            KillingEvents(containers);
        }

        ScenarioEvents(scenario, spec, inits, containers, ephemerals);
        TrimEvents();

        var model = new PodModel { Namespace = _ns, Name = _name, Uid = _uid, Scenario = scenario, Json = pod };
        model.Events.AddRange(_events);
        return model;
    }

    // ----------------------------------------------------------------------------------------------------
    // Names, owners, metadata

    private TimeSpan RandomAge()
    {
        double seconds = _r.Weighted<int>([(0, 0.2), (1, 0.3), (2, 0.38), (3, 0.12)]) switch
        {
            0 => _r.Int(20, 600),
            1 => _r.Int(600, 6 * 3600),
            2 => _r.Int(6 * 3600, 30 * 86400),
            _ => _r.Int(30 * 86400, 500 * 86400),
        };
        return TimeSpan.FromSeconds(seconds);
    }

    private string ChooseOwner(string scenario) => scenario switch
    {
        "job-succeeded" or "job-failed" => "Job",
        "static-pod" => "Node",
        "preempted" => _r.Pick("ReplicaSet", "Job"),
        _ => _r.Weighted<string>([("ReplicaSet", 0.55), ("StatefulSet", 0.14), ("DaemonSet", 0.1), ("Job", 0.05), ("none", 0.16)]),
    };

    private string _controllerName = string.Empty;

    private string PodName(string app, string owner)
    {
        switch (owner)
        {
            case "ReplicaSet":
                _controllerName = app + "-" + _r.Suffix(_r.Pick(9, 10));
                return _controllerName + "-" + _r.Suffix(5);
            case "StatefulSet":
                _controllerName = app;
                return app + "-" + _r.Skewed(12).ToString(CultureInfo.InvariantCulture);
            case "DaemonSet":
                _controllerName = app;
                return app + "-" + _r.Suffix(5);
            case "Job":
                _controllerName = _r.Chance(0.6) ? app + "-" + _r.Int(28_000_000, 29_000_000).ToString(CultureInfo.InvariantCulture) : app + "-job";
                return _controllerName + "-" + _r.Suffix(5);
            case "Node":
                _controllerName = _node?.Name ?? "node-1";
                return _r.Pick("kube-apiserver", "etcd", "kube-scheduler", "kube-controller-manager", "kube-proxy") + "-" + _controllerName;
            default:
                _controllerName = string.Empty;
                return _r.Weighted<string>([
                    (app, 0.4), (app + "-" + _r.Pick(Catalog.Words), 0.3), ("debug-" + _r.Suffix(4), 0.1),
                    ("p", 0.05), (app + "." + _r.Pick(Catalog.Words) + ".v" + _r.Int(1, 9).ToString(CultureInfo.InvariantCulture), 0.1),
                    (string.Concat(Enumerable.Repeat(app + "-", 4)) + "x", 0.05),
                ]);
        }
    }

    private JsonObject Metadata(string app, string owner, string scenario)
    {
        var labels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var annotations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int labelMode = _r.Weighted<int>([(0, 0.08), (1, 0.12), (2, 0.8)]);
        if (labelMode >= 1)
        {
            labels["app"] = app.Length <= 63 ? app : app[..63];
        }

        if (labelMode == 2)
        {
            labels["app.kubernetes.io/name"] = labels["app"];
            if (_r.Chance(0.5))
            {
                labels["app.kubernetes.io/instance"] = labels["app"] + "-" + _r.Pick("prod", "eu", "blue", "green");
            }

            if (_r.Chance(0.4))
            {
                labels["app.kubernetes.io/version"] = _r.Pick("1.0.0", "v2.14.0", "2024.05.1", "sha-4f2a9c1");
            }

            if (_r.Chance(0.3))
            {
                labels["app.kubernetes.io/part-of"] = _r.Pick("shop", "platform", "data");
            }

            if (_r.Chance(0.3))
            {
                labels["tier"] = _r.Pick("frontend", "backend", "cache", "db");
            }

            if (_r.Chance(0.2))
            {
                labels["security.istio.io/tlsMode"] = "istio";
                labels["service.istio.io/canonical-name"] = labels["app"];
                labels["service.istio.io/canonical-revision"] = "latest";
            }

            if (_r.Chance(0.1))
            {
                labels["canary"] = string.Empty;
            }

            if (_r.Chance(0.08))
            {
                labels["example.com/a-rather-long-label-key-name-for-alignment"] = "a-long-label-value-that-is-exactly-sixty-three-characters-long1";
            }
        }

        switch (owner)
        {
            case "ReplicaSet":
                labels["pod-template-hash"] = _controllerName[(_controllerName.LastIndexOf('-') + 1)..];
                break;
            case "StatefulSet":
                labels["controller-revision-hash"] = app.Length > 40 ? "web-" + _r.Suffix(10) : app + "-" + _r.Suffix(10);
                labels["statefulset.kubernetes.io/pod-name"] = _name.Length <= 63 ? _name : _name[..63].TrimEnd('-', '.');
                labels["apps.kubernetes.io/pod-index"] = _name[(_name.LastIndexOf('-') + 1)..];
                break;
            case "DaemonSet":
                labels["controller-revision-hash"] = _r.Suffix(10);
                labels["pod-template-generation"] = _r.Int(1, 30).ToString(CultureInfo.InvariantCulture);
                break;
            case "Job":
                string cuid = _r.Uid();
                labels["batch.kubernetes.io/controller-uid"] = cuid;
                labels["batch.kubernetes.io/job-name"] = _controllerName.Length <= 63 ? _controllerName : _controllerName[..63];
                labels["controller-uid"] = cuid;
                labels["job-name"] = labels["batch.kubernetes.io/job-name"];
                break;
            case "Node":
                labels.Clear();
                labels["component"] = _name[.._name.IndexOf("-" + _controllerName, StringComparison.Ordinal)];
                labels["tier"] = "control-plane";
                break;
        }

        // Annotations: none, one, many; long values (kubectl wraps past 140 characters), multi-line values,
        // values with spaces and '=', the last-applied-configuration kubectl hides.
        int annMode = _r.Weighted<int>([(0, 0.25), (1, 0.25), (2, 0.5)]);
        if (annMode >= 1)
        {
            var (key, value) = _r.Pick(
                ("kubectl.kubernetes.io/restartedAt", Json.Time(_created.AddSeconds(-5))),
                ("prometheus.io/scrape", "true"),
                ("cni.projectcalico.org/podIP", "10.244.3.17/32"),
                ("kubectl.kubernetes.io/default-container", ContainerNameFor(app)));
            annotations[key] = value;
        }

        if (annMode == 2)
        {
            int n = _r.Int(1, 6);
            for (int i = 0; i < n; i++)
            {
                var (k, v) = RandomAnnotation(app);
                annotations[k] = v;
            }
        }

        if (owner == "Node")
        {
            string hash = _r.Hex(32);
            annotations["kubernetes.io/config.hash"] = hash;
            annotations["kubernetes.io/config.mirror"] = hash;
            annotations["kubernetes.io/config.seen"] = _created.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
            annotations["kubernetes.io/config.source"] = "file";
            _eventUid = hash;
        }

        if (owner == "none" && _r.Chance(0.3))
        {
            labels.Clear();
        }

        var md = new JsonObject { ["name"] = _name };
        if (owner is "ReplicaSet" or "DaemonSet" or "Job")
        {
            md["generateName"] = _name[..(_name.LastIndexOf('-') + 1)];
        }

        md["namespace"] = _ns;
        md["uid"] = _uid;
        md["resourceVersion"] = _r.Long(1000, 999_999_999).ToString(CultureInfo.InvariantCulture);
        md["creationTimestamp"] = Json.Time(_created);
        if (labels.Count > 0)
        {
            md["labels"] = Json.Map(labels);
        }

        if (annotations.Count > 0)
        {
            md["annotations"] = Json.Map(annotations);
        }

        if (owner != "none")
        {
            var refs = new JsonArray();
            var (apiVersion, kind) = owner switch
            {
                "ReplicaSet" => ("apps/v1", "ReplicaSet"),
                "StatefulSet" => ("apps/v1", "StatefulSet"),
                "DaemonSet" => ("apps/v1", "DaemonSet"),
                "Job" => ("batch/v1", "Job"),
                _ => ("v1", "Node"),
            };
            var r = new JsonObject
            {
                ["apiVersion"] = apiVersion,
                ["kind"] = kind,
                ["name"] = _controllerName,
                ["uid"] = owner == "Node" ? _node?.Uid ?? _r.Uid() : _r.Uid(),
                ["controller"] = true,
            };
            if (owner != "Node")
            {
                r["blockOwnerDeletion"] = true;
            }

            refs.Add(r);
            if (_r.Chance(0.05))
            {
                // A second, non-controller owner: kubectl's "Controlled By" must pick the controller.
                refs.Insert(0, new JsonObject
                {
                    ["apiVersion"] = "example.com/v1alpha1",
                    ["kind"] = "Rollout",
                    ["name"] = app,
                    ["uid"] = _r.Uid(),
                });
            }

            md["ownerReferences"] = refs;
        }
        else if (_r.Chance(0.25))
        {
            // An owner that is not the controller: no "Controlled By" line.
            md["ownerReferences"] = new JsonArray(new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "ConfigMap",
                ["name"] = app + "-owner",
                ["uid"] = _r.Uid(),
            });
        }

        if (owner == "Job" || (scenario == "static-pod" && _r.Chance(0.3)))
        {
            md["finalizers"] = Json.Strings(["batch.kubernetes.io/job-tracking"]);
        }

        return md;
    }

    private (string Key, string Value) RandomAnnotation(string app)
    {
        int k = _r.Int(0, 16);
        return k switch
        {
            0 => ("prometheus.io/port", _r.Pick("8080", "9090", "15020")),
            1 => ("prometheus.io/path", "/metrics"),
            2 => ("checksum/config", _r.Hex(64)),
            3 => ("kubectl.kubernetes.io/last-applied-configuration",
                "{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"annotations\":{},\"name\":\"" + app + "\",\"namespace\":\"" + _ns + "\"},\"spec\":{\"containers\":[{\"image\":\"nginx\",\"name\":\"" + app + "\"}]}}\n"),
            4 => ("sidecar.istio.io/status",
                "{\"initContainers\":[\"istio-init\"],\"containers\":[\"istio-proxy\"],\"volumes\":[\"workload-socket\",\"credential-socket\",\"workload-certs\",\"istio-envoy\",\"istio-data\",\"istio-podinfo\",\"istio-token\",\"istiod-ca-cert\"],\"imagePullSecrets\":null,\"revision\":\"default\"}"),
            5 => ("k8s.v1.cni.cncf.io/network-status",
                "[{\n    \"name\": \"cbr0\",\n    \"interface\": \"eth0\",\n    \"ips\": [\n        \"10.244.1.23\"\n    ],\n    \"mac\": \"0a:58:0a:f4:01:17\",\n    \"default\": true,\n    \"dns\": {}\n}]"),
            6 => ("description", "value with spaces = and an equals sign, key=value pairs: a=1 b=2"),
            7 => ("vault.hashicorp.com/agent-inject-template-db",
                "{{- with secret \"database/creds/app\" -}}\npostgres://{{ .Data.username }}:{{ .Data.password }}@db:5432/app\n{{- end }}\n"),
            8 => ("cluster-autoscaler.kubernetes.io/safe-to-evict", "false"),
            9 => ("example.com/empty", string.Empty),
            10 => ("example.com/very-long-value", string.Concat(Enumerable.Repeat("0123456789abcdef", 12))),
            11 => ("cni.projectcalico.org/containerID", _r.Hex(64)),
            12 => ("kubernetes.io/limit-ranger", "LimitRanger plugin set: cpu, memory request for container " + app + "; cpu, memory limit for container " + app),
            13 => ("example.com/with-tab", "left\tright"),
            14 => ("openshift.io/scc", "restricted-v2"),
            _ => ("seccomp.security.alpha.kubernetes.io/pod", "runtime/default"),
        };
    }

    private static string ContainerNameFor(string app)
    {
        string n = app.Replace('.', '-');
        return n.Length <= 63 ? n : n[..63].TrimEnd('-');
    }

    private string UniqueName(string name, HashSet<string> used)
    {
        string n = name;
        while (!used.Add(n))
        {
            n = name.Length > 55 ? name[..55] + "-" + _r.Suffix(3) : name + "-" + _r.Int(2, 9).ToString(CultureInfo.InvariantCulture);
        }

        return n;
    }
}
