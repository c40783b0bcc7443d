using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>
/// The API server's side of <c>kubectl get events</c>: kubectl asks for a <c>meta.k8s.io/v1</c> Table and only lays
/// it out (hiding priority-1 columns without <c>-o wide</c>, adding NAMESPACE with <c>-A</c>). This ports
/// <c>printEvent</c>, its column definitions and <c>formatEventSource</c> from kubernetes
/// pkg/printers/internalversion/printers.go (v1.32) and <c>HumanDuration</c> from apimachinery
/// pkg/util/duration; the server always generates the wide cells. Rows carry the object's metadata
/// (<c>includeObject=Metadata</c>, the default), from which kubectl takes the namespace.
/// </summary>
internal static class EventTable
{
    private static readonly (string Name, int Priority, string Format)[] Columns =
    [
        ("Last Seen", 0, ""), ("Type", 0, ""), ("Reason", 0, ""), ("Object", 0, ""), ("Subobject", 1, ""), ("Source", 1, ""),
        ("Message", 0, ""), ("First Seen", 1, ""), ("Count", 1, ""), ("Name", 1, "name"),
    ];

    public static JsonObject Of(JsonObject list, DateTimeOffset now)
    {
        var rows = new JsonArray();
        foreach (var item in list["items"]!.AsArray())
        {
            rows.Add(Row((JsonObject)item!, now));
        }

        return new JsonObject
        {
            ["kind"] = "Table",
            ["apiVersion"] = "meta.k8s.io/v1",
            ["metadata"] = new JsonObject { ["resourceVersion"] = list["metadata"]?["resourceVersion"]?.DeepClone() },
            ["columnDefinitions"] = Json.Array(Columns.Select(c => (JsonNode?)new JsonObject
            {
                ["name"] = c.Name,
                ["type"] = "string",
                ["format"] = c.Format,
                ["description"] = string.Empty,
                ["priority"] = c.Priority,
            })),
            ["rows"] = rows,
        };
    }

    private static JsonObject Row(JsonObject e, DateTimeOffset now)
    {
        var first = Since(Str(e, "firstTimestamp"), now);
        if (Str(e, "firstTimestamp") is null)
        {
            first = Since(Str(e, "eventTime"), now);
        }

        var last = Str(e, "lastTimestamp") is null ? first : Since(Str(e, "lastTimestamp"), now);
        var count = Long(e["count"]);
        if (e["series"] is JsonObject series)
        {
            last = Since(series["lastObservedTime"]?.GetValue<string>(), now);
            count = Long(series["count"]);
        }
        else if (count == 0)
        {
            count = 1;
        }

        var kind = Str(e, "involvedObject", "kind") ?? string.Empty;
        var name = Str(e, "involvedObject", "name") ?? string.Empty;
        var target = name.Length > 0 ? kind.ToLowerInvariant() + "/" + name : kind.ToLowerInvariant();
        var source = SourceOf(
            FirstNonEmpty(Str(e, "source", "component"), Str(e, "reportingComponent")),
            FirstNonEmpty(Str(e, "source", "host"), Str(e, "reportingInstance")));
        return new JsonObject
        {
            ["cells"] = new JsonArray(
                last, Str(e, "type") ?? string.Empty, Str(e, "reason") ?? string.Empty, target, Str(e, "involvedObject", "fieldPath") ?? string.Empty,
                source, (Str(e, "message") ?? string.Empty).Trim(), first, count, Str(e, "metadata", "name") ?? string.Empty),
            ["object"] = new JsonObject
            {
                ["kind"] = "PartialObjectMetadata",
                ["apiVersion"] = "meta.k8s.io/v1",
                ["metadata"] = e["metadata"]!.DeepClone(),
            },
        };
    }

    private static long Long(JsonNode? n) => n is null ? 0 : long.Parse(n.ToJsonString(), CultureInfo.InvariantCulture);

    private static string FirstNonEmpty(string? a, string? b) => string.IsNullOrEmpty(a) ? b ?? string.Empty : a;

    private static string SourceOf(string component, string instance) => instance.Length == 0 ? component : component + ", " + instance;

    private static string? Str(JsonObject o, params string[] path)
    {
        JsonNode? n = o;
        foreach (var p in path)
        {
            n = n?[p];
        }

        return n is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0 ? s : null;
    }

    /// <summary><c>translateTimestampSince</c>: <c>&lt;unknown&gt;</c> for a zero time, else the human duration since it.</summary>
    private static string Since(string? timestamp, DateTimeOffset now) =>
        timestamp is null ? "<unknown>" : HumanDuration(now - DateTimeOffset.Parse(timestamp, CultureInfo.InvariantCulture));

    /// <summary>apimachinery's <c>duration.HumanDuration</c>.</summary>
    public static string HumanDuration(TimeSpan d)
    {
        var seconds = (long)d.TotalSeconds;
        if (seconds < -1)
        {
            return "<invalid>";
        }

        if (seconds < 0)
        {
            return "0s";
        }

        if (seconds < 60 * 2)
        {
            return Inv($"{seconds}s");
        }

        var minutes = (long)d.TotalMinutes;
        if (minutes < 10)
        {
            var s = seconds % 60;
            return s == 0 ? Inv($"{minutes}m") : Inv($"{minutes}m{s}s");
        }

        if (minutes < 60 * 3)
        {
            return Inv($"{minutes}m");
        }

        var hours = (long)d.TotalHours;
        if (hours < 8)
        {
            var m = minutes % 60;
            return m == 0 ? Inv($"{hours}h") : Inv($"{hours}h{m}m");
        }

        if (hours < 48)
        {
            return Inv($"{hours}h");
        }

        if (hours < 24 * 8)
        {
            var h = hours % 24;
            return h == 0 ? Inv($"{hours / 24}d") : Inv($"{hours / 24}d{h}h");
        }

        if (hours < 24 * 365 * 2)
        {
            return Inv($"{hours / 24}d");
        }

        if (hours < 24 * 365 * 8)
        {
            var dy = hours / 24 % 365;
            return dy == 0 ? Inv($"{hours / 24 / 365}y") : Inv($"{hours / 24 / 365}y{dy}d");
        }

        return Inv($"{hours / 24 / 365}y");
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
