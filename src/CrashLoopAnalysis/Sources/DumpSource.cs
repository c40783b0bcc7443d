using System.Collections.Immutable;
using k8s.Models;

namespace CrashLoopAnalysis.Sources;

/// <summary>
/// Where captured data comes from: files, folders, archives, a stream, or objects already in memory. What each
/// file holds is told from its content, never from its name.
/// </summary>
public sealed class DumpSource
{
    private DumpSource(ImmutableArray<DumpInput> inputs, ImmutableArray<V1Pod> pods, ImmutableArray<Corev1Event> events)
    {
        Inputs = inputs;
        Pods = pods;
        Events = events;
    }

    internal ImmutableArray<DumpInput> Inputs { get; }

    internal ImmutableArray<V1Pod> Pods { get; }

    internal ImmutableArray<Corev1Event> Events { get; }

    /// <summary>Reads files, folders and archives (.tar, .tar.gz, .tgz, .zip, .tar.xz); <c>-</c> reads standard input.</summary>
    /// <param name="paths">One or more paths.</param>
    /// <returns>The source.</returns>
    public static DumpSource FromPaths(params string[] paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return new DumpSource([.. paths.Select(PathInput.Create)], [], []);
    }

    /// <summary>Reads one stream (a capture of any supported kind, or an archive).</summary>
    /// <param name="stream">The stream; it is read once and not disposed.</param>
    /// <param name="name">The name to cite in evidence and warnings.</param>
    /// <returns>The source.</returns>
    public static DumpSource FromStream(Stream stream, string name)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(name);
        return new DumpSource([new StreamInput(stream, name)], [], []);
    }

    /// <summary>Reads files a caller provides by relative path (embedded resources, a database), as if they were a folder.</summary>
    /// <param name="name">The folder name to cite in evidence.</param>
    /// <param name="files">Relative paths ('/' separated; they decide the dump layout) and how to open each.</param>
    /// <returns>The source.</returns>
    public static DumpSource FromVirtualFolder(string name, IReadOnlyDictionary<string, Func<Stream>> files)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(files);
        return new DumpSource([new VirtualFolderInput(name, files)], [], []);
    }

    /// <summary>Uses objects a tool already holds (for example from a live cluster).</summary>
    /// <param name="pods">The pods.</param>
    /// <param name="events">Their events, if any.</param>
    /// <returns>The source.</returns>
    public static DumpSource FromObjects(IEnumerable<V1Pod> pods, IEnumerable<Corev1Event>? events = null)
    {
        ArgumentNullException.ThrowIfNull(pods);
        return new DumpSource([], [.. pods], events is null ? [] : [.. events]);
    }

    /// <summary>Combines sources into one, read in order.</summary>
    /// <param name="sources">The sources.</param>
    /// <returns>The combined source.</returns>
    public static DumpSource Combine(params DumpSource[] sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        return new DumpSource(
            [.. sources.SelectMany(s => s.Inputs)],
            [.. sources.SelectMany(s => s.Pods)],
            [.. sources.SelectMany(s => s.Events)]);
    }
}
