using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace DescribeRecorder;

/// <summary>Options of a recording run.</summary>
internal sealed record RecorderOptions(
    int Count, int Multi, int Nodes, int Pvcs, ulong Seed, string OutDir, string KubectlPath, DateTimeOffset? Now, bool WriteReadme, int MinCoverage);

/// <summary>Generates the cluster, serves it, runs kubectl for every capture and writes the pairs.</summary>
internal sealed partial class Recorder
{
    private static readonly string[] TimeZones =
    [
        "America/Los_Angeles", "America/New_York", "Europe/Berlin", "Asia/Kolkata", "Asia/Tokyo", "Australia/Adelaide",
        "America/Sao_Paulo", "Asia/Kathmandu", "Pacific/Chatham", "America/St_Johns",
    ];

    private readonly RecorderOptions _o;

    public Recorder(RecorderOptions options)
    {
        _o = options;
    }

    public int Run()
    {
        // Timestamps are generated relative to this moment; kubectl prints ages against its own clock, so every
        // pair also records when it was rendered.
        var now = _o.Now ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var factory = new ClusterFactory(_o.Seed, now);
        factory.Build(_o.Count, _o.Multi, _o.Nodes, _o.Pvcs);
        Console.WriteLine($"generated {factory.Cluster.Pods.Count} pods, {factory.Cluster.Nodes.Count} nodes, {factory.Cluster.Pvcs.Count} PVCs, {factory.Cluster.AllEvents().Count()} events; {factory.Captures.Count} captures");

        ClearPairs(_o.OutDir);

        string temp = Path.Combine(Path.GetTempPath(), "describe-recorder-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(temp);
        try
        {
            using var server = new StubApiServer(factory.Cluster);
            server.Start();
            string kubeconfig = Path.Combine(temp, "kubeconfig");
            File.WriteAllText(kubeconfig, Kubeconfig(server.BaseUrl));
            var kubectl = new Kubectl(_o.KubectlPath, temp);
            string version = kubectl.ClientVersion();
            Console.WriteLine($"stub API server at {server.BaseUrl}; kubectl {version}");

            var failures = new List<string>();
            var counters = new Dictionary<string, int>(StringComparer.Ordinal);
            int index = 0;
            foreach (var capture in factory.Captures)
            {
                index++;
                counters[capture.Kind] = counters.GetValueOrDefault(capture.Kind) + 1;
                string dirName = DirName(capture, counters[capture.Kind]);
                try
                {
                    RecordOne(capture, dirName, index, server, kubectl, kubeconfig, version, now);
                }
                catch (RecordingException ex)
                {
                    failures.Add(dirName + ": " + ex.Message);
                    Console.Error.WriteLine("FAILED " + dirName + ": " + ex.Message);
                }

                if (index % 50 == 0)
                {
                    Console.WriteLine($"  {index}/{factory.Captures.Count}");
                }
            }

            Console.WriteLine($"recorded {factory.Captures.Count - failures.Count} of {factory.Captures.Count} captures into {_o.OutDir}");
            var coverage = Coverage.Compute(_o.OutDir);
            var thin = coverage.Where(c => c.Count < _o.MinCoverage).ToList();
            foreach (var c in thin)
            {
                Console.Error.WriteLine($"coverage below {_o.MinCoverage}: [{c.Group}] {c.Feature} = {c.Count}");
            }

            if (_o.WriteReadme)
            {
                File.WriteAllText(Path.Combine(_o.OutDir, "README.md"), FixtureReadme.Render(_o, version, coverage, factory.Captures.GroupBy(c => c.Kind).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal)), new UTF8Encoding(false));
            }

            if (failures.Count > 0)
            {
                Console.Error.WriteLine($"{failures.Count} capture(s) failed");
                return 1;
            }

            return thin.Count > 0 ? 3 : 0;
        }
        finally
        {
            try
            {
                Directory.Delete(temp, recursive: true);
            }
            catch (IOException)
            {
                // Best effort.
            }
        }
    }

