namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Splits one described object into its top-level sections: a <c>Key:</c> line at the object's own depth whose
/// key looks like a describe heading starts a section; everything up to the next one is its body. Events
/// come last and take the rest, so that message lines at column 0 stay with them.
/// </summary>
internal static class DescribeSections
{
    public static void ForEach<TState>(DescribeContext cx, LineRange doc, TState state, Action<TState, string, int, LineRange> section)
    {
        var lines = cx.Lines;
        if (doc.Start >= doc.End)
        {
            return;
        }

        var depth = lines.Indent(doc.Start);
        var i = doc.Start;
        while (i < doc.End)
        {
            if (lines.IsBlank(i))
            {
                i++;
                continue;
            }

            if (!IsHeading(lines, i, depth, out var key))
            {
                cx.Warn(i, "This line is not part of any describe section.");
                i++;
                continue;
            }

            var next = key == "Events" ? doc.End : Next(lines, i + 1, doc.End, depth);
            section(state, key, i, new LineRange(i + 1, next));
            i = next;
        }
    }

    private static int Next(DescribeLines lines, int from, int end, int depth)
    {
        for (var i = from; i < end; i++)
        {
            if (!lines.IsBlank(i) && lines.Indent(i) <= depth && IsHeading(lines, i, depth, out _))
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsHeading(DescribeLines lines, int i, int depth, out string key)
    {
        key = string.Empty;
        if (lines.Indent(i) > depth || !lines.TryKey(i, out var k, out _) || k.Length > 40 || !char.IsAsciiLetterUpper(k[0]))
        {
            return false;
        }

        // Only headings kubectl prints: a message line at column 0 such as "ModuleNotFoundError: ..." is text.
        key = HeadingNames.Find(k) ?? string.Empty;
        return key.Length > 0;
    }
}
