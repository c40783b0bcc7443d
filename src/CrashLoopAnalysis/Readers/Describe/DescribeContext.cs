using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// What every section parser of one capture shares: the lines, the result and, when asked for, the lines each
/// field was shown on (see <see cref="PodProvenance"/>: a first reading records none).
/// </summary>
internal sealed class DescribeContext
{
    private readonly Dictionary<string, EvidenceLine>? _fields;
    private readonly TextPool _pool = new();

    public DescribeContext(DescribeLines lines, ReadResult result, bool recordFields = false)
    {
        Lines = lines;
        Result = result;
        _fields = recordFields ? new Dictionary<string, EvidenceLine>(StringComparer.Ordinal) : null;
    }

    public DescribeLines Lines { get; }

    public ReadResult Result { get; }

    public string Source => Result.Source;

    /// <summary>The text as a string, the same string for the same short text within this capture.</summary>
    public string Text(ReadOnlySpan<char> text) => _pool.Get(text);

    /// <summary>The strings of this capture (see <see cref="Text"/>).</summary>
    public TextPool Pool => _pool;

    /// <summary>Whether the lines fields were shown on are recorded (a second reading, for provenance).</summary>
    public bool RecordsFields => _fields is not null;

    /// <summary>Records that the field at <paramref name="path"/> is shown on line index <paramref name="i"/>.</summary>
    public void Field(FieldPath path, int i)
    {
        if (_fields is not null)
        {
            var key = path.ToString();
            if (!_fields.ContainsKey(key))
            {
                _fields.Add(key, Evidence(i));
            }
        }
    }

    public EvidenceLine Evidence(int i)
    {
        var content = Lines.Content(i);
        var text = content.Length > 400 ? string.Concat(content[..400], "…") : content.ToString();
        return new EvidenceLine(Source, Lines.Number(i), text);
    }

    /// <summary>Warns once per line about something that could not be read.</summary>
    public void Warn(int i, string message)
    {
        if (Lines.MarkWarned(i))
        {
            Result.Warn(Lines.Number(i), message);
        }
    }

    /// <summary>The field lines recorded so far (when <see cref="RecordsFields"/>).</summary>
    public Dictionary<string, EvidenceLine> Fields => _fields ?? new Dictionary<string, EvidenceLine>(StringComparer.Ordinal);
}
