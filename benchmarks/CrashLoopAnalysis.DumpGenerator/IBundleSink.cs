namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>Where generated files go: a folder, or a .tar.gz stream.</summary>
public interface IBundleSink : IDisposable
{
    /// <summary>Writes one file at a '/'-separated path inside the bundle.</summary>
    /// <param name="path">The path inside the bundle.</param>
    /// <param name="content">The bytes.</param>
    void Write(string path, ReadOnlySpan<byte> content);
}
