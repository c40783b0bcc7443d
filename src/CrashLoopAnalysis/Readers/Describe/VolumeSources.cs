using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Builds a volume's source object from the describe <c>Type:</c> name and the settings printed under it.</summary>
internal static class VolumeSources
{
    /// <summary>The JSON field of the pod spec that holds a volume source of the given describe type.</summary>
    public static string FieldName(string type) => type switch
    {
        "HostPath" => "hostPath",
        "EmptyDir" => "emptyDir",
        "Secret" => "secret",
        "ConfigMap" => "configMap",
        "PersistentVolumeClaim" => "persistentVolumeClaim",
        "Projected" => "projected",
        "DownwardAPI" => "downwardAPI",
        "NFS" => "nfs",
        "CSI" => "csi",
        "EphemeralVolume" => "ephemeral",
        "ISCSI" => "iscsi",
        "RBD" => "rbd",
        "FC" => "fc",
        "Glusterfs" => "glusterfs",
        "GitRepo" => "gitRepo",
        "AzureFile" => "azureFile",
        "AzureDisk" => "azureDisk",
        "FlexVolume" => "flexVolume",
        "PortworxVolume" => "portworxVolume",
        "ScaleIO" => "scaleIO",
        "Image" => "image",
        _ => type.Length == 0 ? "type" : string.Concat(type[..1].ToLowerInvariant(), type[1..]),
    };

    public static void Apply(V1Volume v, string type, Dictionary<string, string> s)
    {
        switch (type)
        {
            case "HostPath":
                v.HostPath = new V1HostPathVolumeSource { Path = Get(s, "Path") ?? string.Empty, Type = Get(s, "HostPathType") };
                break;
            case "EmptyDir":
                v.EmptyDir = new V1EmptyDirVolumeSource { Medium = Get(s, "Medium") };
                if (Get(s, "SizeLimit") is { } size && QuantityText.TryRead(size, out var limit))
                {
                    v.EmptyDir.SizeLimit = limit;
                }

                break;
            case "Secret":
                v.Secret = new V1SecretVolumeSource { SecretName = Get(s, "SecretName"), Optional = Bool(s, "Optional") };
                break;
            case "ConfigMap":
                v.ConfigMap = new V1ConfigMapVolumeSource { Name = Get(s, "Name"), Optional = Bool(s, "Optional") };
                break;
            case "PersistentVolumeClaim":
                v.PersistentVolumeClaim = new V1PersistentVolumeClaimVolumeSource { ClaimName = Get(s, "ClaimName") ?? string.Empty, ReadOnlyProperty = Bool(s, "ReadOnly") };
                break;
            case "Projected":
                v.Projected = new V1ProjectedVolumeSource();
                break;
            case "DownwardAPI":
                v.DownwardAPI = new V1DownwardAPIVolumeSource();
                break;
            case "NFS":
                v.Nfs = new V1NFSVolumeSource { Server = Get(s, "Server") ?? string.Empty, Path = Get(s, "Path") ?? string.Empty, ReadOnlyProperty = Bool(s, "ReadOnly") };
                break;
            case "CSI":
                v.Csi = new V1CSIVolumeSource { Driver = Get(s, "Driver") ?? string.Empty, ReadOnlyProperty = Bool(s, "ReadOnly"), FsType = Get(s, "FSType") };
                break;
            default:
                Other(v, type);
                break;
        }
    }

    private static void Other(V1Volume v, string type)
    {
        // Sources detectors do not look into: keep which kind it was.
        switch (type)
        {
            case "EphemeralVolume": v.Ephemeral = new V1EphemeralVolumeSource(); break;
            case "ISCSI": v.Iscsi = new V1ISCSIVolumeSource(); break;
            case "RBD": v.Rbd = new V1RBDVolumeSource(); break;
            case "FC": v.Fc = new V1FCVolumeSource(); break;
            case "Glusterfs": v.Glusterfs = new V1GlusterfsVolumeSource(); break;
            case "GitRepo": v.GitRepo = new V1GitRepoVolumeSource(); break;
            case "AzureFile": v.AzureFile = new V1AzureFileVolumeSource(); break;
            case "AzureDisk": v.AzureDisk = new V1AzureDiskVolumeSource(); break;
            case "FlexVolume": v.FlexVolume = new V1FlexVolumeSource(); break;
            case "PortworxVolume": v.PortworxVolume = new V1PortworxVolumeSource(); break;
            case "ScaleIO": v.ScaleIO = new V1ScaleIOVolumeSource(); break;
            case "Image": v.Image = new V1ImageVolumeSource(); break;
            default: break;
        }
    }

    private static string? Get(Dictionary<string, string> s, string key) =>
        s.TryGetValue(key, out var v) && v.Length > 0 && v != "<none>" && v != "<nil>" && v != "<unset>" ? v : null;

    private static bool? Bool(Dictionary<string, string> s, string key) =>
        Get(s, key) switch { "true" => true, "false" => false, _ => null };
}
