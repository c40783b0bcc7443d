using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources.Archives;

namespace CrashLoopAnalysis.Sources;

/// <summary>One file on disk: a capture, or an archive (told by its magic bytes) walked in memory.</summary>
internal sealed class FileInput(string path) : DumpInput(path)
{
    public override long? TotalBytes => File.Exists(Path) ? new FileInfo(Path).Length : null;

    public override IEnumerable<DumpEntry> Entries(DumpLimits limits, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            warnings.Add(new ParseWarning(Path, 0, "No such file or folder."));
            yield break;
        }

        var info = new FileInfo(Path);
        FileStream stream;
        try
        {
            stream = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new ParseWarning(Path, 0, $"The file could not be read ({ex.Message})."));
            yield break;
        }

        using (stream)
        {
            var head = ArchiveSniffer.ReadHead(stream);
            var archive = TryArchive(stream, head, limits, warnings, cancellationToken);
            if (archive is null)
            {
                // A plain capture: reopened by whoever reads it, so it may be read on another thread.
                yield return new DumpEntry(Path, info.Name, info.Length, () => File.OpenRead(Path));
                yield break;
            }

            foreach (var entry in archive)
            {
                yield return entry;
            }
        }
    }
}
