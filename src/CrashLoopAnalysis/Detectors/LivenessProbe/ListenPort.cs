using System.Globalization;
using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.LivenessProbe;

/// <summary>
/// The port the application's own log says it listens on (<c>Listening on :8080</c>, <c>msg=Listening port=:9203</c>,
/// <c>Now listening on: http://[::]:80</c>, <c>Server listening at http://0.0.0.0:3000</c>), from the lines a log keeps.
/// </summary>
internal static partial class ListenPort
{
    /// <summary>The last listening port a log of <paramref name="container"/> (or a log of no known container) states.</summary>
    public static (int Port, EvidenceLine Line)? Of(PodCase podCase, string? container)
    {
        (int, EvidenceLine)? found = null;
        foreach (var log in podCase.Logs)
        {
            if (log.Container is not null && container is not null && log.Container != container)
            {
                continue;
            }

            foreach (var line in log.Digest.Tail)
            {
                if (line.Text.Contains("isten", StringComparison.Ordinal) && Listening().Match(line.Text) is { Success: true } m
                    && int.TryParse(m.Groups["p"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is > 0 and < 65536)
                {
                    found = (port, line);
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"\b[Ll]isten(?:ing|s)?\b(?: on| at)?[^\n]{0,40}?(?:\bport[ =:]*|:)(?<p>\d{2,5})\b")]
    private static partial Regex Listening();
}
