using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>The facts gathered for one signal; the first value found for a key wins.</summary>
internal sealed class FactSet
{
    private readonly SortedDictionary<string, string> _values = new(StringComparer.Ordinal);

    public bool Has(string key) => _values.ContainsKey(key);

    public string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    /// <summary>Adds a value unless the key already has one; blank values and surrounding quotes are dropped.</summary>
    public void Add(string key, string? value)
    {
        var clean = value?.Trim().Trim('"', '\'', '`', '‘', '’', '“', '”');
        if (!string.IsNullOrEmpty(clean))
        {
            _values.TryAdd(key, clean);
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
        foreach (var (key, value) in other._values)
        {
            _values.TryAdd(key, value);
        }
    }

    /// <summary>The number of facts that name a concrete thing (everything but the exception type and runtime).</summary>
    public int ConcreteCount => _values.Keys.Count(k => k is not (Model.LogFacts.ExceptionType or Model.LogFacts.Runtime));

    public ImmutableSortedDictionary<string, string> ToImmutable() => _values.ToImmutableSortedDictionary(StringComparer.Ordinal);
}
