using System.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// The words of a <see cref="CandidateFilter"/> grouped into at most eight buckets (one bit each), and the nibble
/// tables that test a byte at each of the first four positions of a word against every bucket at once (the Teddy
/// scheme of Hyperscan and Rust's aho-corasick). Bytes are folded with <c>| 0x20</c>, so letters match in either case;
/// a three-byte word allows any fourth byte. Buckets are merged so that the fewest byte sequences pass, which keeps
/// false candidates rare (four positions rather than three cut them fourfold on the benchmark's log).
/// </summary>
internal sealed class TeddyBuckets
{
    public const int Positions = 4;
    private const int MinLength = 3;
    private const int MaxBuckets = 8;

    public TeddyBuckets(IEnumerable<string> words)
    {
        var encoded = words.Select(w => Encoding.UTF8.GetBytes(w)).ToList();
        if (encoded.Any(w => w.Length < MinLength))
        {
            throw new ArgumentException($"Every word needs at least {MinLength} bytes.", nameof(words));
        }

        var groups = encoded
            .GroupBy(w => ((w[0] | 0x20) << 8) | (w[1] | 0x20))
            .Select(g => g.ToList())
            .ToList();
        while (groups.Count > MaxBuckets)
        {
            MergeCheapestPair(groups);
        }

        Words = [.. groups.Select(g => g.ToArray())];
        Low = new byte[Positions][];
        High = new byte[Positions][];
        for (var p = 0; p < Positions; p++)
        {
            Low[p] = new byte[16];
            High[p] = new byte[16];
            for (var b = 0; b < Words.Length; b++)
            {
                foreach (var word in Words[b])
                {
                    for (var n = 0; n < 16; n++)
                    {
                        var any = p >= word.Length;
                        Low[p][n] |= any || ((word[p] | 0x20) & 0x0F) == n ? (byte)(1 << b) : (byte)0;
                        High[p][n] |= any || ((word[p] | 0x20) >> 4) == n ? (byte)(1 << b) : (byte)0;
                    }
                }
            }
        }
    }

    /// <summary>The words of each bucket, as UTF-8.</summary>
    public byte[][][] Words { get; }

    /// <summary>Per position, the buckets whose words allow each low nibble there.</summary>
    public byte[][] Low { get; }

    /// <summary>Per position, the buckets whose words allow each high nibble there.</summary>
    public byte[][] High { get; }

    /// <summary>The number of byte sequences a bucket lets through at the first positions: the fewer, the rarer a false candidate.</summary>
    private static long Reach(IEnumerable<byte[]> bucket)
    {
        long reach = 1;
        for (var p = 0; p < Positions; p++)
        {
            var low = bucket.Any(w => p >= w.Length) ? 16 : bucket.Select(w => (w[p] | 0x20) & 0x0F).Distinct().Count();
            var high = bucket.Any(w => p >= w.Length) ? 16 : bucket.Select(w => (w[p] | 0x20) >> 4).Distinct().Count();
            reach *= low * high;
        }

        return reach * bucket.Count();
    }

    private static void MergeCheapestPair(List<List<byte[]>> groups)
    {
        var best = (Cost: long.MaxValue, A: 0, B: 1);
        for (var a = 0; a < groups.Count; a++)
        {
            for (var b = a + 1; b < groups.Count; b++)
            {
                var cost = Reach(groups[a].Concat(groups[b])) - Reach(groups[a]) - Reach(groups[b]);
                if (cost < best.Cost)
                {
                    best = (cost, a, b);
                }
            }
        }

        groups[best.A].AddRange(groups[best.B]);
        groups.RemoveAt(best.B);
    }
}
