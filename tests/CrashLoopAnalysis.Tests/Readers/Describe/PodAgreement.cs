using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>
/// Compares a pod read from describe text with the pod JSON kubectl rendered it from, field by field, over the
/// fields <c>kubectl describe pod</c> prints, and lists every difference as <c>path: expected | read</c>.
/// </summary>
internal sealed partial class PodAgreement
{
    private readonly List<string> _differences = [];

    public static IReadOnlyList<string> Compare(V1Pod expected, V1Pod read)
    {
        var a = new PodAgreement();
        a.Pod(expected, read);
        return a._differences;
    }

    internal void Same<T>(string path, T expected, T read)
    {
        if (!EqualityComparer<T>.Default.Equals(expected, read))
        {
            _differences.Add($"{path}: {Show(expected)} | {Show(read)}");
        }
    }

    /// <summary>
    /// Compares text as kubectl can show it: its tab writer turns a tab inside a value into alignment blanks, and
    /// blanks at the end of a line cannot be seen.
    /// </summary>
    internal void Text(string path, string? expected, string? read) => Same(path, Shown(expected), Shown(read));

    internal static string? Shown(string? s) =>
        string.IsNullOrEmpty(s) ? null : string.Join("\n", s.TrimEnd().Split('\n').Select(l => l[..(l.Length - l.TrimStart(' ').Length)] + TabRun().Replace(l.TrimStart(' '), " ").TrimEnd())) is { Length: > 0 } t ? t : null;

    /// <summary>
    /// A message as kubectl can show it: its lines after the first go on at column 0, and a tab there is turned
    /// into alignment blanks by kubectl's tab writer, so their leading blanks are not compared.
    /// </summary>
    internal static string? ShownMessage(string? s) =>
        Shown(s) is { } shown ? string.Join("\n", shown.Split('\n').Select((l, i) => i == 0 ? l : l.TrimStart())) : null;

    [System.Text.RegularExpressions.GeneratedRegex(@"[ \t]*\t[ \t]*|  +")]
    private static partial System.Text.RegularExpressions.Regex TabRun();

    private void Pod(V1Pod e, V1Pod r)
    {
        Text("metadata.name", e.Metadata?.Name, r.Metadata?.Name);
        Text("metadata.namespace", e.Metadata?.NamespaceProperty, r.Metadata?.NamespaceProperty);
        Map("metadata.labels", e.Metadata?.Labels, r.Metadata?.Labels);
        Annotations(e.Metadata?.Annotations, r.Metadata?.Annotations);
        var es = e.Spec;
        var rs = r.Spec;
        Same("spec.priority", es.Priority, rs.Priority);
        Text("spec.priorityClassName", es.PriorityClassName, rs.PriorityClassName);
        Text("spec.runtimeClassName", es.RuntimeClassName, rs.RuntimeClassName);
        Text("spec.serviceAccountName", es.ServiceAccountName, rs.ServiceAccountName);
        Text("spec.nodeName", es.NodeName, rs.NodeName);
        Text("spec.securityContext.seccompProfile.type", es.SecurityContext?.SeccompProfile?.Type, rs.SecurityContext?.SeccompProfile?.Type);
        Map("spec.nodeSelector", es.NodeSelector, rs.NodeSelector);
        Same("spec.tolerations", Tolerations(es.Tolerations), Tolerations(rs.Tolerations));
        Same("spec.readinessGates", Join(es.ReadinessGates?.Select(g => g.ConditionType)), Join(rs.ReadinessGates?.Select(g => g.ConditionType)));
        var est = e.Status ?? new V1PodStatus();
        var rst = r.Status;
        if (!string.IsNullOrEmpty(es.NodeName))
        {
            Text("status.hostIP", est.HostIP, rst.HostIP);
        }

        Same("status.startTime", est.StartTime, rst.StartTime);
        if (e.Metadata?.DeletionTimestamp is null || est.Phase is "Failed" or "Succeeded")
        {
            Text("status.phase", est.Phase, rst.Phase);
        }

        Text("status.reason", est.Reason, rst.Reason);
        Text("status.message", est.Message, rst.Message);
        Text("status.podIP", est.PodIP, rst.PodIP);
        Same("status.podIPs", Join(est.PodIPs?.Select(p => p.Ip)), Join(rst.PodIPs?.Select(p => p.Ip)));
        if (!string.IsNullOrEmpty(est.QosClass))
        {
            // Without one in the status, kubectl works the class out itself.
            Text("status.qosClass", est.QosClass, rst.QosClass);
        }
        Text("status.nominatedNodeName", est.NominatedNodeName, rst.NominatedNodeName);
        Same("status.conditions", Join(est.Conditions?.Select(c => $"{c.Type}={c.Status}")), Join(rst.Conditions?.Select(c => $"{c.Type}={c.Status}")));
        var owner = e.Metadata?.OwnerReferences?.FirstOrDefault(o => o.Controller == true);
        var readOwner = r.Metadata?.OwnerReferences?.FirstOrDefault();
        Text("metadata.ownerReferences.controller", owner is null ? null : $"{owner.Kind}/{owner.Name}", readOwner is null ? null : $"{readOwner.Kind}/{readOwner.Name}");
        var containers = new ContainerAgreement(this);
        containers.All("initContainers", es.InitContainers, est.InitContainerStatuses, rs.InitContainers, rst.InitContainerStatuses);
        containers.All("containers", es.Containers, est.ContainerStatuses, rs.Containers, rst.ContainerStatuses);
        containers.All("ephemeralContainers", es.EphemeralContainers?.Select(Regular).ToList(), est.EphemeralContainerStatuses,
            rs.EphemeralContainers?.Select(Regular).ToList(), rst.EphemeralContainerStatuses);
        VolumeAgreement.Compare(this, es.Volumes, rs.Volumes);
    }

