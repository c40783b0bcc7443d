using System.Globalization;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads the times describe prints: RFC 1123 with a numeric zone (<c>Tue, 31 Dec 2024 20:27:45 +0000</c>).</summary>
internal static class DescribeTime
{
    private const string DayNames = "SunMonTueWedThuFriSat";

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

        if (TryParseRfc1123(text, out var fast))
        {
            value = fast.Year <= 1 ? null : fast;
            return true;
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

    /// <summary>
    /// The layout kubectl prints today, <c>Mon, 02 Jan 2006 15:04:05 -0700</c>, read by position (the general
    /// parser costs more than the rest of a line's reading); anything else goes to the general parser.
    /// </summary>
    private static bool TryParseRfc1123(ReadOnlySpan<char> t, out DateTime utc)
    {
        utc = default;
        if (t.Length != 31 || t[3] != ',' || t[4] != ' ' || t[7] != ' ' || t[11] != ' ' || t[16] != ' ' || t[19] != ':' || t[22] != ':' || t[25] != ' ' || t[26] is not ('+' or '-'))
        {
            return false;
        }

        var month = "JanFebMarAprMayJunJulAugSepOctNovDec".AsSpan().IndexOf(t[8..11]);
        if (month < 0 || month % 3 != 0
            || !TryDigits(t[5..7], out var day) || !TryDigits(t[12..16], out var year) || !TryDigits(t[17..19], out var hour)
            || !TryDigits(t[20..22], out var minute) || !TryDigits(t[23..25], out var second) || !TryDigits(t[27..29], out var zoneHours)
            || !TryDigits(t[29..31], out var zoneMinutes))
        {
            return false;
        }

        month = (month / 3) + 1;
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month) || hour > 23 || minute > 59 || second > 59 || zoneHours > 13 || zoneMinutes > 59)
        {
            return false;
        }

        var local = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc);
        if (!t[..3].SequenceEqual(DayNames.AsSpan((int)local.DayOfWeek * 3, 3)))
        {
            return false;
        }

        var ticks = local.Ticks - (((zoneHours * 60) + zoneMinutes) * (t[26] == '-' ? -1 : 1) * TimeSpan.TicksPerMinute);
        if (ticks > DateTime.MaxValue.Ticks)
        {
            return false;
        }

        // Go's zero time east of UTC falls before the first moment .NET can hold: it is still "not set".
        utc = ticks < 0 ? DateTime.MinValue : new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<char> text, out int value)
    {
        value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
