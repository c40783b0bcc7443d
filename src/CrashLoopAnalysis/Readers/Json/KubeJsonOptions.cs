using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Serializer options for captured Kubernetes objects: lenient where captures are loose (numbers where strings
/// belong, odd timestamps), strict nowhere a user would lose a whole pod over one field.
/// </summary>
internal static class KubeJsonOptions
{
    public static JsonSerializerOptions Reading { get; } = CreateReading();

    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 256,
    };

    private static JsonSerializerOptions CreateReading()
    {
        var options = new JsonSerializerOptions
        {
            AllowTrailingCommas = true,
            ReadCommentHandling = JsonCommentHandling.Skip,
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            MaxDepth = 256,
            TypeInfoResolver = new DefaultJsonTypeInfoResolver { Modifiers = { NullItemRemover.Modify } },
        };
        options.Converters.Add(new LenientStringConverter());
        options.Converters.Add(new LenientDateTimeConverter());
        options.Converters.Add(new QuantityConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>Reads numbers and booleans into string fields as their text (YAML's plain scalars).</summary>
    private sealed class LenientStringConverter : JsonConverter<string>
    {
        public override bool HandleNull => true;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType switch
            {
                JsonTokenType.String => reader.GetString(),
                JsonTokenType.Number or JsonTokenType.True or JsonTokenType.False => RawText(ref reader),
                JsonTokenType.Null => null,
                _ => throw new JsonException($"Expected a string, found {reader.TokenType}."),
            };

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value);

        private static string RawText(ref Utf8JsonReader reader) =>
            reader.HasValueSequence
                ? Encoding.UTF8.GetString(reader.ValueSequence.ToArray())
                : Encoding.UTF8.GetString(reader.ValueSpan);
    }

    /// <summary>Reads RFC 3339 timestamps in any precision; an unreadable one becomes null rather than losing the object.</summary>
    private sealed class LenientDateTimeConverter : JsonConverter<DateTime?>
    {
        public override bool HandleNull => true;

        public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
            {
                return null;
            }

            if (reader.TryGetDateTime(out var value))
            {
                return value.Kind == DateTimeKind.Local ? value.ToUniversalTime() : value;
            }

            var text = reader.GetString();
            return DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var parsed)
                ? parsed
                : null;
        }

        public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
        {
            if (value is { } v)
            {
                writer.WriteStringValue(v.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
