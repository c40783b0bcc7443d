using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads <c>State:</c> and <c>Last State:</c> with their Reason, Message, Exit Code, Signal, Started and
/// Finished lines. A message that runs over several lines keeps its line ends.
/// </summary>
internal static class ContainerStateText
{
    public static V1ContainerState Read(DescribeContext cx, int header, LineRange body, string path)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out _, out var value);
        var state = new V1ContainerState();
        string kind;
        if (value.StartsWith("Running"))
        {
            state.Running = new V1ContainerStateRunning();
            kind = "running";
        }
        else if (value.StartsWith("Terminated"))
        {
            state.Terminated = new V1ContainerStateTerminated();
            kind = "terminated";
        }
        else
        {
            if (!value.StartsWith("Waiting") && !value.IsEmpty)
            {
                cx.Warn(header, $"The container state '{value}' is not one kubectl prints; it was read as Waiting.");
            }

            state.Waiting = new V1ContainerStateWaiting();
            kind = "waiting";
        }

        var at = $"{path}.{kind}";
        cx.Field(at, header);
        var afterMessage = false;
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                if (afterMessage && i + 1 < body.End)
                {
                    AppendMessage(state, string.Empty);
                }

                continue;
            }

            if (lines.TryKey(i, out var key, out var v) && Apply(cx, state, key, v, i, at))
            {
                afterMessage = key.SequenceEqual("Message");
                continue;
            }

            if (afterMessage)
            {
                // A message with line ends goes on in the lines below, at whatever column it had.
                AppendMessage(state, lines.Raw(i).ToString());
                continue;
            }

            cx.Warn(i, "This line under a container state could not be read.");
        }

        return state;
    }

    /// <summary>The field path of the state's kind (<c>...state.terminated</c>) under <paramref name="path"/>.</summary>
    public static string PathOf(V1ContainerState state, string path) =>
        $"{path}.{(state.Running is not null ? "running" : state.Terminated is not null ? "terminated" : "waiting")}";

    private static void AppendMessage(V1ContainerState state, string more)
    {
        if (state.Terminated is { } t)
        {
            t.Message = string.Concat(t.Message, "\n", more);
        }
        else if (state.Waiting is { } w)
        {
            w.Message = string.Concat(w.Message, "\n", more);
        }
    }

    internal static bool Apply(DescribeContext cx, V1ContainerState state, ReadOnlySpan<char> key, ReadOnlySpan<char> value, int i, string at)
    {
        var t = state.Terminated;
        switch (key)
        {
            case "Reason":
                if (t is not null)
                {
                    t.Reason = cx.Text(value);
                }
                else if (state.Waiting is { } w)
                {
                    w.Reason = cx.Text(value);
                }
                else
                {
                    return false;
                }

                cx.Field(new FieldPath(at, Tail: "reason"), i);
                return true;
            case "Message":
                if (t is not null)
                {
                    t.Message = value.ToString();
                }
                else if (state.Waiting is { } waiting)
                {
                    waiting.Message = value.ToString();
                }
                else
                {
                    return false;
                }

                cx.Field(new FieldPath(at, Tail: "message"), i);
                return true;
            case "Exit Code" when t is not null && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var code):
                t.ExitCode = code;
                cx.Field(new FieldPath(at, Tail: "exitCode"), i);
                return true;
            case "Signal" when t is not null && int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signal):
                t.Signal = signal;
                cx.Field(new FieldPath(at, Tail: "signal"), i);
                return true;
            case "Started" when DescribeTime.TryParse(value, out var started):
                if (t is not null)
                {
                    t.StartedAt = started;
                }
                else if (state.Running is { } r)
                {
                    r.StartedAt = started;
                }

                cx.Field(new FieldPath(at, Tail: "startedAt"), i);
                return true;
            case "Finished" when t is not null && DescribeTime.TryParse(value, out var finished):
                t.FinishedAt = finished;
                cx.Field(new FieldPath(at, Tail: "finishedAt"), i);
                return true;
            default:
                return false;
        }
    }
}
