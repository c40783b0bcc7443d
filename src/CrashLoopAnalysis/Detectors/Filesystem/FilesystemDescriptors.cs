namespace CrashLoopAnalysis.Detectors.Filesystem;

/// <summary>The findings of the filesystem category (CLA14xx): volumes, mounts, permissions and disk.</summary>
internal static class FilesystemDescriptors
{
    public static readonly FindingDescriptor ReadOnlyFileSystem = FindingDescriptor.Create(
        "CLA1401", "The application writes to a read-only file system", FailureCategory.Filesystem, Severity.Error,
        "The process exits because a write fails with `Read-only file system` (EROFS): the container runs with `readOnlyRootFilesystem: true`, or the path is a ConfigMap/Secret volume or a `readOnly` mount.",
        ["Compare the path in the log with the container's `securityContext.readOnlyRootFilesystem` and `volumeMounts`."],
        ["Mount a writable `emptyDir` at the path the application writes (e.g. /tmp, a cache directory), or make the application write elsewhere."]);

    public static readonly FindingDescriptor PermissionDenied = FindingDescriptor.Create(
        "CLA1402", "The application is denied access to a path", FailureCategory.Filesystem, Severity.Error,
        "A file operation fails with `Permission denied` (EACCES): the container runs as a user that does not own the path, typically a volume (hostPath, a fresh PVC) owned by root.",
        ["Compare the container's `runAsUser`/`fsGroup` with the owner of the path: `kubectl debug -it <pod> --image=<image> -- ls -ln <dir>`."],
        ["Set `securityContext.fsGroup` (and `runAsUser`) so the volume is writable, or fix the ownership with an init container."]);

    public static readonly FindingDescriptor MountFailed = FindingDescriptor.Create(
        "CLA1403", "A volume cannot be mounted", FailureCategory.Filesystem, Severity.Error,
        "The kubelet cannot mount one of the pod's volumes (`FailedMount`, `MountVolume.SetUp failed`, `Unable to attach or mount volumes`), so the containers cannot start.",
        ["`kubectl describe pod <pod>`: the FailedMount events name the volume and the error.", "For PVCs: `kubectl describe pvc <claim>` and the CSI driver's pods."],
        ["Fix what the mount error names: the volume's source, the storage backend, the node's attach limits or the CSI driver."]);

    public static readonly FindingDescriptor UnboundClaim = FindingDescriptor.Create(
        "CLA1404", "The pod's PersistentVolumeClaim is not bound", FailureCategory.Filesystem, Severity.Error,
        "The scheduler cannot place the pod because a PersistentVolumeClaim it uses is not bound to a volume (`pod has unbound immediate PersistentVolumeClaims`): no StorageClass is set or it does not exist, its provisioner fails, or no PersistentVolume matches.",
        ["`kubectl get pvc -n <namespace>` and `kubectl describe pvc <claim>` (ProvisioningFailed events).", "`kubectl get storageclass`: is there a default?"],
        ["Give the claim an existing StorageClass (or mark one as default), or create a matching PersistentVolume."]);

    public static readonly FindingDescriptor DiskFull = FindingDescriptor.Create(
        "CLA1405", "The volume or disk the application writes to is full", FailureCategory.Filesystem, Severity.Error,
        "A write fails with `No space left on device` (ENOSPC): the volume, the emptyDir or the node's disk is full.",
        ["`kubectl exec <pod> -- df -h`, and the PVC's size."],
        ["Expand the PVC (or the emptyDir's sizeLimit), clean up old data, or rotate logs."]);

    public static readonly FindingDescriptor DataDirectoryNotEmpty = FindingDescriptor.Create(
        "CLA1406", "The data directory on the volume is not empty", FailureCategory.Filesystem, Severity.Error,
        "The database refuses to initialise a data directory that already holds files (`initdb: directory ... exists but is not empty`): the volume's root holds `lost+found` (ext4 volumes), or an older installation left data there.",
        ["List the mount point: `kubectl debug -it <pod> --image=<image> -- ls -la <dir>`."],
        ["Point the data directory at a subdirectory of the mount (e.g. `PGDATA=/var/lib/postgresql/data/pgdata`, or `subPath`), or clear the volume."]);

    public static readonly FindingDescriptor StaleStateFile = FindingDescriptor.Create(
        "CLA1407", "A stale PID or lock file on a kept volume stops start-up", FailureCategory.Filesystem, Severity.Error,
        "The application finds a PID or lock file left by a previous run on a volume that survives restarts (`A server is already running. Check .../server.pid`) and refuses to start.",
        ["Look for the file the log names on the mounted volume."],
        ["Delete the stale file at start-up (in the entrypoint or an init container), or keep such files on an `emptyDir`."]);
}