    private static V1Container Regular(V1EphemeralContainer c) => new()
    {
        Name = c.Name, Image = c.Image, Command = c.Command, Args = c.Args, Env = c.Env, EnvFrom = c.EnvFrom, Ports = c.Ports,
        Resources = c.Resources, VolumeMounts = c.VolumeMounts, VolumeDevices = c.VolumeDevices, SecurityContext = c.SecurityContext,
        LivenessProbe = c.LivenessProbe, ReadinessProbe = c.ReadinessProbe, StartupProbe = c.StartupProbe,
    };

    internal void Map(string path, IDictionary<string, string>? expected, IDictionary<string, string>? read)
    {
        Same(path, Join(expected?.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")),
            Join(read?.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")));
    }

    private void Annotations(IDictionary<string, string>? expected, IDictionary<string, string>? read)
    {
        // kubectl cuts values longer than 140 characters (with the key) to 137 and '...', line by line.
        // kubectl leaves out the last-applied configuration and cuts long values to a prefix and '...'.
        const string LastApplied = "kubectl.kubernetes.io/last-applied-configuration";
        var keys = expected?.Keys.Where(k => k != LastApplied).Order(StringComparer.Ordinal).ToList();
        Same("metadata.annotations.keys", Join(keys), Join(read?.Keys.Order(StringComparer.Ordinal)));
        foreach (var key in keys ?? [])
        {
            var got = Shown(read?.TryGetValue(key, out var v) == true ? v : null);
            var want = Shown(expected![key].TrimEnd('\n'));
            if (got is not null && want is not null && got.EndsWith("...", StringComparison.Ordinal) && got.Length < want.Length + 3)
            {
                var cut = got.Split('\n');
                var full = want.Split('\n');
                var agree = cut.Length == full.Length && cut.Zip(full).All(p => p.First == p.Second || (p.First.EndsWith("...", StringComparison.Ordinal) && p.Second.StartsWith(p.First[..^3], StringComparison.Ordinal)));
                Same($"metadata.annotations.{key} (shortened)", true, agree);
                continue;
            }

            Same($"metadata.annotations.{key}", want, got);
        }
    }

    private static string? Tolerations(IList<V1Toleration>? list) =>
        Join(list?.Select(t => $"{t.Key}={t.Value}:{t.Effect} {(t.OperatorProperty == "Exists" && string.IsNullOrEmpty(t.Value) ? "Exists" : "")} {t.TolerationSeconds}").Order(StringComparer.Ordinal));

    internal static string? Join(IEnumerable<string?>? items) => items is null ? null : string.Join(" | ", items) is { Length: > 0 } joined ? joined : null;

    private static string? Blank(string? s) => string.IsNullOrEmpty(s) ? null : s;

    private static string Show<T>(T value) => value switch
    {
        null => "(none)",
        DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "(none)",
    };
}
