using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads the pod's <c>Conditions:</c> and <c>Readiness Gates:</c> tables (<c>Type  Status</c> rows).</summary>
internal static class ConditionsSection
{
    public static List<V1PodCondition> ReadConditions(DescribeContext cx, LineRange body)
    {
        var list = new List<V1PodCondition>();
        foreach (var (i, type, status) in Rows(cx, body))
        {
            cx.Field(new FieldPath("status.conditions", Index: list.Count, Tail: "type"), i);
            cx.Field(new FieldPath("status.conditions", Index: list.Count, Tail: "status"), i);
            list.Add(new V1PodCondition { Type = type, Status = status });
        }

        return list;
    }

    public static List<V1PodReadinessGate> ReadGates(DescribeContext cx, LineRange body)
    {
        var list = new List<V1PodReadinessGate>();
        foreach (var (i, type, _) in Rows(cx, body))
        {
            cx.Field(new FieldPath("spec.readinessGates", Index: list.Count, Tail: "conditionType"), i);
            list.Add(new V1PodReadinessGate { ConditionType = type });
        }

        return list;
    }

    private static List<(int Line, string Type, string Status)> Rows(DescribeContext cx, LineRange body)
    {
        var lines = cx.Lines;
        var rows = new List<(int, string, string)>();
        var headerSeen = false;
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            var text = lines.Content(i);
            var gap = text.IndexOfAny(' ', '\t');
            var type = gap < 0 ? text : text[..gap];
            var status = gap < 0 ? [] : text[gap..].Trim();
            if (!headerSeen && type.SequenceEqual("Type") || type.SequenceEqual("Condition"))
            {
                headerSeen = true;
                continue;
            }

            if (status.IsEmpty || status.IndexOfAny(' ', '\t') >= 0)
            {
                cx.Warn(i, "This condition row is not 'Type  Status'.");
                continue;
            }

            rows.Add((i, cx.Text(type), cx.Text(status)));
        }

        return rows;
    }
}
