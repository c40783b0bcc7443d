namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>Reads the text table of <c>kubectl get pods</c>.</summary>
internal static class PodsTableReader
{
    public static void Read(SourceText text, ReadResult result) =>
        result.Warn(1, "The kubectl get pods table is recognised but not read yet in this version.");
}
