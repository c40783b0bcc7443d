namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>Tells archives and compressed streams from their first bytes, never from their names.</summary>
internal static class ArchiveSniffer
{
    /// <summary>Enough of a stream's start to see every magic number, including tar's at offset 257.</summary>
    public const int HeadLength = 512;

    public static ArchiveFormat Sniff(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return ArchiveFormat.Gzip;
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFD, (byte)'7', (byte)'z', (byte)'X', (byte)'Z', 0x00]))
        {
            return ArchiveFormat.Xz;
        }

        if (head.StartsWith("PK\x03\x04"u8) || head.StartsWith("PK\x05\x06"u8))
        {
            return ArchiveFormat.Zip;
        }

        return head.Length >= 262 && head.Slice(257, 5).SequenceEqual("ustar"u8) ? ArchiveFormat.Tar : ArchiveFormat.None;
    }

    /// <summary>
    /// Reads up to <paramref name="length"/> bytes, fewer only at the end of the stream. The result is exactly as
    /// long as what was read, so thousands of small files cost what they hold, not the length asked for.
    /// </summary>
    public static byte[] ReadHead(Stream stream, int length = HeadLength)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var total = 0;
            while (total < length)
            {
                var n = stream.Read(buffer, total, length - total);
                if (n == 0)
                {
                    break;
                }

                total += n;
            }

            return buffer[..total];
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
