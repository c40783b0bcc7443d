using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>
/// Reads <c>Environment:</c> (plain values, values over several lines, and the <c>&lt;set to the key ...&gt;</c>,
/// <c>(v1:field)</c> and <c>(limits.memory)</c> references) and <c>Environment Variables from:</c>.
/// </summary>
internal static class EnvironmentText
{
    public static List<V1EnvVar>? ReadVariables(DescribeContext cx, int header, LineRange body, string path)
    {
        var lines = cx.Lines;
        lines.TryKey(header, out _, out var value);
        if (value.SequenceEqual("<none>") && body.IsEmpty)
        {
            return null;
        }

        var list = new List<V1EnvVar>();
        var state = (cx, list, path, column: ValueColumn(lines, body));
        DescribeBlocks.ForEachItem(lines, body, state, static (s, i, more) => s.list.Add(Variable(s.cx, i, more, s.path, s.column)),
            static (s, i) => s.cx.Warn(i, "This line under Environment is not a variable."));
        return list;
    }

    public static List<V1EnvFromSource>? ReadSources(DescribeContext cx, LineRange body, string path)
    {
        var lines = cx.Lines;
        var list = new List<V1EnvFromSource>();
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            // name  ConfigMap|Secret [with prefix 'P']  Optional: b
            var text = lines.Content(i);
            var optionalAt = text.LastIndexOf("Optional: ");
            bool? optional = optionalAt >= 0 ? text[(optionalAt + 10)..].Trim().SequenceEqual("true") : null;
            var head = (optionalAt >= 0 ? text[..optionalAt] : text).Trim();
            var space = head.IndexOfAny(' ', '\t');
            if (space < 0)
            {
                cx.Warn(i, "This line under Environment Variables from does not name a ConfigMap or Secret.");
                continue;
            }

            var name = cx.Text(head[..space]);
            var rest = head[space..].Trim();
            string? prefix = null;
            var with = rest.IndexOf(" with prefix '");
            if (with >= 0)
            {
                prefix = rest[(with + 14)..].TrimEnd('\'').ToString();
                rest = rest[..with];
            }

            var source = new V1EnvFromSource { Prefix = prefix };
            if (rest.SequenceEqual("Secret"))
            {
                source.SecretRef = new V1SecretEnvSource { Name = name, Optional = optional };
                cx.Field(new FieldPath(path, Index: list.Count, Tail: "secretRef.name"), i);
            }
            else
            {
                source.ConfigMapRef = new V1ConfigMapEnvSource { Name = name, Optional = optional };
                cx.Field(new FieldPath(path, Index: list.Count, Tail: "configMapRef.name"), i);
            }

            list.Add(source);
        }

