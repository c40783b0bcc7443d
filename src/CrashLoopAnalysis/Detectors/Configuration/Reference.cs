namespace CrashLoopAnalysis.Detectors.Configuration;

/// <summary>A Secret or ConfigMap (and key) that a kubelet message says is missing.</summary>
internal sealed record Reference(string Kind, string Name, string? Key)
{
    /// <summary>Reads <c>secret "x" not found</c>, <c>configmaps "x" not found</c>, <c>couldn't find key K in ConfigMap ns/c</c>.</summary>
    public static Reference? Parse(string? message)
    {
        if (string.IsNullOrEmpty(message))
        {
            return null;
        }

        const string findKey = "find key ";
        var at = message.IndexOf(findKey, StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            var rest = message[(at + findKey.Length)..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (rest.Length >= 4 && rest[1] == "in")
            {
                var kind = rest[2].StartsWith("secret", StringComparison.OrdinalIgnoreCase) ? "Secret" : "ConfigMap";
                var name = rest[3].TrimEnd('.', ',', ';');
                var slash = name.IndexOf('/', StringComparison.Ordinal);
                return new Reference(kind, slash >= 0 ? name[(slash + 1)..] : name, rest[0]);
            }
        }

        foreach (var (word, kind) in new[] { ("secrets \"", "Secret"), ("secret \"", "Secret"), ("configmaps \"", "ConfigMap"), ("configmap \"", "ConfigMap") })
        {
            var i = message.IndexOf(word, StringComparison.OrdinalIgnoreCase);
            if (i < 0)
            {
                continue;
            }

            var start = i + word.Length;
            var end = message.IndexOf('"', start);
            if (end > start && message.AsSpan(end).Contains(" not", StringComparison.Ordinal))
            {
                return new Reference(kind, message[start..end], null);
            }
        }

        return null;
    }

    public override string ToString() => $"{Kind}/{Name}/{Key}";
}
