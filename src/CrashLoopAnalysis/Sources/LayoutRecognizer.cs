namespace CrashLoopAnalysis.Sources;

/// <summary>Names the layout of a folder or archive from the paths it holds: a support bundle, a must-gather, a cluster-info dump.</summary>
internal sealed class LayoutRecognizer
{
    private bool _bundle;
    private bool _mustGather;
    private bool _clusterInfo;

    /// <summary>The kind for the report: <c>bundle</c>, <c>must-gather</c>, <c>cluster-info-dump</c>, or null when none was seen.</summary>
    public string? Kind => _bundle ? "bundle" : _mustGather ? "must-gather" : _clusterInfo ? "cluster-info-dump" : null;

    public void Observe(string relativePath)
    {
        if (relativePath.StartsWith("cluster-resources/", StringComparison.Ordinal) || relativePath.Contains("/cluster-resources/", StringComparison.Ordinal))
        {
            _bundle = true;
        }
        else if (relativePath.Contains("cluster-scoped-resources/", StringComparison.Ordinal)
            || (relativePath.Contains("namespaces/", StringComparison.Ordinal) && relativePath.EndsWith("/core/pods.yaml", StringComparison.Ordinal)))
        {
            _mustGather = true;
        }
        else if (relativePath.EndsWith("/logs.txt", StringComparison.Ordinal) || relativePath.StartsWith(ClusterInfoDumpSplitter.VirtualRoot, StringComparison.Ordinal))
        {
            _clusterInfo = true;
        }
    }
}
