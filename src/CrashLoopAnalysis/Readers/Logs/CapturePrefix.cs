using System.Text.RegularExpressions;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Strips what the capture added in front of a container's own output: <c>kubectl logs --timestamps</c> and
/// must-gather RFC 3339 stamps, <c>docker compose</c> service columns, Heroku and syslog headers, BuildKit step
/// prefixes and klog headers. Runs on retained lines only, never on the scanning hot path.
/// </summary>
internal static partial class CapturePrefix
{
    /// <summary>Splits <paramref name="raw"/> into its body and the compose service that wrote it.</summary>
    public static (string Body, string? Service, char KlogSeverity) Strip(string raw)
    {
        var body = raw;
        string? service = null;
        for (var round = 0; round < 4; round++)
        {
            var before = body.Length;
            if (service is null && Compose().Match(body) is { Success: true } c)
            {
                service = c.Groups["name"].Value;
                body = body[c.Length..];
            }

            if (Stamp().Match(body) is { Success: true } s)
            {
                body = body[s.Length..];
            }

            if (BuildKit().Match(body) is { Success: true } b)
            {
                body = body[b.Length..];
            }

            if (before == body.Length)
            {
                break;
            }
        }

        if (Klog().Match(body) is { Success: true } k)
        {
            return (body[k.Length..], service, body[0]);
        }

        return (body, service, '\0');
    }

    // `name  | ` or `name-1      | ` (docker compose v1 and v2); the blank before the bar keeps shell pipes out.
    [GeneratedRegex(@"^(?<name>[A-Za-z0-9][\w.-]*)\s+\|(?: |$)", RegexOptions.CultureInvariant)]
    private static partial Regex Compose();

    // RFC 3339 (kubectl --timestamps, must-gather, docker -t, Heroku, syslog) or `2024-03-27 23:54:24`, `2016/08/29 12:32:35`,
    // optionally followed by a Heroku dyno `app[web.1]:` or a syslog `host tag[pid]:`. One blank ends the stamp; more
    // are only eaten before a level word (zap's console columns), so the line's own indentation survives.
    [GeneratedRegex(@"^\d{4}[-/]\d\d[-/]\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?[ \t](?:[ \t]*(?=[A-Z]{4,}))?(?:\w+\[[\w.]+\]: |[\w.-]+ [\w.-]+\[\d+\]: )?", RegexOptions.CultureInvariant)]
    private static partial Regex Stamp();

    // BuildKit progress output: `#9 0.329 `.
    [GeneratedRegex(@"^#\d+ \d+\.\d+ ", RegexOptions.CultureInvariant)]
    private static partial Regex BuildKit();

    // klog: `E0611 12:00:00.000000       1 file.go:42] `.
    [GeneratedRegex(@"^[IWEF]\d{4} \d\d:\d\d:\d\d\.\d+\s+\d+ [^\]\s]+\] ", RegexOptions.CultureInvariant)]
    private static partial Regex Klog();
}
