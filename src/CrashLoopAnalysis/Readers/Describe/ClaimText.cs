using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads a described PersistentVolumeClaim: class, phase, bound volume, capacity, access modes and its events.</summary>
internal static class ClaimText
{
    public static void Read(DescribeContext cx, LineRange doc)
    {
        var claim = new V1PersistentVolumeClaim
        {
            ApiVersion = "v1",
            Kind = "PersistentVolumeClaim",
            Metadata = new V1ObjectMeta(),
            Spec = new V1PersistentVolumeClaimSpec(),
            Status = new V1PersistentVolumeClaimStatus(),
        };
        DescribeSections.ForEach(cx, doc, (cx, claim), static (s, key, i, body) => Section(s.cx, s.claim, key, i, body));
        cx.Result.Claims.Add(claim);
    }

    private static void Section(DescribeContext cx, V1PersistentVolumeClaim claim, string key, int i, LineRange body)
    {
        cx.Lines.TryKey(i, out _, out var value);
        var text = value.IsEmpty || value.SequenceEqual("<none>") || value.SequenceEqual("<unset>") ? null : value.ToString();
        switch (key)
        {
            case "Name":
                claim.Metadata.Name = text;
                break;
            case "Namespace":
                claim.Metadata.NamespaceProperty = text;
                break;
            case "StorageClass":
                claim.Spec.StorageClassName = text;
                break;
            case "Status":
                // A claim being deleted shows "Terminating (lasts 5m)" instead of its phase.
                claim.Status.Phase = text?.StartsWith("Terminating", StringComparison.Ordinal) == true ? null : text;
                break;
            case "Volume":
                claim.Spec.VolumeName = text;
                break;
            case "Labels":
                claim.Metadata.Labels = MapText.ReadLabels(cx, i, body, "metadata.labels");
                break;
            case "Annotations":
                claim.Metadata.Annotations = MapText.ReadAnnotations(cx, i, body, "metadata.annotations");
                break;
            case "Finalizers" when text is not null:
                claim.Metadata.Finalizers = [.. text.Trim('[', ']').Split(' ', StringSplitOptions.RemoveEmptyEntries)];
                break;
            case "Capacity" when text is not null && QuantityText.TryRead(text, out var capacity):
                claim.Status.Capacity = new Dictionary<string, ResourceQuantity>(StringComparer.Ordinal) { ["storage"] = capacity };
                break;
            case "Access Modes" when text is not null:
                claim.Status.AccessModes = [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Mode)];
                break;
            case "VolumeMode":
                claim.Spec.VolumeMode = text;
                break;
            case "Events":
                EventsSection.Read(cx, i, body, new V1ObjectReference { Kind = "PersistentVolumeClaim", Name = claim.Metadata.Name, NamespaceProperty = claim.Metadata.NamespaceProperty });
                break;
            default:
                break;
        }
    }

    private static string Mode(string abbreviation) => abbreviation switch
    {
        "RWO" => "ReadWriteOnce",
        "ROX" => "ReadOnlyMany",
        "RWX" => "ReadWriteMany",
        "RWOP" => "ReadWriteOncePod",
        _ => abbreviation,
    };
}
