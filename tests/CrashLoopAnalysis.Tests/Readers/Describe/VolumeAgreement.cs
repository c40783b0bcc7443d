using k8s.Models;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>Compares the volumes describe prints: name, kind of source and the settings the reader keeps.</summary>
internal static class VolumeAgreement
{
    public static void Compare(PodAgreement a, IList<V1Volume>? expected, IList<V1Volume>? read) =>
        a.Same("spec.volumes", PodAgreement.Join(expected?.Select(Describe)), PodAgreement.Join(read?.Select(Describe)));

    private static string Describe(V1Volume v) => v switch
    {
        { HostPath: { } h } => $"{v.Name} hostPath {h.Path} {h.Type}",
        { EmptyDir: { } e } => $"{v.Name} emptyDir {e.Medium} {(e.SizeLimit?.ToDecimal() is > 0 and var size ? size : null)}", // kubectl shows 0 as <unset>
        { Secret: { } s } => $"{v.Name} secret {s.SecretName} {s.Optional == true}",
        { ConfigMap: { } c } => $"{v.Name} configMap {c.Name} {c.Optional == true}",
        { PersistentVolumeClaim: { } p } => $"{v.Name} pvc {p.ClaimName} {p.ReadOnlyProperty == true}",
        { Projected: not null } => $"{v.Name} projected",
        { DownwardAPI: not null } => $"{v.Name} downwardAPI",
        { Nfs: { } n } => $"{v.Name} nfs {n.Server} {n.Path} {n.ReadOnlyProperty == true}",
        { Csi: { } c } => $"{v.Name} csi {c.Driver} {c.ReadOnlyProperty == true}",
        { Ephemeral: not null } => $"{v.Name} ephemeral",
        { Iscsi: not null } => $"{v.Name} iscsi",
        { Rbd: not null } => $"{v.Name} rbd",
        { Fc: not null } => $"{v.Name} fc",
        { Glusterfs: not null } => $"{v.Name} glusterfs",
        { GitRepo: not null } => $"{v.Name} gitRepo",
        { AzureFile: not null } => $"{v.Name} azureFile",
        { AzureDisk: not null } => $"{v.Name} azureDisk",
        { FlexVolume: not null } => $"{v.Name} flexVolume",
        { PortworxVolume: not null } => $"{v.Name} portworx",
        { ScaleIO: not null } => $"{v.Name} scaleIO",
        { Image: not null } => $"{v.Name} image",
        _ => $"{v.Name} other",
    };
}
