namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads the multi-line maps describe prints: labels and node selectors as <c>key=value</c>, annotations as
/// <c>key: value</c> (a long or multi-line value goes on deeper-indented lines below its key).
/// </summary>
internal static class MapText
{
    public static Dictionary<string, string>? ReadLabels(DescribeContext cx, int header, LineRange body, string path)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out _, out var first);
        if (first.IsEmpty || first.SequenceEqual("<none>"))
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        AddLabel(cx, map, first, header, path);
        for (var i = body.Start; i < body.End; i++)
        {
            if (!lines.IsBlank(i))
            {
                AddLabel(cx, map, lines.Content(i), i, path);
            }
        }

        return map;
    }

    public static Dictionary<string, string>? ReadAnnotations(DescribeContext cx, int header, LineRange body, string path)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out _, out var first);
        if ((first.IsEmpty && body.IsEmpty) || first.SequenceEqual("<none>"))
        {
            return null;
        }

        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var keyColumn = lines.ValueColumn(header);
        string? key = null;
        if (!first.IsEmpty)
        {
            key = AddAnnotation(cx, map, first, header, path);
        }

        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            if (key is not null && lines.Indent(i) > keyColumn)
            {
                // Value lines are printed two columns past the key; blanks beyond that are the value's own.
                var extra = lines.RawIndent(i) - keyColumn - 2;
                var content = extra > 0 ? string.Concat(new string(' ', extra), lines.Content(i)) : lines.Content(i).ToString();
                map[key] = map[key].Length == 0 ? content : string.Concat(map[key], "\n", content);
                continue;
            }

            keyColumn = lines.Indent(i);
            key = AddAnnotation(cx, map, lines.Content(i), i, path);
        }

        return map;
    }

    private static void AddLabel(DescribeContext cx, Dictionary<string, string> map, ReadOnlySpan<char> text, int i, string path)
    {
        var eq = text.IndexOf('=');
        var key = cx.Text(eq < 0 ? text : text[..eq]);
        map[key] = eq < 0 ? string.Empty : cx.Text(text[(eq + 1)..]);
        cx.Field(new FieldPath(path, Tail: key), i);
    }

    private static string AddAnnotation(DescribeContext cx, Dictionary<string, string> map, ReadOnlySpan<char> text, int i, string path)
    {
        var colon = DescribeLines.KeyEnd(text);
        var key = cx.Text(colon < 0 ? text : text[..colon]);
        map[key] = colon < 0 ? string.Empty : cx.Text(text[(colon + 1)..].TrimStart(' '));
        cx.Field(new FieldPath(path, Tail: key), i);
        return key;
    }
}
