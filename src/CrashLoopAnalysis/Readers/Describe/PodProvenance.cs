using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// The provenance of a described pod, made only when first asked for: most pods are never asked, so a first
/// reading records no field line; asking reads the pod's own lines (kept as the captured bytes) a second time,
/// recording the line of every field. The captured bytes must not change while the pod lives.
/// </summary>
internal static class PodProvenance
{
    public static FieldProvenance Of(DescribeContext cx, LineRange doc)
    {
        if (cx.RecordsFields)
        {
            return FieldProvenance.Empty;
        }

        var source = cx.Source;
        var bytes = cx.Lines.BytesOf(doc);
        var firstLine = cx.Lines.Number(doc.Start);
        return new FieldProvenance(() => Read(source, bytes, firstLine));
    }

    private static Dictionary<string, EvidenceLine> Read(string source, ReadOnlyMemory<byte> bytes, int firstLine)
    {
        using var lines = new DescribeLines(bytes, firstLine);
        var cx = new DescribeContext(lines, new ReadResult(source), recordFields: true);
        PodText.Read(cx, new LineRange(0, lines.Count));
        return cx.Fields;
    }
}
