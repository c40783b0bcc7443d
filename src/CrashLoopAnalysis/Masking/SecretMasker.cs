using System.Collections.Immutable;
using System.Text.RegularExpressions;
using CrashLoopAnalysis.Text;

namespace CrashLoopAnalysis.Masking;

/// <summary>
/// Masks secrets in any text the library outputs: passwords and tokens in key=value or key: value form,
/// Authorization headers, JWTs, cloud keys (AWS, GCP, Azure storage and SAS), private keys, passwords inside
/// connection strings and URLs, and env values whose names look secret. What only names a secret
/// (<c>secret "db" not found</c>, <c>&lt;set to the key 'password' in secret 'db'&gt;</c>) stays readable.
/// </summary>
public sealed partial class SecretMasker
{
    /// <summary>What a masked secret is replaced with.</summary>
    public const string Mask = "***";

    private static readonly MultiStringSearch Triggers = new(
        "pass", "pwd", "secret", "token", "key", "auth", "cred", "eyJ", "AKIA", "ASIA", "://", "PRIVATE", "ghp_", "gho_", "ghs_",
        "ghu_", "ghr_", "github_pat_", "glpat-", "xox", "AIza", "ya29.", "sig=", "sk_live", "rk_live", "sk-", "Sig=", "SIG=");

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
        if (PemBody.IsBodyLine(text))
        {
            return Mask;
        }

        var masked = text;
        if (Triggers.IndexOfAny(text) >= 0)
        {
            if (PrivateKey().IsMatch(masked))
            {
                return PrivateKey().Replace(masked, m => m.Groups["begin"].Value + Mask);
            }

            masked = UrlCredentials().Replace(masked, m => m.Groups["pre"].Value + Mask + "@");
            masked = AuthorizationHeader().Replace(masked, m => m.Groups["pre"].Value + Mask);
            masked = NamedJsonValue().Replace(masked, m => SecretEnv.LooksSecret(m.Groups["name"].Value) ? m.Groups["pre"].Value + Mask : m.Value);
            masked = KeyValue().Replace(masked, m => m.Groups["pre"].Value + Mask + m.Groups["post"].Value);
            masked = Jwt().Replace(masked, Mask);
            masked = KnownTokens().Replace(masked, Mask);
        }

        foreach (var pattern in _extra)
        {
            masked = pattern.Replace(masked, m => m.Groups["secret"] is { Success: true } g
                ? string.Concat(m.Value.AsSpan(0, g.Index - m.Index), Mask, m.Value.AsSpan(g.Index - m.Index + g.Length))
                : Mask);
        }

        return masked;
    }

    [GeneratedRegex(@"(?<begin>-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----).*", RegexOptions.CultureInvariant)]
    private static partial Regex PrivateKey();

    // The password runs to the last '@' before the host, so a password holding '@' is masked whole; the user may be empty (redis://:pw@host).
    [GeneratedRegex(@"(?<pre>\b[a-zA-Z][a-zA-Z0-9+.\-]*://[^/\s:@""']*:)(?<pw>[^\s/""'<>]+)@(?=[^\s@/""']*(?:[/\s""'?#]|$))", RegexOptions.CultureInvariant)]
    private static partial Regex UrlCredentials();

    [GeneratedRegex(@"(?<pre>\b(?:proxy-)?authorization[""']?\s*[:=]\s*[""']?(?:bearer|basic|token|digest|negotiate|aws4-hmac-sha256|sharedkey|sharedaccesssignature)?\s*)[^\s""',;]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AuthorizationHeader();

    // {"name":"DB_PASSWORD","value":"hunter2"} on one line, also inside a JSON string (last-applied-configuration annotations).
    [GeneratedRegex(@"\\?""name\\?""\s*:\s*\\?""(?<name>[^""\\]{1,200})\\?""\s*,\s*(?<pre>\\?""value\\?""\s*:\s*\\?"")(?!\*\*\*)[^""\\]+", RegexOptions.CultureInvariant)]
    private static partial Regex NamedJsonValue();

    // The match starts at the secret's name, not at the start of the word holding it (DB_PASSWORD): a leading
    // `\b[\w.\-]*` made the engine try every position of every word, and the text before the name is kept anyway.
    [GeneratedRegex(@"(?<pre>(?:(?:password|passwd|pwd|secret|token|api[_\-]?key|apikey|access[_\-]?key|account[_\-]?key|shared[_\-]?access[_\-]?key|secret[_\-]?key|private[_\-]?key|client[_\-]?secret|credentials?|sig)[""']?\s*(?:[:=]|=>)|password\s(?=[""']))\s*[""']?)(?<value>(?!<|\*\*\*|\{|\[|\$\{)[^\s""',;&}\)]+)(?<post>[""']?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"\beyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]{8,}", RegexOptions.CultureInvariant)]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(?:(?:AKIA|ASIA)[A-Z0-9]{16}|gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_\-]{20}|xox[abprs]-[A-Za-z0-9\-]{10,}|AIza[0-9A-Za-z_\-]{35}|ya29\.[0-9A-Za-z_\-]{20,}|[sr]k_live_[0-9a-zA-Z]{24,}|sk-[A-Za-z0-9_\-]{32,})", RegexOptions.CultureInvariant)]
    private static partial Regex KnownTokens();
}
