using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.Arm;
using System.Runtime.Intrinsics.X86;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Finds the next candidate word in raw UTF-8 bytes, ignoring ASCII case, without decoding. The search is Teddy
/// (<see cref="TeddyBuckets"/>): for each of the first four bytes of a word, two byte shuffles look the byte's low
/// and high nibbles up in 16-entry tables, giving the buckets that allow it; the four results are ANDed, so one
/// pass of about one instruction per byte tests every word at every position of 32 (AVX2) or 16 (SSSE3, Arm64)
/// bytes at once, however many words there are. Only positions that pass all four are checked against the words
/// of their buckets (<see cref="BucketWords"/>). Without those instructions the first bytes are searched with
/// <see cref="SearchValues{T}"/>.
/// </summary>
internal sealed class CandidateFilter
{
    private readonly BucketWords _words;
    private readonly SearchValues<byte> _firstBytes;
    private readonly Vector256<byte>[] _low256;
    private readonly Vector256<byte>[] _high256;
    private readonly Vector128<byte>[] _low128;
    private readonly Vector128<byte>[] _high128;

    public CandidateFilter(IEnumerable<string> words)
    {
        var buckets = new TeddyBuckets(words);
        _words = new BucketWords(buckets);
        var first = buckets.Words.SelectMany(b => b).SelectMany(w => new[] { (byte)(w[0] | 0x20), (byte)(w[0] & ~0x20) });
        _firstBytes = SearchValues.Create([.. first.Distinct()]);
        _low128 = [.. buckets.Low.Select(t => Vector128.Create(t))];
        _high128 = [.. buckets.High.Select(t => Vector128.Create(t))];
        _low256 = [.. _low128.Select(v => Vector256.Create(v, v))];
        _high256 = [.. _high128.Select(v => Vector256.Create(v, v))];
    }

    /// <summary>The index of the first candidate word in <paramref name="data"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> data) =>
        Avx2.IsSupported ? IndexOfAvx2(data)
        : Ssse3.IsSupported || AdvSimd.Arm64.IsSupported ? IndexOfVector128(data)
        : IndexOfPortable(data);

    /// <summary>The AVX2 search, 32 positions a step.</summary>
    internal int IndexOfAvx2(ReadOnlySpan<byte> data)
    {
        var i = 0;
        if (Avx2.IsSupported)
        {
            Span<byte> lanes = stackalloc byte[Vector256<byte>.Count];
            while (NextBlockAvx2(data, ref i, out var buckets))
            {
                buckets.CopyTo(lanes);
                var bits = ~Vector256.Equals(buckets, Vector256<byte>.Zero).ExtractMostSignificantBits();
                if (Verify(data, i, bits, lanes) is var at && at >= 0)
                {
                    return at;
                }

                i += Vector256<byte>.Count;
            }
        }

        return Rest(data, i);
    }

    /// <summary>
    /// Advances <paramref name="position"/> to the next block of positions where some bucket passes. Kept free of calls so
    /// the tables stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextBlockAvx2(ReadOnlySpan<byte> data, ref int position, out Vector256<byte> buckets)
    {
        ref var start = ref MemoryMarshal.GetReference(data);
        var (l0, l1, l2, l3) = (_low256[0], _low256[1], _low256[2], _low256[3]);
        var (h0, h1, h2, h3) = (_high256[0], _high256[1], _high256[2], _high256[3]);
        var nibble = Vector256.Create((byte)0x0F);
        var fold = Vector256.Create((byte)0x20);
        var i = position;
        for (; i + Vector256<byte>.Count + TeddyBuckets.Positions - 1 <= data.Length; i += Vector256<byte>.Count)
        {
            var b0 = Vector256.LoadUnsafe(ref start, (nuint)i) | fold;
            var b1 = Vector256.LoadUnsafe(ref start, (nuint)i + 1) | fold;
            var b2 = Vector256.LoadUnsafe(ref start, (nuint)i + 2) | fold;
            var b3 = Vector256.LoadUnsafe(ref start, (nuint)i + 3) | fold;
            var m0 = Avx2.Shuffle(l0, b0 & nibble) & Avx2.Shuffle(h0, Vector256.ShiftRightLogical(b0.AsUInt16(), 4).AsByte() & nibble);
            var m1 = Avx2.Shuffle(l1, b1 & nibble) & Avx2.Shuffle(h1, Vector256.ShiftRightLogical(b1.AsUInt16(), 4).AsByte() & nibble);
            var m2 = Avx2.Shuffle(l2, b2 & nibble) & Avx2.Shuffle(h2, Vector256.ShiftRightLogical(b2.AsUInt16(), 4).AsByte() & nibble);
            var m3 = Avx2.Shuffle(l3, b3 & nibble) & Avx2.Shuffle(h3, Vector256.ShiftRightLogical(b3.AsUInt16(), 4).AsByte() & nibble);
            var found = m0 & m1 & m2 & m3;
            if (found != Vector256<byte>.Zero)
            {
                buckets = found;
                position = i;
                return true;
            }
        }

        position = i;
        buckets = default;
        return false;
    }

