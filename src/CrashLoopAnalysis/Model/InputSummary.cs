namespace CrashLoopAnalysis.Model;

/// <summary>One input as it was read: its path, what it was recognised as, and how many pods it held.</summary>
/// <param name="Path">The path as given (a file, folder, archive or <c>-</c> for standard input).</param>
/// <param name="Kind">What the input is: <c>bundle</c>, <c>must-gather</c>, <c>cluster-info-dump</c>, <c>folder</c>, <c>describe</c>, <c>pods</c>, <c>events</c>, <c>log</c> or <c>objects</c>.</param>
/// <param name="Pods">How many pods the input held.</param>
public sealed record InputSummary(string Path, string Kind, int Pods);
