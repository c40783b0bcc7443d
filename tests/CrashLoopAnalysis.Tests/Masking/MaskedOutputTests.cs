using System.Text;
using System.Text.Json.Nodes;
using CrashLoopAnalysis.Sources;
using CrashLoopAnalysis.Tests.Cli;

namespace CrashLoopAnalysis.Tests.Masking;

/// <summary>Real-looking secrets in a pod's env and in its log reach no report format, no parse output and no warning.</summary>
public sealed class MaskedOutputTests
{
    private static readonly string[] Secrets = ["Hunter2-Pod-Secret", "Url-Secret-9", "Log-Secret-7", "Bearer-Secret-5", "AKIAIOSFODNN7EXAMPLE", "Yaml-Secret-3"];

    private const string Log = "connecting to postgres://app:Log-Secret-7@db:5432/orders with key AKIAIOSFODNN7EXAMPLE\n"
        + "GET /api Authorization: Bearer Bearer-Secret-5\n"
        + "FATAL: could not connect to postgres://app:Log-Secret-7@db:5432/orders: connection refused\n";

    [Fact]
    public void No_report_format_shows_a_secret_and_log_evidence_is_held_masked()
    {
        var source = DumpSource.Combine(
            DumpSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(PodWithSecrets())), "pod.json"),
            DumpSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(Log)), "app.log"));

        var dump = DiagnosisEngine.Default.Read(source);
        var diagnosis = DiagnosisEngine.Default.Diagnose(dump);

        Assert.NotEmpty(diagnosis.Pods);
        foreach (var format in new[] { ReportFormat.Text, ReportFormat.Markdown, ReportFormat.Json })
        {
            var report = DiagnosisReport.ToString(diagnosis, format);
            Assert.All(Secrets, s => Assert.DoesNotContain(s, report, StringComparison.Ordinal));
        }

        // The log's lines are evidence detectors may cite: they are held masked.
        var evidence = dump.Pods.SelectMany(p => p.Logs).SelectMany(l => l.Digest.Tail).Select(e => e.Text).ToList();
        Assert.Contains("FATAL: could not connect to postgres://app:***@db:5432/orders: connection refused", evidence);
        Assert.Contains("GET /api Authorization: Bearer ***", evidence);
        Assert.All(Secrets, s => Assert.DoesNotContain(evidence, e => e.Contains(s, StringComparison.Ordinal)));
    }

    [Fact]
    public void Warnings_never_show_a_secret()
    {
        var yaml = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n  annotations: {password: Yaml-Secret-3, [bad\n";

        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(Encoding.UTF8.GetBytes(yaml)), "pod.yaml"));

        Assert.NotEmpty(diagnosis.Warnings);
        Assert.All(diagnosis.Warnings, w => Assert.DoesNotContain("Yaml-Secret-3", w.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("yaml")]
    public void Parse_masks_secret_env_values_and_keeps_secret_references(string format)
    {
        var path = Path.Combine(Path.GetTempPath(), $"crashloop-secrets-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, PodWithSecrets());
        try
        {
            var (exit, stdout, stderr) = CrashloopProcess.Run("parse", path, "--format", format);

            Assert.Equal(0, exit);
            Assert.All(Secrets, s => Assert.DoesNotContain(s, stdout + stderr, StringComparison.Ordinal));
            Assert.Contains("secretKeyRef", stdout, StringComparison.Ordinal);
            Assert.Contains("db-credentials", stdout, StringComparison.Ordinal);
            Assert.Contains("LOG_LEVEL", stdout, StringComparison.Ordinal);
            Assert.Contains("debug", stdout, StringComparison.Ordinal);
            Assert.Contains("postgres://app:***@db:5432/x", stdout, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A captured crash-looping pod given env values a careless manifest would hold, and the same in its last-applied annotation.</summary>
    private static string PodWithSecrets()
    {
        var pod = JsonNode.Parse(File.ReadAllText(Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json")))!["items"]![0]!;
        var env = new JsonArray(
            new JsonObject { ["name"] = "DB_PASSWORD", ["value"] = "Hunter2-Pod-Secret" },
            new JsonObject { ["name"] = "DATABASE_URL", ["value"] = "postgres://app:Url-Secret-9@db:5432/x" },
            new JsonObject { ["name"] = "LOG_LEVEL", ["value"] = "debug" },
            new JsonObject { ["name"] = "API_TOKEN", ["valueFrom"] = new JsonObject { ["secretKeyRef"] = new JsonObject { ["name"] = "db-credentials", ["key"] = "token" } } });
        foreach (var container in pod["spec"]!["containers"]!.AsArray())
        {
            container!["env"] = env.DeepClone();
        }

        pod["metadata"]!["annotations"] = new JsonObject
        {
            ["kubectl.kubernetes.io/last-applied-configuration"] = new JsonObject { ["spec"] = new JsonObject { ["containers"] = new JsonArray(new JsonObject { ["env"] = env.DeepClone() }) } }.ToJsonString(),
        };
        return pod.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }
}
