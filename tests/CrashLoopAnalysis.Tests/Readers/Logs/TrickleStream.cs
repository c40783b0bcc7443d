namespace CrashLoopAnalysis.Tests.Readers.Logs;

/// <summary>A read-only stream that hands out at most a few bytes per read, as a slow pipe or socket does.</summary>
internal sealed class TrickleStream(byte[] data, int maxRead) : ReadOnlyTestStream
{
    public override long Length => data.Length;

    public override int Read(byte[] buffer, int offset, int count)
    {
        var n = (int)Math.Min(Math.Min(count, maxRead), data.Length - Consumed);
        Array.Copy(data, Consumed, buffer, offset, n);
        Consumed += n;
        return n;
    }
}
