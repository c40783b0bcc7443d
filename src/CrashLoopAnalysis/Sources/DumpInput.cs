using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources.Archives;

namespace CrashLoopAnalysis.Sources;

/// <summary>One input as given by the user (a file, a folder, an archive, a stream), walked into entries.</summary>
internal abstract class DumpInput
{
    protected DumpInput(string path) => Path = path;

    /// <summary>The path as the user gave it.</summary>
    public string Path { get; }

    /// <summary>
    /// <c>folder</c> when the input holds many files (a folder or an archive; the layout then names the kind),
    /// null when it is one capture (its reader names the kind). Known once walked.
    /// </summary>
    public virtual string? Kind => IsArchive ? "folder" : null;

    /// <summary>The input's size in bytes (packed, for archives) when known: the measure of progress.</summary>
    public virtual long? TotalBytes => null;

    /// <summary>The packed bytes an archive walk has consumed so far, or null when the input is not an archive.</summary>
    public long? ConsumedBytes => Budget?.PackedBytes;

    /// <summary>True once the walk has found an archive.</summary>
    protected bool IsArchive => Budget is not null;

    /// <summary>The counts of the archive being walked, if any.</summary>
    protected UnpackBudget? Budget { get; set; }

    /// <summary>The files of the input in a stable order; problems and refusals become warnings.</summary>
    public abstract IEnumerable<DumpEntry> Entries(DumpLimits limits, ICollection<ParseWarning> warnings, CancellationToken cancellationToken);

    /// <summary>Walks an archive if <paramref name="head"/> starts one, else yields nothing and returns false.</summary>
    protected IEnumerable<DumpEntry>? TryArchive(Stream stream, byte[] head, DumpLimits limits, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        if (ArchiveSniffer.Sniff(head) == ArchiveFormat.None)
        {
            return null;
        }

        Budget = new UnpackBudget(limits);
        return ArchiveWalker.Walk(stream, head, Path, limits, Budget, warnings, cancellationToken);
    }
}
