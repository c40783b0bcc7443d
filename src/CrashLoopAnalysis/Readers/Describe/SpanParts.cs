namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>The parts of a span between separators (net8.0 has no span Split); empty parts are skipped.</summary>
internal ref struct SpanParts
{
    private readonly char _separator;
    private ReadOnlySpan<char> _rest;

    public SpanParts(ReadOnlySpan<char> text, char separator)
    {
        _rest = text;
        _separator = separator;
    }

    public ReadOnlySpan<char> Current { get; private set; }

    public readonly SpanParts GetEnumerator() => this;

    public bool MoveNext()
    {
        while (!_rest.IsEmpty)
        {
            var at = _rest.IndexOf(_separator);
            Current = at < 0 ? _rest : _rest[..at];
            _rest = at < 0 ? [] : _rest[(at + 1)..];
            if (!Current.IsEmpty)
            {
                return true;
            }
        }

        return false;
    }
}
