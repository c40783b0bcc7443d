using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Maps offsets in a JSON document to lines of the captured input it came from. For a JSON file the two are
/// the same text; for YAML the JSON was written so that every token stays on its YAML line.
/// </summary>
internal readonly struct LineMap
{
    private readonly SourceText _json;
    private readonly int _baseLine;
    private readonly SourceText _original;

    public LineMap(SourceText json, int baseLine, SourceText original)
    {
        _json = json;
        _baseLine = baseLine;
        _original = original;
    }

    public string Source => _original.Path;

    /// <summary>The 1-based line of the captured input that holds the JSON byte at <paramref name="offset"/>.</summary>
    public int LineOf(int offset) => _json.LineOf(offset) + _baseLine - 1;

    /// <summary>The captured input's line for a 0-based line number reported by the JSON reader.</summary>
    public int LineOfReaderLine(long zeroBasedLine) => (int)Math.Min(int.MaxValue, zeroBasedLine + _baseLine);

    public EvidenceLine Evidence(int offset)
    {
        var line = LineOf(offset);
        return new EvidenceLine(_original.Path, line, _original.LineText(line));
    }
}
