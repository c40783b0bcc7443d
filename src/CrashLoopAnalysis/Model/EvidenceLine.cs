namespace CrashLoopAnalysis.Model;

/// <summary>
/// One line of captured input that proves a fact: where it is (source and 1-based line) and what it says.
/// </summary>
/// <param name="Source">The input path; inside an archive <c>archive.tar.gz!/path/in/it</c>.</param>
/// <param name="Line">The 1-based line number in <paramref name="Source"/>; 0 when the fact has no line (objects passed in memory).</param>
/// <param name="Text">The line as captured, trimmed of surrounding white space.</param>
public sealed record EvidenceLine(string Source, int Line, string Text)
{
    /// <summary>Formats the evidence as <c>source:line: text</c>.</summary>
    public override string ToString() => Line > 0 ? $"{Source}:{Line}: {Text}" : $"{Source}: {Text}";
}
