using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Configuration;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Filesystem.FilesystemDescriptors;

namespace CrashLoopAnalysis.Detectors.Filesystem;

/// <summary>
/// Volumes that keep the pod from starting: FailedMount (other than a missing ConfigMap/Secret, a
/// configuration cause) and PersistentVolumeClaims that are not bound.
/// </summary>
internal sealed class VolumeDetector : IPodDetector
{
    public string Name => "volume";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.MountFailed, D.UnboundClaim];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var mounts = PodEvents.WithReason(podCase, "FailedMount", "FailedAttachVolume").Where(e => Reference.Parse(e.Message) is null && !IsTransient(e)).ToList();
        var allRan = ContainerFacts.Of(podCase).Any() && ContainerFacts.Of(podCase).All(c => c.HasRun);

        // The kubelet mounts only for a pod placed on its node: a pod the scheduler cannot place has no current mount failure.
        var unplaced = string.IsNullOrEmpty(podCase.Pod?.Spec?.NodeName) && PodEvents.WithReason(podCase, "FailedScheduling").Any();
        if (mounts.Count > 0 && !allRan && !unplaced)
        {
            var last = mounts[^1].Message ?? string.Empty;
            context.Report(D.MountFailed, null, $"A volume of the pod cannot be mounted ({mounts.Sum(e => e.Count)} time(s)): {last}", 0.9, mounts.Select(e => e.Line), $"mount failed: {Volume(last) ?? last}");
        }

        var unbound = podCase.Events.Where(IsUnbound).ToList();
        var claims = podCase.Claims.Where(c => c.Status?.Phase is "Pending" or "Lost").ToList();
        var pending = podCase.Pod?.Status?.Phase == "Pending";
        var provisioning = context.Dump.OtherEvents.Where(e => e.Event.InvolvedObject?.Kind == "PersistentVolumeClaim"
            && e.Reason is "ProvisioningFailed" or "FailedBinding"
            && (podCase.Pod?.Spec?.Volumes ?? []).Any(v => v.PersistentVolumeClaim?.ClaimName == e.Event.InvolvedObject.Name)).ToList();
        if ((unbound.Count == 0 && !(pending && claims.Count > 0)) || ContainerFacts.IsScheduled(podCase))
        {
            return;
        }

        var claimName = claims.FirstOrDefault()?.Metadata?.Name ?? (podCase.Pod?.Spec?.Volumes ?? []).FirstOrDefault(v => v.PersistentVolumeClaim is not null)?.PersistentVolumeClaim.ClaimName;
        var why = provisioning.Count > 0 ? $"; provisioning fails: {provisioning[^1].Message}" : claims.FirstOrDefault() is { Spec.StorageClassName: null } ? "; the claim names no StorageClass" : string.Empty;
        var lines = unbound.Select(e => (EvidenceLine?)e.Line).Concat(provisioning.Select(e => (EvidenceLine?)e.Line));
        context.Report(D.UnboundClaim, null, $"The pod cannot be scheduled: its PersistentVolumeClaim{(claimName is null ? string.Empty : $" {claimName}")} is not bound{why}.", 0.9, lines, $"unbound claim: {claimName ?? "pvc"}", $"kubectl get pvc{KubectlSteps.Namespace(podCase.Key)}", "kubectl get storageclass");
    }

    /// <summary>
    /// The kubelet's informer caches not synced yet (<c>failed to sync configmap cache: timed out waiting for the
    /// condition</c>): a passing delay the next attempt gets past, not a volume that cannot be mounted.
    /// </summary>
    private static bool IsTransient(EventRecord e) =>
        e.Message?.Contains("failed to sync", StringComparison.Ordinal) == true && e.Message.Contains(" cache", StringComparison.Ordinal);

    private static bool IsUnbound(EventRecord e) =>
        string.Equals(e.Reason, "FailedScheduling", StringComparison.OrdinalIgnoreCase)
        && (e.Message?.Contains("unbound", StringComparison.OrdinalIgnoreCase) == true
            || e.Message?.Contains("non-existent persistentvolume", StringComparison.OrdinalIgnoreCase) == true
            || e.Message?.Contains("persistentvolumeclaim \"", StringComparison.OrdinalIgnoreCase) == true);

    private static string? Volume(string message)
    {
        const string marker = "for volume \"";
        var at = message.IndexOf(marker, StringComparison.Ordinal);
        var end = at < 0 ? -1 : message.IndexOf('"', at + marker.Length);
        return end > 0 ? message[(at + marker.Length)..end] : null;
    }
}
