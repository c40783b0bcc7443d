namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>Writes the bundle as a folder.</summary>
/// <param name="root">The folder to write into.</param>
public sealed class FolderSink(string root) : IBundleSink
{
    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var full = Path.Combine(root, path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        using var file = File.Create(full);
        file.Write(content);
    }

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
