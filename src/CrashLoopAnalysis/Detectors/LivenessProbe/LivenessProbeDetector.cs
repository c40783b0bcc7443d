using System.Collections.Immutable;
using System.Globalization;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using k8s.Models;
using D = CrashLoopAnalysis.Detectors.LivenessProbe.LivenessProbeDescriptors;

namespace CrashLoopAnalysis.Detectors.LivenessProbe;

/// <summary>
/// Unhealthy and Killing events of liveness/startup probes, tied to the probe spec: a port the container does
/// not expose, a path that answers 404, a timeout, a start-up longer than the probe allows.
/// </summary>
internal sealed class LivenessProbeDetector : IPodDetector
{
    public string Name => "liveness-probe";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.ProbeKills, D.WrongPort, D.WrongPath, D.StartsSlowerThanProbe, D.ProbeTimesOut];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var probeEvents = podCase.Events.Where(IsProbeKill).ToList();
        if (probeEvents.Count == 0)
        {
            return;
        }

        // Unhealthy events rarely name their container; when the Killing events name just one, they are its.
        var named = probeEvents.Select(e => PodEvents.ContainerOf(podCase, e)).Where(n => n is not null).Distinct().ToList();
        var fallback = named.Count == 1 ? named[0]! : string.Empty;
        foreach (var group in probeEvents.GroupBy(e => PodEvents.ContainerOf(podCase, e) ?? fallback))
        {
            var c = ContainerFacts.Of(podCase).FirstOrDefault(f => f.Name == group.Key);
            var events = group.ToList();
            var failure = events.LastOrDefault(e => e.Reason == "Unhealthy")?.Message ?? events[^1].Message ?? string.Empty;
            var probe = c?.Spec?.LivenessProbe ?? c?.Spec?.StartupProbe;
            var kind = c?.Spec?.LivenessProbe is not null ? "livenessProbe" : "startupProbe";
            var lines = events.Select(e => (EvidenceLine?)e.Line).ToList();
            var name = c?.Name ?? (group.Key.Length > 0 ? group.Key : null);
            if (c is not null)
            {
                lines.AddRange(TerminationEvidence.Lines(podCase, c));
            }

            var probePort = probe is null || c is null ? null : ProbePort(probe, c);
            var ports = c?.Spec?.Ports?.Select(p => p.ContainerPort).ToList() ?? [];
            var messagePort = PortIn(failure);
            var settings = probe is null ? string.Empty : $" (initialDelaySeconds {probe.InitialDelaySeconds ?? 0}, periodSeconds {probe.PeriodSeconds ?? 10}, timeoutSeconds {probe.TimeoutSeconds ?? 1}, failureThreshold {probe.FailureThreshold ?? 3})";
            var who = name ?? "the container";
            var steps = $"kubectl get pod {podCase.Key.Name ?? "<pod>"}{KubectlSteps.Namespace(podCase.Key)} -o jsonpath='{{.spec.containers[*].{kind}}}'";
            var port = probePort ?? messagePort;
            if (port is not null && ports.Count > 0 && !ports.Contains(port.Value))
            {
                if (probe is not null)
                {
                    lines.Add(ProbeLine(podCase, c!, kind, probe));
                }

                context.Report(D.WrongPort, name, $"The liveness probe of {who} checks port {port}, but the container's ports are {string.Join(", ", ports)}; every check fails and the kubelet restarts it{TerminationEvidence.Times(c!)}.", 0.92, lines, $"liveness probe wrong port {port}", steps);
                continue;
            }

            // The log says where the application listens: a probe on another port is refused every time.
            if (port is not null && ListenPort.Of(podCase, c?.Name ?? name) is { } listen && listen.Port != port.Value && Has(failure, "refused"))
            {
                if (probe is not null)
                {
                    lines.Add(ProbeLine(podCase, c!, kind, probe));
                }

                lines.Add(listen.Line);
                context.Report(D.WrongPort, name, $"The liveness probe of {who} checks port {port}, but its log says it listens on port {listen.Port}; every check is refused and the kubelet restarts it.", 0.88, lines, $"liveness probe wrong port {port}", steps);
                continue;
            }

            if (Has(failure, "statuscode: 404") || Has(failure, "status code 404") || Has(failure, "statuscode: 400"))
            {
                if (c is not null && probe is not null)
                {
                    lines.Add(ProbeLine(podCase, c, kind, probe));
                }

                context.Report(D.WrongPath, name, $"The liveness probe of {who} requests {(probe?.HttpGet?.Path is { } path ? $"`{path}`" : "a path")}, which the application answers with 404; the kubelet keeps restarting it.", 0.92, lines, $"liveness probe 404 {probe?.HttpGet?.Path}", steps);
                continue;
            }

            if (Has(failure, "timed out") || Has(failure, "deadline exceeded") || Has(failure, "Timeout exceeded"))
            {
                context.Report(D.ProbeTimesOut, name, $"The liveness probe of {who} times out{settings}; the kubelet restarts the container.", 0.85, lines, "liveness probe timeout", steps);
                continue;
            }

            var window = probe is null ? (TimeSpan?)null : TimeSpan.FromSeconds((probe.InitialDelaySeconds ?? 0) + ((probe.PeriodSeconds ?? 10) * (probe.FailureThreshold ?? 3)));
            if (c?.RunDuration is { } ran && window is { } w && ran <= w + TimeSpan.FromSeconds(30) && (Has(failure, "connection refused") || Has(failure, "connect:")))
            {
                context.Report(D.StartsSlowerThanProbe, name, $"{name ?? "The container"} is killed {TerminationEvidence.Duration(ran)} after it starts, while it is still starting (nothing listens yet): the probe gives it only {TerminationEvidence.Duration(w)}{settings}.", 0.88, lines, "liveness probe kills during start-up", steps);
                continue;
            }

            context.Report(D.ProbeKills, name, $"The liveness probe of {who} fails ({failure.Trim()}){settings} and the kubelet restarts the container.", c?.Status?.RestartCount > 0 || events.Exists(e => e.Reason == "Killing") ? 0.85 : 0.7, lines, "liveness probe failed", steps);
        }
    }

    private static bool IsProbeKill(EventRecord e)
    {
        var message = e.Message ?? string.Empty;
        return e.Reason is "Unhealthy" && (Has(message, "Liveness probe failed") || Has(message, "Startup probe failed"))
            || string.Equals(e.Reason, "Killing", StringComparison.OrdinalIgnoreCase) && (Has(message, "failed liveness probe") || Has(message, "failed startup probe") || message.StartsWith("Killing ", StringComparison.Ordinal));
    }

    private static int? ProbePort(V1Probe probe, ContainerFacts c)
    {
        var port = probe.HttpGet?.Port ?? probe.TcpSocket?.Port;
        if (port is null)
        {
            return probe.Grpc?.Port;
        }

        var text = port.Value;
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : c.Spec?.Ports?.FirstOrDefault(p => p.Name == text)?.ContainerPort;
    }

    private static EvidenceLine? ProbeLine(PodCase podCase, ContainerFacts c, string kind, V1Probe probe) =>
        podCase.Provenance.Find($"{c.SpecPath}.{kind}.{(probe.HttpGet is not null ? "httpGet" : "tcpSocket")}.port")
        ?? podCase.Provenance.Find($"{c.SpecPath}.{kind}.httpGet.path");

    /// <summary>The port of "dial tcp 10.1.2.3:9999:" or "http://10.1.2.3:9999/path" in a probe message.</summary>
    private static int? PortIn(string message)
    {
        foreach (var marker in new[] { "dial tcp ", "http://", "https://" })
        {
            var at = message.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var rest = message.AsSpan(at + marker.Length);
            var colon = rest.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            var digits = rest[(colon + 1)..];
            var len = 0;
            while (len < digits.Length && char.IsAsciiDigit(digits[len]))
            {
                len++;
            }

            if (len > 0 && int.TryParse(digits[..len], NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                return port;
            }
        }

        return null;
    }

    private static bool Has(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);
}
