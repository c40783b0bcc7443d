using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>
/// A folder walked in ordinal order. Links are not followed out of it: a link whose target lies outside the
/// folder is skipped with a warning.
/// </summary>
internal sealed class FolderInput(string path) : DumpInput(path)
{
    private static readonly string[] ArchiveNames = [".tar", ".tar.gz", ".tgz", ".zip", ".tar.xz", ".txz", ".gz", ".xz"];

    private long? _totalBytes;

    public override string? Kind => "folder";

    public override long? TotalBytes => _totalBytes;

    public override IEnumerable<DumpEntry> Entries(DumpLimits limits, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        var root = System.IO.Path.GetFullPath(Path);
        var rootWithSeparator = root.EndsWith(System.IO.Path.DirectorySeparatorChar) ? root : root + System.IO.Path.DirectorySeparatorChar;
        var pending = new Stack<string>();
        pending.Push(root);
        var files = new List<string>();
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var dir = pending.Pop();
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateFileSystemEntries(dir).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                warnings.Add(new ParseWarning(Display(root, dir), 0, $"The folder could not be read ({ex.Message})."));
                continue;
            }

            foreach (var child in children)
            {
                var info = new FileInfo(child);
                if (info.LinkTarget is not null)
                {
                    var target = ResolveLink(info);
                    if (target is null || !target.StartsWith(rootWithSeparator, StringComparison.Ordinal))
                    {
                        warnings.Add(new ParseWarning(Display(root, child), 0, "A link that points outside the dump was not followed."));
                        continue;
                    }

                    if (Directory.Exists(target))
                    {
                        // Links to folders inside the dump would be walked twice; the folder itself is walked anyway.
                        continue;
                    }
                }

                if ((info.Attributes & FileAttributes.Directory) != 0)
                {
                    pending.Push(child);
                }
                else
                {
                    files.Add(child);
                }
            }
        }

        files.Sort(StringComparer.Ordinal);
        _totalBytes = files.Sum(f => new FileInfo(f).Length);
        foreach (var file in files)
        {
            var relative = System.IO.Path.GetRelativePath(root, file).Replace('\\', '/');
            if (LooksLikeArchive(file))
            {
                // A bundle or must-gather saved beside loose captures: walked in memory like any archive, its
                // entries placed under the archive's own name. A file named like an archive that is not one is
                // read as a capture.
                foreach (var entry in new FileInput(file).Entries(limits, warnings, cancellationToken))
                {
                    yield return entry.DisplayPath == file ? entry with { DisplayPath = System.IO.Path.Combine(Path, relative).Replace('\\', '/'), RelativePath = relative }
                        : entry with { RelativePath = relative + "/" + entry.RelativePath };
                }

                continue;
            }

            var info = new FileInfo(file);
            yield return new DumpEntry(System.IO.Path.Combine(Path, relative).Replace('\\', '/'), relative, info.Exists ? info.Length : -1, () => File.OpenRead(file));
        }
    }

    private static bool LooksLikeArchive(string file) =>
        ArchiveNames.Any(e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    private static string? ResolveLink(FileInfo info)
    {
        try
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            return target is null ? null : System.IO.Path.GetFullPath(target.FullName);
        }
        catch (IOException)
        {
            return null;
        }
    }

    private string Display(string root, string path) =>
        System.IO.Path.Combine(Path, System.IO.Path.GetRelativePath(root, path)).Replace('\\', '/');
}
