using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Reads resource quantities (<c>256Mi</c>, <c>500m</c>, <c>1e3</c>) that keep to the Kubernetes grammar within
/// sane bounds, through a bounded memo. Parsing a quantity is exact-fraction arithmetic: it costs as much as the
/// rest of a pod together (a dump repeats the same few dozen values thousands of times), and a hostile
/// <c>-1.5e300</c> would make it run for ever; such a value is left out (as if the field were not there) rather
/// than losing the pod.
/// </summary>
/// <remarks>
/// The memo is the one shared, mutable structure in the readers: it only ever maps a string to the quantity
/// that string parses to, and stops growing at <see cref="Capacity"/> entries, so sharing it cannot change a
/// result. Callers must not mutate the quantities they get (the k8s model never does).
/// </remarks>
internal sealed class QuantityConverter : JsonConverter<ResourceQuantity>
{
    private const int Capacity = 4096;
    private const int MaxDigits = 40;
    private const int MaxExponent = 24;
    private readonly ConcurrentDictionary<string, ResourceQuantity> _memo = new(StringComparer.Ordinal);

    public override bool HandleNull => true;

    public override ResourceQuantity? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType switch
        {
            JsonTokenType.String => reader.GetString(),
            JsonTokenType.Number => System.Text.Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
            JsonTokenType.Null => null,
            _ => throw new JsonException($"Expected a quantity, found {reader.TokenType}."),
        };
        if (text is null || !IsBounded(text))
        {
            return null;
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
            return null;
        }

        if (_memo.Count < Capacity)
        {
            _memo.TryAdd(text, parsed);
        }

        return parsed;
    }

    public override void Write(Utf8JsonWriter writer, ResourceQuantity value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString());

    /// <summary><c>[+-]digits[.digits]</c> then a binary or decimal suffix or an exponent of at most two digits.</summary>
    internal static bool IsBounded(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        if (text.Length is 0 or > MaxDigits + 8)
        {
            return false;
        }

        var i = text[0] is '+' or '-' ? 1 : 0;
        var digits = 0;
        var dot = false;
        for (; i < text.Length && (char.IsAsciiDigit(text[i]) || (text[i] == '.' && !dot)); i++)
        {
            dot |= text[i] == '.';
            digits += text[i] == '.' ? 0 : 1;
        }

        if (digits is 0 or > MaxDigits)
        {
            return false;
        }

        var suffix = text[i..];
        if (suffix.Length > 1 && suffix[0] is 'e' or 'E')
        {
            var exponent = suffix[1..];
            var sign = exponent[0] is '+' or '-' ? 1 : 0;
            return exponent.Length - sign is 1 or 2
                && int.TryParse(exponent[sign..], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var e)
                && e <= MaxExponent;
        }

        return suffix is "" or "m" or "k" or "M" or "G" or "T" or "P" or "E" or "Ki" or "Mi" or "Gi" or "Ti" or "Pi" or "Ei";
    }
}
