using CrashLoopAnalysis.Readers.Logs.Signatures;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>What the analysis of the retained lines found.</summary>
/// <param name="Lines">The retained lines, classified.</param>
/// <param name="Candidates">Every line that could be the cause, in line order.</param>
/// <param name="Decisive">The decisive line, or null.</param>
/// <param name="DecisiveFacts">The facts of the decisive line and the lines that belong with it.</param>
/// <param name="Block">The indices of the lines that belong with the decisive line (its trace or continuation).</param>
internal sealed record LogAnalysis(
    IReadOnlyList<LogLine> Lines,
    IReadOnlyList<LogSignalCandidate> Candidates,
    LogSignalCandidate? Decisive,
    FactSet DecisiveFacts,
    IReadOnlyList<int> Block);
