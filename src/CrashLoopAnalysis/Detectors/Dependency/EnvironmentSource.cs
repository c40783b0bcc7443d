using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.Dependency;

/// <summary>The env var of a container whose value supplies a host (or host:port), with its line.</summary>
internal static class EnvironmentSource
{
    public static (string Variable, string Value, EvidenceLine? Line)? Find(PodCase podCase, ContainerFacts c, string host, string? port)
    {
        (string, string, EvidenceLine?)? hostOnly = null;
        foreach (var env in c.Spec?.Env ?? [])
        {
            var value = env.Value;
            if (string.IsNullOrEmpty(value) || !Mentions(value, host))
            {
                continue;
            }

            var line = podCase.Provenance.Find($"{c.SpecPath}.env[{env.Name}].value");
            if (port is null || value.Contains($"{host}:{port}", StringComparison.OrdinalIgnoreCase))
            {
                return (env.Name, value, line);
            }

            hostOnly ??= (env.Name, value, line);
        }

        return hostOnly;
    }

    /// <summary>The value names the host as a whole name (DB_HOST=postgres, or a URL holding it).</summary>
    private static bool Mentions(string value, string host)
    {
        var at = value.IndexOf(host, StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var before = at == 0 ? ' ' : value[at - 1];
            var end = at + host.Length;
            var after = end >= value.Length ? ' ' : value[end];
            if (!char.IsLetterOrDigit(before) && before != '-' && (!char.IsLetterOrDigit(after) && after != '-'))
            {
                return true;
            }

            at = value.IndexOf(host, at + 1, StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
