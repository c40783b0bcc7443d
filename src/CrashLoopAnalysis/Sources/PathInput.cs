using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>A path given by the user: a file, a folder, or <c>-</c> for standard input.</summary>
internal static class PathInput
{
    public static DumpInput Create(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == "-")
        {
            return new StreamInput(Console.OpenStandardInput(), "-");
        }

        return Directory.Exists(path) ? new FolderInput(path) : new FileInput(path);
    }
}

/// <summary>One file on disk.</summary>
internal sealed class FileInput(string path) : DumpInput(path)
{
    public override IEnumerable<DumpEntry> Entries(ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        if (!File.Exists(Path))
        {
            warnings.Add(new ParseWarning(Path, 0, "No such file or folder."));
            yield break;
        }

        var info = new FileInfo(Path);
        yield return new DumpEntry(Path, info.Name, info.Length, () => File.OpenRead(Path));
    }
}
