using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>
/// Generates a troubleshoot-layout support bundle: per namespace a PodList and an EventList, a NodeList, and per
/// container <c>cluster-resources/pods/logs/NS/POD/app.log</c> (plus <c>app-previous.log</c> for failing pods).
/// Pods belong to deployments (through ReplicaSets); whole deployments fail, with one cause each.
/// </summary>
public static class BundleGenerator
{
    private const string Root = "support-bundle/";
    private static readonly CrashCause[] Causes = [CrashCause.OomKilled, CrashCause.CommandNotFound, CrashCause.DependencyRefused, CrashCause.MissingSecret, CrashCause.LivenessKilled];
    private static readonly string[] Words = ["checkout", "cart", "payments", "catalog", "search", "users", "orders", "shipping", "email", "ledger", "quotes", "ads", "reviews", "auth", "images"];

    /// <summary>Writes a bundle into <paramref name="sink"/> and returns the ground truth of every pod.</summary>
    /// <param name="sink">Where the files go.</param>
    /// <param name="options">What to generate.</param>
    /// <returns>Every pod with its cause.</returns>
    public static IReadOnlyList<GeneratedPod> Generate(IBundleSink sink, GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(sink);
        ArgumentNullException.ThrowIfNull(options);
        var random = new Random(options.Seed);
        var pods = Plan(options, random);
        var start = new DateTime(2024, 3, 11, 8, 0, 0, DateTimeKind.Utc);
        sink.Write(Root + "version.yaml", "apiVersion: troubleshoot.sh/v1beta2\nkind: SupportBundle\nspec:\n  versionNumber: v0.50.0\n"u8);
        var nodes = Math.Max(3, options.Pods / 100);
        WriteNodes(sink, nodes, start);
        var log = new StringBuilder(options.LogBytesPerPod + 4096);
        foreach (var ns in pods.GroupBy(p => p.Namespace))
        {
            var list = new ArrayBufferWriter<byte>(1 << 20);
            var events = new ArrayBufferWriter<byte>(1 << 16);
            using (var w = new Utf8JsonWriter(list, new JsonWriterOptions { Indented = true }))
            using (var e = new Utf8JsonWriter(events, new JsonWriterOptions { Indented = true }))
            {
                Open(w, "PodList");
                Open(e, "EventList");
                foreach (var pod in ns)
                {
                    var uid = Guid(random);
                    var node = $"node-{random.Next(nodes):000}";
                    var ip = $"10.244.{random.Next(64)}.{random.Next(2, 254)}";
                    var created = start.AddMinutes(-random.Next(60, 6000));
                    var restarts = pod.Cause is CrashCause.None or CrashCause.MissingSecret ? 0 : random.Next(5, 200);
                    PodJson.Write(w, pod, uid, node, ip, created, restarts);
                    EventJson.WriteFor(e, pod, uid, ip, created, restarts);
                    WriteLogs(sink, pod, log, random, options.LogBytesPerPod, created);
                }

                Close(w);
                Close(e);
            }

            sink.Write($"{Root}cluster-resources/pods/{ns.Key}.json", list.WrittenSpan);
            sink.Write($"{Root}cluster-resources/events/{ns.Key}.json", events.WrittenSpan);
        }

        return pods;
    }

