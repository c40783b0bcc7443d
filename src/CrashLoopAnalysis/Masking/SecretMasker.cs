using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CrashLoopAnalysis.Text;

namespace CrashLoopAnalysis.Masking;

/// <summary>
/// Masks secrets in any text the library outputs: passwords and tokens in key=value or key: value form,
/// Authorization headers, JWTs, cloud keys, private keys, and passwords inside connection strings and URLs.
/// </summary>
public sealed partial class SecretMasker
{
    /// <summary>What a masked secret is replaced with.</summary>
    public const string Mask = "***";

    private static readonly MultiStringSearch Triggers = new(
        "pass", "pwd", "secret", "token", "key", "auth", "cred", "eyJ", "AKIA", "ASIA", "://", "PRIVATE", "ghp_", "gho_", "ghs_", "xox", "AIza", "sig=", "sk_live", "sk-");

    private readonly ImmutableArray<Regex> _extra;

    /// <summary>Creates a masker with the built-in patterns and, optionally, patterns of your own.</summary>
    /// <param name="extraPatterns">Regular expressions whose matches are masked too. A pattern with a group named
    /// <c>secret</c> masks only that group.</param>
    public SecretMasker(IEnumerable<Regex>? extraPatterns = null) =>
        _extra = extraPatterns is null ? [] : [.. extraPatterns];

    /// <summary>The masker with the built-in patterns only.</summary>
    public static SecretMasker Default { get; } = new();

    /// <summary>Returns <paramref name="text"/> with every secret replaced by <see cref="Mask"/>.</summary>
    /// <param name="text">Any text: a log line, a describe line, a message.</param>
    /// <returns>The masked text (the same instance when nothing was masked).</returns>
    public string Apply(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_extra.IsEmpty && Triggers.IndexOfAny(text) < 0)
        {
            return text;
        }

        var masked = text;
        if (PrivateKey().IsMatch(masked))
        {
            return PrivateKey().Replace(masked, "-----BEGIN PRIVATE KEY----- " + Mask);
        }

        masked = UrlCredentials().Replace(masked, m => m.Groups["pre"].Value + Mask + "@");
        masked = AuthorizationHeader().Replace(masked, m => m.Groups["pre"].Value + Mask);
        masked = KeyValue().Replace(masked, m => m.Groups["pre"].Value + Mask + m.Groups["post"].Value);
        masked = Jwt().Replace(masked, Mask);
        masked = KnownTokens().Replace(masked, Mask);
        foreach (var pattern in _extra)
        {
            masked = pattern.Replace(masked, m => m.Groups["secret"] is { Success: true } g
                ? string.Concat(m.Value.AsSpan(0, g.Index - m.Index), Mask, m.Value.AsSpan(g.Index - m.Index + g.Length))
                : Mask);
        }

        return masked;
    }

    [GeneratedRegex(@"-----BEGIN (?:[A-Z]+ )*PRIVATE KEY-----.*", RegexOptions.CultureInvariant)]
    private static partial Regex PrivateKey();

    [GeneratedRegex(@"(?<pre>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@""']+:)(?<pw>[^@\s/""']+)@", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?<pre>\b(?:proxy-)?authorization[""']?\s*[:=]\s*[""']?(?:bearer|basic|token|digest|negotiate|aws4-hmac-sha256)?\s*)[^\s""',;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationHeader();

    [GeneratedRegex(@"(?<pre>\b[\w.\-]*(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey|access[_\-]?key|private[_\-]?key|client[_\-]?secret|credentials?|sas|sig)[""']?\s*(?:[:=]|=>|\s(?=[""']))\s*[""']?)(?<value>(?!<|\*\*\*|\{|\[)[^\s""',;&}\)]+)(?<post>[""']?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(?:(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,}|xox[abprs]-[A-Za-z0-9\-]{10,}|AIza[0-9A-Za-z_\-]{35}|sk_live_[0-9a-zA-Z]{24,}|sk-[A-Za-z0-9]{32,})\b", RegexOptions.CultureInvariant)]
    private static partial Regex KnownTokens();
}
