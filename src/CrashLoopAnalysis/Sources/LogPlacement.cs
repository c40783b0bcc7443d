using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>The pod, container and run a log file belongs to, as told by the dump layout's paths.</summary>
/// <param name="Pod">The pod, when the path names it (its namespace may be unknown).</param>
/// <param name="Container">The container, when the path names it.</param>
/// <param name="Previous">True for the previous (crashed) run.</param>
internal readonly record struct LogPlacement(PodKey? Pod, string? Container, bool Previous)
{
    public static LogPlacement Loose => new(null, null, Previous: true);

    /// <summary>Recognises the log paths of troubleshoot bundles, must-gathers and cluster-info dumps.</summary>
    public static LogPlacement FromPath(string relativePath)
    {
        var parts = relativePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var n = parts.Length;

        // troubleshoot: cluster-resources/pods/logs/<ns>/<pod>/<container>[-previous].log
        var logs = Array.LastIndexOf(parts, "logs");
        if (logs >= 2 && parts[logs - 1] == "pods" && parts[logs - 2] == "cluster-resources" && n == logs + 4)
        {
            var (container, previous) = ContainerFile(parts[n - 1]);
            return new LogPlacement(new PodKey(parts[logs + 1], parts[logs + 2]), container, previous);
        }

        // troubleshoot (older): all-logs/<pod>/<container>[-previous].log
        var all = Array.LastIndexOf(parts, "all-logs");
        if (all >= 0 && n == all + 3)
        {
            var (container, previous) = ContainerFile(parts[n - 1]);
            return new LogPlacement(new PodKey(null, parts[all + 1]), container, previous);
        }

        // must-gather: namespaces/<ns>/pods/<pod>/<container>/<container>/logs/{current,previous,previous.insecure}.log
        var ns = Array.LastIndexOf(parts, "namespaces");
        if (ns >= 0 && n == ns + 8 && parts[ns + 2] == "pods" && parts[n - 2] == "logs")
        {
            var file = parts[n - 1];
            var previous = file.StartsWith("previous", StringComparison.Ordinal);
            return new LogPlacement(new PodKey(parts[ns + 1], parts[ns + 3]), parts[ns + 4], previous);
        }

        // kubectl cluster-info dump to standard output, split into virtual entries: cluster-info-dump-logs/<ns>/<pod>/<container>.log
        if (n == 4 && relativePath.StartsWith(ClusterInfoDumpSplitter.VirtualRoot, StringComparison.Ordinal))
        {
            return new LogPlacement(new PodKey(parts[1], parts[2]), parts[3][..^4], Previous: false);
        }

        // kubectl cluster-info dump --output-directory: <ns>/<pod>/logs.txt
        if (n >= 3 && parts[n - 1] == "logs.txt")
        {
            return new LogPlacement(new PodKey(parts[n - 3], parts[n - 2]), null, Previous: false);
        }

        return Loose;
    }

    private static (string? Container, bool Previous) ContainerFile(string file)
    {
        var name = file.EndsWith(".log", StringComparison.Ordinal) ? file[..^4] : file;
        return name.EndsWith("-previous", StringComparison.Ordinal) ? (name[..^9], true) : (name, false);
    }
}
