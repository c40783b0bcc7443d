using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Tables;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads event rows pasted without their header, in any of the layouts kubectl has printed (see
/// <see cref="HeaderlessEventRow"/>); a line that is not a row goes on with the message above it.
/// </summary>
internal static class HeaderlessEventRows
{
    public static void Read(DescribeContext cx, LineRange range, V1ObjectReference about)
    {
        var lines = cx.Lines;
        EventRecord? previous = null;
        for (var i = range.Start; i < range.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            var content = lines.Content(i);
            if (DescribeReader.IsPrompt(content))
            {
                continue;
            }

            if (HeaderlessEventRow.Cells(content, out var columns) is not { } cells)
            {
                if (previous is null)
                {
                    cx.Warn(i, "This line before the first event row is not an event row; it was skipped.");
                }
                else
                {
                    previous.Event.Message = string.Concat(previous.Event.Message, "\n", lines.Raw(i));
                }

                continue;
            }

            var e = EventRowText.ToEvent(cells, columns);
            var involved = e.InvolvedObject;
            involved.Kind = about.Kind;
            involved.Name = about.Name;
            if (cells[columns.Object] is { Length: > 0 } obj)
            {
                var slash = obj.IndexOf('/', StringComparison.Ordinal);
                involved.Kind = EventsTableReader.KindOf(obj[..slash]);
                involved.Name = obj[(slash + 1)..];
            }

            if (cells[columns.Namespace] is { Length: > 0 } ns)
            {
                involved.NamespaceProperty = ns;
                e.Metadata.NamespaceProperty = ns;
            }

            previous = new EventRecord(e, cx.Evidence(i));
            cx.Result.Events.Add(previous);
        }
    }
}
