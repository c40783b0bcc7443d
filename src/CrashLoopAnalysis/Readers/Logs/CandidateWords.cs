namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// The words that make the scanner keep a line and a few lines around it (ignoring ASCII case). They are searched in
/// every byte of the log, so they are few and rare in healthy output; together with the context kept around them
/// and the tail they keep the decisive line of every real log in Fixtures/logs even when it is buried under
/// thousands of quiet lines (a test holds this).
/// </summary>
internal static class CandidateWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "err", "fail", "fatal", "panic", "exception", "refused", "denied", "cannot", "unable", "no such", "not found",
        "timed out", "timeout", "killed", "invalid", "emerg", "in use", "not defined",
    ];

    public static CandidateFilter Filter { get; } = new(All);
}
