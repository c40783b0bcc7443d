using k8s.Models;

namespace CrashLoopAnalysis.Masking;

/// <summary>
/// Env values that must never be printed: those that come from Secrets, and literal values whose names look
/// secret (<c>DB_PASSWORD</c>, <c>API_KEY</c>, <c>GITHUB_TOKEN</c>). Detectors that quote an env var use
/// <see cref="Display"/>; <c>crashloop parse</c> uses <see cref="MaskInPlace"/>.
/// </summary>
internal static class SecretEnv
{
    private static readonly string[] SecretWords =
    [
        "PASSWORD", "PASSWD", "PASSPHRASE", "PWD", "SECRET", "TOKEN", "APIKEY", "API_KEY", "ACCESS_KEY", "ACCESSKEY", "ACCOUNT_KEY",
        "ACCOUNTKEY", "PRIVATE_KEY", "PRIVATEKEY", "SIGNING_KEY", "ENCRYPTION_KEY", "MASTER_KEY", "CREDENTIAL", "AUTH", "SAS", "COOKIE",
        "SESSION_KEY", "DSN", "CONNECTION_STRING", "CONNECTIONSTRING", "CONN_STR",
    ];

    /// <summary>Whether an env var (or config key) of this name holds a secret by its name.</summary>
    public static bool LooksSecret(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var upper = name.Replace('-', '_').Replace('.', '_').ToUpperInvariant();
        if (upper is "PWD" or "OLDPWD")
        {
            // The shell's working directory, not a password.
            return false;
        }

        foreach (var word in SecretWords)
        {
            var at = upper.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (word.Length > 4 || IsWordBoundary(upper, at, word.Length)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How to show an env var's value: secret references as kubectl describe shows them, secret-looking literals masked.</summary>
    public static string Display(V1EnvVar env, SecretMasker masker)
    {
        ArgumentNullException.ThrowIfNull(env);
        ArgumentNullException.ThrowIfNull(masker);
        if (env.ValueFrom?.SecretKeyRef is { } secret)
        {
            return $"<set to the key '{secret.Key}' in secret '{secret.Name}'>";
        }

        if (env.Value is null)
        {
            return env.ValueFrom is null ? string.Empty : "<set from a reference>";
        }

        return LooksSecret(env.Name ?? string.Empty) && env.Value.Length > 0 ? SecretMasker.Mask : masker.Apply(env.Value);
    }

    /// <summary>Masks every literal env value of a pod that is secret by its name or holds a secret.</summary>
    public static void MaskInPlace(V1Pod pod, SecretMasker masker)
    {
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(masker);
        var containers = (pod.Spec?.Containers ?? []).Concat(pod.Spec?.InitContainers ?? []);
        foreach (var env in containers.SelectMany(c => c?.Env ?? []).Concat((pod.Spec?.EphemeralContainers ?? []).SelectMany(c => c?.Env ?? [])))
        {
            if (env?.Value is { Length: > 0 } value)
            {
                env.Value = LooksSecret(env.Name ?? string.Empty) ? SecretMasker.Mask : masker.Apply(value);
            }
        }
    }

    // Short words (PWD, SAS, DSN, AUTH) count only as a whole part of the name: DB_PWD and AUTH_HEADER yes, SASL_MECHANISM and AUTHOR no.
    private static bool IsWordBoundary(string name, int at, int length)
    {
        var before = at == 0 || !char.IsAsciiLetter(name[at - 1]);
        var after = at + length == name.Length || !char.IsAsciiLetter(name[at + length]);
        return before && after;
    }
}
