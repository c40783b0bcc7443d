namespace CrashLoopAnalysis.Tests;

/// <summary>
/// The part every test stream shares: read-only, forward-only, no length unless a subclass tells it, a position
/// that counts what <see cref="Stream.Read(byte[], int, int)"/> handed out. Subclasses say only how they read.
/// </summary>
internal abstract class ReadOnlyTestStream : Stream
{
    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => Consumed; set => throw new NotSupportedException(); }

    /// <summary>How many bytes were read so far.</summary>
    protected long Consumed { get; set; }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
