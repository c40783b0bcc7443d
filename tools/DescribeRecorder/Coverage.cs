using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DescribeRecorder;

/// <summary>One recorded pair as the coverage checks see it.</summary>
internal sealed class Pair
{
    public required string Dir { get; init; }

    public required string Kind { get; init; }

    public required string Text { get; init; }

    /// <summary>The described pods (pod and pods captures only).</summary>
    public required List<JsonObject> Pods { get; init; }

    public required List<JsonObject> Events { get; init; }

    public JsonObject? Node { get; init; }

    public JsonObject? Lease { get; init; }

    public JsonObject? Pvc { get; init; }

    public required string TimeZone { get; init; }

    public IEnumerable<JsonObject> Containers(bool withInit = true, bool withEphemeral = true) =>
        Pods.SelectMany(p =>
            (withInit ? Arr(p["spec"]?["initContainers"]) : [])
            .Concat(Arr(p["spec"]?["containers"]))
            .Concat(withEphemeral ? Arr(p["spec"]?["ephemeralContainers"]) : []));

    public IEnumerable<JsonObject> Statuses() =>
        Pods.SelectMany(p =>
            Arr(p["status"]?["initContainerStatuses"])
            .Concat(Arr(p["status"]?["containerStatuses"]))
            .Concat(Arr(p["status"]?["ephemeralContainerStatuses"])));

    public IEnumerable<JsonObject> Volumes() => Pods.SelectMany(p => Arr(p["spec"]?["volumes"]));

    public static IEnumerable<JsonObject> Arr(JsonNode? n) => n is JsonArray a ? a.OfType<JsonObject>() : [];
}

/// <summary>A feature and in how many pairs it shows.</summary>
internal sealed record CoverageRow(string Group, string Feature, string Seen, int Count);

/// <summary>Counts, over recorded pairs, how many show each feature: in describe.txt when kubectl prints it,
/// in the served JSON when kubectl does not print it (so the parser must not expect it in the text).</summary>
internal static class Coverage
{
    private static readonly string[] ProbeFields = ["livenessProbe", "readinessProbe", "startupProbe"];

    private sealed record Check(string Group, string Feature, string Seen, Func<Pair, bool> Test);

