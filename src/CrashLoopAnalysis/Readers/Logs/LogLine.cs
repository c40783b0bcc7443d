namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// One retained line, understood: the part after any capture prefix (timestamps, compose service, klog header),
/// its level and its shape.
/// </summary>
/// <param name="Number">The 1-based line number.</param>
/// <param name="Raw">The line as captured.</param>
/// <param name="Body">The line without its capture and logger prefixes.</param>
/// <param name="Service">The compose service that wrote the line, when the capture is prefixed with one.</param>
/// <param name="Indent">The leading white space of <paramref name="Body"/>, in characters (a tab counts as 4).</param>
/// <param name="Level">How loudly the line speaks.</param>
/// <param name="Shape">What kind of line it is.</param>
/// <param name="LoggerLevel">True when <paramref name="Level"/> comes from a logger's level marker.</param>
internal sealed record LogLine(long Number, string Raw, string Body, string? Service, int Indent, LineLevel Level, LineShape Shape, bool LoggerLevel)
{
    /// <summary>The body without leading white space.</summary>
    public string Trimmed => Body.TrimStart();
}
