using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Logs.Signatures;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Scores every retained line as a candidate for the decisive line. A line that names a catalogued cause outweighs
/// any level; among the rest the logger's level, then exception shape, then error words decide. Continuation lines
/// (indented), lines of another compose service than the one whose output ends the log, stack frames and wrapper
/// noise count less or not at all.
/// </summary>
internal static partial class CandidateScorer
{
    private const int SignatureBonus = 10;
    private const int QuietSignatureBonus = 4;

    public static List<LogSignalCandidate> Score(IReadOnlyList<LogLine> lines)
    {
        var candidates = new List<LogSignalCandidate>();
        var lastService = lines.LastOrDefault(l => l.Service is not null)?.Service;
        var causeStatement = SpringCauseStatement(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Shape is LineShape.Noise or LineShape.Frame or LineShape.HeaderBeforeMessage)
            {
                continue;
            }

            var afterRustHeader = i > 0 && lines[i - 1].Shape == LineShape.HeaderBeforeMessage;
            var level = afterRustHeader ? LineLevel.Exception : line.Level;
            var facts = new FactSet();
            var text = line.Trimmed;
            var match = SignatureCatalogue.Match(text, facts);
            var score = (int)level;
            if (match is not null)
            {
                score += level == LineLevel.Quiet && line.LoggerLevel ? QuietSignatureBonus : SignatureBonus;
            }
            else if (i == causeStatement)
            {
                score += SignatureBonus;
            }

            if (line.Indent >= 2)
            {
                score--;
            }

            if (line.Service is not null && lastService is not null && line.Service != lastService)
            {
                score -= 3;
            }

            if (score < 1)
            {
                continue;
            }

            AddExceptionType(facts, line, text, match?.At ?? text.Length);
            var kind = match?.Kind
                ?? (afterRustHeader || line.Shape == LineShape.Panic ? LogSignalKind.Panic
                : level == LineLevel.Exception || line.Shape == LineShape.ExceptionHeader ? LogSignalKind.Exception
                : LogSignalKind.Error);
            candidates.Add(new LogSignalCandidate(i, line, kind, match is not null, facts, score));
        }

        return candidates;
    }

    /// <summary>Adds the exception type a line names: its header type, a Rust <c>Os</c> error kind, or an embedded type.</summary>
    public static void AddExceptionType(FactSet facts, LogLine line, string text, int at)
    {
        if (line.Shape is LineShape.ExceptionHeader or LineShape.Panic)
        {
            facts.Add(LogFacts.ExceptionType, ExceptionTypes.Header(text));
        }

        if (LeadingLevelWord().Match(text) is { Success: true } level)
        {
            // `fatal Error: ...`: a logger's level word in front of a header.
            facts.Add(LogFacts.ExceptionType, ExceptionTypes.Header(text[level.Length..]));
        }

        facts.Add(LogFacts.ExceptionType, RustOsKind(), text);
        facts.Add(LogFacts.ExceptionType, ExceptionTypes.Embedded(text, at));
    }

    // Spring Boot's FailureAnalyzer prints the cause as the sentence under `Description:` in an
    // `APPLICATION FAILED TO START` banner.
    private static int SpringCauseStatement(IReadOnlyList<LogLine> lines)
    {
        var banner = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            var t = lines[i].Trimmed;
            if (t.StartsWith("APPLICATION FAILED TO START", StringComparison.Ordinal))
            {
                banner = i;
            }
            else if (banner >= 0 && t.StartsWith("Description:", StringComparison.Ordinal))
            {
                for (var j = i + 1; j < lines.Count && j < i + 4; j++)
                {
                    if (lines[j].Trimmed.Length > 0)
                    {
                        return j;
                    }
                }
            }
        }

        return -1;
    }

    [GeneratedRegex(@"^(?:fatal|error|panic|crit|critical) ")]
    private static partial Regex LeadingLevelWord();

    [GeneratedRegex(@"Os \{ code: \d+, kind: (?<v>\w+)")]
    private static partial Regex RustOsKind();
}