        return list;
    }

    /// <summary>
    /// The column kubectl's tab writer put the values at: two past the widest first cell of the block, which
    /// runs on past the variables through the settings printed on one line after them. Blanks past it belong
    /// to the value.
    /// </summary>
    private static int ValueColumn(DescribeLines lines, LineRange body)
    {
        var indent = DescribeBlocks.FirstIndent(lines, body);
        var widest = 0;
        var seen = int.MaxValue;
        for (var i = body.Start; i < body.End; i++)
        {
            if (lines.IsBlank(i) || lines.Content(i).IndexOf('\t') >= 0)
            {
                continue;
            }

            if (lines.Indent(i) == indent && lines.TryKey(i, out _, out var value))
            {
                widest = Math.Max(widest, lines.RawIndent(i) + DescribeLines.KeyEnd(lines.Content(i)) + 1);
                seen = value.IsEmpty ? seen : Math.Min(seen, lines.ValueColumn(i));
            }
        }

        for (var i = body.End; i < lines.Count && !lines.IsBlank(i) && lines.TryKey(i, out _, out var value) && !value.IsEmpty; i++)
        {
            widest = Math.Max(widest, lines.RawIndent(i) + DescribeLines.KeyEnd(lines.Content(i)) + 1);
        }

        return widest == 0 || widest + 2 > seen ? seen : widest + 2;
    }

    private static ReadOnlySpan<char> FromColumn(DescribeLines lines, int i, int column, ReadOnlySpan<char> trimmed)
    {
        var content = lines.Content(i);
        var at = column - lines.RawIndent(i);
        return column == int.MaxValue || at < 0 || at > content.Length || content.IndexOf('\t') >= 0 || !content[at..].Trim(' ').SequenceEqual(trimmed)
            ? trimmed
            : content[at..];
    }

    private static V1EnvVar Variable(DescribeContext cx, int i, LineRange more, string path, int column)
    {
        var lines = cx.Lines;
        lines.TryKey(i, out var key, out var trimmed);
        var value = trimmed;
        var name = cx.Text(key);
        var env = new V1EnvVar { Name = name };
        cx.Field(new FieldPath(path, name, Tail: "name"), i);
        if (value.StartsWith("<set to the key '"))
        {
            env.ValueFrom = KeyReference(value);
            cx.Field(new FieldPath(path, name, Tail: env.ValueFrom.SecretKeyRef is not null ? "valueFrom.secretKeyRef.key" : "valueFrom.configMapKeyRef.key"), i);
            return env;
        }

        var open = value.LastIndexOf(" (");
        if (open < 0 && value.StartsWith("("))
        {
            open = 0;
        }

        if (open >= 0 && value.EndsWith(")") && more.IsEmpty)
        {
            var inner = value[(open + (value[open] == '(' ? 1 : 2))..^1];
            var colon = inner.IndexOf(':');
            if (colon > 0 && inner[..colon].IndexOf('/') < 0 && inner[..colon].StartsWith("v"))
            {
                env.ValueFrom = new V1EnvVarSource { FieldRef = new V1ObjectFieldSelector { ApiVersion = inner[..colon].ToString(), FieldPath = inner[(colon + 1)..].ToString() } };
                cx.Field(new FieldPath(path, name, Tail: "valueFrom.fieldRef.fieldPath"), i);
                return env;
            }

            if (inner.StartsWith("limits.") || inner.StartsWith("requests."))
            {
                env.ValueFrom = new V1EnvVarSource { ResourceFieldRef = new V1ResourceFieldSelector { Resource = inner.ToString() } };
                cx.Field(new FieldPath(path, name, Tail: "valueFrom.resourceFieldRef.resource"), i);
                return env;
            }
        }

        var text = FromColumn(lines, i, column, value).ToString();
        for (var m = more.Start; m < more.End; m++)
        {
            var extra = column == int.MaxValue ? 0 : lines.RawIndent(m) - column;
            text = string.Concat(text, "\n", extra > 0 ? new string(' ', extra) : string.Empty, lines.Content(m));
        }

        env.Value = text;
        cx.Field(new FieldPath(path, name, Tail: "value"), i);
        return env;
    }

    private static V1EnvVarSource KeyReference(ReadOnlySpan<char> text)
    {
        // <set to the key 'k' in secret 's'>  Optional: false  |  <set to the key 'k' of config map 'c'>  Optional: true
        var rest = text[17..];
        var keyEnd = rest.IndexOf('\'');
        var key = keyEnd < 0 ? rest.ToString() : rest[..keyEnd].ToString();
        rest = keyEnd < 0 ? [] : rest[(keyEnd + 1)..];
        var secret = rest.StartsWith(" in secret '");
        var nameStart = rest.IndexOf('\'');
        var name = string.Empty;
        if (nameStart >= 0)
        {
            var after = rest[(nameStart + 1)..];
            var nameEnd = after.IndexOf("'>");
            name = (nameEnd < 0 ? after : after[..nameEnd]).ToString();
        }

        var optionalAt = text.LastIndexOf("Optional: ");
        bool? optional = optionalAt >= 0 ? text[(optionalAt + 10)..].Trim().SequenceEqual("true") : null;
        return secret
            ? new V1EnvVarSource { SecretKeyRef = new V1SecretKeySelector { Key = key, Name = name, Optional = optional } }
            : new V1EnvVarSource { ConfigMapKeyRef = new V1ConfigMapKeySelector { Key = key, Name = name, Optional = optional } };
    }
}
