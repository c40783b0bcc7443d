using System.Globalization;
using System.Text.Json;

namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>Writes one pod in the shape <c>kubectl get pods -o json</c> prints (the fields a real PodList holds).</summary>
internal static class PodJson
{
    public static void Write(Utf8JsonWriter w, GeneratedPod pod, string uid, string node, string ip, DateTime created, int restarts)
    {
        var image = $"registry.example.com/{pod.Namespace}/{pod.Deployment}:1.{pod.Name.Length % 9}.{pod.Name[^1] % 5}";
        var hash = pod.Name[(pod.Deployment.Length + 1)..pod.Name.LastIndexOf('-')];
        w.WriteStartObject();
        w.WriteString("kind", "Pod");
        w.WriteString("apiVersion", "v1");
        w.WriteStartObject("metadata");
        w.WriteString("name", pod.Name);
        w.WriteString("generateName", pod.Name[..(pod.Name.LastIndexOf('-') + 1)]);
        w.WriteString("namespace", pod.Namespace);
        w.WriteString("uid", uid);
        w.WriteString("resourceVersion", (created.Ticks % 9_000_000).ToString(CultureInfo.InvariantCulture));
        w.WriteString("creationTimestamp", created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteStartObject("labels");
        w.WriteString("app.kubernetes.io/name", pod.Deployment);
        w.WriteString("pod-template-hash", hash);
        w.WriteEndObject();
        w.WriteStartArray("ownerReferences");
        w.WriteStartObject();
        w.WriteString("apiVersion", "apps/v1");
        w.WriteString("kind", "ReplicaSet");
        w.WriteString("name", $"{pod.Deployment}-{hash}");
        w.WriteString("uid", $"{uid[..8]}-rs00-4000-8000-{uid[^12..]}");
        w.WriteBoolean("controller", true);
        w.WriteBoolean("blockOwnerDeletion", true);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();

        w.WriteStartObject("spec");
        w.WriteStartArray("volumes");
        w.WriteStartObject();
        w.WriteString("name", "kube-api-access-" + uid[..5]);
        w.WriteStartObject("projected");
        w.WriteNumber("defaultMode", 420);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("containers");
        w.WriteStartObject();
        w.WriteString("name", "app");
        w.WriteString("image", image);
        w.WriteStartArray("command");
        w.WriteStringValue(pod.Cause == CrashCause.CommandNotFound ? "/app/serve" : "/app/server");
        w.WriteEndArray();
        w.WriteStartArray("ports");
        w.WriteStartObject();
        w.WriteString("name", "http");
        w.WriteNumber("containerPort", 8080);
        w.WriteString("protocol", "TCP");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteStartArray("env");
        Env(w, "DATABASE_HOST", $"postgres.{pod.Namespace}.svc.cluster.local");
        Env(w, "DATABASE_PORT", "5432");
        if (pod.Cause == CrashCause.MissingSecret)
        {
            w.WriteStartObject();
            w.WriteString("name", "DATABASE_PASSWORD");
            w.WriteStartObject("valueFrom");
            w.WriteStartObject("secretKeyRef");
            w.WriteString("name", pod.Detail);
            w.WriteString("key", "password");
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartObject("resources");
        w.WriteStartObject("limits");
        w.WriteString("cpu", "500m");
        w.WriteString("memory", pod.Cause == CrashCause.OomKilled ? "256Mi" : "512Mi");
        w.WriteEndObject();
        w.WriteStartObject("requests");
        w.WriteString("cpu", "100m");
        w.WriteString("memory", "128Mi");
        w.WriteEndObject();
        w.WriteEndObject();
        Probe(w, "livenessProbe", pod.Cause == CrashCause.LivenessKilled ? 1 : 5);
        Probe(w, "readinessProbe", 5);
        w.WriteString("terminationMessagePath", "/dev/termination-log");
        w.WriteString("terminationMessagePolicy", "File");
        w.WriteString("imagePullPolicy", "IfNotPresent");
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("restartPolicy", "Always");
        w.WriteNumber("terminationGracePeriodSeconds", 30);
        w.WriteString("dnsPolicy", "ClusterFirst");
        w.WriteString("serviceAccountName", "default");
        w.WriteString("nodeName", node);
        w.WriteString("schedulerName", "default-scheduler");
        w.WriteEndObject();

        Status(w, pod, uid, node, ip, created, restarts, image);
        w.WriteEndObject();
    }

    private static void Status(Utf8JsonWriter w, GeneratedPod pod, string uid, string node, string ip, DateTime created, int restarts, string image)
    {
        var failing = pod.Cause != CrashCause.None;
        var started = created.AddSeconds(4);
        w.WriteStartObject("status");
        w.WriteString("phase", pod.Cause == CrashCause.MissingSecret ? "Pending" : "Running");
        w.WriteStartArray("conditions");
        foreach (var (type, ok) in new[] { ("Initialized", true), ("Ready", !failing), ("ContainersReady", !failing), ("PodScheduled", true) })
        {
            w.WriteStartObject();
            w.WriteString("type", type);
            w.WriteString("status", ok ? "True" : "False");
            w.WriteString("lastTransitionTime", started.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            if (!ok)
            {
                w.WriteString("reason", "ContainersNotReady");
                w.WriteString("message", "containers with unready status: [app]");
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteString("hostIP", $"192.168.{node[^1] % 4}.{10 + (node[^1] % 40)}");
        w.WriteString("podIP", ip);
        w.WriteString("startTime", created.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        w.WriteStartArray("containerStatuses");
        w.WriteStartObject();
        w.WriteString("name", "app");
        w.WriteStartObject("state");
        if (!failing)
        {
            w.WriteStartObject("running");
            w.WriteString("startedAt", started.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteEndObject();
        }
        else
        {
            w.WriteStartObject("waiting");
            w.WriteString("reason", pod.Cause == CrashCause.MissingSecret ? "CreateContainerConfigError" : "CrashLoopBackOff");
            w.WriteString("message", pod.Cause == CrashCause.MissingSecret
                ? $"secret \"{pod.Detail}\" not found"
                : $"back-off 5m0s restarting failed container=app pod={pod.Name}_{pod.Namespace}({uid})");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("lastState");
        if (pod.Cause is not CrashCause.None and not CrashCause.MissingSecret)
        {
            var (code, reason) = pod.Cause switch
            {
                CrashCause.OomKilled => (137, "OOMKilled"),
                CrashCause.CommandNotFound => (127, "ContainerCannotRun"),
                CrashCause.LivenessKilled => (137, "Error"),
                _ => (1, "Error"),
            };
            w.WriteStartObject("terminated");
            w.WriteNumber("exitCode", code);
            w.WriteString("reason", reason);
            if (pod.Cause == CrashCause.CommandNotFound)
            {
                w.WriteString("message", "failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/serve\": executable file not found in $PATH: unknown");
            }

            w.WriteString("startedAt", started.AddMinutes(restarts * 5).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteString("finishedAt", started.AddMinutes(restarts * 5).AddSeconds(pod.Cause == CrashCause.LivenessKilled ? 45 : 3).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            w.WriteString("containerID", $"containerd://{uid.Replace("-", string.Empty, StringComparison.Ordinal)}{uid.Replace("-", string.Empty, StringComparison.Ordinal)}");
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteBoolean("ready", !failing);
        w.WriteNumber("restartCount", restarts);
        w.WriteString("image", image);
        w.WriteString("imageID", $"{image.Split(':')[0]}@sha256:{uid.Replace("-", string.Empty, StringComparison.Ordinal)}{uid.Replace("-", string.Empty, StringComparison.Ordinal)}");
        w.WriteBoolean("started", !failing);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteString("qosClass", "Burstable");
        w.WriteEndObject();
    }

    private static void Env(Utf8JsonWriter w, string name, string value)
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("value", value);
        w.WriteEndObject();
    }

    private static void Probe(Utf8JsonWriter w, string name, int timeout)
    {
        w.WriteStartObject(name);
        w.WriteStartObject("httpGet");
        w.WriteString("path", "/healthz");
        w.WriteNumber("port", 8080);
        w.WriteString("scheme", "HTTP");
        w.WriteEndObject();
        w.WriteNumber("initialDelaySeconds", 5);
        w.WriteNumber("timeoutSeconds", timeout);
        w.WriteNumber("periodSeconds", 10);
        w.WriteNumber("successThreshold", 1);
        w.WriteNumber("failureThreshold", 3);
        w.WriteEndObject();
    }
}
