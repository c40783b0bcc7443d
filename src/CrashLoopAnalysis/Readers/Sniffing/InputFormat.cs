namespace CrashLoopAnalysis.Readers.Sniffing;

/// <summary>What an input holds, as told from its content.</summary>
internal enum InputFormat
{
    Empty,
    Binary,
    Json,
    Yaml,
    Describe,
    EventsTable,
    PodsTable,

    /// <summary>What kubectl logs prints for a container that never started (<c>... is waiting to start: Reason</c>).</summary>
    WaitingMessage,
    Log,
}
