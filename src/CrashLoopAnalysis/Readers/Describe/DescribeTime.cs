using System.Globalization;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads the times describe prints: RFC 1123 with a numeric zone (<c>Tue, 31 Dec 2024 20:27:45 +0000</c>).</summary>
internal static class DescribeTime
{
    private static readonly string[] Formats =
    [
        "ddd, dd MMM yyyy HH:mm:ss zzz",
        "ddd, d MMM yyyy HH:mm:ss zzz",
        "yyyy-MM-dd'T'HH:mm:ss'Z'",
        "yyyy-MM-dd'T'HH:mm:sszzz",
    ];

    /// <summary>Parses a time; Go's zero time (year 1) means "not set" and gives null, as in the JSON.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime? value)
    {
        value = null;
        text = text.Trim();
        if (text.IsEmpty || text[0] == '<')
        {
            return text.IsEmpty || text.SequenceEqual("<unknown>") || text.SequenceEqual("<none>") || text.SequenceEqual("<invalid>");
        }

        // Go writes the zone as +0000; .NET wants +00:00.
        if (text.Length > 60)
        {
            return false;
        }

        Span<char> buffer = stackalloc char[64];
        var length = text.Length;
        text.CopyTo(buffer);
        if (length > 5 && length < 62 && text[^5] is '+' or '-' && text[^6] == ' ')
        {
            buffer[length - 2] = ':';
            text[^2..].CopyTo(buffer[(length - 1)..]);
            length++;
        }

        if (!DateTimeOffset.TryParseExact(buffer[..length], Formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
        {
            // Go's zero time in a zone east of UTC falls before the first moment .NET can hold.
            return text.Contains(" 0001 ", StringComparison.Ordinal);
        }

        value = parsed.Year <= 1 ? null : parsed.UtcDateTime;
        return true;
    }
}
