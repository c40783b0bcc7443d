namespace CrashLoopAnalysis.Model;

/// <summary>Identifies a pod by namespace and name; both may be unknown (a bare log file).</summary>
/// <param name="Namespace">The namespace, or <see langword="null"/> when the input does not say.</param>
/// <param name="Name">The pod name, or <see langword="null"/> when no pod is named at all.</param>
public readonly record struct PodKey(string? Namespace, string? Name) : IComparable<PodKey>
{
    /// <inheritdoc />
    public int CompareTo(PodKey other)
    {
        var byNamespace = string.CompareOrdinal(Namespace, other.Namespace);
        return byNamespace != 0 ? byNamespace : string.CompareOrdinal(Name, other.Name);
    }

    /// <summary>Orders keys by namespace, then name (ordinal).</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether <paramref name="left"/> sorts first.</returns>
    public static bool operator <(PodKey left, PodKey right) => left.CompareTo(right) < 0;

    /// <summary>Orders keys by namespace, then name (ordinal).</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether <paramref name="left"/> sorts first or equal.</returns>
    public static bool operator <=(PodKey left, PodKey right) => left.CompareTo(right) <= 0;

    /// <summary>Orders keys by namespace, then name (ordinal).</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether <paramref name="left"/> sorts last.</returns>
    public static bool operator >(PodKey left, PodKey right) => left.CompareTo(right) > 0;

    /// <summary>Orders keys by namespace, then name (ordinal).</summary>
    /// <param name="left">The first key.</param>
    /// <param name="right">The second key.</param>
    /// <returns>Whether <paramref name="left"/> sorts last or equal.</returns>
    public static bool operator >=(PodKey left, PodKey right) => left.CompareTo(right) >= 0;

    /// <summary>Formats the key as <c>namespace/name</c> (or just the name when the namespace is unknown).</summary>
    public override string ToString() => Namespace is null ? Name ?? "(unnamed)" : $"{Namespace}/{Name ?? "(unnamed)"}";
}
