using System.Collections.Immutable;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>Turns the retained lines of a scan into a <see cref="LogDigest"/>, masking secrets in every line it cites.</summary>
internal static class LogDigestBuilder
{
    private const int MaxSignals = 256;

    public static LogDigest Build(string source, long lineCount, RetainedLines kept, SecretMasker masker)
    {
        var analysis = DecisiveLineFinder.Analyze(kept.All());
        EvidenceLine Evidence(long number, string text) => new(source, (int)Math.Min(int.MaxValue, number), masker.Apply(text.Trim()));

        var signals = analysis.Candidates
            .Where(c => c.Specific || c.Kind is LogSignalKind.Panic or LogSignalKind.Exception)
            .TakeLast(MaxSignals)
            .Select(c => new LogSignal(c.Kind, Evidence(c.Line.Number, c.Line.Raw), c.Facts.ToImmutable()))
            .ToImmutableArray();
        var decisive = analysis.Decisive;
        return new LogDigest
        {
            Source = source,
            LineCount = lineCount,
            Tail = [.. kept.LastLines.Select(l => Evidence(l.Number, l.Text))],
            Signals = signals,
            DecisiveLine = decisive is null ? null : Evidence(decisive.Line.Number, decisive.Line.Raw),
            DecisiveSignal = decisive is null ? null : new LogSignal(decisive.Kind, Evidence(decisive.Line.Number, decisive.Line.Raw), analysis.DecisiveFacts.ToImmutable()),
            DecisiveBlock = [.. analysis.Block.Select(i => Evidence(analysis.Lines[i].Number, analysis.Lines[i].Raw))],
        };
    }
}
