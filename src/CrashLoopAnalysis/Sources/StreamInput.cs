using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Sources.Archives;

namespace CrashLoopAnalysis.Sources;

/// <summary>A single stream given by the caller (or standard input): a capture, or an archive told by its magic bytes.</summary>
internal sealed class StreamInput : DumpInput
{
    private readonly Stream _stream;

    public StreamInput(Stream stream, string name)
        : base(name) => _stream = stream;

    public override IEnumerable<DumpEntry> Entries(DumpLimits limits, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        byte[] head;
        try
        {
            head = ArchiveSniffer.ReadHead(_stream);
        }
        catch (IOException ex)
        {
            warnings.Add(new ParseWarning(Path, 0, $"The stream could not be read ({ex.Message})."));
            return [];
        }

        var archive = TryArchive(new NonClosingStream(_stream), head, limits, warnings, cancellationToken);
        return archive ?? [new DumpEntry(Path, System.IO.Path.GetFileName(Path), -1, () => new PrefixedStream(head, new NonClosingStream(_stream)), Sequential: true)];
    }
}
