using System.Text;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>Hostile inputs made on the spot: they are attacks and accidents, not captures.</summary>
internal static class HostileInputs
{
    public static string OomPodList => File.ReadAllText(Fixture.Path("troubleshoot", "pods", "message-oomkill-pod.json"));

    public static string MustGatherPodYaml => File.ReadAllText(Fixture.Path("must-gather", "slice", "namespaces", "openshift-ingress-operator", "pods", "ingress-operator-7d578b789-7wcql", "ingress-operator-7d578b789-7wcql.yaml"));

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>Pseudo-random bytes with every byte value, NUL included.</summary>
    public static byte[] Binary(int length, int seed)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>A JSON pod whose metadata holds arrays nested <paramref name="depth"/> deep.</summary>
    public static string DeepJson(int depth) =>
        "{\"apiVersion\": \"v1\", \"kind\": \"Pod\", \"metadata\": {\"name\": \"deep\", \"labels\": " + new string('[', depth) + new string(']', depth) + "}}";

    /// <summary>A JSON document that is nothing but nested arrays.</summary>
    public static string DeepBareArray(int depth) => new string('[', depth) + new string(']', depth);

    /// <summary>A YAML pod whose metadata holds flow sequences nested <paramref name="depth"/> deep.</summary>
    public static string DeepYaml(int depth) =>
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: deep\n  labels: " + new string('[', depth) + new string(']', depth) + "\n";

    /// <summary>A YAML pod whose block mappings are nested <paramref name="depth"/> deep by indentation.</summary>
    public static string DeepIndentedYaml(int depth)
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: deep\n  annotations:\n");
        for (var i = 0; i < depth; i++)
        {
            text.Append(' ', 4 + i).Append('k').Append(i).Append(":\n");
        }

        return text.ToString();
    }

    /// <summary>The "billion laughs": each level aliases the one before it ten times.</summary>
    public static string YamlAliasBomb(int levels)
    {
        var text = new StringBuilder("apiVersion: v1\nkind: Pod\nmetadata:\n  name: lol\nlol:\n    l0: &l0 \"lol\"\n");
        for (var i = 1; i <= levels; i++)
        {
            text.Append("    l").Append(i).Append(": &l").Append(i).Append(" [");
            text.AppendJoin(", ", Enumerable.Repeat("*l" + (i - 1), 10));
            text.Append("]\n");
        }

        return text.Append("spec:\n  containers:\n  - name: app\n    image: busybox\n").ToString();
    }

    /// <summary>Aliases used as mapping keys and merge keys, and an alias to an anchor not yet defined.</summary>
    public static string YamlAliasOddities() =>
        "apiVersion: v1\nkind: Pod\nmetadata: &m\n  name: odd\n  labels:\n    *m : x\n    <<: *m\n    self: *m\n    later: *nothere\n";

    /// <summary>A single line of <paramref name="bytes"/> bytes with no line break (a minified blob, a binary-ish log).</summary>
    public static byte[] SingleLine(int bytes, string prefix = "")
    {
        var line = new byte[bytes];
        var head = Encoding.UTF8.GetBytes(prefix);
        head.CopyTo(line, 0);
        line.AsSpan(head.Length).Fill((byte)'a');
        return line;
    }

    /// <summary>A pod list whose one pod has a 50 MB message: a whole document on one line.</summary>
    public static byte[] HugeJsonString(int bytes)
    {
        var head = Utf8("{\"apiVersion\":\"v1\",\"kind\":\"Pod\",\"metadata\":{\"name\":\"huge\",\"namespace\":\"x\"},\"status\":{\"phase\":\"Running\",\"message\":\"");
        var tail = Utf8("\"}}");
        var all = new byte[bytes];
        head.CopyTo(all, 0);
        all.AsSpan(head.Length, bytes - head.Length - tail.Length).Fill((byte)'x');
        tail.CopyTo(all, bytes - tail.Length);
        return all;
    }

    /// <summary>Bytes that are not UTF-8: lone continuation bytes, overlong forms, surrogates, 0xFF.</summary>
    public static readonly byte[] InvalidUtf8 = [0x80, 0xC0, 0xAF, 0xED, 0xA0, 0x80, 0xFF, 0xFE, 0xC3, 0x28, 0xF4, 0x90, 0x80, 0x80];

    /// <summary>Replaces the first occurrence of <paramref name="marker"/> by <paramref name="insert"/>, as bytes.</summary>
    public static byte[] Splice(string text, string marker, byte[] insert)
    {
        var at = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(at >= 0, $"marker {marker} not found");
        return [.. Utf8(text[..at]), .. insert, .. Utf8(text[(at + marker.Length)..])];
    }
}
