namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Walks the items of a block by indentation: an item is a <c>Key:</c> line at the block's item depth, and
/// every following line up to the next item (deeper, or shallower text that continues a value) is its body.
/// </summary>
internal static class DescribeBlocks
{
    /// <summary>The indentation of the first non-blank line of <paramref name="range"/>, or -1.</summary>
    public static int FirstIndent(DescribeLines lines, LineRange range)
    {
        for (var i = range.Start; i < range.End; i++)
        {
            if (!lines.IsBlank(i))
            {
                return lines.Indent(i);
            }
        }

        return -1;
    }

    /// <summary>The next item line at or after <paramref name="from"/>, or <c>range.End</c>.</summary>
    public static int NextItem(DescribeLines lines, int from, int end, int indent)
    {
        for (var i = from; i < end; i++)
        {
            if (!lines.IsBlank(i) && lines.Indent(i) == indent && DescribeLines.KeyEnd(lines.Content(i)) > 0)
            {
                return i;
            }
        }

        return end;
    }

    /// <summary>
    /// Visits each item of <paramref name="range"/>: lines before the first item are reported through
    /// <paramref name="stray"/> (when given) so that the caller can warn.
    /// </summary>
    public static void ForEachItem<TState>(DescribeLines lines, LineRange range, TState state, Action<TState, int, LineRange> item, Action<TState, int>? stray = null)
    {
        var indent = FirstIndent(lines, range);
        if (indent < 0)
        {
            return;
        }

        var i = NextItem(lines, range.Start, range.End, indent);
        if (stray is not null)
        {
            for (var s = range.Start; s < i; s++)
            {
                if (!lines.IsBlank(s))
                {
                    stray(state, s);
                }
            }
        }

        while (i < range.End)
        {
            var next = NextItem(lines, i + 1, range.End, indent);
            item(state, i, new LineRange(i + 1, next));
            i = next;
        }
    }

    /// <summary>Warns about every non-blank line of <paramref name="body"/>: text under a value that takes none.</summary>
    public static void WarnEach(DescribeContext cx, LineRange body, string message)
    {
        for (var i = body.Start; i < body.End; i++)
        {
            if (!cx.Lines.IsBlank(i))
            {
                cx.Warn(i, message);
            }
        }
    }
}
