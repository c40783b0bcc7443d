using System.Collections.Immutable;

namespace CrashLoopAnalysis.Model;

/// <summary>
/// What matters in one log, kept without the whole text: its last lines, the decisive facts found in it and
/// the decisive line (the last fatal line or exception before the process ended).
/// </summary>
public sealed record LogDigest
{
    /// <summary>The input path of the log.</summary>
    public required string Source { get; init; }

    /// <summary>The number of lines read.</summary>
    public long LineCount { get; init; }

    /// <summary>The last lines of the log (secrets masked), oldest first.</summary>
    public ImmutableArray<EvidenceLine> Tail { get; init; } = [];

    /// <summary>The decisive facts found, in the order of their lines.</summary>
    public ImmutableArray<LogSignal> Signals { get; init; } = [];

    /// <summary>The line that best says why the process ended, or null when the log says nothing about it.</summary>
    public EvidenceLine? DecisiveLine { get; init; }

    /// <summary>
    /// What the decisive line says, with the facts gathered from it and from the lines that belong with it
    /// (its stack trace or continuation); null when there is no decisive line.
    /// </summary>
    public LogSignal? DecisiveSignal { get; init; }

    /// <summary>The lines that belong with the decisive line (its stack trace or continuation), oldest first.</summary>
    public ImmutableArray<EvidenceLine> DecisiveBlock { get; init; } = [];

    /// <summary>A digest of an empty log.</summary>
    /// <param name="source">The input path.</param>
    /// <returns>An empty digest.</returns>
    public static LogDigest Empty(string source) => new() { Source = source };
}