    /// <summary>The SSSE3 or Arm64 search, 16 positions a step.</summary>
    internal int IndexOfVector128(ReadOnlySpan<byte> data)
    {
        var i = 0;
        if (Ssse3.IsSupported || AdvSimd.Arm64.IsSupported)
        {
            Span<byte> lanes = stackalloc byte[Vector128<byte>.Count];
            while (NextBlockVector128(data, ref i, out var buckets))
            {
                buckets.CopyTo(lanes);
                var bits = ~Vector128.Equals(buckets, Vector128<byte>.Zero).ExtractMostSignificantBits() & 0xFFFFu;
                if (Verify(data, i, bits, lanes) is var at && at >= 0)
                {
                    return at;
                }

                i += Vector128<byte>.Count;
            }
        }

        return Rest(data, i);
    }

    /// <summary>
    /// Advances <paramref name="position"/> to the next block of positions where some bucket passes. Kept free of calls so
    /// the tables stay in registers.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool NextBlockVector128(ReadOnlySpan<byte> data, ref int position, out Vector128<byte> buckets)
    {
        ref var start = ref MemoryMarshal.GetReference(data);
        var (l0, l1, l2, l3) = (_low128[0], _low128[1], _low128[2], _low128[3]);
        var (h0, h1, h2, h3) = (_high128[0], _high128[1], _high128[2], _high128[3]);
        var nibble = Vector128.Create((byte)0x0F);
        var fold = Vector128.Create((byte)0x20);
        var i = position;
        for (; i + Vector128<byte>.Count + TeddyBuckets.Positions - 1 <= data.Length; i += Vector128<byte>.Count)
        {
            var b0 = Vector128.LoadUnsafe(ref start, (nuint)i) | fold;
            var b1 = Vector128.LoadUnsafe(ref start, (nuint)i + 1) | fold;
            var b2 = Vector128.LoadUnsafe(ref start, (nuint)i + 2) | fold;
            var b3 = Vector128.LoadUnsafe(ref start, (nuint)i + 3) | fold;
            var m0 = Lookup(l0, b0 & nibble) & Lookup(h0, Vector128.ShiftRightLogical(b0.AsUInt16(), 4).AsByte() & nibble);
            var m1 = Lookup(l1, b1 & nibble) & Lookup(h1, Vector128.ShiftRightLogical(b1.AsUInt16(), 4).AsByte() & nibble);
            var m2 = Lookup(l2, b2 & nibble) & Lookup(h2, Vector128.ShiftRightLogical(b2.AsUInt16(), 4).AsByte() & nibble);
            var m3 = Lookup(l3, b3 & nibble) & Lookup(h3, Vector128.ShiftRightLogical(b3.AsUInt16(), 4).AsByte() & nibble);
            var found = m0 & m1 & m2 & m3;
            if (found != Vector128<byte>.Zero)
            {
                buckets = found;
                position = i;
                return true;
            }
        }

        position = i;
        buckets = default;
        return false;
    }

    /// <summary>The search without byte shuffles: the words' first bytes, then the words.</summary>
    internal int IndexOfPortable(ReadOnlySpan<byte> data)
    {
        var offset = 0;
        while (true)
        {
            var at = data[offset..].IndexOfAny(_firstBytes);
            if (at < 0)
            {
                return -1;
            }

            if (_words.AnyAt(data, offset + at, 0xFF))
            {
                return offset + at;
            }

            offset += at + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector128<byte> Lookup(Vector128<byte> table, Vector128<byte> indices) =>
        Ssse3.IsSupported ? Ssse3.Shuffle(table, indices) : AdvSimd.Arm64.VectorTableLookup(table, indices);

    /// <summary>The first position of a block at <paramref name="i"/> (one of <paramref name="bits"/>) where a word of its buckets starts, or -1.</summary>
    private int Verify(ReadOnlySpan<byte> data, int i, uint bits, ReadOnlySpan<byte> lanes)
    {
        for (; bits != 0; bits &= bits - 1)
        {
            var lane = System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (_words.AnyAt(data, i + lane, lanes[lane]))
            {
                return i + lane;
            }
        }

        return -1;
    }

    private int Rest(ReadOnlySpan<byte> data, int i)
    {
        for (; i < data.Length; i++)
        {
            if (_words.AnyAt(data, i, 0xFF))
            {
                return i;
            }
        }

        return -1;
    }
}
