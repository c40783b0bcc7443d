using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>A single stream given by the caller (or standard input), read as one file.</summary>
internal sealed class StreamInput : DumpInput
{
    private readonly Stream _stream;

    public StreamInput(Stream stream, string name)
        : base(name) => _stream = stream;

    public override IEnumerable<DumpEntry> Entries(ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        yield return new DumpEntry(Path, System.IO.Path.GetFileName(Path), -1, () => new NonClosingStream(_stream));
    }

    /// <summary>Keeps the caller's stream open when the reader disposes what it was handed.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override int Read(Span<byte> buffer) => inner.Read(buffer);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
