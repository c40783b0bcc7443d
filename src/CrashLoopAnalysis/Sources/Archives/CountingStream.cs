namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>
/// A read-only pass-through stream that reports every byte read to an <see cref="UnpackBudget"/>. It knows its
/// position even over a stream that cannot seek (the xz decoder asks for it). Whatever a decoder throws on
/// corrupt data becomes an <see cref="InvalidDataException"/>, which every reader turns into a warning.
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
        int n;
        try
        {
            n = inner.Read(buffer);
        }
#pragma warning disable CA1031 // Untrusted data reaches decoders that throw types of their own (SharpCompress's DataErrorException).
        catch (Exception ex) when (ex is not (IOException or InvalidDataException or OperationCanceledException or OutOfMemoryException or DumpLimitExceededException))
#pragma warning restore CA1031
        {
            throw new InvalidDataException($"The compressed data is corrupt ({ex.Message}).", ex);
        }

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
