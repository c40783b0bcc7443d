using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Text;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>
/// The catalogue of crash signatures, in the order they are tried: the first rule whose words occur in a line and
/// whose extractor accepts it names the line's kind. Runtime failures come first (they explain everything after
/// them), then missing settings, the network, the file system and configuration files.
/// </summary>
internal static class SignatureCatalogue
{
    private static readonly SignatureRule[] Rules =
    [
        .. RuntimeSignatures.Rules,
        .. ConfigurationSignatures.Settings,
        .. NetworkSignatures.Rules,
        .. FileSystemSignatures.Rules,
        .. ConfigurationSignatures.Files,
    ];

    /// <summary>Every word any rule looks for; a line without one of them matches no rule.</summary>
    public static IReadOnlyList<string> Needles { get; } = [.. Rules.SelectMany(r => r.Needles).Distinct(StringComparer.OrdinalIgnoreCase)];

    // One vectorised pass for every needle: most lines hold none, and then no rule needs to look.
    private static readonly MultiStringSearch AnyNeedle = new([.. Needles]);

    /// <summary>Matches <paramref name="text"/> against the catalogue.</summary>
    /// <returns>The kind, where its words start in the text (for the exception type nearest them), or null.</returns>
    public static (LogSignalKind Kind, int At)? Match(string text, FactSet facts)
    {
        if (AnyNeedle.IndexOfAny(text) < 0)
        {
            return null;
        }

        foreach (var rule in Rules)
        {
            var at = rule.Find(text);
            if (at < 0)
            {
                continue;
            }

            var scratch = new FactSet();
            if (rule.Extract(text, scratch) is { } kind)
            {
                facts.Fill(scratch);
                ConfigurationSignatures.AddFileAndLine(facts, text);
                return (kind, at);
            }
        }

        return null;
    }
}
