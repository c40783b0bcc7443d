using System.Formats.Tar;
using System.IO.Compression;

namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>Writes the bundle as a .tar.gz stream, as <c>kubectl support-bundle</c> does.</summary>
public sealed class TarGzSink : IBundleSink
{
    private readonly GZipStream _gzip;
    private readonly TarWriter _tar;

    /// <summary>Writes into <paramref name="output"/>, which is left open.</summary>
    /// <param name="output">The stream.</param>
    public TarGzSink(Stream output)
    {
        _gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true);
        _tar = new TarWriter(_gzip, TarEntryFormat.Pax, leaveOpen: true);
    }

    /// <inheritdoc />
    public void Write(string path, ReadOnlySpan<byte> content)
    {
        var entry = new PaxTarEntry(TarEntryType.RegularFile, path) { DataStream = new MemoryStream(content.ToArray()) };
        _tar.WriteEntry(entry);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _tar.Dispose();
        _gzip.Dispose();
    }
}
