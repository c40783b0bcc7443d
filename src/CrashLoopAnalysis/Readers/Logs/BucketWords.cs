using System.Buffers.Binary;
using System.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// The words of <see cref="TeddyBuckets"/>, flattened by bucket, with their first eight bytes packed into a
/// number so that a false candidate is usually rejected with one load, one OR and one compare: letters are
/// folded with <c>| 0x20</c> only where the word has a letter (the only bytes that fold onto a lower-case
/// letter are that letter in either case), other bytes must be equal. The rest of a longer word is compared
/// ignoring ASCII case.
/// </summary>
internal sealed class BucketWords
{
    private readonly byte[][] _words;
    private readonly ulong[] _head;
    private readonly ulong[] _mask;
    private readonly ulong[] _fold;
    private readonly int[] _bucketStart;

    public BucketWords(TeddyBuckets buckets)
    {
        _words = [.. buckets.Words.SelectMany(b => b)];
        _bucketStart = new int[buckets.Words.Length + 1];
        for (var b = 0; b < buckets.Words.Length; b++)
        {
            _bucketStart[b + 1] = _bucketStart[b] + buckets.Words[b].Length;
        }

        _head = new ulong[_words.Length];
        _mask = new ulong[_words.Length];
        _fold = new ulong[_words.Length];
        for (var w = 0; w < _words.Length; w++)
        {
            for (var k = 0; k < Math.Min(8, _words[w].Length); k++)
            {
                var c = _words[w][k];
                var letter = char.IsAsciiLetter((char)c);
                _head[w] |= (ulong)(letter ? c | 0x20 : c) << (8 * k);
                _mask[w] |= 0xFFUL << (8 * k);
                _fold[w] |= (letter ? 0x20UL : 0) << (8 * k);
            }
        }
    }

    /// <summary>Whether a word of one of the <paramref name="buckets"/> (a bit each) starts at <paramref name="at"/>.</summary>
    public bool AnyAt(ReadOnlySpan<byte> data, int at, byte buckets)
    {
        var rest = data[at..];
        var packed = rest.Length >= 8;
        var head = packed ? BinaryPrimitives.ReadUInt64LittleEndian(rest) : 0;
        for (var bits = (uint)buckets; bits != 0; bits &= bits - 1)
        {
            var b = System.Numerics.BitOperations.TrailingZeroCount(bits);
            if (b + 1 >= _bucketStart.Length)
            {
                break;
            }

            for (var w = _bucketStart[b]; w < _bucketStart[b + 1]; w++)
            {
                if (packed && ((head | _fold[w]) & _mask[w]) != _head[w])
                {
                    continue;
                }

                var word = _words[w];
                if (rest.Length >= word.Length && Ascii.EqualsIgnoreCase(rest[..word.Length], word))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
