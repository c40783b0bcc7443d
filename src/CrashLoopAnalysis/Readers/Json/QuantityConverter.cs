using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Reads resource quantities (<c>256Mi</c>, <c>500m</c>) through a bounded memo. Parsing a quantity is
/// exact-fraction arithmetic and costs as much as the rest of a pod together, while a dump repeats the same
/// few dozen values thousands of times.
/// </summary>
/// <remarks>
/// The memo is the one shared, mutable structure in the readers: it only ever maps a string to the quantity
/// that string parses to, and stops growing at <see cref="Capacity"/> entries, so sharing it cannot change a
/// result. Callers must not mutate the quantities they get (the k8s model never does).
/// </remarks>
internal sealed class QuantityConverter : JsonConverter<ResourceQuantity>
{
    private const int Capacity = 4096;
    private readonly ConcurrentDictionary<string, ResourceQuantity> _memo = new(StringComparer.Ordinal);

    public override bool HandleNull => false;

    public override ResourceQuantity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.ValueSpan),
            _ => throw new JsonException($"Expected a quantity, found {reader.TokenType}."),
        };
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!QuantityBounds.IsBounded(text))
        {
            // A hostile quantity such as -1.5e300 would make the fraction arithmetic run for ever.
            throw new JsonException($"'{(text.Length > 40 ? text[..40] + "…" : text)}' is not a resource quantity within bounds.");
        }

        if (_memo.TryGetValue(text, out var known))
        {
            return known;
        }

        ResourceQuantity parsed;
        try
        {
            parsed = new ResourceQuantity(text);
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or OverflowException)
        {
            throw new JsonException($"'{text}' is not a resource quantity.", ex);
        }

        if (_memo.Count < Capacity)
        {
            _memo.TryAdd(text, parsed);
        }

        return parsed;
    }

    public override void Write(Utf8JsonWriter writer, ResourceQuantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());
}
