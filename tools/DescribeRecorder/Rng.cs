namespace DescribeRecorder;

/// <summary>
/// A small deterministic random source (SplitMix64). Unlike <see cref="Random"/> its sequence is fixed
/// by this file alone, so a seed gives the same cluster on every runtime version.
/// </summary>
internal sealed class Rng
{
    private ulong _state;

    public Rng(ulong seed) => _state = seed;

    /// <summary>A child generator whose sequence depends only on this seed and the label, not on how much of
    /// the parent has been consumed: adding a draw in one pod does not reshuffle every other pod.</summary>
    public static Rng Derive(ulong seed, string label, int index)
    {
        ulong h = 0xCBF29CE484222325UL ^ seed;
        foreach (char c in label)
        {
            h = (h ^ c) * 0x100000001B3UL;
        }

        h = (h ^ (ulong)index) * 0x100000001B3UL;
        var r = new Rng(h);
        r.NextU64();
        return r;
    }

    public ulong NextU64()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform integer in [min, maxExclusive).</summary>
    public int Int(int min, int maxExclusive)
    {
        if (maxExclusive <= min)
        {
            return min;
        }

        return min + (int)(NextU64() % (ulong)(maxExclusive - min));
    }

    /// <summary>Uniform long in [min, maxExclusive).</summary>
    public long Long(long min, long maxExclusive)
    {
        if (maxExclusive <= min)
        {
            return min;
        }

        return min + (long)(NextU64() % (ulong)(maxExclusive - min));
    }

    public double Double() => (NextU64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Double() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Int(0, items.Count)];

    public T Pick<T>(List<T> items) => items[Int(0, items.Count)];

    public T Pick<T>(params T[] items) => items[Int(0, items.Length)];

    /// <summary>Picks by weight; weights need not sum to anything in particular.</summary>
    public T Weighted<T>(IReadOnlyList<(T Item, double Weight)> items)
    {
        double total = 0;
        foreach (var (_, w) in items)
        {
            total += w;
        }

        double x = Double() * total;
        foreach (var (item, w) in items)
        {
            if (x < w)
            {
                return item;
            }

            x -= w;
        }

        return items[^1].Item;
    }

    /// <summary>A skewed integer: mostly small, sometimes up to max (inclusive).</summary>
    public int Skewed(int max, double power = 3.0)
    {
        double u = Double();
        return (int)Math.Floor(Math.Pow(u, power) * (max + 1));
    }

    public string Hex(int length)
    {
        const string digits = "0123456789abcdef";
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = digits[Int(0, 16)];
        }

        return new string(chars);
    }

    /// <summary>Lower-case letters and digits as Kubernetes uses for generated name suffixes
    /// (no vowels, to avoid words).</summary>
    public string Suffix(int length)
    {
        const string alphabet = "bcdfghjklmnpqrstvwxz2456789";
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = alphabet[Int(0, alphabet.Length)];
        }

        return new string(chars);
    }

    public string Uid() =>
        string.Concat(Hex(8), "-", Hex(4), "-4", Hex(3), "-", Pick("8", "9", "a", "b"), Hex(3), "-", Hex(12));

    public List<T> Shuffle<T>(IEnumerable<T> items)
    {
        var list = items.ToList();
        for (int i = list.Count - 1; i > 0; i--)
        {
            int j = Int(0, i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }

        return list;
    }

    public List<T> Sample<T>(IReadOnlyList<T> items, int count)
    {
        var shuffled = Shuffle(items);
        return shuffled.Take(Math.Min(count, shuffled.Count)).ToList();
    }
}
