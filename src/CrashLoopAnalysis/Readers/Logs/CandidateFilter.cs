using System.Numerics;
using System.Runtime.Intrinsics;
using System.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Finds the next candidate word in raw UTF-8 bytes, ignoring ASCII case, without decoding. One vectorised pass
/// tests every word at once by its first and last byte (folded to lower case with <c>| 0x20</c>), 32 positions at a
/// time; only positions where a pair matches are verified against the whole word. The words are few and rare in
/// healthy output on purpose: the cost grows with their number.
/// </summary>
internal sealed class CandidateFilter
{
    private readonly byte[][] _words;
    private readonly byte[] _first;
    private readonly byte[] _last;
    private readonly int[] _distance;
    private readonly int _reach;

    public CandidateFilter(IEnumerable<string> words)
    {
        _words = [.. words.Select(w => Encoding.UTF8.GetBytes(w))];
        _first = [.. _words.Select(w => (byte)(w[0] | 0x20))];
        _last = [.. _words.Select(w => (byte)(w[^1] | 0x20))];
        _distance = [.. _words.Select(w => w.Length - 1)];
        _reach = _words.Max(w => w.Length);
    }

    /// <summary>The index of the first candidate word in <paramref name="data"/>, or -1.</summary>
    public int IndexOf(ReadOnlySpan<byte> data)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var fold = Vector256.Create((byte)0x20);
            ref var start = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(data);
            for (; i + Vector256<byte>.Count + _reach <= data.Length; i += Vector256<byte>.Count)
            {
                var head = Vector256.LoadUnsafe(ref start, (nuint)i) | fold;
                var hits = Vector256<byte>.Zero;
                for (var k = 0; k < _words.Length; k++)
                {
                    var tail = Vector256.LoadUnsafe(ref start, (nuint)(i + _distance[k])) | fold;
                    hits |= Vector256.Equals(head, Vector256.Create(_first[k])) & Vector256.Equals(tail, Vector256.Create(_last[k]));
                }

                if (hits != Vector256<byte>.Zero)
                {
                    var bits = hits.ExtractMostSignificantBits();
                    while (bits != 0)
                    {
                        var at = i + BitOperations.TrailingZeroCount(bits);
                        if (IsWordAt(data, at))
                        {
                            return at;
                        }

                        bits &= bits - 1;
                    }
                }
            }
        }

        for (; i < data.Length; i++)
        {
            if (IsWordAt(data, i))
            {
                return i;
            }
        }

        return -1;
    }

    private bool IsWordAt(ReadOnlySpan<byte> data, int at)
    {
        var rest = data[at..];
        foreach (var word in _words)
        {
            if (rest.Length >= word.Length && Ascii.EqualsIgnoreCase(rest[..word.Length], word))
            {
                return true;
            }
        }

        return false;
    }
}
