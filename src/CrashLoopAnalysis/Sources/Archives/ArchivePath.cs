namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>
/// Checks the paths an archive names. An untrusted archive may name absolute paths or climb out with '..';
/// such entries are refused (nothing is written anyway, but they have no place in a dump).
/// </summary>
internal static class ArchivePath
{
    /// <summary>The entry's path with '/' separators and no leading './', or null with the reason it was refused.</summary>
    public static string? Clean(string name, out string? refusal)
    {
        refusal = null;
        var path = name.Replace('\\', '/');
        if (path.StartsWith('/') || (path.Length >= 2 && path[1] == ':' && char.IsAsciiLetter(path[0])))
        {
            refusal = "An entry with an absolute path was refused.";
            return null;
        }

        var parts = new List<string>();
        foreach (var part in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                refusal = "An entry whose path climbs out of the archive ('..') was refused.";
                return null;
            }

            if (part != ".")
            {
                parts.Add(part);
            }
        }

        return parts.Count == 0 ? string.Empty : string.Join('/', parts);
    }

    /// <summary>Where a symbolic link at <paramref name="linkPath"/> points inside the archive, or null when it points outside.</summary>
    public static string? ResolveSymbolicLink(string linkPath, string target)
    {
        var t = target.Replace('\\', '/');
        if (t.StartsWith('/') || (t.Length >= 2 && t[1] == ':'))
        {
            return null;
        }

        var slash = linkPath.LastIndexOf('/');
        var parts = slash < 0 ? new List<string>() : [.. linkPath[..slash].Split('/')];
        foreach (var part in t.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == "..")
            {
                if (parts.Count == 0)
                {
                    return null;
                }

                parts.RemoveAt(parts.Count - 1);
            }
            else if (part != ".")
            {
                parts.Add(part);
            }
        }

        return string.Join('/', parts);
    }
}
