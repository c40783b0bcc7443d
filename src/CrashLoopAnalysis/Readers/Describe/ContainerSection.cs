using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads the containers of an Init Containers, Containers or Ephemeral Containers section.</summary>
internal static class ContainerSection
{
    public static List<ContainerText> Read(DescribeContext cx, LineRange body, ContainerKind kind)
    {
        var list = new List<ContainerText>();
        DescribeBlocks.ForEachItem(cx.Lines, body, (cx, list, kind), static (s, i, props) => s.list.Add(ReadOne(s.cx, i, props, s.kind)),
            static (s, i) => s.cx.Warn(i, "This line is not part of a container."));
        return list;
    }

    /// <summary>
    /// Reads the properties of one container pasted without its section heading and name line (a capture that
    /// starts at <c>State:</c> or <c>Last State:</c>): the container's name is not known.
    /// </summary>
    public static ContainerText ReadUnnamed(DescribeContext cx, LineRange props, ContainerKind kind)
    {
        var reader = new ContainerReader(cx, string.Empty, $"{kind.SpecList}[]", $"{kind.StatusList}[]");
        DescribeBlocks.ForEachItem(cx.Lines, props, reader, static (r, i, body) => r.Property(i, body),
            static (r, i) => r.Cx.Warn(i, "This line of the container is not a Key: value line."));
        return new ContainerText(reader.Spec, reader.Status);
    }

    /// <summary>Whether <paramref name="key"/> is a key kubectl prints under a container's name.</summary>
    public static bool IsPropertyKey(ReadOnlySpan<char> key) => key is "Container ID" or "Image" or "Image ID" or "Port" or "Ports"
        or "Host Port" or "Host Ports" or "Command" or "Args" or "State" or "Last State" or "Ready" or "Restart Count" or "Limits"
        or "Requests" or "Liveness" or "Readiness" or "Startup" or "Environment" or "Environment Variables from" or "Mounts";

