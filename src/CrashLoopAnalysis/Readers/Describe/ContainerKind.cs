namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Which list of a pod a describe container section fills, with the field paths of each.</summary>
internal sealed record ContainerKind(string SpecList, string StatusList)
{
    public static ContainerKind Init { get; } = new("spec.initContainers", "status.initContainerStatuses");

    public static ContainerKind Regular { get; } = new("spec.containers", "status.containerStatuses");

    public static ContainerKind Ephemeral { get; } = new("spec.ephemeralContainers", "status.ephemeralContainerStatuses");
}
