namespace CrashLoopAnalysis;

/// <summary>The formats a diagnosis can be written in.</summary>
public enum ReportFormat
{
    /// <summary>Plain text for a terminal.</summary>
    Text,
    /// <summary>Markdown to paste into a ticket.</summary>
    Markdown,
    /// <summary>JSON for tools (the stable contract, schemaVersion 1).</summary>
    Json,
}
