using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Describe;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>
/// Reads the text table of <c>kubectl get pods</c> (with or without <c>-A</c>, <c>-o wide</c>) into small pods
/// holding only what a row shows: name, namespace, the phase or the status reason kubectl shows, the pod IP
/// and node. They carry no field lines, so a describe or JSON capture of the same pod takes precedence.
/// </summary>
internal static class PodsTableReader
{
    private static readonly string[] Phases = ["Pending", "Running", "Succeeded", "Failed", "Unknown"];

    public static void Read(SourceText text, ReadResult result)
    {
        using var lines = new DescribeLines(text.Bytes);
        var header = TableLines.FindHeader(lines, h => h.Contains("READY", StringComparison.Ordinal) && h.Contains("STATUS", StringComparison.Ordinal) && h.Contains("RESTARTS", StringComparison.Ordinal));
        if (header < 0)
        {
            result.Warn(1, "No 'kubectl get pods' header row was found.");
            return;
        }

        var table = TextTable.Parse(lines.Content(header));
        int ns = table.Column("NAMESPACE"), name = table.Column("NAME"), status = table.Column("STATUS"), ip = table.Column("IP"), node = table.Column("NODE");
        var cx = new DescribeContext(lines, result);
        foreach (var i in TableLines.Rows(lines, header))
        {
            var row = lines.Content(i);
            var cells = table.Split(row, -1);
            if (name < 0 || cells[name].Length == 0 || status < 0 || cells[status].Length == 0)
            {
                cx.Warn(i, "This line of the pods table is not a pod row.");
                continue;
            }

            var shown = cells[status];
            var pod = new V1Pod
            {
                ApiVersion = "v1",
                Kind = "Pod",
                Metadata = new V1ObjectMeta { Name = cells[name], NamespaceProperty = ns >= 0 && cells[ns].Length > 0 ? cells[ns] : null },
                Spec = new V1PodSpec { Containers = [], NodeName = Cell(cells, node) },
                Status = new V1PodStatus
                {
                    Phase = Array.IndexOf(Phases, shown) >= 0 ? shown : null,
                    Reason = Array.IndexOf(Phases, shown) >= 0 ? null : shown,
                    PodIP = Cell(cells, ip),
                },
            };
            result.Pods.Add(new PodRecord(pod, FieldProvenance.Empty, result.Source));
        }
    }

    private static string? Cell(string[] cells, int column) =>
        column >= 0 && cells[column].Length > 0 && cells[column] != "<none>" ? cells[column] : null;
}
