using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>
/// Records (served events, real <c>kubectl get events</c> table) pairs: for a few namespaces
/// <c>get events -n NS</c> and <c>-o wide</c>, and for the whole cluster <c>get events -A</c> and <c>-A -o wide</c>.
/// kubectl asks the stub for a server-side Table (<see cref="EventTable"/>); the pair keeps the plain EventList of
/// the same request, fetched right after, as <c>events.json</c>, kubectl's stdout as <c>table.txt</c> and the run's
/// facts as <c>meta.json</c>.
/// </summary>
internal static class EventTablesRecorder
{
    public static int Run(RecorderOptions o, int namespaces)
    {
        var now = o.Now ?? DateTimeOffset.FromUnixTimeSeconds(DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        var factory = new ClusterFactory(o.Seed, now);
        factory.Build(o.Count, 0, 0, 0);
        Recorder.ClearPairs(o.OutDir);

        var temp = Path.Combine(Path.GetTempPath(), "event-tables-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(temp);
        try
        {
            using var server = new StubApiServer(factory.Cluster);
            server.Start();
            var kubeconfig = Path.Combine(temp, "kubeconfig");
            File.WriteAllText(kubeconfig, Recorder.Kubeconfig(server.BaseUrl));
            var kubectl = new Kubectl(o.KubectlPath, temp);
            var version = kubectl.ClientVersion();
            using var http = new HttpClient { BaseAddress = new Uri(server.BaseUrl) };
            var chosen = factory.Cluster.AllEvents().Select(e => Json.Str(e, "metadata.namespace")).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).Take(namespaces);
            var plans = chosen.SelectMany(ns => new[] { (Short(ns), new[] { "-n", ns }), (Short(ns) + "-wide", new[] { "-n", ns, "-o", "wide" }) })
                .Append(("all-namespaces", ["-A"])).Append(("all-namespaces-wide", ["-A", "-o", "wide"]));
            var failures = 0;
            foreach (var (name, args) in plans)
            {
                server.TakeLog();
                var result = kubectl.Run(["get", "events", .. args, "--kubeconfig", kubeconfig], "UTC", TimeSpan.FromSeconds(60));
                var log = server.TakeLog();
                var table = log.LastOrDefault(r => r.Route == "event-table");
                if (result.ExitCode != 0 || result.Stderr.Length > 0 || result.Stdout.Length == 0 || table is null || log.Any(r => r.Status != 200))
                {
                    Console.Error.WriteLine($"FAILED {name}: exit {result.ExitCode}, stderr: {result.Stderr.Trim()}");
                    failures++;
                    continue;
                }

                var events = http.GetByteArrayAsync(table.PathAndQuery).GetAwaiter().GetResult();
                var meta = new JsonObject
                {
                    ["kind"] = "events-table",
                    ["renderedAt"] = result.StartedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                    ["kubectlVersion"] = version,
                    ["command"] = Json.Strings(["kubectl", "get", "events", .. args, "--kubeconfig", "<kubeconfig>"]),
                    ["seed"] = o.Seed,
                    ["requests"] = Json.Strings(log.Select(r => $"{r.Method} {r.PathAndQuery} {r.Status}")),
                };
                var dir = Path.Combine(o.OutDir, name);
                Directory.CreateDirectory(dir);
                File.WriteAllBytes(Path.Combine(dir, "events.json"), events);
                File.WriteAllBytes(Path.Combine(dir, "table.txt"), result.Stdout);
                File.WriteAllBytes(Path.Combine(dir, "meta.json"), Json.SerializePretty(meta));
                Console.WriteLine($"recorded {name}");
            }

            return failures == 0 ? 0 : 1;
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static string Short(string s) => new([.. s.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-')]);
}