    public static List<Pair> Load(string outDir)
    {
        var pairs = new List<Pair>();
        foreach (var dir in Directory.GetDirectories(outDir).Order(StringComparer.Ordinal))
        {
            string metaPath = Path.Combine(dir, "meta.json");
            if (!File.Exists(metaPath))
            {
                continue;
            }

            var meta = JsonNode.Parse(File.ReadAllBytes(metaPath))!;
            string kind = meta["kind"]!.GetValue<string>();
            JsonObject? Read(string name) => File.Exists(Path.Combine(dir, name)) ? JsonNode.Parse(File.ReadAllBytes(Path.Combine(dir, name))) as JsonObject : null;
            var pods = new List<JsonObject>();
            if (kind == "pod")
            {
                pods.Add(Read("pod.json")!);
            }
            else if (kind == "pods")
            {
                pods.AddRange(Pair.Arr(Read("pods.json")?["items"]));
            }

            pairs.Add(new Pair
            {
                Dir = Path.GetFileName(dir),
                Kind = kind,
                Text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(dir, "describe.txt"))),
                Pods = pods,
                Events = Pair.Arr(Read("events.json")?["items"]).ToList(),
                Node = Read("node.json"),
                Lease = Read("lease.json"),
                Pvc = Read("pvc.json"),
                TimeZone = meta["timeZone"]?.GetValue<string>() ?? "UTC",
            });
        }

        return pairs;
    }

    public static List<CoverageRow> Compute(string outDir)
    {
        var pairs = Load(outDir);
        var rows = new List<CoverageRow>();
        foreach (var c in Checks())
        {
            int n = pairs.Count(p => (c.Group.StartsWith("node", StringComparison.Ordinal) ? p.Kind == "node"
                : c.Group.StartsWith("pvc", StringComparison.Ordinal) ? p.Kind == "pvc"
                : c.Group.StartsWith("all", StringComparison.Ordinal) || p.Kind is "pod" or "pods") && c.Test(p));
            rows.Add(new CoverageRow(c.Group, c.Feature, c.Seen, n));
        }

        return rows;
    }

    private static Func<Pair, bool> T(string pattern)
    {
        var re = new Regex(pattern, RegexOptions.Multiline | RegexOptions.CultureInvariant);
        return p => re.IsMatch(p.Text);
    }

    private static string S(JsonNode? n, string path) => Json.Str(n, path);

    private static bool Has(JsonNode? n, string path)
    {
        JsonNode? cur = n;
        foreach (var part in path.Split('.'))
        {
            cur = cur?[part];
        }

        return cur is not null;
    }

    private static IEnumerable<Check> Checks()
    {
        const string text = "describe.txt";
        const string json = "JSON only (not printed)";
        const string both = "JSON + describe.txt";

        // Container states.
        foreach (var r in new[] { "CrashLoopBackOff", "CreateContainerConfigError", "ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull", "ContainerCreating", "PodInitializing", "RunContainerError", "CreateContainerError" })
        {
            yield return new("container state", "State: Waiting, Reason: " + r, text, T(@"^ +State: +Waiting\n +Reason: +" + r + "$"));
        }

        yield return new("container state", "State: Waiting with no reason", text, T(@"^ +State: +Waiting\n(?! +Reason:)"));
        yield return new("container state", "State: Running (Started)", text, T(@"^ +State: +Running\n +Started: "));
        foreach (var r in new[] { "Error", "OOMKilled", "Completed", "ContainerCannotRun", "StartError", "Unknown", "ContainerStatusUnknown" })
        {
            yield return new("container state", "State: Terminated, Reason: " + r, text, T(@"^ +State: +Terminated\n +Reason: +" + r + "$"));
            yield return new("container state", "Last State: Terminated, Reason: " + r, text, T(@"^ +Last State: +Terminated\n +Reason: +" + r + "$"));
        }

        foreach (var code in new[] { 0, 1, 2, 126, 127, 128, 134, 137, 139, 143, 255 })
        {
            yield return new("container state", "Exit Code: " + code, text, T(@"^ +Exit Code: +" + code + "$"));
        }

        yield return new("container state", "Signal:", text, T(@"^ +Signal: +\d+$"));
        yield return new("container state", "terminated Message: (any)", text, T(@"^ +Message: +\S"));
        yield return new("container state", "terminated Message: multi-line", both, p => p.Statuses().Any(s =>
            (s["state"]?["terminated"]?["message"]?.GetValue<string>() ?? string.Empty).Contains('\n', StringComparison.Ordinal)
            || (s["lastState"]?["terminated"]?["message"]?.GetValue<string>() ?? string.Empty).TrimEnd('\n').Contains('\n', StringComparison.Ordinal)));
        yield return new("container state", "Started: the Unix epoch (StartError)", text, T(@"Started: +(Thu, 01 Jan 1970|Wed, 31 Dec 1969) "));
        yield return new("container state", "Started/Finished: Mon, 01 Jan 0001 (null times)", text, T(@"Finished: +Mon, 01 Jan 0001"));
        yield return new("container state", "lastState waiting/running (never printed)", json, p => p.Statuses().Any(s => Has(s, "lastState.waiting") || Has(s, "lastState.running")));
        yield return new("container state", "Ready: True", text, T(@"^ +Ready: +True$"));
        yield return new("container state", "Ready: False", text, T(@"^ +Ready: +False$"));
        yield return new("container state", "Restart Count: 0", text, T(@"^ +Restart Count: +0$"));
        yield return new("container state", "Restart Count: 1..99", text, T(@"^ +Restart Count: +[1-9]\d?$"));
        yield return new("container state", "Restart Count: >= 1000", text, T(@"^ +Restart Count: +\d{4,}$"));
        yield return new("container state", "started field", json, p => p.Statuses().Any(s => s["started"] is not null));
        yield return new("container state", "Image ID: non-empty", text, T(@"^ +Image ID: +\S"));
        yield return new("container state", "Image ID: empty", text, T(@"^ +Image ID: *$"));
        yield return new("container state", "Container ID: containerd://", text, T(@"Container ID: +containerd://"));
        yield return new("container state", "Container ID: docker://", text, T(@"Container ID: +docker://"));
        yield return new("container state", "Container ID: cri-o://", text, T(@"Container ID: +cri-o://"));
        yield return new("container state", "Container ID: empty", text, T(@"^ +Container ID: *$"));
        yield return new("container state", "no status at all (unscheduled)", text, p => p.Pods.Any(x => x["status"]?["containerStatuses"] is null) && !p.Text.Contains("Container ID:", StringComparison.Ordinal));

        // Containers.
        yield return new("containers", "Init Containers section", text, T(@"^Init Containers:$"));
        yield return new("containers", "Ephemeral Containers section", text, T(@"^Ephemeral Containers:$"));
        yield return new("containers", "sidecar (init container with restartPolicy Always)", both, p => p.Pods.Any(x => Pair.Arr(x["spec"]?["initContainers"]).Any(c => c["restartPolicy"] is not null)) && p.Text.Contains("Init Containers:", StringComparison.Ordinal));
        for (int k = 1; k <= 6; k++)
        {
            int kk = k;
            yield return new("containers", "pod with " + k + " regular container(s)", both, p => p.Pods.Any(x => Pair.Arr(x["spec"]?["containers"]).Count() == kk));
        }

        yield return new("containers", "Port: <none>", text, T(@"^ +Port: +<none>$"));
        yield return new("containers", "Port: single", text, T(@"^ +Port: +\d+/(TCP|UDP|SCTP)$"));
        yield return new("containers", "Ports: several", text, T(@"^ +Ports: +\d+/\w+, "));
        yield return new("containers", "port protocol UDP", text, T(@"Ports?: .*\d/UDP"));
        yield return new("containers", "port protocol SCTP", text, T(@"Ports?: .*\d/SCTP"));
        yield return new("containers", "Host Port non-zero", text, T(@"Host Ports?: +(.*, )?[1-9]\d*/"));
        yield return new("containers", "port names", json, p => p.Containers().Any(c => Pair.Arr(c["ports"]).Any(x => x["name"] is not null)));
        yield return new("containers", "Command:", text, T(@"^ +Command:$"));
        yield return new("containers", "Args:", text, T(@"^ +Args:$"));
        yield return new("containers", "command/args multi-line", both, p => p.Containers().Any(c => (c["command"] as JsonArray ?? []).Concat(c["args"] as JsonArray ?? []).Any(a => a!.GetValue<string>().Contains('\n', StringComparison.Ordinal))));
        yield return new("containers", "command/args empty string", both, p => p.Containers().Any(c => (c["command"] as JsonArray ?? []).Concat(c["args"] as JsonArray ?? []).Any(a => a!.GetValue<string>().Length == 0)));
        yield return new("containers", "command/args odd characters (quotes, tabs, unicode)", both, p => p.Containers().Any(c => (c["command"] as JsonArray ?? []).Concat(c["args"] as JsonArray ?? []).Any(a => a!.GetValue<string>().Any(ch => ch is '\t' or '"' or '\'' || ch > 127))));
        yield return new("containers", "SeccompProfile (container)", text, T(@"^ {4}SeccompProfile: +\w+"));
        yield return new("containers", "LocalhostProfile", text, T(@"LocalhostProfile: +\S"));
        yield return new("containers", "Devices: (volumeDevices)", text, T(@"^ +Devices:$"));

        // Env.
        yield return new("env", "Environment: <none>", text, T(@"^ +Environment: +<none>$"));
        yield return new("env", "plain value", text, p => p.Containers().Any(c => Pair.Arr(c["env"]).Any(e => e["value"] is JsonValue v && v.GetValue<string>().Length > 0 && !v.GetValue<string>().Contains('\n', StringComparison.Ordinal))));
        yield return new("env", "empty value", both, p => p.Containers().Any(c => Pair.Arr(c["env"]).Any(e => e["valueFrom"] is null && string.IsNullOrEmpty(e["value"]?.GetValue<string>()))));
        yield return new("env", "multi-line value", both, p => p.Containers().Any(c => Pair.Arr(c["env"]).Any(e => (e["value"]?.GetValue<string>() ?? string.Empty).Contains('\n', StringComparison.Ordinal))));
        yield return new("env", "secretKeyRef", text, T(@"<set to the key '[^']*' in secret '[^']*'>"));
        yield return new("env", "configMapKeyRef", text, T(@"<set to the key '[^']*' of config map '[^']*'>"));
        yield return new("env", "key ref Optional: true", text, T(@"> +Optional: true$"));
        yield return new("env", "key ref Optional: false", text, T(@"> +Optional: false$"));
        yield return new("env", "fieldRef resolved (metadata.name/namespace)", text, T(@": +\S+ \(v1:metadata\.(name|namespace)\)$"));
        yield return new("env", "fieldRef unresolved (status.podIP etc.)", text, T(@":  +\(v1:(status|spec)\.\w+\)$"));
        yield return new("env", "resourceFieldRef", text, T(@"\((limits|requests)\.(cpu|memory|ephemeral-storage)\)$"));
        yield return new("env", "resourceFieldRef -> node allocatable", text, T(@"node allocatable \(limits\.(cpu|memory)\)$"));
        yield return new("env", "resourceFieldRef with divisor", json, p => p.Containers().Any(c => Pair.Arr(c["env"]).Any(e => (e["valueFrom"]?["resourceFieldRef"]?["divisor"]?.GetValue<string>() ?? "0") != "0")));
        yield return new("env", "Environment Variables from:", text, T(@"^ +Environment Variables from:$"));
        yield return new("env", "envFrom ConfigMap", text, T(@"\bConfigMap( with prefix '[^']*')? +Optional: (true|false)$"));
        yield return new("env", "envFrom Secret", text, T(@"\bSecret( with prefix '[^']*')? +Optional: (true|false)$"));
        yield return new("env", "envFrom with prefix", text, T(@"with prefix '"));

        // Resources.
        yield return new("resources", "Limits:", text, T(@"^ +Limits:$"));
        yield return new("resources", "Requests:", text, T(@"^ +Requests:$"));
        foreach (var r in new[] { "cpu", "memory", "ephemeral-storage", "hugepages-2Mi", "hugepages-1Gi", "nvidia.com/gpu" })
        {
            yield return new("resources", "resource " + r, text, T(@"^ +" + Regex.Escape(r) + @": +\S"));
        }

        yield return new("resources", "pod-level Resources: (spec.resources)", text, T(@"^Resources:$"));
        foreach (var (name, re) in new[] { ("milli (100m)", @"^\d+m$"), ("decimal fraction (0.5)", @"^\d*\.\d+$"), ("binary suffix (Mi/Gi/Ki)", @"^[\d.]+(Ki|Mi|Gi|Ti)$"), ("decimal suffix (M/G/k)", @"^[\d.]+(k|M|G|T)$"), ("exponent (129e6)", @"^\d+e\d+$"), ("plain integer bytes", @"^\d{6,}$") })
        {
            var rx = new Regex(re, RegexOptions.CultureInvariant);
            yield return new("resources", "quantity format " + name, json, p => p.Containers().Any(c =>
                (c["resources"]?["limits"] as JsonObject ?? []).Concat(c["resources"]?["requests"] as JsonObject ?? []).Any(kv => rx.IsMatch(kv.Value!.GetValue<string>()))));
        }

        // Probes.
        foreach (var (probe, kind) in new[] { ("Liveness", "http-get"), ("Liveness", "tcp-socket"), ("Liveness", "exec"), ("Liveness", "grpc"), ("Readiness", "http-get"), ("Readiness", "tcp-socket"), ("Readiness", "exec"), ("Readiness", "grpc"), ("Startup", "http-get"), ("Startup", "tcp-socket"), ("Startup", "exec"), ("Startup", "grpc") })
        {
            yield return new("probes", probe + ": " + kind, text, T(@"^ +" + probe + ": +" + kind + " "));
        }

        yield return new("probes", "http-get with host", text, T(@"http-get https?://[^:/\[]+:"));
        yield return new("probes", "http-get https", text, T(@"http-get https://"));
        yield return new("probes", "http-get named port", text, T(@"http-get https?://[^ ]*:[a-z][a-z0-9-]*/"));
        yield return new("probes", "grpc with empty service (double space)", text, T(@"grpc <pod>:\d+  delay="));
        yield return new("probes", "exec multi-word command", text, T(@"exec \[\S+ \S+"));
        yield return new("probes", "non-default timings", text, T(@"delay=\d+s timeout=(?!1s)\d+s|period=(?!10s)\d+s|#success=(?!1 )\d+|#failure=(?!3$)\d+$"));
        yield return new("probes", "default timings", text, T(@"delay=0s timeout=1s period=10s #success=1 #failure=3$"));
        yield return new("probes", "httpHeaders", json, p => p.Containers().Any(c => ProbeFields.Any(k => c[k]?["httpGet"]?["httpHeaders"] is not null)));

        // Mounts.
        yield return new("mounts", "Mounts: <none>", text, T(@"^ +Mounts: +<none>$"));
        yield return new("mounts", "mount (ro)", text, T(@" from \S+ \(ro"));
        yield return new("mounts", "mount (rw)", text, T(@" from \S+ \(rw"));
        yield return new("mounts", "mount subPath path=\"...\"", text, T(@" from \S+ \(r[ow],path="""));
        yield return new("mounts", "subPathExpr", json, p => p.Containers().Any(c => Pair.Arr(c["volumeMounts"]).Any(m => m["subPathExpr"] is not null)));
        yield return new("mounts", "mountPropagation", json, p => p.Containers().Any(c => Pair.Arr(c["volumeMounts"]).Any(m => m["mountPropagation"] is not null)));

        // Volumes.
        yield return new("volumes", "Volumes: <none>", text, T(@"^Volumes: +<none>$"));
        foreach (var v in new[] { "HostPath", "EmptyDir", "GCEPersistentDisk", "AWSElasticBlockStore", "GitRepo", "Secret", "ConfigMap", "NFS", "ISCSI", "Glusterfs", "PersistentVolumeClaim", "EphemeralVolume", "RBD", "Quobyte", "DownwardAPI", "AzureDisk", "vSphereVolume", "Cinder", "PhotonPersistentDisk", "PortworxVolume", "ScaleIO", "CephFS", "StorageOS", "FC", "AzureFile", "FlexVolume", "Flocker", "Projected", "CSI", "Image" })
        {
            yield return new("volumes", "Type: " + v, text, T(@"^ +Type: +" + v + " \\("));
        }

        yield return new("volumes", "EmptyDir Medium: Memory", text, T(@"^ +Medium: +Memory$"));
        yield return new("volumes", "EmptyDir SizeLimit set", text, T(@"^ +SizeLimit: +\d"));
        yield return new("volumes", "HostPathType: <none>", text, T(@"^ +HostPathType: +<none>$"));
        yield return new("volumes", "HostPathType: set", text, T(@"^ +HostPathType: +[A-Z]\w+$"));
        yield return new("volumes", "HostPathType: empty string", text, T(@"^ +HostPathType: *$"));
        yield return new("volumes", "Projected TokenExpirationSeconds", text, T(@"TokenExpirationSeconds: +\d+"));
        yield return new("volumes", "Projected ConfigMapOptional <nil>", text, T(@"ConfigMapOptional: +<nil>"));
        yield return new("volumes", "Projected optional printed as a pointer (0xc...)", text, T(@"(ConfigMapOptional|SecretOptionalName): +0x[0-9a-f]+"));
        yield return new("volumes", "Projected DownwardAPI: true", text, T(@"DownwardAPI: +true"));
        yield return new("volumes", "ConfigMap/Secret Optional: true", text, T(@"^ +Optional: +true$"));
        yield return new("volumes", "PersistentVolumeClaim ReadOnly: true", text, T(@"ClaimName: +\S+\n +ReadOnly: +true"));
        yield return new("volumes", "CSI VolumeAttributes", text, T(@"VolumeAttributes: +\w+="));
        yield return new("volumes", "configMap items/defaultMode", json, p => p.Volumes().Any(v => v["configMap"]?["items"] is not null));

        // Pod header.
        foreach (var phase in new[] { "Pending", "Running", "Succeeded", "Failed", "Unknown" })
        {
            yield return new("pod", "Status: " + phase, text, T(@"^Status: +" + phase + "$"));
        }

        yield return new("pod", "Status: Terminating (lasts <duration>)", text, T(@"^Status: +Terminating \(lasts \d"));
        yield return new("pod", "Status: Terminating (lasts <invalid>)", text, T(@"^Status: +Terminating \(lasts <invalid>\)"));
        yield return new("pod", "Termination Grace Period:", text, T(@"^Termination Grace Period: +\d+s$"));
        yield return new("pod", "Reason: (pod)", text, T(@"^Reason: +\S"));
        yield return new("pod", "Reason: Evicted", text, T(@"^Reason: +Evicted$"));
        yield return new("pod", "Message: (pod)", text, T(@"^Message: +\S"));
        yield return new("pod", "NominatedNodeName:", text, T(@"^NominatedNodeName: +\S"));
        yield return new("pod", "Node: <none>", text, T(@"^Node: +<none>$"));
        yield return new("pod", "Node: name/hostIP", text, T(@"^Node: +\S+/\d"));
        yield return new("pod", "Node: name/ (no hostIP)", text, T(@"^Node: +\S+/$"));
        yield return new("pod", "Start Time:", text, T(@"^Start Time: +\w{3}, "));
        yield return new("pod", "IP: empty", text, T(@"^IP: *$"));
        yield return new("pod", "IPs: <none>", text, T(@"^IPs: +<none>$"));
        yield return new("pod", "IPs: dual-stack", text, T(@"^IPs:\n +IP: +\S+\n +IP: +[0-9a-f:]+$"));
        yield return new("pod", "hostIPs dual-stack", json, p => p.Pods.Any(x => (x["status"]?["hostIPs"] as JsonArray)?.Count > 1));
        yield return new("pod", "Priority:", text, T(@"^Priority: +\d+$"));
        yield return new("pod", "Priority: negative", text, T(@"^Priority: +-\d+$"));
        yield return new("pod", "Priority Class Name:", text, T(@"^Priority Class Name: +\S"));
        yield return new("pod", "no Priority line", text, p => p.Kind == "pod" && !p.Text.Contains("\nPriority:", StringComparison.Ordinal));
        yield return new("pod", "Runtime Class Name:", text, T(@"^Runtime Class Name: +\S"));
        yield return new("pod", "Service Account:", text, T(@"^Service Account: +\S"));
        yield return new("pod", "no Service Account line", text, p => p.Kind == "pod" && !p.Text.Contains("\nService Account:", StringComparison.Ordinal));
        yield return new("pod", "SeccompProfile (pod)", text, T(@"^SeccompProfile: +\w+"));
        yield return new("pod", "terminationGracePeriodSeconds", json, p => p.Pods.Any(x => x["spec"]?["terminationGracePeriodSeconds"] is not null));
        yield return new("pod", "securityContext (pod, non-empty)", json, p => p.Pods.Any(x => (x["spec"]?["securityContext"] as JsonObject)?.Count > 0));
        foreach (var owner in new[] { "ReplicaSet", "StatefulSet", "DaemonSet", "Job", "Node" })
        {
            yield return new("pod", "Controlled By: " + owner, text, T(@"^Controlled By: +" + owner + "/"));
        }

        yield return new("pod", "owner that is not the controller (no Controlled By)", both, p => p.Kind == "pod" && p.Pods[0]["metadata"]?["ownerReferences"] is JsonArray && !p.Text.Contains("Controlled By:", StringComparison.Ordinal));
        yield return new("pod", "Labels: <none>", text, T(@"^Labels: +<none>$"));
        yield return new("pod", "Labels: several", text, T(@"^Labels: +\S+=.*\n +\S+=.*\n +\S+="));
        yield return new("pod", "label with empty value", both, p => p.Pods.Any(x => (x["metadata"]?["labels"] as JsonObject ?? []).Any(kv => kv.Value!.GetValue<string>().Length == 0)));
        yield return new("pod", "Annotations: <none>", text, T(@"^Annotations: +<none>$"));
        yield return new("pod", "annotation one", text, T(@"^Annotations: +\S+: .*\n(?! )"));
        yield return new("pod", "annotation multi-line value", both, p => p.Pods.Any(x => (x["metadata"]?["annotations"] as JsonObject ?? []).Any(kv => kv.Key != "kubectl.kubernetes.io/last-applied-configuration" && kv.Value!.GetValue<string>().TrimEnd('\n').Contains('\n', StringComparison.Ordinal))));
        yield return new("pod", "annotation long value (wrapped/shortened '...')", text, T(@"^ +.{138}\.\.\.$"));
        yield return new("pod", "annotation value with spaces and '='", text, T(@": value with spaces = and an equals sign"));
        yield return new("pod", "annotation value with a tab", both, p => p.Pods.Any(x => (x["metadata"]?["annotations"] as JsonObject ?? []).Any(kv => kv.Value!.GetValue<string>().Contains('\t', StringComparison.Ordinal))));
        yield return new("pod", "last-applied-configuration (hidden by kubectl)", json, p => p.Pods.Any(x => x["metadata"]?["annotations"]?["kubectl.kubernetes.io/last-applied-configuration"] is not null));
        yield return new("pod", "Conditions:", text, T(@"^Conditions:\n +Type +Status$"));
        yield return new("pod", "condition PodReadyToStartContainers", text, T(@"^ +PodReadyToStartContainers +(True|False) *$"));
        yield return new("pod", "condition DisruptionTarget", text, T(@"^ +DisruptionTarget +True *$"));
        yield return new("pod", "condition status Unknown", text, T(@"^ +Ready +Unknown *$"));
        yield return new("pod", "condition without lastTransitionTime", json, p => p.Pods.Any(x => Pair.Arr(x["status"]?["conditions"]).Any(c => c["lastTransitionTime"] is null)));
        yield return new("pod", "condition with reason and message", json, p => p.Pods.Any(x => Pair.Arr(x["status"]?["conditions"]).Any(c => c["reason"] is not null && c["message"] is not null)));
        yield return new("pod", "Readiness Gates:", text, T(@"^Readiness Gates:\n +Type +Status$"));
        yield return new("pod", "readiness gate with no condition (<none>)", text, T(@"^Readiness Gates:\n +Type +Status\n( +\S+ +\S+ *\n)* +\S+ +<none> *$"));
        yield return new("pod", "QoS Class: Guaranteed", text, T(@"^QoS Class: +Guaranteed$"));
        yield return new("pod", "QoS Class: Burstable", text, T(@"^QoS Class: +Burstable$"));
        yield return new("pod", "QoS Class: BestEffort", text, T(@"^QoS Class: +BestEffort$"));
        yield return new("pod", "qosClass absent (kubectl computes it)", json, p => p.Pods.Any(x => x["status"]?["qosClass"] is null));
        yield return new("pod", "Node-Selectors: <none>", text, T(@"^Node-Selectors: +<none>$"));
        yield return new("pod", "Node-Selectors: several", text, T(@"^Node-Selectors: +\S+=\S*\n +\S+="));
        yield return new("pod", "Tolerations: <none>", text, T(@"^Tolerations: +<none>$"));
        yield return new("pod", "toleration op=Exists (no key: tolerates all)", text, T(@"^(Tolerations:)? +op=Exists$"));
        yield return new("pod", "toleration key op=Exists", text, T(@"\S:(NoExecute|NoSchedule) op=Exists"));
        yield return new("pod", "toleration key=value:effect", text, T(@"^(Tolerations:)? +\S+=\S+:No\w+$"));
        yield return new("pod", "toleration without effect", both, p => p.Pods.Any(x => Pair.Arr(x["spec"]?["tolerations"]).Any(t => t["effect"] is null)));
        yield return new("pod", "toleration for Ns (tolerationSeconds)", text, T(@" for \d+s$"));
        yield return new("pod", "Topology Spread Constraints:", text, T(@"^Topology Spread Constraints: +\S+:(DoNotSchedule|ScheduleAnyway) when max skew"));
        yield return new("pod", "multiple topology spread constraints", text, T(@"^Topology Spread Constraints: +.*\n +\S+:(DoNotSchedule|ScheduleAnyway)"));
        yield return new("pod", "deletionTimestamp", json, p => p.Pods.Any(x => x["metadata"]?["deletionTimestamp"] is not null));

        // Events.
        yield return new("events", "Events: <none>", text, T(@"^Events: +<none>$"));
        yield return new("events", "Events table", text, T(@"^Events:\n +Type +Reason +Age +From +Message$"));
        yield return new("events", "Warning event", text, T(@"^ +Warning +\S+ "));
        yield return new("events", "(xN over T) aggregated", text, T(@"\(x\d+ over [^)]+\)"));
        yield return new("events", "count >= 100", text, T(@"\(x\d{3,} over"));
        yield return new("events", "event age <invalid> (stamped in the future)", text, T(@"^ +(Normal|Warning) +\S+ +<invalid> "));
        yield return new("events", "event age <unknown> (no time at all)", text, T(@"^ +(Normal|Warning) +\S+ +<unknown> "));
        foreach (var reason in new[] { "Scheduled", "Pulling", "Pulled", "Created", "Started", "Killing", "BackOff", "Unhealthy", "FailedMount", "FailedScheduling", "FailedCreatePodSandBox", "Failed", "OOMKilling", "Evicted", "InspectFailed", "ErrImageNeverPull", "FailedAttachVolume", "SuccessfulAttachVolume", "Preempted", "NodeNotReady", "TaintManagerEviction", "SandboxChanged", "DNSConfigForming", "NetworkNotReady", "ExceededGracePeriod", "FailedKillPod", "ProbeWarning", "NotTriggerScaleUp" })
        {
            yield return new("events", "reason " + reason, text, T(@"^ +(Normal|Warning) +" + reason + " "));
        }

        yield return new("events", "From: kubelet", text, T(@"^ +(Normal|Warning) +\S+ +.+ +kubelet +"));
        yield return new("events", "From: default-scheduler", text, T(@"  default-scheduler  "));
        yield return new("events", "events.k8s.io shape (eventTime, no timestamps)", json, p => p.Events.Any(e => e["eventTime"] is JsonValue && e["lastTimestamp"] is null));
        yield return new("events", "series (x N over T from series)", json, p => p.Events.Any(e => e["series"] is not null));
        yield return new("events", "reportingComponent only (empty source)", json, p => p.Events.Any(e => S(e, "source.component").Length == 0 && S(e, "reportingComponent").Length > 0));
        yield return new("events", "neither source nor reportingComponent (empty From)", json, p => p.Events.Any(e => S(e, "source.component").Length == 0 && S(e, "reportingComponent").Length == 0));
        yield return new("events", "fieldPath spec.containers{...}", json, p => p.Events.Any(e => S(e, "involvedObject.fieldPath").StartsWith("spec.containers{", StringComparison.Ordinal)));
        yield return new("events", "fieldPath spec.initContainers{...}", json, p => p.Events.Any(e => S(e, "involvedObject.fieldPath").StartsWith("spec.initContainers{", StringComparison.Ordinal)));
        yield return new("events", "fieldPath spec.ephemeralContainers{...}", json, p => p.Events.Any(e => S(e, "involvedObject.fieldPath").StartsWith("spec.ephemeralContainers{", StringComparison.Ordinal)));
        yield return new("events", "multi-line event message", both, p => p.Events.Any(e => S(e, "message").Trim().Contains('\n', StringComparison.Ordinal)));
        yield return new("events", "30 events", both, p => p.Events.Count >= 30);

        // Output as a whole.
        yield return new("all kinds", "time zone UTC (+0000)", text, p => p.TimeZone == "UTC" && Regex.IsMatch(p.Text, @"\d\d:\d\d:\d\d \+0000"));
        yield return new("all kinds", "time zone with non-zero offset", text, p => p.TimeZone != "UTC" && Regex.IsMatch(p.Text, @"\d\d:\d\d:\d\d [+-](?!0000)\d{4}"));
        yield return new("all kinds", "non-ASCII text", text, p => p.Text.Any(ch => ch > 127));
        yield return new("pods", "multi-pod capture (describe pods -n NS)", text, p => p.Kind == "pods");

        // Nodes.
        yield return new("node", "Roles: <none>", text, T(@"^Roles: +<none>$"));
        yield return new("node", "Roles: set", text, T(@"^Roles: +[a-z]"));
        yield return new("node", "Taints: <none>", text, T(@"^Taints: +<none>$"));
        yield return new("node", "Taints: several", text, T(@"^Taints: +\S+\n +\S+:"));
        yield return new("node", "Unschedulable: true", text, T(@"^Unschedulable: +true$"));
        yield return new("node", "Lease: HolderIdentity", text, T(@"^Lease:\n +HolderIdentity: +\S"));
        yield return new("node", "Lease: AcquireTime <unset>", text, T(@"AcquireTime: +<unset>"));
        yield return new("node", "Lease: Failed to get lease", text, T(@"^Lease: +Failed to get lease"));
        yield return new("node", "Conditions: Ready True", text, T(@"^ +Ready +True "));
        yield return new("node", "Conditions: Ready Unknown/False", text, T(@"^ +Ready +(Unknown|False) "));
        yield return new("node", "Conditions: zero heartbeat time", text, T(@"Mon, 01 Jan 0001"));
        yield return new("node", "Addresses: ExternalIP", text, T(@"^ +ExternalIP: +\S"));
        yield return new("node", "Addresses: IPv6 InternalIP", text, T(@"^ +InternalIP: +[0-9a-f]+:"));
        yield return new("node", "Capacity: nvidia.com/gpu", text, T(@"^ +nvidia\.com/gpu: +\d"));
        yield return new("node", "ProviderID:", text, T(@"^ProviderID: +\S"));
        yield return new("node", "PodCIDRs: dual-stack", text, T(@"^PodCIDRs: +\S+,\S+"));
        yield return new("node", "Kube-Proxy Version: empty", text, T(@"^ +Kube-Proxy Version: *$"));
        yield return new("node", "Non-terminated Pods: (0 in total)", text, T(@"^Non-terminated Pods: +\(0 in total\)"));
        yield return new("node", "Non-terminated Pods: several", text, T(@"^Non-terminated Pods: +\(([2-9]|\d\d+) in total\)"));
        yield return new("node", "Allocated resources hugepages row", text, T(@"^ +hugepages-2Mi +\S+ \(\d+%\)"));
        yield return new("node", "Allocated resources extended resource row", text, T(@"^ +nvidia\.com/gpu +\d+ +\d+$"));
        yield return new("node", "Events: <none>", text, T(@"^Events: +<none>$"));
        yield return new("node", "events by kubelet and by node-controller", text, T(@"node-controller"));

        // PVCs.
        foreach (var s in new[] { "Bound", "Pending", "Lost" })
        {
            yield return new("pvc", "Status: " + s, text, T(@"^Status: +" + s + "$"));
        }

        yield return new("pvc", "Status: Terminating", text, T(@"^Status: +Terminating \(lasts"));
        yield return new("pvc", "StorageClass: empty", text, T(@"^StorageClass: *$"));
        yield return new("pvc", "Volume: empty (unbound)", text, T(@"^Volume: *$"));
        yield return new("pvc", "Used By: <none>", text, T(@"^Used By: +<none>$"));
        yield return new("pvc", "Used By: pods", text, T(@"^Used By: +[a-z0-9]"));
        yield return new("pvc", "VolumeMode: Block", text, T(@"^VolumeMode: +Block$"));
        yield return new("pvc", "DataSource:", text, T(@"^DataSource:\n"));
        yield return new("pvc", "Conditions:", text, T(@"^Conditions:\n +Type +Status +LastProbeTime"));
        yield return new("pvc", "Finalizers: [kubernetes.io/pvc-protection]", text, T(@"^Finalizers: +\[kubernetes\.io/pvc-protection\]$"));
        yield return new("pvc", "Finalizers: []", text, T(@"^Finalizers: +\[\]$"));
        foreach (var reason in new[] { "ProvisioningFailed", "WaitForFirstConsumer", "ExternalProvisioning", "ProvisioningSucceeded", "FailedBinding", "ClaimLost", "VolumeResizeFailed" })
        {
            yield return new("pvc", "event " + reason, text, T(@"^ +(Normal|Warning) +" + reason + " "));
        }

        yield return new("pvc", "Events: <none>", text, T(@"^Events: +<none>$"));
    }
}
