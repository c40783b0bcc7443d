namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>
/// Counts what one archive has read (packed bytes) and unpacked, and trips once a <see cref="DumpLimits"/>
/// bound is passed. Once tripped it stays tripped, so every later read fails the same way.
/// </summary>
internal sealed class UnpackBudget(DumpLimits limits)
{
    private long _packed;
    private long _unpacked;
    private long _entries;
    private string? _tripped;

    public long PackedBytes => Interlocked.Read(ref _packed);

    public long UnpackedBytes => Interlocked.Read(ref _unpacked);

    public void AddPacked(int count) => Interlocked.Add(ref _packed, count);

    public void AddUnpacked(int count)
    {
        var unpacked = Interlocked.Add(ref _unpacked, count);
        if (_tripped is null && unpacked > limits.MaxUnpackedBytes)
        {
            _tripped = $"The archive unpacks to more than {limits.MaxUnpackedBytes:N0} bytes; the rest of it was not read.";
        }
        else if (_tripped is null && unpacked > limits.RatioFloorBytes && unpacked > limits.MaxCompressionRatio * Math.Max(1, PackedBytes))
        {
            _tripped = $"The archive expands more than {limits.MaxCompressionRatio:0.#} times its packed size (a decompression bomb?); the rest of it was not read.";
        }

        ThrowIfTripped();
    }

    public void AddEntry()
    {
        if (_tripped is null && ++_entries > limits.MaxEntries)
        {
            _tripped = $"The archive holds more than {limits.MaxEntries:N0} entries; the rest of it was not read.";
        }

        ThrowIfTripped();
    }

    public void ThrowIfTripped()
    {
        if (_tripped is not null)
        {
            throw new DumpLimitExceededException(_tripped);
        }
    }
}
