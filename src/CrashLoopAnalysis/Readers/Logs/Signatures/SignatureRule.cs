using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>
/// One entry of the signature catalogue: the words that reveal it (any of them, ignoring case), the kind it
/// reports, and how to pull its facts out of the line. <paramref name="Extract"/> may refine the kind (an
/// <c>exec /x: no such file</c> is a missing loader for a binary but a missing file for a script) or return
/// null to decline the line.
/// </summary>
internal sealed record SignatureRule(LogSignalKind Kind, string[] Needles, Func<string, FactSet, LogSignalKind?> Extract)
{
    /// <summary>Creates a rule whose extractor never declines and never changes the kind.</summary>
    public static SignatureRule Of(LogSignalKind kind, string[] needles, Action<string, FactSet>? extract = null) =>
        new(kind, needles, (text, facts) =>
        {
            extract?.Invoke(text, facts);
            return kind;
        });

    /// <summary>The position of the first needle found in <paramref name="text"/>, or -1.</summary>
    public int Find(string text)
    {
        var best = -1;
        foreach (var needle in Needles)
        {
            var at = text.IndexOf(needle, IsCode(needle) ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (best < 0 || at < best))
            {
                best = at;
            }
        }

        return best;
    }

    // Error codes (ENOTFOUND, EACCES, NOAUTH) are matched as written: ignoring case, ENOTFOUND would match
    // FileNotFoundException.
    private static bool IsCode(string needle) => needle.Length >= 4 && needle.All(c => char.IsAsciiLetterUpper(c) || c == '_');
}
