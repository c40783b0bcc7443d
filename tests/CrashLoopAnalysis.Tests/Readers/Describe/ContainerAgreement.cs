using k8s.Models;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>Compares the containers and container statuses describe prints with the JSON's.</summary>
internal sealed class ContainerAgreement(PodAgreement a)
{
    public void All(string list, IList<V1Container>? expected, IList<V1ContainerStatus>? expectedStatus, IList<V1Container>? read, IList<V1ContainerStatus>? readStatus)
    {
        a.Same($"spec.{list}.names", PodAgreement.Join(expected?.Select(c => c.Name)), PodAgreement.Join(read?.Select(c => c.Name)));
        foreach (var e in expected ?? [])
        {
            var r = read?.FirstOrDefault(c => c.Name == e.Name);
            if (r is null)
            {
                continue;
            }

            var path = $"spec.{list}[{e.Name}]";
            One(path, e, r);
            var es = expectedStatus?.FirstOrDefault(s => s.Name == e.Name);
            var rs = readStatus?.FirstOrDefault(s => s.Name == e.Name);
            a.Same($"{path}.status", es is null, rs is null);
            if (es is not null && rs is not null)
            {
                Status(path, es, rs);
            }
        }
    }

    private void One(string path, V1Container e, V1Container r)
    {
        a.Text($"{path}.image", e.Image, r.Image);
        a.Same($"{path}.ports", PodAgreement.Join(e.Ports?.Select(Port)), PodAgreement.Join(r.Ports?.Select(Port)));
        a.Same($"{path}.command", PodAgreement.Join(Lines(e.Command)), PodAgreement.Join(Lines(r.Command)));
        a.Same($"{path}.args", PodAgreement.Join(Lines(e.Args)), PodAgreement.Join(Lines(r.Args)));
        a.Same($"{path}.resources.limits", Quantities(e.Resources?.Limits), Quantities(r.Resources?.Limits));
        a.Same($"{path}.resources.requests", Quantities(e.Resources?.Requests), Quantities(r.Resources?.Requests));
        a.Text($"{path}.securityContext.seccompProfile.type", e.SecurityContext?.SeccompProfile?.Type, r.SecurityContext?.SeccompProfile?.Type);
        a.Same($"{path}.livenessProbe", Probe(e.LivenessProbe), Probe(r.LivenessProbe));
        a.Same($"{path}.readinessProbe", Probe(e.ReadinessProbe), Probe(r.ReadinessProbe));
        a.Same($"{path}.startupProbe", Probe(e.StartupProbe), Probe(r.StartupProbe));
        a.Same($"{path}.envFrom", PodAgreement.Join(e.EnvFrom?.Select(EnvFrom)), PodAgreement.Join(r.EnvFrom?.Select(EnvFrom)));
        a.Same($"{path}.env", PodAgreement.Join(e.Env?.Select(Env)), PodAgreement.Join(r.Env?.Select(Env)));
        a.Same($"{path}.volumeMounts", PodAgreement.Join(e.VolumeMounts?.Select(m => $"{m.MountPath} {m.Name} {m.ReadOnlyProperty == true} {m.SubPath}").Order(StringComparer.Ordinal)),
            PodAgreement.Join(r.VolumeMounts?.Select(m => $"{m.MountPath} {m.Name} {m.ReadOnlyProperty == true} {m.SubPath}").Order(StringComparer.Ordinal)));
        a.Same($"{path}.volumeDevices", PodAgreement.Join(e.VolumeDevices?.Select(d => $"{d.DevicePath} {d.Name}")), PodAgreement.Join(r.VolumeDevices?.Select(d => $"{d.DevicePath} {d.Name}")));
    }

    private void Status(string path, V1ContainerStatus e, V1ContainerStatus r)
    {
        a.Text($"{path}.containerID", e.ContainerID, r.ContainerID);
        a.Text($"{path}.imageID", e.ImageID, r.ImageID);
        a.Same($"{path}.ready", e.Ready, r.Ready);
        a.Same($"{path}.restartCount", e.RestartCount, r.RestartCount);
        a.Same($"{path}.state", State(e.State) ?? "waiting", State(r.State));
        if (e.LastState?.Terminated is not null)
        {
            a.Same($"{path}.lastState", State(e.LastState), State(r.LastState));
        }
    }

    private static string? State(V1ContainerState? s) => s switch
    {
        { Running: { } run } => $"running {run.StartedAt:O}",
        { Terminated: { } t } => $"terminated {t.Reason} [{PodAgreement.ShownMessage(t.Message)}] {t.ExitCode} {(t.Signal is > 0 ? t.Signal : null)} {t.StartedAt:O} {t.FinishedAt:O}",
        { Waiting: { } w } => $"waiting{(string.IsNullOrEmpty(w.Reason) ? "" : " " + w.Reason)}",
        _ => null,
    };

    private static string Port(V1ContainerPort p) => $"{p.ContainerPort}/{p.Protocol} {(p.HostPort is > 0 ? p.HostPort : null)}";

    // kubectl prints one line per line of each argument.
    private static IEnumerable<string?>? Lines(IList<string>? items) => items?.SelectMany(i => i.Split('\n')).Select(l => PodAgreement.Shown(l) ?? string.Empty);

    private static string? Quantities(IDictionary<string, ResourceQuantity>? map) =>
        PodAgreement.Join(map?.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.ToDecimal()}"));

    private static string? Probe(V1Probe? p)
    {
        if (p is null)
        {
            return null;
        }

        var action = p switch
        {
            { HttpGet: { } h } => $"http-get {h.Scheme?.ToLowerInvariant() ?? "http"} {h.Host} {h.Port.Value} {h.Path}",
            { Exec: { } x } => $"exec [{string.Join(' ', x.Command ?? [])}]",
            { TcpSocket: { } t } => $"tcp-socket {t.Host} {t.Port.Value}",
            { Grpc: { } g } => $"grpc {g.Port} {g.Service}",
            _ => "unknown",
        };
        return $"{action} {p.InitialDelaySeconds ?? 0} {p.TimeoutSeconds ?? 0} {p.PeriodSeconds ?? 0} {p.SuccessThreshold ?? 0} {p.FailureThreshold ?? 0}";
    }

    private static string EnvFrom(V1EnvFromSource s) => s.SecretRef is { } sr
        ? $"secret {sr.Name} {s.Prefix} {sr.Optional == true}"
        : $"configmap {s.ConfigMapRef?.Name} {s.Prefix} {s.ConfigMapRef?.Optional == true}";

    private static string Env(V1EnvVar e) => e.ValueFrom switch
    {
        { SecretKeyRef: { } s } => $"{e.Name} secret {s.Name} {s.Key} {s.Optional == true}",
        { ConfigMapKeyRef: { } c } => $"{e.Name} configmap {c.Name} {c.Key} {c.Optional == true}",
        { FieldRef: { } f } => $"{e.Name} field {f.ApiVersion}:{f.FieldPath}",
        { ResourceFieldRef: { } r } => $"{e.Name} resource {r.Resource}",
        null => $"{e.Name}={PodAgreement.Shown(e.Value)}",
        _ => $"{e.Name} other",
    };
}
