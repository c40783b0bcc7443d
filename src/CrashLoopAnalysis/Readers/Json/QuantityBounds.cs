namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Which resource quantities (<c>128Mi</c>, <c>500m</c>, <c>1e3</c>) keep to the Kubernetes grammar within sane
/// bounds: a hostile <c>-1.5e300</c> makes the quantity arithmetic run for ever.
/// </summary>
internal static class QuantityBounds
{
    private const int MaxDigits = 40;
    private const int MaxExponent = 24;

    /// <summary><c>[+-]digits[.digits]</c> then a binary or decimal suffix or an exponent of at most two digits.</summary>
    public static bool IsBounded(ReadOnlySpan<char> text)
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
