using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>JSON helpers: the time formats of the Kubernetes API and the one serializer used for every
/// response, so that what is recorded is byte for byte what was served.</summary>
internal static class Json
{
    /// <summary>Compact, as a real API server answers.</summary>
    public static readonly JsonSerializerOptions Served = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>For the recorder's own files (meta.json).</summary>
    public static readonly JsonSerializerOptions Pretty = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>metav1.Time: RFC 3339, whole seconds, UTC.</summary>
    public static string Time(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>metav1.MicroTime: RFC 3339 with six fractional digits, UTC.</summary>
    public static string MicroTime(DateTimeOffset t) =>
        t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static byte[] Serialize(JsonNode node) => JsonSerializer.SerializeToUtf8Bytes(node, Served);

    public static byte[] SerializePretty(JsonNode node)
    {
        var bytes = JsonSerializer.SerializeToUtf8Bytes(node, Pretty);
        return [.. bytes, (byte)'\n'];
    }

    public static JsonArray Array(IEnumerable<JsonNode?> items)
    {
        var a = new JsonArray();
        foreach (var i in items)
        {
            a.Add(i);
        }

        return a;
    }

    public static JsonArray Strings(IEnumerable<string> items) => Array(items.Select(s => (JsonNode?)JsonValue.Create(s)));

    public static JsonObject Map(IEnumerable<KeyValuePair<string, string>> pairs)
    {
        var o = new JsonObject();
        foreach (var (k, v) in pairs)
        {
            o[k] = v;
        }

        return o;
    }

    public static string Str(JsonNode? node, string path)
    {
        JsonNode? cur = node;
        foreach (var part in path.Split('.'))
        {
            cur = cur?[part];
        }

        return cur is JsonValue v && v.TryGetValue(out string? s) ? s : string.Empty;
    }
}
