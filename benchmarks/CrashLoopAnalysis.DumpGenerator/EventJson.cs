using System.Globalization;
using System.Text.Json;

namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>Writes the events kubelet records for a pod, in the shape of <c>kubectl get events -o json</c>, with kubelet's wording.</summary>
internal static class EventJson
{
    public static void WriteFor(Utf8JsonWriter w, GeneratedPod pod, string uid, string ip, DateTime created, int restarts)
    {
        var last = created.AddMinutes(Math.Max(1, restarts) * 5);
        switch (pod.Cause)
        {
            case CrashCause.None:
                if (uid[0] < '4')
                {
                    Write(w, pod, uid, "Normal", "Pulled", $"Container image \"registry.example.com/{pod.Namespace}/{pod.Deployment}\" already present on machine", 1, created, created);
                    Write(w, pod, uid, "Normal", "Started", "Started container app", 1, created, created);
                }

                return;
            case CrashCause.MissingSecret:
                Write(w, pod, uid, "Warning", "Failed", $"Error: secret \"{pod.Detail}\" not found", restarts + 12, created, last);
                return;
            case CrashCause.CommandNotFound:
                Write(w, pod, uid, "Warning", "Failed", "Error: failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: exec: \"/app/serve\": executable file not found in $PATH: unknown", restarts + 1, created, last);
                break;
            case CrashCause.LivenessKilled:
                Write(w, pod, uid, "Warning", "Unhealthy", $"Liveness probe failed: Get \"http://{ip}:8080/healthz\": context deadline exceeded (Client.Timeout exceeded while awaiting headers)", restarts * 3, created, last);
                Write(w, pod, uid, "Normal", "Killing", "Container app failed liveness probe, will be restarted", restarts, created, last);
                break;
            default:
                break;
        }

        Write(w, pod, uid, "Warning", "BackOff", $"Back-off restarting failed container app in pod {pod.Name}_{pod.Namespace}({uid})", restarts * 4, created, last);
    }

    private static void Write(Utf8JsonWriter w, GeneratedPod pod, string uid, string type, string reason, string message, int count, DateTime first, DateTime last)
    {
        w.WriteStartObject();
        w.WriteString("kind", "Event");
        w.WriteString("apiVersion", "v1");
        w.WriteStartObject("metadata");
        w.WriteString("name", $"{pod.Name}.{(uint)HashCode.Combine(uid, reason):x8}{(uint)reason.GetHashCode(StringComparison.Ordinal) % 0xFFFF:x4}");
        w.WriteString("namespace", pod.Namespace);
        w.WriteString("creationTimestamp", Time(first));
        w.WriteEndObject();
        w.WriteStartObject("involvedObject");
        w.WriteString("kind", "Pod");
        w.WriteString("namespace", pod.Namespace);
        w.WriteString("name", pod.Name);
        w.WriteString("uid", uid);
        w.WriteString("apiVersion", "v1");
        if (reason != "Pulled" && reason != "Started")
        {
            w.WriteString("fieldPath", "spec.containers{app}");
        }

        w.WriteEndObject();
        w.WriteString("reason", reason);
        w.WriteString("message", message);
        w.WriteStartObject("source");
        w.WriteString("component", "kubelet");
        w.WriteEndObject();
        w.WriteString("firstTimestamp", Time(first));
        w.WriteString("lastTimestamp", Time(last));
        w.WriteNumber("count", count);
        w.WriteString("type", type);
        w.WriteString("reportingComponent", "kubelet");
        w.WriteEndObject();
    }

    private static string Time(DateTime t) => t.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
