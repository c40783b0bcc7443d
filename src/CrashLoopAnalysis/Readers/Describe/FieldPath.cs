using System.Globalization;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// A field path kept in parts until it is asked for: <c>Head[Name].Tail</c>, <c>Head[Index].Tail</c> or
/// <c>Head.Tail</c>, so that recording where a field was shown costs no string.
/// </summary>
internal readonly record struct FieldPath(string Head, string? Name = null, int Index = -1, string? Tail = null)
{
    public static implicit operator FieldPath(string path) => new(path);

    /// <summary>The path joined: <c>spec.containers[app].image</c>.</summary>
    public override string ToString()
    {
        var bracket = Name ?? (Index >= 0 ? Index.ToString(CultureInfo.InvariantCulture) : null);
        return (bracket, Tail) switch
        {
            (null, null) => Head,
            (null, _) => string.Concat(Head, ".", Tail),
            (_, null) => string.Concat(Head, "[", bracket, "]"),
            _ => string.Concat(Head, "[", bracket, "].", Tail),
        };
    }
}
