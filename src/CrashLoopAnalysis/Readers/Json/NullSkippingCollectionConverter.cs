using System.Text.Json;
using System.Text.Json.Serialization;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Reads the lists and maps of Kubernetes objects (<c>IList&lt;V1Volume&gt;</c>, <c>IDictionary&lt;string, ResourceQuantity&gt;</c>)
/// without their null items: <c>"volumes": [null]</c> or <c>"limits": {"memory": null}</c> in a hand-edited capture
/// must not reach code that trusts every item to be there.
/// </summary>
internal sealed class NullSkippingCollectionConverter : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert)
    {
        if (!typeToConvert.IsGenericType)
        {
            return false;
        }

        var definition = typeToConvert.GetGenericTypeDefinition();
        var args = typeToConvert.GetGenericArguments();
        return (definition == typeof(IList<>) && !args[0].IsValueType)
            || (definition == typeof(IDictionary<,>) && args[0] == typeof(string) && !args[1].IsValueType);
    }

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options)
    {
        var args = typeToConvert.GetGenericArguments();
        var converter = args.Length == 1 ? typeof(ListConverter<>).MakeGenericType(args) : typeof(MapConverter<>).MakeGenericType(args[1]);
        return (JsonConverter)Activator.CreateInstance(converter)!;
    }

    private sealed class ListConverter<T> : JsonConverter<IList<T>>
        where T : class
    {
        public override IList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
            {
                throw new JsonException($"Expected a list, found {reader.TokenType}.");
            }

            var list = new List<T>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (JsonSerializer.Deserialize<T>(ref reader, options) is { } item)
                {
                    list.Add(item);
                }
            }

            return list;
        }

        public override void Write(Utf8JsonWriter writer, IList<T> value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            foreach (var item in value)
            {
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndArray();
        }
    }

    private sealed class MapConverter<T> : JsonConverter<IDictionary<string, T>>
        where T : class
    {
        public override IDictionary<string, T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                throw new JsonException($"Expected a map, found {reader.TokenType}.");
            }

            var map = new Dictionary<string, T>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                if (JsonSerializer.Deserialize<T>(ref reader, options) is { } value)
                {
                    map[key] = value;
                }
            }

            return map;
        }

        public override void Write(Utf8JsonWriter writer, IDictionary<string, T> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, item, options);
            }

            writer.WriteEndObject();
        }
    }
}
