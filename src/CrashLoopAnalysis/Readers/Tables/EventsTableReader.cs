using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Describe;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>
/// Reads the text tables of <c>kubectl get events</c>: with or without <c>-A</c> and <c>-o wide</c>, the
/// current columns (<c>LAST SEEN TYPE REASON OBJECT MESSAGE</c>) and the old ones (<c>LASTSEEN FIRSTSEEN COUNT
/// NAME KIND SUBOBJECT TYPE REASON SOURCE MESSAGE</c>). Each row becomes an event citing that row.
/// </summary>
internal static class EventsTableReader
{
    public static void Read(SourceText text, ReadResult result)
    {
        using var lines = new DescribeLines(text.Bytes);
        var header = TableLines.FindHeader(lines, h => h.Contains("REASON", StringComparison.Ordinal) && h.Contains("MESSAGE", StringComparison.Ordinal));
        if (header < 0)
        {
            result.Warn(1, "No 'kubectl get events' header row was found.");
            return;
        }

        var table = TextTable.Parse(lines.Content(header));
        var columns = EventColumns.Of(table);
        var cx = new DescribeContext(lines, result);
        foreach (var i in TableLines.Rows(lines, header))
        {
            var row = lines.Content(i);
            var cells = table.Split(row, columns.Optional);
            var e = EventRowText.ToEvent(cells, columns);
            // A real event may have no message (kube-proxy's node `Starting`), but it always names its object.
            if (string.IsNullOrEmpty(e.Reason) || (string.IsNullOrEmpty(e.Message) && !NamesObject(cells, columns)))
            {
                cx.Warn(i, "This line of the events table is not an event row.");
                continue;
            }

            Involved(e, cells, columns);
            result.Events.Add(new EventRecord(e, cx.Evidence(i)));
        }

        if (lines.CutShort && lines.Count > header + 1)
        {
            cx.Warn(lines.Count - 1, "The table ends in the middle of a line; the rows before it were read.");
        }
    }

    private static bool NamesObject(string[] cells, EventColumns columns) =>
        (columns.Object >= 0 && columns.Object < cells.Length && cells[columns.Object].Contains('/', StringComparison.Ordinal))
        || (columns.Name >= 0 && columns.Name < cells.Length && cells[columns.Name].Length > 0);

    private static void Involved(Corev1Event e, string[] cells, EventColumns columns)
    {
        var involved = e.InvolvedObject;
        if (columns.Namespace >= 0 && cells[columns.Namespace].Length > 0)
        {
            involved.NamespaceProperty = cells[columns.Namespace];
            e.Metadata.NamespaceProperty = involved.NamespaceProperty;
        }

        if (columns.Object >= 0)
        {
            // kind/name, with the kind as a lower-case resource name (pod/web-0, persistentvolumeclaim/data).
            var obj = cells[columns.Object];
            var slash = obj.IndexOf('/', StringComparison.Ordinal);
            involved.Kind = slash > 0 ? KindOf(obj[..slash]) : null;
            involved.Name = slash > 0 ? obj[(slash + 1)..] : obj;
        }
        else if (columns.Kind >= 0 && columns.Name >= 0)
        {
            involved.Kind = cells[columns.Kind];
            involved.Name = cells[columns.Name];
        }
    }

    internal static string KindOf(string resource) => resource switch
    {
        "pod" => "Pod",
        "node" => "Node",
        "persistentvolumeclaim" => "PersistentVolumeClaim",
        "persistentvolume" => "PersistentVolume",
        "replicaset" => "ReplicaSet",
        "deployment" => "Deployment",
        "statefulset" => "StatefulSet",
        "daemonset" => "DaemonSet",
        "job" => "Job",
        "cronjob" => "CronJob",
        "service" => "Service",
        "endpoints" => "Endpoints",
        "horizontalpodautoscaler" => "HorizontalPodAutoscaler",
        _ => resource.Length == 0 ? resource : string.Concat(resource[..1].ToUpperInvariant(), resource[1..]),
    };
}
