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
        else if (IsEventsStart(content))
        {
            EventsSection.ReadRows(cx, new LineRange(first, range.End), unknown);
        }
        else if (lines.TryKey(first, out key, out _) && key is "Containers" or "Init Containers")
        {
            PodText.Read(cx, new LineRange(first, range.End));
        }
        else
        {
            cx.Warn(first, "The text before the first 'Name:' line is not part of a describe; it was skipped.");
        }
    }

    /// <summary>An events table header (<c>Type Reason Age From Message</c>, <c>FirstSeen LastSeen ...</c>) or row.</summary>
    public static bool IsEventsStart(ReadOnlySpan<char> content) =>
        (content.StartsWith("Type") && content.Contains("Reason", StringComparison.Ordinal) && content.Contains("Message", StringComparison.Ordinal))
        || content.StartsWith("FirstSeen") || content.StartsWith("Normal ") || content.StartsWith("Warning ")
        || content.StartsWith("Normal\t") || content.StartsWith("Warning\t");

    private static bool IsNoise(ReadOnlySpan<char> content) => DescribeReader.IsPrompt(content) || content.SequenceEqual("...");
}
