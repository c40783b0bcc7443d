using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads tolerations as kubectl prints them: <c>key=value:Effect op=Exists for 300s</c>, one a line.</summary>
internal static class TolerationText
{
    public static List<V1Toleration>? Read(DescribeContext cx, int header, LineRange body)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out _, out var first);
        if (first.IsEmpty || first.SequenceEqual("<none>"))
        {
            return null;
        }

        var list = new List<V1Toleration> { Parse(first) };
        cx.Field("spec.tolerations[0].key", header);
        for (var i = body.Start; i < body.End; i++)
        {
            if (!lines.IsBlank(i))
            {
                cx.Field(new FieldPath("spec.tolerations", Index: list.Count, Tail: "key"), i);
                list.Add(Parse(lines.Content(i)));
            }
        }

        return list;
    }

    internal static V1Toleration Parse(ReadOnlySpan<char> text)
    {
        var t = new V1Toleration();
        var forAt = text.LastIndexOf(" for ");
        if (forAt >= 0 && text.EndsWith("s") &&
            long.TryParse(text[(forAt + 5)..^1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seconds))
        {
            t.TolerationSeconds = seconds;
            text = text[..forAt];
        }

        var op = text.IndexOf("op=Exists");
        if (op >= 0)
        {
            t.OperatorProperty = "Exists";
            text = text[..op].TrimEnd();
        }

        // The effect follows the last colon (taint keys may hold a slash but not a colon).
        var colon = text.LastIndexOf(':');
        if (colon >= 0)
        {
            t.Effect = text[(colon + 1)..].ToString();
            text = text[..colon];
        }

        var eq = text.IndexOf('=');
        t.Key = (eq < 0 ? text : text[..eq]).ToString();
        if (eq >= 0)
        {
            t.Value = text[(eq + 1)..].ToString();
        }

        if (t.Key.Length == 0)
        {
            t.Key = null;
        }

        if (t.Effect?.Length == 0)
        {
            t.Effect = null;
        }

        return t;
    }
}
