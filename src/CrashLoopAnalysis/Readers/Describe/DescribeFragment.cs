using CrashLoopAnalysis.Readers.Tables;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads the part of a describe that people paste alone: the Events section (with or without its
/// <c>Events:</c> line or header row) or the container sections of a pod whose name was not copied.
/// </summary>
internal static class DescribeFragment
{
    public static void Read(DescribeContext cx, LineRange range)
    {
        var lines = cx.Lines;
        var first = range.Start;
        while (first < range.End && (lines.IsBlank(first) || IsNoise(lines.Content(first))))
        {
            first++;
        }

        if (first >= range.End)
        {
            return;
        }

        var content = lines.Content(first);
        var unknown = new V1ObjectReference { Kind = "Pod" };
        if (lines.TryKey(first, out var key, out _) && key.SequenceEqual("Events"))
        {
            EventsSection.Read(cx, first, new LineRange(first + 1, range.End), unknown);
        }
        else if (IsEventsHeader(content))
        {
            EventsSection.ReadRows(cx, new LineRange(first, range.End), unknown);
        }
        else if (lines.TryKey(first, out key, out _) && key is "Containers" or "Init Containers")
        {
            PodText.Read(cx, new LineRange(first, range.End));
        }
        else if (HeaderlessEventRow.IsRow(content))
        {
            HeaderlessEventRows.Read(cx, new LineRange(first, range.End), unknown);
        }
        else if (lines.TryKey(first, out key, out _) && ContainerSection.IsPropertyKey(key))
        {
            UnnamedContainer(cx, new LineRange(first, range.End));
        }
        else if (lines.TryKey(first, out key, out _) && HeadingNames.Find(key) is not null && DescribedKind.Of(lines, new LineRange(first, range.End)) == "Pod")
        {
            // The pod's own lines from some heading on (Status, Tolerations, Volumes...): the name was not copied.
            PodText.Read(cx, new LineRange(first, range.End));
        }
        else if (Next(lines, first + 1, range.End) is var next && next < range.End && HeaderlessEventRow.IsRow(lines.Content(next)))
        {
            cx.Warn(first, "This line above the event rows is not part of them; it was skipped.");
            HeaderlessEventRows.Read(cx, new LineRange(next, range.End), unknown);
        }
        else
        {
            cx.Warn(first, "The text before the first 'Name:' line is not part of a describe; it was skipped.");
        }
    }

    /// <summary>
    /// A container's lines pasted from its properties on, then maybe the pod's own sections below them: the
    /// container is read up to the first pod heading at a shallower depth, and the rest as the pod's.
    /// </summary>
    private static void UnnamedContainer(DescribeContext cx, LineRange range)
    {
        var lines = cx.Lines;
        var depth = lines.Indent(range.Start);
        var end = range.End;
        for (var i = range.Start + 1; i < range.End; i++)
        {
            if (!lines.IsBlank(i) && lines.Indent(i) < depth && lines.TryKey(i, out var key, out _) && HeadingNames.Find(key) is not null)
            {
                end = i;
                break;
            }
        }

        var container = ContainerSection.ReadUnnamed(cx, new LineRange(range.Start, end), ContainerKind.Regular);
        var before = cx.Result.Pods.Count;
        PodText.Read(cx, new LineRange(end, range.End));
        var record = cx.Result.Pods[before];
        if (record.Pod.Spec.Containers.Count == 0)
        {
            PodContainers.SetRegular(record.Pod, [container]);
        }

        // Its fields were read in two parts: asking for their lines reads the whole range again the same way.
        cx.Result.Pods[before] = record with { Provenance = PodProvenance.Of(cx, range, UnnamedContainer) };
    }

    private static int Next(DescribeLines lines, int from, int end)
    {
        while (from < end && lines.IsBlank(from))
        {
            from++;
        }

        return from;
    }

    private static bool IsEventsHeader(ReadOnlySpan<char> content) =>
        (content.StartsWith("Type") && content.Contains("Reason", StringComparison.Ordinal) && content.Contains("Message", StringComparison.Ordinal))
        || content.StartsWith("FirstSeen");

    private static bool IsNoise(ReadOnlySpan<char> content) => DescribeReader.IsPrompt(content) || content.SequenceEqual("...");
}
