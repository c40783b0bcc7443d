using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>One input as given by the user (a file, a folder, an archive, a stream), walked into entries.</summary>
internal abstract class DumpInput
{
    protected DumpInput(string path) => Path = path;

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>What the input is, once walked: <c>folder</c>, <c>bundle</c>, <c>must-gather</c>, or the kind of its one file.</summary>
    public virtual string? Kind => null;

    /// <summary>The files of the input in a stable (ordinal) order; problems become warnings.</summary>
    public abstract IEnumerable<DumpEntry> Entries(ICollection<ParseWarning> warnings, CancellationToken cancellationToken);
}
