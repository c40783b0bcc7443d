using System.Globalization;
using CrashLoopAnalysis.Readers.Describe;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>
/// Turns the cells of one event row into a core/v1 Event: source (<c>kubelet</c>, <c>kubelet, node</c>,
/// <c>{kubelet node}</c>), counts (<c>3m (x31 over 2h)</c> or a Count column), times when they are dates,
/// and the container a message names with the 1.35+ <c>spec.containers{app}: </c> prefix.
/// </summary>
internal static class EventRowText
{
    private static readonly string[] PathPrefixes = ["spec.containers{", "spec.initContainers{", "spec.ephemeralContainers{"];

    public static Corev1Event ToEvent(string[] cells, EventColumns columns)
    {
        var e = new Corev1Event
        {
            ApiVersion = "v1",
            Kind = "Event",
            Metadata = new V1ObjectMeta(),
            InvolvedObject = new V1ObjectReference(),
            Type = Cell(cells, columns.Type),
            Reason = Cell(cells, columns.Reason),
            Message = Cell(cells, columns.Message),
        };
        Source(e, Cell(cells, columns.Source));
        Age(e, Cell(cells, columns.Age));
        if (Cell(cells, columns.Count) is { } count && int.TryParse(count, NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            e.Count = n;
        }

        if (Cell(cells, columns.FirstSeen) is { } first && DescribeTime.TryParse(first, out var firstTime))
        {
            e.FirstTimestamp = firstTime;
        }

        if (Cell(cells, columns.LastSeen) is { } last)
        {
            if (DescribeTime.TryParse(last, out var lastTime))
            {
                e.LastTimestamp = lastTime;
            }
            else
            {
                Age(e, last);
            }
        }

        e.InvolvedObject.FieldPath = Cell(cells, columns.SubObject);
        if (e.Message is { } message)
        {
            foreach (var prefix in PathPrefixes)
            {
                var close = message.IndexOf("}: ", StringComparison.Ordinal);
                if (message.StartsWith(prefix, StringComparison.Ordinal) && close > prefix.Length)
                {
                    e.InvolvedObject.FieldPath = message[..(close + 1)];
                    e.Message = message[(close + 3)..];
                    break;
                }
            }
        }

        return e;
    }

    private static void Source(Corev1Event e, string? from)
    {
        if (from is null)
        {
            return;
        }

        // {kubelet node} (before 1.8), "kubelet, node" (up to 1.19), "kubelet" (since).
        var trimmed = from.AsSpan().Trim("{} ");
        from = trimmed.Length == from.Length ? from : trimmed.ToString();
        var split = from.IndexOf(", ", StringComparison.Ordinal);
        if (split < 0)
        {
            split = from.IndexOf(' ', StringComparison.Ordinal);
        }

        e.Source = split < 0
            ? new V1EventSource { Component = from }
            : new V1EventSource { Component = from[..split], Host = from[(split + 1)..].Trim() };
    }

    private static void Age(Corev1Event e, string? age)
    {
        // "3m (x31 over 2h)": the event was seen 31 times.
        if (age is null)
        {
            return;
        }

        var x = age.IndexOf("(x", StringComparison.Ordinal);
        if (x < 0)
        {
            return;
        }

        var end = age.IndexOf(' ', x);
        if (end > x + 2 && int.TryParse(age.AsSpan(x + 2, end - x - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
        {
            e.Count = n;
        }
    }

    private static string? Cell(string[] cells, int column) =>
        column >= 0 && column < cells.Length && cells[column].Length > 0 && cells[column] != "<none>" ? cells[column] : null;
}
