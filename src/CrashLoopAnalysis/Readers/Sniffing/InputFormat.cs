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
    Log,
}