    private static List<GeneratedPod> Plan(GeneratorOptions options, Random random)
    {
        var deployments = new List<(string Ns, int NsIndex, string Name, int Replicas)>();
        var namespaces = Math.Max(1, options.Pods / 500);
        var total = 0;
        for (var i = 0; total < options.Pods; i++)
        {
            var nsIndex = i % namespaces;
            var replicas = Math.Min(options.Pods - total, random.Next(2, 13));
            deployments.Add(($"team-{nsIndex:00}", nsIndex, $"{Words[i % Words.Length]}-{(i / Words.Length):00}", replicas));
            total += replicas;
        }

        var failing = (int)Math.Round(options.Pods * options.CrashShare);
        var order = Enumerable.Range(0, deployments.Count).OrderBy(_ => random.Next()).ToList();
        var causeOf = new CrashCause[deployments.Count];
        var k = 0;
        foreach (var d in order)
        {
            if (failing <= 0)
            {
                break;
            }

            causeOf[d] = Causes[k++ % Causes.Length];
            failing -= deployments[d].Replicas;
        }

        var pods = new List<GeneratedPod>(options.Pods);
        for (var d = 0; d < deployments.Count; d++)
        {
            var (ns, nsIndex, name, replicas) = deployments[d];
            var hash = Suffix(random, 10, "bcdfghjklmnpqrstvwxz2456789");
            var detail = causeOf[d] switch
            {
                CrashCause.DependencyRefused => $"10.96.{nsIndex}.17:5432",
                CrashCause.MissingSecret => "db-credentials",
                _ => null,
            };
            for (var r = 0; r < replicas; r++)
            {
                pods.Add(new GeneratedPod(ns, $"{name}-{hash}-{Suffix(random, 5, "bcdfghjklmnpqrstvwxz2456789")}", name, causeOf[d], detail));
            }
        }

        return [.. pods.OrderBy(p => p.Namespace, StringComparer.Ordinal).ThenBy(p => p.Name, StringComparer.Ordinal)];
    }

    private static void WriteLogs(IBundleSink sink, GeneratedPod pod, StringBuilder log, Random random, int bytes, DateTime created)
    {
        var folder = $"{Root}cluster-resources/pods/logs/{pod.Namespace}/{pod.Name}/";
        if (pod.Cause is CrashCause.MissingSecret or CrashCause.CommandNotFound)
        {
            // The container never started: kubectl logs has nothing, and the bundle holds an empty log.
            sink.Write(folder + "app.log", []);
            return;
        }

        log.Clear();
        if (pod.Cause == CrashCause.None)
        {
            LogText.Healthy(log, random, bytes, created, pod.Deployment);
            sink.Write(folder + "app.log", Encoding.UTF8.GetBytes(log.ToString()));
            return;
        }

        LogText.Startup(log, created, pod.Deployment);
        sink.Write(folder + "app.log", Encoding.UTF8.GetBytes(log.ToString()));
        log.Clear();
        LogText.Startup(log, created, pod.Deployment);
        LogText.Healthy(log, random, bytes / 2, created, pod.Deployment);
        if (pod.Cause == CrashCause.DependencyRefused)
        {
            log.Clear();
            LogText.Startup(log, created, pod.Deployment);
            var colon = pod.Detail!.LastIndexOf(':');
            LogText.ConnectionRefused(log, pod.Detail[..colon], int.Parse(pod.Detail[(colon + 1)..], CultureInfo.InvariantCulture));
        }

        sink.Write(folder + "app-previous.log", Encoding.UTF8.GetBytes(log.ToString()));
    }

    private static void WriteNodes(IBundleSink sink, int count, DateTime start)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            Open(w, "NodeList");
            for (var i = 0; i < count; i++)
            {
                w.WriteStartObject();
                w.WriteString("kind", "Node");
                w.WriteString("apiVersion", "v1");
                w.WriteStartObject("metadata");
                w.WriteString("name", $"node-{i:000}");
                w.WriteString("creationTimestamp", start.AddDays(-30).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                w.WriteEndObject();
                w.WriteStartObject("status");
                w.WriteStartArray("conditions");
                w.WriteStartObject();
                w.WriteString("type", "Ready");
                w.WriteString("status", "True");
                w.WriteString("reason", "KubeletReady");
                w.WriteString("message", "kubelet is posting ready status");
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
                w.WriteEndObject();
            }

            Close(w);
        }

        sink.Write(Root + "cluster-resources/nodes.json", buffer.WrittenSpan);
    }

    private static void Open(Utf8JsonWriter w, string kind)
    {
        w.WriteStartObject();
        w.WriteString("kind", kind);
        w.WriteString("apiVersion", "v1");
        w.WriteStartObject("metadata");
        w.WriteString("resourceVersion", "458202");
        w.WriteEndObject();
        w.WriteStartArray("items");
    }

    private static void Close(Utf8JsonWriter w)
    {
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Guid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new System.Guid(bytes).ToString();
    }

    private static string Suffix(Random random, int length, string alphabet) =>
        string.Create(length, (random, alphabet), (span, s) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = s.alphabet[s.random.Next(s.alphabet.Length)];
            }
        });
}
