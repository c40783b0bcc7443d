namespace CrashLoopAnalysis.Readers.Capture;

/// <summary>
/// Tells a command line that someone pasted with its output: <c>$ kubectl logs x</c>, <c>user@host:~$ kubectl describe
/// pod y</c>, <c>[12:54:41] $ ./cluster/kubectl.sh describe pod z</c>, <c>-> kubectl get events</c>, <c>$ k logs w
/// --previous</c>, <c>oc describe pod v</c>. Such a line starts a new output: it is never part of a log or a table.
/// </summary>
internal static class ShellPrompt
{
    private static readonly string[] Markers = ["$ ", "# ", "> ", "% ", "❯ ", "➜ "];

    private static readonly string[] Tools = ["kubectl", "kubectl.sh", "kubecolor", "oc", "oc.exe", "kubectl.exe"];

    private static readonly string[] Wrappers = ["microk8s", "microk8s.kubectl", "minikube", "k3s", "sudo"];

    private static readonly string[] Aliases = ["k", "kc", "kube"];

    private static readonly string[] Verbs = ["get", "describe", "logs", "log", "events", "top"];

    /// <summary>Whether <paramref name="line"/> is a kubectl (or oc) command line, with or without a shell prompt before it.</summary>
    public static bool IsCommandLine(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        if (t.Length < 4 || t.Length > 400)
        {
            return false;
        }

        if (IsCommand(t))
        {
            return true;
        }

        // A prompt ends with one of the markers within its first columns: "$ ", "user@host:~$ ", "[12:54:41] $ ".
        var window = t[..Math.Min(t.Length, 120)];
        foreach (var marker in Markers)
        {
            var at = window.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0 && IsCommand(t[(at + marker.Length)..].TrimStart()))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A check on raw bytes that lets through the lines <see cref="IsCommandLine"/> accepts as people paste them (and
    /// some more): the tools, and the short aliases with a verb one blank after them. Kept beside the lists it covers.
    /// </summary>
    public static bool MayNameTool(ReadOnlySpan<byte> text)
    {
        // kubectl, kubecolor and the `kube` alias; the `k` and `kc` aliases only with a verb after them.
        if (text.IndexOf("kube"u8) >= 0 || text.IndexOf("kc "u8) >= 0 || text.IndexOf("k get"u8) >= 0 || text.IndexOf("k describe"u8) >= 0
            || text.IndexOf("k log"u8) >= 0 || text.IndexOf("k events"u8) >= 0 || text.IndexOf("k top"u8) >= 0)
        {
            return true;
        }

        // `oc` as a word of its own (not the end of `proc` or `alloc`).
        var at = 0;
        while (text[at..].IndexOf("oc"u8) is var hit and >= 0)
        {
            var start = at + hit;
            var before = start == 0 ? (byte)' ' : text[start - 1];
            var after = start + 2 < text.Length ? text[start + 2] : (byte)' ';
            if (before is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'$' or (byte)'#' or (byte)'>' or (byte)'/' or (byte)'\\'
                && after is (byte)' ' or (byte)'.')
            {
                return true;
            }

            at = start + 2;
        }

        return false;
    }

    private static bool IsCommand(ReadOnlySpan<char> s)
    {
        var first = Next(s, out var rest);
        if (Is(first, Wrappers))
        {
            first = Next(rest, out rest);
        }

        var slash = first.LastIndexOfAny('/', '\\');
        var tool = slash >= 0 ? first[(slash + 1)..] : first;
        if (Is(tool, Tools))
        {
            return !rest.IsEmpty && rest[0] != '=';
        }

        return Is(tool, Aliases) && Is(Next(rest, out _), Verbs);
    }

    private static ReadOnlySpan<char> Next(ReadOnlySpan<char> s, out ReadOnlySpan<char> rest)
    {
        s = s.TrimStart();
        var space = s.IndexOfAny(' ', '\t');
        rest = space < 0 ? default : s[(space + 1)..].TrimStart();
        return space < 0 ? s : s[..space];
    }

    private static bool Is(ReadOnlySpan<char> word, string[] set)
    {
        foreach (var s in set)
        {
            if (word.SequenceEqual(s))
            {
                return true;
            }
        }

        return false;
    }
}
