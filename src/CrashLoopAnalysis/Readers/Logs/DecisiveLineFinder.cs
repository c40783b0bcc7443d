using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Logs.Signatures;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Chooses the decisive line among the retained lines, the line an SRE would quote as the cause of the exit:
/// the strongest candidate, the one naming more concrete facts when equally strong, the last one when still equal
/// (a container that crashed several times while being logged shows its cause several times). Then gathers its
/// facts from the line, from the lines that belong with it, and from nearby lines.
/// </summary>
internal static class DecisiveLineFinder
{
    private const int MaxBlock = 60;
    private const int LaterHeaders = 30;
    private const int PortSearch = 5;

    public static LogAnalysis Analyze(IReadOnlyList<RetainedLine> retained)
    {
        var lines = retained.Select(LineClassifier.Classify).ToList();
        for (var i = 1; i < lines.Count; i++)
        {
            // Python prints the source line under each `File "...", line N` frame: part of the trace, whatever it says.
            if (lines[i - 1].Trimmed.StartsWith("File \"", StringComparison.Ordinal) && lines[i].Shape != LineShape.ExceptionHeader && lines[i].Number == lines[i - 1].Number + 1)
            {
                lines[i] = lines[i] with { Shape = LineShape.Frame };
            }
        }

        var candidates = CandidateScorer.Score(lines);
        LogSignalCandidate? best = null;
        foreach (var c in candidates)
        {
            if (best is null || c.Score > best.Score || (c.Score == best.Score && c.Facts.ConcreteCount >= best.Facts.ConcreteCount))
            {
                best = c;
            }
        }

        if (best is null)
        {
            return new LogAnalysis(lines, candidates, null, new FactSet(), []);
        }

        var block = Block(lines, best.Index);
        return new LogAnalysis(lines, candidates, best, Gather(lines, best, block), block);
    }

    private static List<int> Block(List<LogLine> lines, int at)
    {
        var block = new List<int>();
        var start = at;
        while (start > 0 && at - start < MaxBlock && lines[start - 1].Shape == LineShape.Frame && IsNearby(lines, start - 1, start))
        {
            start--;
        }

        for (var i = start; i < at; i++)
        {
            block.Add(i);
        }

        for (var i = at + 1; i < lines.Count && i - at <= MaxBlock && IsNearby(lines, i - 1, i) && Continues(lines[i]); i++)
        {
            block.Add(i);
        }

        return block;
    }

    private static bool IsNearby(List<LogLine> lines, int a, int b) => lines[b].Number - lines[a].Number == 1;

    private static bool Continues(LogLine line)
    {
        var t = line.Trimmed;
        return line.Shape == LineShape.Frame || line.Indent > 0 || t.Length == 0
            || t[0] is '}' or ']' or ')' or '"' || t.StartsWith("Caused by", StringComparison.Ordinal) || t.StartsWith("--->", StringComparison.Ordinal);
    }

    private static FactSet Gather(List<LogLine> lines, LogSignalCandidate best, List<int> block)
    {
        var facts = new FactSet();
        facts.Fill(best.Facts);
        var network = best.Kind is LogSignalKind.ConnectionRefused or LogSignalKind.Timeout or LogSignalKind.DnsFailure
            or LogSignalKind.NetworkUnreachable or LogSignalKind.TlsError or LogSignalKind.AddressInUse;
        foreach (var i in block.Where(i => i > best.Index))
        {
            var text = lines[i].Trimmed;
            var found = new FactSet();
            SignatureCatalogue.Match(text, found);
            if (network)
            {
                Endpoint.AddTo(found, text);
            }

            ConfigurationSignatures.AddFileAndLine(found, text);
            found.Add(LogFacts.ExceptionType, JsonType(text));
            facts.Fill(found);
        }

        for (var i = best.Index + 1; i < lines.Count && i <= best.Index + LaterHeaders && !facts.Has(LogFacts.ExceptionType); i++)
        {
            if (lines[i].Shape == LineShape.ExceptionHeader)
            {
                facts.Add(LogFacts.ExceptionType, ExceptionTypes.Header(lines[i].Trimmed));
            }
        }

        if (facts.Get(LogFacts.Host) is { } host && !facts.Has(LogFacts.Port))
        {
            for (var i = Math.Max(0, best.Index - PortSearch); i < lines.Count && i <= best.Index + PortSearch; i++)
            {
                Endpoint.AddPortOf(facts, host, lines[i].Body);
            }
        }

        return facts;
    }

    private static string? JsonType(string text)
    {
        const string Key = "\"type\": \"";
        if (!text.StartsWith(Key, StringComparison.Ordinal))
        {
            return null;
        }

        var end = text.IndexOf('"', Key.Length);
        return end > Key.Length ? text[Key.Length..end] : null;
    }
}
