using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// The provenance of a described pod, made only when first asked for: most pods are never asked, so a first
/// reading records no field line; asking reads the pod's own lines (kept as the captured bytes) a second time,
/// recording the line of every field. The captured bytes must not change while the pod lives.
/// </summary>
internal static class PodProvenance
{
    public static FieldProvenance Of(DescribeContext cx, LineRange doc) => Of(cx, doc, PodText.Read);

    /// <summary>The provenance of a pod that <paramref name="read"/> reads from the lines of <paramref name="range"/>.</summary>
    public static FieldProvenance Of(DescribeContext cx, LineRange range, Action<DescribeContext, LineRange> read)
    {
        if (cx.RecordsFields)
        {
            return FieldProvenance.Empty;
        }

        var source = cx.Source;
        var bytes = cx.Lines.BytesOf(range);
        var firstLine = cx.Lines.Number(range.Start);
        return new FieldProvenance(() => ReadAgain(source, bytes, firstLine, read));
    }

    private static Dictionary<string, EvidenceLine> ReadAgain(string source, ReadOnlyMemory<byte> bytes, int firstLine, Action<DescribeContext, LineRange> read)
    {
        using var lines = new DescribeLines(bytes, firstLine);
        var cx = new DescribeContext(lines, new ReadResult(source), recordFields: true);
        read(cx, new LineRange(0, lines.Count));
        return cx.Fields;
    }
}
