using System.Collections.Immutable;

namespace CrashLoopAnalysis.Model;

/// <summary>A decisive fact found in a log, with the line that shows it and the details extracted from it.</summary>
/// <param name="Kind">What the line says happened.</param>
/// <param name="Line">The line, as captured (secrets masked).</param>
/// <param name="Facts">Details extracted from the line; keys are listed in <see cref="LogFacts"/>.</param>
public sealed record LogSignal(LogSignalKind Kind, EvidenceLine Line, ImmutableSortedDictionary<string, string> Facts)
{
    /// <summary>Returns the fact named <paramref name="key"/>, or <see langword="null"/>.</summary>
    /// <param name="key">A key from <see cref="LogFacts"/>.</param>
    /// <returns>The value, or null.</returns>
    public string? Fact(string key) => Facts.TryGetValue(key, out var value) ? value : null;
}
