namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>A stream that cannot seek or tell its length or position, like standard input.</summary>
internal sealed class NonSeekable(Stream inner) : ReadOnlyTestStream
{
    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, Math.Min(count, 7919));
}
