using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Puts the containers read from a describe section into the pod's spec and status lists.</summary>
internal static class PodContainers
{
    public static void SetInit(V1Pod pod, List<ContainerText> read)
    {
        pod.Spec.InitContainers = [.. read.Select(c => c.Spec)];
        pod.Status.InitContainerStatuses = Statuses(read);
    }

    public static void SetRegular(V1Pod pod, List<ContainerText> read)
    {
        pod.Spec.Containers = [.. read.Select(c => c.Spec)];
        pod.Status.ContainerStatuses = Statuses(read);
    }

    public static void SetEphemeral(V1Pod pod, List<ContainerText> read)
    {
        pod.Spec.EphemeralContainers = [.. read.Select(c => Ephemeral(c.Spec))];
        pod.Status.EphemeralContainerStatuses = Statuses(read);
    }

    private static List<V1ContainerStatus>? Statuses(List<ContainerText> read)
    {
        List<V1ContainerStatus>? list = null;
        foreach (var c in read)
        {
            if (c.Status is { } status)
            {
                (list ??= []).Add(status);
            }
        }

        return list;
    }

    private static V1EphemeralContainer Ephemeral(V1Container c) => new()
    {
        Name = c.Name,
        Image = c.Image,
        Command = c.Command,
        Args = c.Args,
        Env = c.Env,
        EnvFrom = c.EnvFrom,
        Ports = c.Ports,
        Resources = c.Resources,
        VolumeMounts = c.VolumeMounts,
        VolumeDevices = c.VolumeDevices,
        SecurityContext = c.SecurityContext,
        LivenessProbe = c.LivenessProbe,
        ReadinessProbe = c.ReadinessProbe,
        StartupProbe = c.StartupProbe,
    };
}
