namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>
/// A read-only pass-through stream that reports every byte read to an <see cref="UnpackBudget"/>. It knows its
/// position even over a stream that cannot seek (the xz decoder asks for it).
/// </summary>
internal sealed class CountingStream(Stream inner, UnpackBudget budget, bool packed) : Stream
{
    private long _read;

    public override bool CanRead => true;
    public override bool CanSeek => inner.CanSeek && packed;
    public override bool CanWrite => false;
    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.CanSeek ? inner.Position : _read;
        set => inner.Position = value;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        budget.ThrowIfTripped();
        var n = inner.Read(buffer);
        _read += n;
        if (packed)
        {
            budget.AddPacked(n);
        }
        else
        {
            budget.AddUnpacked(n);
        }

        return n;
    }

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);
    public override void Flush() { }
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
