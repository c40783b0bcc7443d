using System.Formats.Tar;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>
/// Walks a tar stream in one pass. Links are resolved inside the archive only: a link to a file of the archive
/// is that file under another name (it is read once, under its own name); a link out of it is refused.
/// </summary>
internal static class TarWalker
{
    public static IEnumerable<DumpEntry> Walk(Stream tar, string display, ICollection<ParseWarning> warnings, UnpackBudget budget, CancellationToken cancellationToken)
    {
        using var reader = new TarReader(tar, leaveOpen: true);
        var files = new HashSet<string>(StringComparer.Ordinal);
        var links = new Dictionary<string, string>(StringComparer.Ordinal);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            TarEntry? entry;
            try
            {
                entry = reader.GetNextEntry(copyData: false);
                if (entry is not null)
                {
                    budget.AddEntry();
                }
            }
            catch (Exception ex) when (ex is InvalidDataException or IOException or FormatException or ArgumentException or InvalidOperationException)
            {
                warnings.Add(new ParseWarning(display, 0, ArchiveWalker.Refusal(ex)));
                break;
            }

            if (entry is null)
            {
                break;
            }

            var path = ArchivePath.Clean(entry.Name, out var refusal);
            if (path is null)
            {
                warnings.Add(new ParseWarning($"{display}!/{entry.Name}", 0, refusal!));
                continue;
            }

            switch (entry.EntryType)
            {
                case TarEntryType.RegularFile or TarEntryType.V7RegularFile or TarEntryType.ContiguousFile:
                    files.Add(path);
                    var data = entry.DataStream;
                    yield return new DumpEntry($"{display}!/{path}", path, entry.Length, () => data is null ? Stream.Null : new NonClosingStream(data), Sequential: true);
                    break;
                case TarEntryType.SymbolicLink:
                    var target = ArchivePath.ResolveSymbolicLink(path, entry.LinkName);
                    if (target is null)
                    {
                        warnings.Add(new ParseWarning($"{display}!/{path}", 0, $"A link that points outside the dump ({entry.LinkName}) was not followed."));
                    }
                    else
                    {
                        links[path] = target;
                    }

                    break;
                case TarEntryType.HardLink:
                    var hard = ArchivePath.Clean(entry.LinkName, out _);
                    if (hard is null)
                    {
                        warnings.Add(new ParseWarning($"{display}!/{path}", 0, $"A link that points outside the dump ({entry.LinkName}) was not followed."));
                    }
                    else
                    {
                        links[path] = hard;
                    }

                    break;
                case TarEntryType.Directory:
                    break;
                default:
                    if (entry.EntryType is TarEntryType.CharacterDevice or TarEntryType.BlockDevice or TarEntryType.Fifo)
                    {
                        warnings.Add(new ParseWarning($"{display}!/{path}", 0, $"A special file ({entry.EntryType}) was skipped."));
                    }

                    break;
            }
        }

        foreach (var (link, target) in links.OrderBy(l => l.Key, StringComparer.Ordinal))
        {
            if (!files.Contains(Follow(target, links)))
            {
                warnings.Add(new ParseWarning($"{display}!/{link}", 0, $"A link to '{target}', which is not a file of the dump, was not followed."));
            }
        }
    }

    // Links to links: follow a few hops inside the archive, never out of it.
    private static string Follow(string target, Dictionary<string, string> links)
    {
        for (var hops = 0; hops < 16 && links.TryGetValue(target, out var next); hops++)
        {
            target = next;
        }

        return target;
    }
}
