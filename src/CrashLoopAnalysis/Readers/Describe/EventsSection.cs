using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Tables;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads the Events section of any describe: the modern <c>Type Reason Age From Message</c> table, the
/// pre-1.8 <c>FirstSeen LastSeen Count From SubObjectPath Type Reason Message</c> table with its dashed row,
/// the tab-separated v1.0 table, rows without a header, and messages that go on over several lines.
/// </summary>
internal static class EventsSection
{
    private const string DefaultHeader = "Type  Reason  Age  From  Message";

    public static void Read(DescribeContext cx, int header, LineRange body, V1ObjectReference about)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out _, out var value);
        if (value.SequenceEqual("<none>"))
        {
            return;
        }

        ReadRows(cx, body, about);
    }

    /// <summary>Reads an events table with or without its header row (a capture of the Events section alone).</summary>
    public static void ReadRows(DescribeContext cx, LineRange body, V1ObjectReference about)
    {
        var lines = cx.Lines;
        var i = body.Start;
        while (i < body.End && lines.IsBlank(i))
        {
            i++;
        }

        if (i >= body.End)
        {
            return;
        }

        var table = TextTable.Parse(DefaultHeader);
        var columns = EventColumns.Of(table);
        var first = lines.Content(i);
        if (first.Contains("Reason", StringComparison.OrdinalIgnoreCase) && first.Contains("Message", StringComparison.OrdinalIgnoreCase))
        {
            var parsed = TextTable.Parse(first);
            var parsedColumns = EventColumns.Of(parsed);
            if (parsedColumns.IsEvents)
            {
                (table, columns) = (parsed, parsedColumns);
            }

            i++;
        }

        var rowIndent = -1;
        var sameBlock = true;
        EventRecord? previous = null;
        for (; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            var content = lines.Content(i);
            if (IsUnderline(content))
            {
                continue;
            }

            var indent = lines.Indent(i);
            if (previous is not null && (indent != rowIndent || !LooksLikeRow(content, table, columns)))
            {
                // A message with line ends goes on at whatever column it had.
                previous.Event.Message = string.Concat(previous.Event.Message, "\n", lines.Raw(i));
                sameBlock = false;
                continue;
            }

            var cells = table.Split(content, columns.Optional, sameBlock, cx.Pool);
            var e = EventRowText.ToEvent(cells, columns);
            if (string.IsNullOrEmpty(e.Reason))
            {
                cx.Warn(i, "This line in the Events section is not an event row.");
                continue;
            }

            if (lines.CutShort && i == lines.Count - 1 && string.IsNullOrEmpty(e.Message))
            {
                // The capture stops inside this row: its reason may be cut too ("FailedSc"), so it is no event.
                cx.Warn(i, "The capture ends inside this event row; it was not read.");
                continue;
            }

            rowIndent = indent;
            e.InvolvedObject.Kind = about.Kind;
            e.InvolvedObject.Name = about.Name;
            e.InvolvedObject.NamespaceProperty = about.NamespaceProperty;
            e.Metadata.NamespaceProperty = about.NamespaceProperty;
            previous = new EventRecord(e, cx.Evidence(i));
            cx.Result.Events.Add(previous);
        }
    }

    private static bool IsUnderline(ReadOnlySpan<char> content) =>
        content.Length > 0 && content[0] == '-' && content.IndexOfAnyExcept("- \t") < 0;

    private static bool LooksLikeRow(ReadOnlySpan<char> content, TextTable table, EventColumns columns)
    {
        // A row starts with its first cell: an event type, an age or a date, never free message text.
        var type = columns.Type;
        if (type == 0)
        {
            return content.StartsWith("Normal") || content.StartsWith("Warning");
        }

        var end = content.IndexOfAny(' ', '\t');
        var firstCell = end < 0 ? content : content[..end];
        return table.Names.Length > 0 && firstCell.Length > 0 &&
            (char.IsAsciiDigit(firstCell[0]) || firstCell[0] == '<' || firstCell.EndsWith(",") || firstCell.SequenceEqual("Normal") || firstCell.SequenceEqual("Warning"));
    }
}
