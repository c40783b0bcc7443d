using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>Files a caller provides by relative path (embedded resources, a database, a test), walked like a folder.</summary>
internal sealed class VirtualFolderInput(string name, IReadOnlyDictionary<string, Func<Stream>> files) : DumpInput(name)
{
    public override string? Kind => "folder";

    public override IEnumerable<DumpEntry> Entries(DumpLimits limits, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        foreach (var (relative, open) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            var clean = relative.Replace('\\', '/').TrimStart('/');
            if (clean.Split('/').Contains(".."))
            {
                warnings.Add(new ParseWarning($"{Path}/{clean}", 0, "A path that climbs out of its folder ('..') was refused."));
                continue;
            }

            yield return new DumpEntry($"{Path}/{clean}", clean, -1, open);
        }
    }
}
