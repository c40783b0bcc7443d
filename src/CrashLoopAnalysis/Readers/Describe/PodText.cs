using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads one described pod into a <see cref="V1Pod"/> with the line of every field it shows.</summary>
internal static class PodText
{
    public static void Read(DescribeContext cx, LineRange doc)
    {
        var pod = new V1Pod
        {
            ApiVersion = "v1",
            Kind = "Pod",
            Metadata = new V1ObjectMeta(),
            Spec = new V1PodSpec { Containers = [] },
            Status = new V1PodStatus(),
        };
        var events = cx.Result.Events.Count;
        DescribeSections.ForEach(cx, doc, (cx, pod), static (s, key, i, body) => Section(s.cx, s.pod, key, i, body));
        var about = About(pod);
        for (var e = events; e < cx.Result.Events.Count; e++)
        {
            var involved = cx.Result.Events[e].Event.InvolvedObject;
            involved.Name ??= about.Name;
            involved.NamespaceProperty ??= about.NamespaceProperty;
        }

        cx.Result.Pods.Add(new PodRecord(pod, PodProvenance.Of(cx, doc), cx.Source));
    }

    private static V1ObjectReference About(V1Pod pod) =>
        new() { ApiVersion = "v1", Kind = "Pod", Name = pod.Metadata.Name, NamespaceProperty = pod.Metadata.NamespaceProperty };

