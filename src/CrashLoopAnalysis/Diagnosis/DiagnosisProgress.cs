namespace CrashLoopAnalysis;

/// <summary>How far a diagnosis has come: reported through <see cref="IProgress{T}"/> while a dump is read and diagnosed.</summary>
/// <param name="EntriesRead">Files of the dump read so far.</param>
/// <param name="BytesRead">Bytes of the inputs consumed so far (packed bytes, for archives).</param>
/// <param name="BytesTotal">The inputs' total size in bytes, when known (for a stream it is not).</param>
/// <param name="PodsDiagnosed">Pods diagnosed so far.</param>
/// <param name="PodsTotal">Pods to diagnose; 0 until every input has been read.</param>
public sealed record DiagnosisProgress(int EntriesRead, long BytesRead, long? BytesTotal, int PodsDiagnosed, int PodsTotal);
