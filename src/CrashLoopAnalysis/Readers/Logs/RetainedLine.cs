namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>A line the scanner kept: its 1-based number and its text (decoded, without the line break).</summary>
internal readonly record struct RetainedLine(long Number, string Text);