    private static void Section(DescribeContext cx, V1Pod pod, string key, int i, LineRange body)
    {
        var lines = cx.Lines;
        lines.TryKey(i, out _, out var value);
        var spec = pod.Spec;
        var status = pod.Status;
        if (IsScalar(key))
        {
            DescribeBlocks.WarnEach(cx, body, "This line under a pod setting could not be read.");
        }

        switch (key)
        {
            case "Name":
                pod.Metadata.Name = value.ToString();
                cx.Field("metadata.name", i);
                break;
            case "Namespace":
                pod.Metadata.NamespaceProperty = cx.Text(value);
                cx.Field("metadata.namespace", i);
                break;
            case "Priority" when int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var priority):
                spec.Priority = priority;
                cx.Field("spec.priority", i);
                break;
            case "Priority Class Name":
                spec.PriorityClassName = cx.Text(value);
                cx.Field("spec.priorityClassName", i);
                break;
            case "Runtime Class Name":
                spec.RuntimeClassName = cx.Text(value);
                cx.Field("spec.runtimeClassName", i);
                break;
            case "Service Account":
                spec.ServiceAccountName = cx.Text(value);
                cx.Field("spec.serviceAccountName", i);
                break;
            case "Node":
                Node(cx, pod, value, i);
                break;
            case "Start Time" when DescribeTime.TryParse(value, out var started):
                status.StartTime = started;
                cx.Field("status.startTime", i);
                break;
            case "Labels":
                pod.Metadata.Labels = MapText.ReadLabels(cx, i, body, "metadata.labels");
                break;
            case "Annotations":
                pod.Metadata.Annotations = MapText.ReadAnnotations(cx, i, body, "metadata.annotations");
                break;
            case "Status":
                Phase(cx, pod, value, i);
                break;
            case "Termination Grace Period" when long.TryParse(value.TrimEnd('s'), NumberStyles.None, CultureInfo.InvariantCulture, out var grace):
                pod.Metadata.DeletionGracePeriodSeconds = grace;
                cx.Field("metadata.deletionGracePeriodSeconds", i);
                break;
            case "Reason":
                status.Reason = cx.Text(value);
                cx.Field("status.reason", i);
                break;
            case "Message":
                status.Message = WithMore(lines, value, body);
                cx.Field("status.message", i);
                break;
            case "SeccompProfile":
                spec.SecurityContext ??= new V1PodSecurityContext();
                spec.SecurityContext.SeccompProfile = SeccompText.Read(cx, value, body);
                cx.Field("spec.securityContext.seccompProfile.type", i);
                break;
            case "IP":
                status.PodIP = value.IsEmpty ? null : value.ToString();
                cx.Field("status.podIP", i);
                break;
            case "IPs":
                status.PodIPs = PodIps(cx, body);
                break;
            case "Controlled By":
                Owner(cx, pod, value, i);
                break;
            case "NominatedNodeName":
                status.NominatedNodeName = value.ToString();
                cx.Field("status.nominatedNodeName", i);
                break;
            case "Init Containers":
                PodContainers.SetInit(pod, ContainerSection.Read(cx, body, ContainerKind.Init));
                break;
            case "Containers":
                PodContainers.SetRegular(pod, ContainerSection.Read(cx, body, ContainerKind.Regular));
                break;
            case "Ephemeral Containers":
                PodContainers.SetEphemeral(pod, ContainerSection.Read(cx, body, ContainerKind.Ephemeral));
                break;
            case "Readiness Gates":
                spec.ReadinessGates = ConditionsSection.ReadGates(cx, body);
                break;
            case "Conditions":
                status.Conditions = ConditionsSection.ReadConditions(cx, body);
                break;
            case "Volumes":
                spec.Volumes = VolumeSection.Read(cx, i, body);
                break;
            case "QoS Class":
                status.QosClass = value.IsEmpty ? null : cx.Text(value);
                cx.Field("status.qosClass", i);
                break;
            case "Node-Selectors":
                spec.NodeSelector = MapText.ReadLabels(cx, i, body, "spec.nodeSelector");
                break;
            case "Tolerations":
                spec.Tolerations = TolerationText.Read(cx, i, body);
                break;
            case "Events":
                EventsSection.Read(cx, i, body, About(pod));
                break;
            default:
                // Headings of other kubectl versions (Image(s), Replication Controllers, Created By, ...) and the
                // topology spread constraints carry nothing the diagnosis reads.
                break;
        }
    }

    private static bool IsScalar(string key) => key is "Name" or "Namespace" or "Priority" or "Priority Class Name" or "Runtime Class Name"
        or "Service Account" or "Node" or "Start Time" or "Status" or "Termination Grace Period" or "Reason" or "IP" or "Controlled By" or "NominatedNodeName" or "QoS Class";

    private static void Node(DescribeContext cx, V1Pod pod, ReadOnlySpan<char> value, int i)
    {
        if (value.IsEmpty || value.SequenceEqual("<none>"))
        {
            return;
        }

        var slash = value.LastIndexOf('/');
        pod.Spec.NodeName = cx.Text((slash < 0 ? value : value[..slash]));
        cx.Field("spec.nodeName", i);
        if (slash >= 0 && slash + 1 < value.Length)
        {
            pod.Status.HostIP = cx.Text(value[(slash + 1)..]);
            cx.Field("status.hostIP", i);
        }
    }

    private static void Phase(DescribeContext cx, V1Pod pod, ReadOnlySpan<char> value, int i)
    {
        if (value.StartsWith("Terminating"))
        {
            // A pod being deleted: kubectl shows how long instead of the phase, and the deletion time is not shown.
            return;
        }

        pod.Status.Phase = cx.Text(value);
        cx.Field("status.phase", i);
    }

    private static void Owner(DescribeContext cx, V1Pod pod, ReadOnlySpan<char> value, int i)
    {
        var slash = value.IndexOf('/');
        if (slash <= 0)
        {
            cx.Warn(i, "Controlled By is not 'Kind/name'.");
            return;
        }

        var name = value[(slash + 1)..].ToString();
        pod.Metadata.OwnerReferences = [new V1OwnerReference { Kind = cx.Text(value[..slash]), Name = name, Controller = true, ApiVersion = null!, Uid = null! }];
        cx.Field(new FieldPath("metadata.ownerReferences", name, Tail: "kind"), i);
        cx.Field(new FieldPath("metadata.ownerReferences", name, Tail: "name"), i);
    }

    private static List<V1PodIP>? PodIps(DescribeContext cx, LineRange body)
    {
        var lines = cx.Lines;
        List<V1PodIP>? list = null;
        for (var i = body.Start; i < body.End; i++)
        {
            if (!lines.IsBlank(i) && lines.TryKey(i, out var key, out var ip) && key.SequenceEqual("IP"))
            {
                cx.Field(new FieldPath("status.podIPs", Index: list?.Count ?? 0, Tail: "ip"), i);
                (list ??= []).Add(new V1PodIP { Ip = ip.ToString() });
            }
        }

        return list;
    }

    private static string WithMore(DescribeLines lines, ReadOnlySpan<char> value, LineRange body)
    {
        var text = value.ToString();
        for (var i = body.Start; i < body.End; i++)
        {
            text = string.Concat(text, "\n", lines.Content(i));
        }

        return text;
    }
}
