namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads the text of <c>kubectl describe</c> (pods, nodes, claims; one or many objects in one capture) into
/// Kubernetes objects. Each object starts at a <c>Name:</c> line; what it is follows from its headings.
/// Lines before the first object (a shell prompt, the command) are skipped.
/// </summary>
internal static class DescribeReader
{
    public static void Read(SourceText text, ReadResult result)
    {
        using var lines = new DescribeLines(text.Bytes);
        var cx = new DescribeContext(lines, result);
        if (lines.CutShort && lines.Count > 0)
        {
            // Said first, so that the cut line's own trouble does not hide why it is broken.
            cx.Warn(lines.Count - 1, "The capture ends in the middle of a line; what came before it was read.");
        }

        var start = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines.IsBlank(i) || !IsName(lines, i, start < 0 ? int.MaxValue : lines.Indent(start)))
            {
                if (start >= 0 && !lines.IsBlank(i) && IsPrompt(lines.Content(i)))
                {
                    ReadObject(cx, new LineRange(start, i));
                    start = -1;
                }

                continue;
            }

            if (start >= 0)
            {
                ReadObject(cx, new LineRange(start, i));
            }
            else
            {
                DescribeFragment.Read(cx, new LineRange(0, i));
            }

            start = i;
        }

        if (start >= 0)
        {
            ReadObject(cx, new LineRange(start, lines.Count));
        }
        else
        {
            DescribeFragment.Read(cx, new LineRange(0, lines.Count));
        }

    }

    private static bool IsName(DescribeLines lines, int i, int depth) =>
        lines.Indent(i) <= depth && lines.TryKey(i, out var key, out _) && key.SequenceEqual("Name");

    internal static bool IsPrompt(ReadOnlySpan<char> line) => Tables.TableLines.IsPrompt(line);

    private static void ReadObject(DescribeContext cx, LineRange doc)
    {
        switch (DescribedKind.Of(cx.Lines, doc))
        {
            case "Node":
                NodeText.Read(cx, doc);
                break;
            case "PersistentVolumeClaim":
                ClaimText.Read(cx, doc);
                break;
            case "Other":
                cx.Warn(doc.Start, "This describes an object other than a pod, node or claim (a Job, Deployment, Service...); it was skipped.");
                break;
            default:
                PodText.Read(cx, doc);
                break;
        }
    }
}
