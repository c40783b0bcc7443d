namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>One field shown on a line: its path, the 1-based line and where the line's text is in the copy.</summary>
internal readonly record struct FieldLine(FieldPath Path, int Line, int TextStart, int TextLength);
