using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Detectors.Filesystem;

/// <summary>Which of a container's volume mounts holds a path.</summary>
internal static class Mounts
{
    public static (V1VolumeMount Mount, EvidenceLine? Line)? Holding(PodCase podCase, ContainerFacts c, string path)
    {
        V1VolumeMount? best = null;
        foreach (var mount in c.Spec?.VolumeMounts ?? [])
        {
            var root = mount.MountPath?.TrimEnd('/') ?? string.Empty;
            if (root.Length > 0 && (path == root || path.StartsWith(root + "/", StringComparison.Ordinal))
                && (best is null || root.Length > best.MountPath!.TrimEnd('/').Length))
            {
                best = mount;
            }
        }

        return best is null ? null : (best, podCase.Provenance.Find($"{c.SpecPath}.volumeMounts[{best.Name}].mountPath"));
    }
}
