using System.Text;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// The field lines of one described object, kept as path parts and offsets into the captured bytes (or into one
/// copy of the object's text when the bytes are not UTF-8): path strings and evidence lines are built
/// only when a diagnosis first asks for one. The captured bytes must not change while the object lives.
/// </summary>
internal sealed class FieldLines
{
    private const int MaxEvidenceChars = 400;
    private readonly string _source;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly string? _text;
    private readonly FieldLine[] _fields;

    public FieldLines(string source, ReadOnlyMemory<byte> utf8, FieldLine[] fields)
    {
        _source = source;
        _bytes = utf8;
        _fields = fields;
    }

    public FieldLines(string source, string text, FieldLine[] fields)
    {
        _source = source;
        _text = text;
        _fields = fields;
    }

    public Dictionary<string, EvidenceLine> Build()
    {
        var map = new Dictionary<string, EvidenceLine>(_fields.Length, StringComparer.Ordinal);
        EvidenceLine? last = null;
        foreach (var f in _fields)
        {
            if (last is null || last.Line != f.Line)
            {
                last = new EvidenceLine(_source, f.Line, Shown(f.TextStart, f.TextLength));
            }

            map.TryAdd(f.Path.ToString(), last);
        }

        return map;
    }

    private string Shown(int start, int length)
    {
        var text = _text is null ? Encoding.UTF8.GetString(_bytes.Span.Slice(start, length)) : _text.Substring(start, length);
        return text.Length > MaxEvidenceChars ? string.Concat(text.AsSpan(0, MaxEvidenceChars), "…") : text;
    }
}
