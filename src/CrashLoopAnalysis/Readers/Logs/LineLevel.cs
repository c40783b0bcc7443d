namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>How loudly a line speaks, from its logger's level marker or, without one, from its shape.</summary>
internal enum LineLevel
{
    /// <summary>Nothing error-like: an info or debug record, or plain output.</summary>
    Quiet,
    /// <summary>A warning record, or plain output that uses error words.</summary>
    Warning,
    /// <summary>An exception header, a panic or a fatal runtime message without a logger level.</summary>
    Exception,
    /// <summary>A record whose logger marked it error, fatal, critical or emergency.</summary>
    Error,
}
