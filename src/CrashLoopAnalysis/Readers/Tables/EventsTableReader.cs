namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>Reads the text tables of <c>kubectl get events</c> into events.</summary>
internal static class EventsTableReader
{
    public static void Read(SourceText text, ReadResult result) =>
        result.Warn(1, "The kubectl get events table is recognised but not read yet in this version.");
}
