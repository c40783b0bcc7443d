namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Tells a described pod from a node or a claim by the headings only each of them has.</summary>
internal static class DescribedKind
{
    public static string Of(DescribeLines lines, LineRange doc)
    {
        var depth = lines.Indent(doc.Start);
        for (var i = doc.Start + 1; i < doc.End; i++)
        {
            if (lines.IsBlank(i) || lines.Indent(i) != depth || !lines.TryKey(i, out var key, out _))
            {
                continue;
            }

            switch (key)
            {
                case "Roles" or "Taints" or "Unschedulable" or "System Info" or "Non-terminated Pods" or "Allocatable" or "Addresses" or "Capacity":
                    return "Node";
                case "StorageClass" or "Access Modes" or "Used By":
                    return "PersistentVolumeClaim";
                case "Parallelism" or "Completions" or "Pod Template" or "Replicas" or "Selector" or "Schedule" or "Type" or "Endpoints" or "Rules":
                    return "Other";
                case "Containers" or "Init Containers" or "Service Account" or "Start Time" or "Controlled By" or "Image(s)":
                    return "Pod";
                default:
                    break;
            }
        }

        return "Pod";
    }
}
