using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>What every section parser of one capture shares: the lines, the result and the field lines seen.</summary>
internal sealed class DescribeContext
{
    private readonly List<(FieldPath Path, int Index)> _fields = [];

    public DescribeContext(DescribeLines lines, ReadResult result)
    {
        Lines = lines;
        Result = result;
    }

    public DescribeLines Lines { get; }

    public ReadResult Result { get; }

    public string Source => Result.Source;

    /// <summary>Records that the field at <paramref name="path"/> is shown on line index <paramref name="i"/>.</summary>
    public void Field(FieldPath path, int i) => _fields.Add((path, i));

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

    /// <summary>
    /// Hands over the field lines gathered for one object and starts afresh for the next. Paths and evidence
    /// lines are built when first asked for, from the captured bytes (or, when they are not UTF-8, from one copy of
    /// the object's text).
    /// </summary>
    public FieldProvenance TakeProvenance()
    {
        if (_fields.Count == 0)
        {
            return FieldProvenance.Empty;
        }

        var fields = new FieldLine[_fields.Count];
        if (Lines.IsUtf8)
        {
            for (var f = 0; f < fields.Length; f++)
            {
                var (path, i) = _fields[f];
                var (start, length) = Lines.ContentBytes(i);
                fields[f] = new FieldLine(path, DescribeLines.Number(i), start, length);
            }

            _fields.Clear();
            return new FieldProvenance(new FieldLines(Source, Lines.Bytes, fields).Build);
        }

        // Bytes that are not UTF-8 were replaced while decoding: cite a copy of the object's text instead.
        var from = int.MaxValue;
        var to = 0;
        foreach (var (_, i) in _fields)
        {
            from = Math.Min(from, Lines.ContentStart(i));
            to = Math.Max(to, Lines.ContentStart(i) + Lines.Content(i).Length);
        }

        for (var f = 0; f < fields.Length; f++)
        {
            var (path, i) = _fields[f];
            fields[f] = new FieldLine(path, DescribeLines.Number(i), Lines.ContentStart(i) - from, Lines.Content(i).Length);
        }

        _fields.Clear();
        return new FieldProvenance(new FieldLines(Source, Lines.Text(from, to - from).ToString(), fields).Build);
    }

    /// <summary>Forgets the field lines gathered for an object whose lines are not kept (a node, a claim).</summary>
    public void DropProvenance() => _fields.Clear();
}
