using System.Buffers;

namespace CrashLoopAnalysis.Text;

/// <summary>
/// Finds the first of several strings in text, ignoring ASCII case. On .NET 9 and later this is the
/// vectorised <c>SearchValues&lt;string&gt;</c>; on .NET 8 it falls back to searching for the strings' first letters.
/// </summary>
internal sealed class MultiStringSearch
{
#if NET9_0_OR_GREATER
    private readonly SearchValues<string> _values;
#else
    private readonly string[] _strings;
    private readonly SearchValues<char> _firstChars;
#endif

    public MultiStringSearch(params string[] strings)
    {
#if NET9_0_OR_GREATER
        _values = SearchValues.Create(strings, StringComparison.OrdinalIgnoreCase);
#else
        _strings = strings;
        _firstChars = SearchValues.Create(string.Concat(strings.Select(s => $"{char.ToLowerInvariant(s[0])}{char.ToUpperInvariant(s[0])}")).Distinct().ToArray());
#endif
    }

    /// <summary>The index of the first occurrence of any of the strings, or -1.</summary>
    public int IndexOfAny(ReadOnlySpan<char> text)
    {
#if NET9_0_OR_GREATER
        return text.IndexOfAny(_values);
#else
        var offset = 0;
        while (true)
        {
            var at = text[offset..].IndexOfAny(_firstChars);
            if (at < 0)
            {
                return -1;
            }

            var candidate = text[(offset + at)..];
            foreach (var s in _strings)
            {
                if (candidate.StartsWith(s, StringComparison.OrdinalIgnoreCase))
                {
                    return offset + at;
                }
            }

            offset += at + 1;
        }
#endif
    }
}
