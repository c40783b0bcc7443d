namespace CrashLoopAnalysis.Masking;

/// <summary>
/// Tells the body lines of a PEM block (a private key printed to a log spans many lines; only its first line
/// says what it is): exactly 64 base64 characters and nothing else.
/// </summary>
internal static class PemBody
{
    public static bool IsBodyLine(string text)
    {
        var line = text.AsSpan().Trim();
        if (line.Length != 64)
        {
            return false;
        }

        var upper = 0;
        var lower = 0;
        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiLetterUpper(c))
            {
                upper++;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                lower++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('+' or '/'))
            {
                return false;
            }
        }

        // Base64 of key material mixes both cases and digits; a SHA-256 in hex or a 64-letter word does not.
        return upper > 0 && lower > 0 && digits > 0;
    }
}