    /// <summary>Creates <paramref name="outDir"/> and deletes the pair folders (those with a meta.json) in it.</summary>
    internal static void ClearPairs(string outDir)
    {
        Directory.CreateDirectory(outDir);
        foreach (var dir in Directory.GetDirectories(outDir).Where(d => File.Exists(Path.Combine(d, "meta.json"))))
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    internal static string Kubeconfig(string server) =>
        "apiVersion: v1\nkind: Config\nclusters:\n- name: stub\n  cluster:\n    server: " + server + "\n" +
        "contexts:\n- name: stub\n  context:\n    cluster: stub\n    user: stub\n    namespace: default\n" +
        "current-context: stub\nusers:\n- name: stub\n  user: {}\n";

    private static string DirName(CapturePlan c, int n) => c.Kind switch
    {
        "pod" => n.ToString("0000", CultureInfo.InvariantCulture) + "-" + Short(c.Label),
        "pods" => Short(c.Namespace),
        "node" => "node-" + n.ToString("00", CultureInfo.InvariantCulture) + "-" + Short(c.Name),
        _ => "pvc-" + n.ToString("00", CultureInfo.InvariantCulture) + "-" + Short(c.Name),
    };

    private static string Short(string s)
    {
        string t = NotNameChars().Replace(s.ToLowerInvariant(), "-").Trim('-', '.');
        return t.Length <= 40 ? t : t[..40].TrimEnd('-', '.');
    }

    [GeneratedRegex("[^a-z0-9.-]+")]
    private static partial Regex NotNameChars();

    private void RecordOne(CapturePlan capture, string dirName, int index, StubApiServer server, Kubectl kubectl, string kubeconfig, string version, DateTimeOffset generatedAt)
    {
        var args = new List<string> { "describe" };
        switch (capture.Kind)
        {
            case "pod":
                args.AddRange(["pod", capture.Name, "-n", capture.Namespace]);
                break;
            case "pods":
                args.AddRange(["pods", "-n", capture.Namespace]);
                break;
            case "node":
                args.AddRange(["node", capture.Name]);
                break;
            default:
                args.AddRange(["pvc", capture.Name, "-n", capture.Namespace]);
                break;
        }

        var tzr = Rng.Derive(_o.Seed, "tz", index);
        string tz = tzr.Chance(0.6) ? "UTC" : tzr.Pick(TimeZones);

        server.TakeLog();
        var result = kubectl.Run([.. args, "--kubeconfig", kubeconfig], tz, TimeSpan.FromSeconds(60));
        var log = server.TakeLog();

        if (result.ExitCode != 0 || result.Stderr.Length > 0)
        {
            throw new RecordingException($"kubectl exit code {result.ExitCode}, stderr: {result.Stderr.Trim()}");
        }

        if (result.Stdout.Length == 0)
        {
            throw new RecordingException("kubectl printed nothing");
        }

        var bad = log.Where(r => r.Route is "unhandled" or "not-found" or "error" || (r.Status != 200 && r.Route != "lease")).ToList();
        if (bad.Count > 0)
        {
            throw new RecordingException("unexpected requests: " + string.Join("; ", bad.Select(b => $"{b.Method} {b.PathAndQuery} -> {b.Status}")));
        }

        byte[]? Last(string route) => log.LastOrDefault(r => r.Route == route && r.Status == 200)?.Body;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        switch (capture.Kind)
        {
            case "pod":
                files["pod.json"] = Last("pod") ?? throw new RecordingException("kubectl never fetched the pod");
                break;
            case "pods":
                files["pods.json"] = Last("pod-list") ?? throw new RecordingException("kubectl never listed the pods");
                break;
            case "node":
                files["node.json"] = Last("node") ?? throw new RecordingException("kubectl never fetched the node");
                files["pods.json"] = Last("pod-list") ?? throw new RecordingException("kubectl never listed the node's pods");
                if (Last("lease") is { } lease)
                {
                    files["lease.json"] = lease;
                }

                break;
            default:
                files["pvc.json"] = Last("pvc") ?? throw new RecordingException("kubectl never fetched the claim");
                files["pods.json"] = Last("pod-list") ?? throw new RecordingException("kubectl never listed the namespace's pods");
                break;
        }

        var eventResponses = log.Where(r => r.Route == "event-list").ToList();
        if (eventResponses.Count == 0)
        {
            throw new RecordingException("kubectl never asked for events");
        }

        files["events.json"] = eventResponses.Count == 1 ? eventResponses[0].Body : MergeEventLists(eventResponses);
        files["describe.txt"] = result.Stdout;

        var commandLine = new List<string> { "kubectl" };
        commandLine.AddRange(args);
        commandLine.AddRange(["--kubeconfig", "<kubeconfig>"]);
        var meta = new JsonObject
        {
            ["kind"] = capture.Kind switch { "pod" => "pod", "pods" => "pods", "node" => "node", _ => "pvc" },
            ["namespace"] = capture.Namespace,
            ["name"] = capture.Name,
            ["renderedAt"] = RenderTime(result.StartedAt),
            ["renderedAtEnd"] = RenderTime(result.FinishedAt),
            ["generatedAt"] = Json.Time(generatedAt),
            ["timeZone"] = tz,
            ["kubectlVersion"] = version,
            ["command"] = Json.Strings(commandLine),
            ["seed"] = _o.Seed,
            ["index"] = index,
            ["requests"] = Json.Strings(log.Select(r => $"{r.Method} {r.PathAndQuery} {r.Status}")),
            ["eventListResponses"] = eventResponses.Count,
        };
        if (capture.Kind == "pod" || capture.Kind == "pods")
        {
            meta["scenarios"] = Json.Strings(PodScenarios(capture, server));
        }

        files["meta.json"] = Json.SerializePretty(meta);

        string dir = Path.Combine(_o.OutDir, dirName);
        Directory.CreateDirectory(dir);
        foreach (var (name, bytes) in files)
        {
            File.WriteAllBytes(Path.Combine(dir, name), bytes);
        }
    }

    private static string RenderTime(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static List<string> PodScenarios(CapturePlan capture, StubApiServer server) =>
        server.Cluster.Pods
            .Where(p => p.Namespace == capture.Namespace && (capture.Kind == "pods" || p.Name == capture.Name))
            .Select(p => p.Scenario)
            .ToList();

    private static byte[] MergeEventLists(List<ServedRequest> responses)
    {
        var items = new JsonArray();
        JsonNode? metadata = null;
        foreach (var r in responses)
        {
            var list = JsonNode.Parse(r.Body)!;
            metadata ??= list["metadata"]?.DeepClone();
            foreach (var i in list["items"]!.AsArray())
            {
                items.Add(i!.DeepClone());
            }
        }

        return Json.Serialize(new JsonObject
        {
            ["kind"] = "EventList",
            ["apiVersion"] = "v1",
            ["metadata"] = metadata ?? new JsonObject(),
            ["items"] = items,
        });
    }
}

/// <summary>A capture that must not be recorded: kubectl failed, or asked for something the stub did not serve.</summary>
internal sealed class RecordingException : Exception
{
    public RecordingException()
    {
    }

    public RecordingException(string message)
        : base(message)
    {
    }

    public RecordingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
