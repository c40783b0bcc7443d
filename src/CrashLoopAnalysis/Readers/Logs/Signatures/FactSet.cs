using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>The facts gathered for one signal; the first value found for a key wins.</summary>
internal sealed class FactSet
{
    // Made on the first fact: most lines a log scan looks at have none.
    private SortedDictionary<string, string>? _values;

    public bool Has(string key) => _values?.ContainsKey(key) == true;

    public string? Get(string key) => _values is not null && _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Adds a value unless the key already has one; blank values and surrounding quotes are dropped.</summary>
    public void Add(string key, string? value)
    {
        var clean = value?.Trim().Trim('"', '\'', '`', '‘', '’', '“', '”');
        if (!string.IsNullOrEmpty(clean))
        {
            (_values ??= new(StringComparer.Ordinal)).TryAdd(key, clean);
        }
    }

    /// <summary>Adds the named group of the first match of <paramref name="pattern"/>, if any.</summary>
    public bool Add(string key, Regex pattern, string text, string group = "v")
    {
        if (Has(key) || pattern.Match(text) is not { Success: true } m || !m.Groups[group].Success)
        {
            return false;
        }

        Add(key, m.Groups[group].Value);
        return true;
    }

    /// <summary>Adds every value of <paramref name="other"/> whose key is still missing here.</summary>
    public void Fill(FactSet other)
    {
        if (other._values is null)
        {
            return;
        }

        foreach (var (key, value) in other._values)
        {
            (_values ??= new(StringComparer.Ordinal)).TryAdd(key, value);
        }
    }

    /// <summary>The number of facts that name a concrete thing (everything but the exception type and runtime).</summary>
    public int ConcreteCount => _values is null ? 0 : _values.Keys.Count(k => k is not (Model.LogFacts.ExceptionType or Model.LogFacts.Runtime));

    public ImmutableSortedDictionary<string, string> ToImmutable() =>
        _values is null ? ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal) : _values.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
