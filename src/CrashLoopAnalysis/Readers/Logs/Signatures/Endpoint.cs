using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>Finds the host and port a network error names, in the spellings runtimes and drivers use.</summary>
internal static partial class Endpoint
{
    /// <summary>Adds <see cref="LogFacts.Host"/> and <see cref="LogFacts.Port"/> from the most specific form found.</summary>
    public static void AddTo(FactSet facts, string text)
    {
        foreach (var pattern in (ReadOnlySpan<Regex>)[DialTcp(), Libpq14(), NodeErrno(), PythonPool(), Url(), ConnectionTo(), HostPort()])
        {
            if (pattern.Match(text) is { Success: true } m)
            {
                facts.Add(LogFacts.Host, m.Groups["host"].Value.Trim('[', ']'));
                if (m.Groups["port"].Success)
                {
                    facts.Add(LogFacts.Port, m.Groups["port"].Value);
                }

                break;
            }
        }

        facts.Add(LogFacts.Host, LibpqHost(), text);
        facts.Add(LogFacts.Port, LibpqPort(), text);
        facts.Add(LogFacts.Port, PortWord(), text);
        facts.Add(LogFacts.Port, AnyAddress(), text);
    }

    /// <summary>Adds the port written after <paramref name="host"/> (<c>host:5432</c>) in <paramref name="text"/>.</summary>
    public static void AddPortOf(FactSet facts, string host, string text)
    {
        var at = text.IndexOf(host + ":", StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var digits = text.AsSpan(at + host.Length + 1);
        var length = 0;
        while (length < digits.Length && length < 5 && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        if (length > 0)
        {
            facts.Add(LogFacts.Port, digits[..length].ToString());
        }
    }

    [GeneratedRegex(@"dial (?:tcp|udp)[46]? (?<host>\[[^\]]+\]|[^\s:\[\]]+):(?<port>\d+)")]
    private static partial Regex DialTcp();

    [GeneratedRegex(@"connection to server at ""(?<host>[^""]+)""(?: \([^)]*\))?, port (?<port>\d+)")]
    private static partial Regex Libpq14();

    [GeneratedRegex(@"E(?:CONNREFUSED|TIMEDOUT|HOSTUNREACH|NETUNREACH|CONNRESET) (?<host>[\w.:\[\]-]+):(?<port>\d+)")]
    private static partial Regex NodeErrno();

    [GeneratedRegex(@"host='(?<host>[^']+)', port=(?<port>\d+)")]
    private static partial Regex PythonPool();

    [GeneratedRegex(@"\b[a-z][a-z0-9+.-]*://(?:[^@/\s""']*@)?(?<host>\[[^\]]+\]|[^/\s:""'?#\\]+)(?::(?<port>\d+))?")]
    private static partial Regex Url();

    [GeneratedRegex(@"Connection to (?<host>[^\s:]+) timed out")]
    private static partial Regex ConnectionTo();

    [GeneratedRegex(@"(?<![\w.:/-])(?<host>\d{1,3}(?:\.\d{1,3}){3}|(?:[A-Za-z0-9-]+\.)+[A-Za-z][A-Za-z0-9-]*):(?<port>\d{1,5})\b")]
    private static partial Regex HostPort();

    [GeneratedRegex(@"(?:running on host|on host) ""(?<v>[^""]+)""")]
    private static partial Regex LibpqHost();

    [GeneratedRegex(@"connections on port (?<v>\d+)")]
    private static partial Regex LibpqPort();

    [GeneratedRegex(@"\b[Pp]ort (?<v>\d{1,5})\b")]
    private static partial Regex PortWord();

    [GeneratedRegex(@":::(?<v>\d{1,5})\b")]
    private static partial Regex AnyAddress();
}
