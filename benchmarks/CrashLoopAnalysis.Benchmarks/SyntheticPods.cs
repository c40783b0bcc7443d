using System.Globalization;
using System.Text;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>Builds pod lists in the shape kubectl serves them, a share of them crash-looping.</summary>
internal static class SyntheticPods
{
    private const string Running = """{"running": {"startedAt": "2024-01-01T00:00:00Z"}}""";
    private const string Waiting = """{"waiting": {"reason": "CrashLoopBackOff", "message": "back-off 5m0s restarting failed container=web"}}""";
    private const string Oom = """{"terminated": {"exitCode": 137, "reason": "OOMKilled", "startedAt": "2024-01-01T00:00:00Z", "finishedAt": "2024-01-01T00:10:00Z"}}""";

    public static string PodList(int count, double crashLoopingShare)
    {
        var text = new StringBuilder("{\n  \"apiVersion\": \"v1\",\n  \"kind\": \"PodList\",\n  \"items\": [\n");
        var every = crashLoopingShare <= 0 ? int.MaxValue : (int)Math.Round(1 / crashLoopingShare);
        for (var i = 0; i < count; i++)
        {
            var crashing = i % every == 0;
            var state = crashing ? Waiting : Running;
            var last = crashing ? Oom : "{}";
            var ready = crashing ? "false" : "true";
            var restarts = crashing ? 31 : 0;
            var separator = i + 1 < count ? "," : string.Empty;
            text.Append(CultureInfo.InvariantCulture, $$$"""
                {
                  "apiVersion": "v1", "kind": "Pod",
                  "metadata": {"name": "web-{{{i}}}", "namespace": "shop", "uid": "uid-{{{i}}}", "labels": {"app": "web"}},
                  "spec": {"nodeName": "node-{{{i % 10}}}", "restartPolicy": "Always", "containers": [{"name": "web", "image": "shop/web:1.{{{i % 7}}}",
                    "command": ["/app/server"], "ports": [{"containerPort": 8080}],
                    "resources": {"limits": {"memory": "256Mi", "cpu": "500m"}, "requests": {"memory": "128Mi", "cpu": "100m"}},
                    "env": [{"name": "DB_HOST", "value": "postgres"}, {"name": "DB_PORT", "value": "5432"}],
                    "livenessProbe": {"httpGet": {"path": "/healthz", "port": 8080}, "initialDelaySeconds": 5, "periodSeconds": 10}}]},
                  "status": {"phase": "Running", "podIP": "10.1.{{{i / 250}}}.{{{i % 250}}}",
                    "containerStatuses": [{"name": "web", "image": "shop/web:1.{{{i % 7}}}", "ready": {{{ready}}}, "restartCount": {{{restarts}}},
                      "state": {{{state}}}, "lastState": {{{last}}}}]}
                }{{{separator}}}

                """);
        }

        return text.Append("  ]\n}\n").ToString();
    }
}