    private static ContainerText ReadOne(DescribeContext cx, int header, LineRange props, ContainerKind kind)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out var key, out var rest);
        var name = cx.Text(key);
        if (!rest.IsEmpty)
        {
            cx.Warn(header, "A container's name line has text after the name.");
        }

        var reader = new ContainerReader(cx, name, $"{kind.SpecList}[{name}]", $"{kind.StatusList}[{name}]");
        cx.Field(new FieldPath(reader.SpecPath, Tail: "name"), header);
        DescribeBlocks.ForEachItem(lines, props, reader, static (r, i, body) => r.Property(i, body),
            static (r, i) => r.Cx.Warn(i, "This line under a container name is not a Key: value line."));
        return new ContainerText(reader.Spec, reader.Status);
    }

    private sealed class ContainerReader(DescribeContext cx, string name, string specPath, string statusPath)
    {
        private List<V1ContainerPort>? _ports;
        private V1ContainerState? _lastState;
        private string? _lastStatePath;

        public DescribeContext Cx { get; } = cx;

        public string SpecPath { get; } = specPath;

        public V1Container Spec { get; } = new() { Name = name };

        public V1ContainerStatus? Status { get; private set; }

        private V1ContainerStatus St => Status ??= new V1ContainerStatus { Name = Spec.Name };

        public void Property(int i, LineRange body)
        {
            var lines = Cx.Lines;
            lines.TryKey(i, out var key, out var value);
            if (!HasBody(key))
            {
                DescribeBlocks.WarnEach(Cx, body, "This line under a container setting could not be read.");
            }

            switch (key)
            {
                case "Container ID":
                    St.ContainerID = NullIfEmpty(value);
                    Field(statusPath, "containerID", i);
                    break;
                case "Image":
                    Spec.Image = Cx.Text(value);
                    Field(SpecPath, "image", i);
                    break;
                case "Image ID":
                    St.ImageID = Cx.Text(value);
                    Field(statusPath, "imageID", i);
                    break;
                case "Port" or "Ports":
                    _ports = PortText.ReadPorts(value);
                    Spec.Ports = _ports;
                    for (var p = 0; p < (_ports?.Count ?? 0); p++)
                    {
                        Cx.Field(new FieldPath(string.Concat(SpecPath, ".ports"), Index: p, Tail: "containerPort"), i);
                    }

                    break;
                case "Host Port" or "Host Ports":
                    PortText.ReadHostPorts(value, _ports);
                    break;
                case "SeccompProfile":
                    Spec.SecurityContext ??= new V1SecurityContext();
                    Spec.SecurityContext.SeccompProfile = SeccompText.Read(Cx, value, body);
                    Field(SpecPath, "securityContext.seccompProfile.type", i);
                    break;
                case "Command":
                    Spec.Command = Items(i, body, "command");
                    break;
                case "Args":
                    Spec.Args = Items(i, body, "args");
                    break;
                case "State":
                    St.State = ContainerStateText.Read(Cx, i, body, $"{statusPath}.state");
                    (_lastState, _lastStatePath) = (St.State, ContainerStateText.PathOf(St.State, $"{statusPath}.state"));
                    break;
                case "Last State":
                    St.LastState = ContainerStateText.Read(Cx, i, body, $"{statusPath}.lastState");
                    (_lastState, _lastStatePath) = (St.LastState, ContainerStateText.PathOf(St.LastState, $"{statusPath}.lastState"));
                    break;
                case "Reason" or "Exit Code" or "Message" or "Signal" or "Started" or "Finished":
                    // The poster lost the indentation of a state's lines: they belong to the last state read.
                    if (_lastState is null || !ContainerStateText.Apply(Cx, _lastState, key, value, i, _lastStatePath!))
                    {
                        Cx.Warn(i, $"'{key}' is not indented under State or Last State; it was not read.");
                    }

                    break;
                case "Ready":
                    St.Ready = value.SequenceEqual("True");
                    Field(statusPath, "ready", i);
                    break;
                case "Restart Count" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var restarts):
                    St.RestartCount = restarts;
                    Field(statusPath, "restartCount", i);
                    break;
                case "Limits" or "Requests":
                    ReadResources(key.SequenceEqual("Limits"), body);
                    break;
                case "Liveness":
                    Spec.LivenessProbe = ProbeText.Read(Cx, value, i, $"{SpecPath}.livenessProbe");
                    break;
                case "Readiness":
                    Spec.ReadinessProbe = ProbeText.Read(Cx, value, i, $"{SpecPath}.readinessProbe");
                    break;
                case "Startup":
                    Spec.StartupProbe = ProbeText.Read(Cx, value, i, $"{SpecPath}.startupProbe");
                    break;
                case "Environment Variables from":
                    Spec.EnvFrom = EnvironmentText.ReadSources(Cx, body, $"{SpecPath}.envFrom");
                    break;
                case "Environment":
                    Spec.Env = EnvironmentText.ReadVariables(Cx, i, body, $"{SpecPath}.env");
                    break;
                case "Mounts":
                    Spec.VolumeMounts = MountText.ReadMounts(Cx, body, $"{SpecPath}.volumeMounts");
                    break;
                case "Devices":
                    Spec.VolumeDevices = MountText.ReadDevices(Cx, body, $"{SpecPath}.volumeDevices");
                    break;
                default:
                    // Keys of other kubectl versions (Restart Count alone, Image(s), QoS Tier...) are left out.
                    break;
            }
        }

        private static bool HasBody(ReadOnlySpan<char> key) => key is "SeccompProfile" or "Command" or "Args" or "State" or "Last State" or "Limits" or "Requests"
            or "Environment Variables from" or "Environment" or "Mounts" or "Devices";

        private List<string> Items(int header, LineRange body, string field)
        {
            var lines = Cx.Lines;
            var items = new List<string>();
            var indent = lines.Indent(header);
            var listPath = string.Concat(SpecPath, ".", field);
            for (var i = body.Start; i < body.End; i++)
            {
                if (lines.IsBlank(i) && lines.RawIndent(i) <= indent)
                {
                    continue;
                }

                // Items are printed two columns in; more blanks than that belong to the item.
                Cx.Field(new FieldPath(listPath, Index: items.Count), i);
                var extra = lines.RawIndent(i) - indent - 2;
                items.Add(extra > 0 ? string.Concat(new string(' ', extra), lines.Content(i)) : lines.Content(i).ToString());
            }

            return items;
        }

        private void ReadResources(bool limits, LineRange body)
        {
            var lines = Cx.Lines;
            Spec.Resources ??= new V1ResourceRequirements();
            var map = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
            var resourcesPath = string.Concat(SpecPath, limits ? ".resources.limits" : ".resources.requests");
            for (var i = body.Start; i < body.End; i++)
            {
                if (lines.IsBlank(i))
                {
                    continue;
                }

                if (!lines.TryKey(i, out var name, out var value) || !QuantityText.TryRead(value, out var quantity))
                {
                    Cx.Warn(i, "This resource line is not 'name: quantity'.");
                    continue;
                }

                var n = Cx.Text(name);
                map[n] = quantity;
                Cx.Field(new FieldPath(resourcesPath, Tail: n), i);
            }

            if (limits)
            {
                Spec.Resources.Limits = map;
            }
            else
            {
                Spec.Resources.Requests = map;
            }
        }

        private void Field(string basePath, string field, int i) => Cx.Field(new FieldPath(basePath, Tail: field), i);

        private static string? NullIfEmpty(ReadOnlySpan<char> value) => value.IsEmpty ? null : value.ToString();
    }
}
