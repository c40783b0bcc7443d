namespace CrashLoopAnalysis.Model;

/// <summary>
/// Something in the input that could not be read as it should; the rest of the input is still read.
/// </summary>
/// <param name="Source">The input path; inside an archive <c>archive.tar.gz!/path/in/it</c>.</param>
/// <param name="Line">The 1-based line where the problem was seen; 0 when it concerns the whole input.</param>
/// <param name="Message">What was wrong, in one sentence.</param>
public sealed record ParseWarning(string Source, int Line, string Message)
{
    /// <summary>Formats the warning as <c>source:line: message</c>.</summary>
    public override string ToString() => Line > 0 ? $"{Source}:{Line}: {Message}" : $"{Source}: {Message}";
}
