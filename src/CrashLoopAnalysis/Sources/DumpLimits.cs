namespace CrashLoopAnalysis.Sources;

/// <summary>
/// Bounds on what an archive may unpack to. Archives are untrusted: past a bound the rest of the archive is
/// not read and a warning says why. Nothing is ever written to disk.
/// </summary>
/// <param name="MaxEntries">The most entries (files, folders, links) one archive may hold.</param>
/// <param name="MaxUnpackedBytes">The most bytes one archive may unpack to.</param>
/// <param name="MaxCompressionRatio">The largest ratio of unpacked to packed bytes, checked once more than
/// <see cref="RatioFloorBytes"/> have been unpacked (so tiny archives of empty files pass).</param>
/// <param name="RatioFloorBytes">How many unpacked bytes an archive may always have, whatever its ratio.</param>
public readonly record struct DumpLimits(long MaxEntries, long MaxUnpackedBytes, double MaxCompressionRatio, long RatioFloorBytes)
{
    /// <summary>The defaults: one million entries, 32 GiB unpacked, a ratio of 250 past the first 64 MiB.</summary>
    public static DumpLimits Default { get; } = new(1_000_000, 32L << 30, 250, 64L << 20);
}
