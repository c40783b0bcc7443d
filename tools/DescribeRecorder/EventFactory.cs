using System.Globalization;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>The object an event is about, as <c>involvedObject</c> names it.</summary>
internal sealed record InvolvedObject(string Kind, string Namespace, string Name, string Uid, string ApiVersion, string? FieldPath = null);

/// <summary>Builds core/v1 Events in the shapes the API server returns: the classic kubelet shape
/// (source, first/lastTimestamp, count) and the events.k8s.io/v1 shape (eventTime, series, no timestamps).</summary>
internal sealed class EventFactory
{
    private readonly Rng _r;
    private readonly DateTimeOffset _now;

    public EventFactory(Rng r, DateTimeOffset now)
    {
        _r = r;
        _now = now;
    }

    /// <summary>A classic event: <c>source.component</c>, first and last timestamps and a count.</summary>
    public JsonObject Classic(
        InvolvedObject obj, string type, string reason, string message, string component, string? host,
        DateTimeOffset first, DateTimeOffset last, int count)
    {
        if (last > _now)
        {
            last = _now;
        }

        if (first > last)
        {
            first = last;
        }

        if (count <= 1)
        {
            last = first;
        }

        var source = new JsonObject { ["component"] = component };
        if (host is not null)
        {
            source["host"] = host;
        }

        // Older clusters leave reportingComponent empty; newer kubelets fill it with the component and
        // reportingInstance with the node.
        string shape = _r.Weighted<string>([("full", 0.7), ("legacy", 0.25), ("reportingOnly", 0.05)]);
        var e = new JsonObject
        {
            ["metadata"] = Meta(obj, last),
            ["involvedObject"] = Involved(obj),
            ["reason"] = reason,
            ["message"] = message,
            ["source"] = shape == "reportingOnly" ? new JsonObject() : source,
            ["firstTimestamp"] = Json.Time(first),
            ["lastTimestamp"] = Json.Time(last),
            ["count"] = Math.Max(1, count),
            ["type"] = type,
            ["eventTime"] = null,
            ["reportingComponent"] = shape == "legacy" ? string.Empty : component,
            ["reportingInstance"] = shape == "legacy" ? string.Empty : host ?? string.Empty,
        };
        return e;
    }

    /// <summary>An event written through events.k8s.io/v1 (the scheduler, controllers): <c>eventTime</c> and
    /// possibly <c>series</c>, with no first/last timestamps, no count and an empty <c>source</c>.</summary>
    public JsonObject Modern(
        InvolvedObject obj, string type, string reason, string message, string controller, string instance,
        string action, DateTimeOffset first, DateTimeOffset? seriesLast, int seriesCount)
    {
        if (first > _now)
        {
            first = _now.AddSeconds(-1);
        }

        var e = new JsonObject
        {
            ["metadata"] = Meta(obj, seriesLast ?? first),
            ["involvedObject"] = Involved(obj),
            ["reason"] = reason,
            ["message"] = message,
            ["source"] = new JsonObject(),
            ["firstTimestamp"] = null,
            ["lastTimestamp"] = null,
            ["type"] = type,
            ["eventTime"] = Json.MicroTime(first.AddTicks(_r.Int(0, 1_000_000) * 10L)),
            ["action"] = action,
            ["reportingComponent"] = controller,
            ["reportingInstance"] = instance,
        };
        if (seriesLast is { } sl && seriesCount > 1)
        {
            if (sl > _now)
            {
                sl = _now;
            }

            if (sl < first)
            {
                sl = first.AddSeconds(1);
            }

            e["series"] = new JsonObject
            {
                ["count"] = seriesCount,
                ["lastObservedTime"] = Json.MicroTime(sl.AddTicks(_r.Int(0, 1_000_000) * 10L)),
            };
        }

        return e;
    }

    private JsonObject Meta(InvolvedObject obj, DateTimeOffset created)
    {
        string ns = string.IsNullOrEmpty(obj.Namespace) ? "default" : obj.Namespace;
        return new JsonObject
        {
            ["name"] = obj.Name + "." + _r.Hex(16),
            ["namespace"] = ns,
            ["uid"] = _r.Uid(),
            ["resourceVersion"] = _r.Long(1_000_000, 999_999_999).ToString(CultureInfo.InvariantCulture),
            ["creationTimestamp"] = Json.Time(created),
        };
    }

    private JsonObject Involved(InvolvedObject obj)
    {
        var o = new JsonObject { ["kind"] = obj.Kind };
        if (!string.IsNullOrEmpty(obj.Namespace))
        {
            o["namespace"] = obj.Namespace;
        }

        o["name"] = obj.Name;
        o["uid"] = obj.Uid;
        o["apiVersion"] = obj.ApiVersion;
        o["resourceVersion"] = _r.Long(1000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        if (obj.FieldPath is not null)
        {
            o["fieldPath"] = obj.FieldPath;
        }

        return o;
    }
}
