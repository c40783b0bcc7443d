using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Filesystem.FilesystemDescriptors;

namespace CrashLoopAnalysis.Detectors.Filesystem;

/// <summary>
/// The log says a write or open failed on a path: read-only file system, permission denied, disk full. The
/// path is tied to the mount that holds it, and to readOnlyRootFilesystem / runAsUser / fsGroup.
/// </summary>
internal sealed class FileAccessDetector : IPodDetector
{
    public string Name => "file-access";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.ReadOnlyFileSystem, D.PermissionDenied, D.DiskFull];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        FromRuntime(context);
        foreach (var subject in LogSubject.Of(podCase))
        {
            if (subject.Find(LogSignalKind.ReadOnlyFileSystem, LogSignalKind.PermissionDenied, LogSignalKind.DiskFull) is not { } signal
                || IsExecOfEntrypoint(signal))
            {
                continue;
            }

            var path = signal.Fact(LogFacts.Path);
            var name = subject.Name ?? "The container";
            var lines = new List<EvidenceLine?> { signal.Line };
            var mount = subject.Facts is { } f && path is not null ? Mounts.Holding(podCase, f, path) : null;
            lines.Add(mount?.Line);
            if (subject.Facts is { } facts)
            {
                lines.AddRange(TerminationEvidence.Lines(podCase, facts));
            }

            var on = mount is null ? string.Empty : $" (on volume {mount.Value.Mount.Name} mounted at {mount.Value.Mount.MountPath}{(mount.Value.Mount.ReadOnlyProperty == true ? ", read-only" : string.Empty)})";
            var confidence = subject.IsDecisive(signal) ? 0.85 : 0.75;
            switch (signal.Kind)
            {
                case LogSignalKind.ReadOnlyFileSystem:
                    var rootReadOnly = subject.Facts?.Spec?.SecurityContext?.ReadOnlyRootFilesystem == true;
                    if (rootReadOnly && subject.Facts is { } rf)
                    {
                        lines.Add(podCase.Provenance.Find($"{rf.SpecPath}.securityContext.readOnlyRootFilesystem"));
                    }

                    context.Report(D.ReadOnlyFileSystem, subject.Name, $"{name} writes to a read-only file system{(path is null ? string.Empty : $" at {path}")}{on}{(rootReadOnly && mount is null ? "; the container has readOnlyRootFilesystem: true" : string.Empty)}.", confidence, lines, $"read-only file system: {path ?? signal.Line.Text}");
                    break;
                case LogSignalKind.DiskFull:
                    context.Report(D.DiskFull, subject.Name, $"{name} runs out of disk space{(path is null ? string.Empty : $" at {path}")}{on}.", confidence, lines, $"disk full: {path ?? name}");
                    break;
                default:
                    var user = subject.Facts?.Spec?.SecurityContext?.RunAsUser ?? podCase.Pod?.Spec?.SecurityContext?.RunAsUser;
                    var fsGroup = podCase.Pod?.Spec?.SecurityContext?.FsGroup;
                    var who = user is null ? string.Empty : $"; it runs as user {user}{(fsGroup is null ? " with no fsGroup" : $" with fsGroup {fsGroup}")}";
                    context.Report(D.PermissionDenied, subject.Name, $"{name} is denied access{(path is null ? string.Empty : $" to {path}")}{on}{who}.", confidence, lines, $"permission denied: {path ?? signal.Line.Text}");
                    break;
            }
        }
    }

    /// <summary>
    /// The runtime could not start the container because a mount point cannot be created on a read-only file
    /// system (<c>Error response from daemon: mkdir /mnt/x: read-only file system</c> in a Failed event or a
    /// StartError message): the log is empty then, the runtime's words are the evidence.
    /// </summary>
    private static void FromRuntime(PodContext context)
    {
        var podCase = context.Case;
        var failed = PodEvents.WithReason(podCase, "Failed", "FailedSync", "FailedCreatePodContainer")
            .Where(e => e.Message?.Contains("read-only file system", StringComparison.OrdinalIgnoreCase) == true).ToList();
        if (failed.Count == 0)
        {
            return;
        }

        var message = failed[^1].Message!;
        var path = MkdirPath(message);
        var container = PodEvents.ContainerOf(podCase, failed[^1]);
        context.Report(D.ReadOnlyFileSystem, container, $"{container ?? "The container"} cannot be started: the runtime cannot create {(path is null ? "a path it needs" : path)} on a read-only file system ({failed.Sum(e => e.Count)} time(s)).", 0.85, failed.Select(e => (EvidenceLine?)e.Line), $"read-only file system: {path ?? message}");
    }

    private static string? MkdirPath(string message)
    {
        const string marker = "mkdir ";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        var end = at < 0 ? -1 : message.IndexOf(':', at + marker.Length);
        return end > at ? message[(at + marker.Length)..end] : null;
    }

    /// <summary>"exec /entrypoint.sh: permission denied" is a start-up command that is not executable, not a volume.</summary>
    private static bool IsExecOfEntrypoint(LogSignal signal) =>
        signal.Kind == LogSignalKind.PermissionDenied && signal.Line.Text.Contains("exec ", StringComparison.Ordinal)
        && !signal.Line.Text.Contains("mkdir", StringComparison.Ordinal) && !signal.Line.Text.Contains("open ", StringComparison.Ordinal);
}
