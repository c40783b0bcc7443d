using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>What every section parser of one capture shares: the lines, the result and the field lines seen.</summary>
internal sealed class DescribeContext
{
    private Dictionary<string, EvidenceLine> _fields = new(StringComparer.Ordinal);

    public DescribeContext(DescribeLines lines, ReadResult result)
    {
        Lines = lines;
        Result = result;
    }

    public DescribeLines Lines { get; }

    public ReadResult Result { get; }

    public string Source => Result.Source;

    /// <summary>Records that the field at <paramref name="path"/> is shown on line index <paramref name="i"/>.</summary>
    public void Field(string path, int i) => _fields.TryAdd(path, Evidence(i));

    public EvidenceLine Evidence(int i)
    {
        var content = Lines.Content(i);
        var text = content.Length > 400 ? string.Concat(content[..400], "…") : content.ToString();
        return new EvidenceLine(Source, DescribeLines.Number(i), text);
    }

    /// <summary>Warns once per line about something that could not be read.</summary>
    public void Warn(int i, string message)
    {
        if (Lines.MarkWarned(i))
        {
            Result.Warn(DescribeLines.Number(i), message);
        }
    }

    /// <summary>Hands over the field lines gathered for one object and starts afresh for the next.</summary>
    public FieldProvenance TakeProvenance()
    {
        var done = new FieldProvenance(_fields);
        _fields = new Dictionary<string, EvidenceLine>(StringComparer.Ordinal);
        return done;
    }
}
