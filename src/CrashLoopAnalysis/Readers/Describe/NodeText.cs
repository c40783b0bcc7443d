using CrashLoopAnalysis.Readers.Tables;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads a described node: labels, taints, conditions, addresses, capacity, allocatable, system info and its events.</summary>
internal static class NodeText
{
    public static void Read(DescribeContext cx, LineRange doc)
    {
        var node = new V1Node { ApiVersion = "v1", Kind = "Node", Metadata = new V1ObjectMeta(), Spec = new V1NodeSpec(), Status = new V1NodeStatus() };
        DescribeSections.ForEach(cx, doc, (cx, node), static (s, key, i, body) => Section(s.cx, s.node, key, i, body));
        cx.Result.Nodes.Add(node);
    }

    private static void Section(DescribeContext cx, V1Node node, string key, int i, LineRange body)
    {
        var lines = cx.Lines;
        lines.TryKey(i, out _, out var value);
        switch (key)
        {
            case "Name":
                node.Metadata.Name = value.ToString();
                break;
            case "Labels":
                node.Metadata.Labels = MapText.ReadLabels(cx, i, body, "metadata.labels");
                break;
            case "Annotations":
                node.Metadata.Annotations = MapText.ReadAnnotations(cx, i, body, "metadata.annotations");
                break;
            case "CreationTimestamp" when DescribeTime.TryParse(value, out var created):
                node.Metadata.CreationTimestamp = created;
                break;
            case "Taints":
                node.Spec.Taints = Taints(lines, value, body);
                break;
            case "Unschedulable":
                node.Spec.Unschedulable = value.SequenceEqual("true") ? true : null;
                break;
            case "Conditions":
                node.Status.Conditions = Conditions(lines, body);
                break;
            case "Addresses":
                node.Status.Addresses = [.. Pairs(lines, body).Select(p => new V1NodeAddress { Type = p.Key, Address = p.Value })];
                break;
            case "Capacity":
                node.Status.Capacity = Quantities(lines, body);
                break;
            case "Allocatable":
                node.Status.Allocatable = Quantities(lines, body);
                break;
            case "System Info":
                node.Status.NodeInfo = SystemInfo(lines, body);
                break;
            case "PodCIDR":
                node.Spec.PodCIDR = value.ToString();
                break;
            case "PodCIDRs":
                node.Spec.PodCIDRs = [.. value.ToString().Split(',', StringSplitOptions.RemoveEmptyEntries)];
                break;
            case "ProviderID":
                node.Spec.ProviderID = value.ToString();
                break;
            case "Events":
                EventsSection.Read(cx, i, body, new V1ObjectReference { Kind = "Node", Name = node.Metadata.Name });
                break;
            default:
                break;
        }
    }

    private static List<V1Taint>? Taints(DescribeLines lines, ReadOnlySpan<char> first, LineRange body)
    {
        if (first.IsEmpty || first.SequenceEqual("<none>"))
        {
            return null;
        }

        var list = new List<V1Taint> { Taint(first) };
        for (var i = body.Start; i < body.End; i++)
        {
            if (!lines.IsBlank(i))
            {
                list.Add(Taint(lines.Content(i)));
            }
        }

        return list;
    }

    private static V1Taint Taint(ReadOnlySpan<char> text)
    {
        var t = TolerationText.Parse(text);
        return new V1Taint { Key = t.Key ?? string.Empty, Value = t.Value, Effect = t.Effect ?? string.Empty };
    }

    private static List<V1NodeCondition> Conditions(DescribeLines lines, LineRange body)
    {
        var list = new List<V1NodeCondition>();
        TextTable? table = null;
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i) || lines.Content(i).StartsWith("----"))
            {
                continue;
            }

            if (table is null)
            {
                table = TextTable.Parse(lines.Content(i));
                continue;
            }

            var cells = table.Split(lines.Content(i), -1);
            string? Cell(string name) => table.Column(name) is var c and >= 0 && cells[c].Length > 0 ? cells[c] : null;
            var condition = new V1NodeCondition { Type = Cell("Type") ?? string.Empty, Status = Cell("Status") ?? string.Empty, Reason = Cell("Reason"), Message = Cell("Message") };
            if (Cell("LastHeartbeatTime") is { } beat && DescribeTime.TryParse(beat, out var heartbeat))
            {
                condition.LastHeartbeatTime = heartbeat;
            }

            if (Cell("LastTransitionTime") is { } moved && DescribeTime.TryParse(moved, out var transition))
            {
                condition.LastTransitionTime = transition;
            }

            list.Add(condition);
        }

        return list;
    }

    private static List<KeyValuePair<string, string>> Pairs(DescribeLines lines, LineRange body)
    {
        var list = new List<KeyValuePair<string, string>>();
        for (var i = body.Start; i < body.End; i++)
        {
            if (!lines.IsBlank(i) && lines.TryKey(i, out var key, out var value))
            {
                list.Add(new(key.ToString(), value.ToString()));
            }
        }

        return list;
    }

    private static Dictionary<string, ResourceQuantity> Quantities(DescribeLines lines, LineRange body)
    {
        var map = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal);
        foreach (var (key, value) in Pairs(lines, body))
        {
            if (QuantityText.TryRead(value, out var q))
            {
                map[key] = q;
            }
        }

        return map;
    }

    private static V1NodeSystemInfo SystemInfo(DescribeLines lines, LineRange body)
    {
        var info = Pairs(lines, body).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
        string Get(string key) => info.TryGetValue(key, out var v) ? v : string.Empty;
        return new V1NodeSystemInfo
        {
            MachineID = Get("Machine ID"),
            SystemUUID = Get("System UUID"),
            BootID = Get("Boot ID"),
            KernelVersion = Get("Kernel Version"),
            OsImage = Get("OS Image"),
            OperatingSystem = Get("Operating System"),
            Architecture = Get("Architecture"),
            ContainerRuntimeVersion = Get("Container Runtime Version"),
            KubeletVersion = Get("Kubelet Version"),
            KubeProxyVersion = Get("Kube-Proxy Version"),
        };
    }
}
