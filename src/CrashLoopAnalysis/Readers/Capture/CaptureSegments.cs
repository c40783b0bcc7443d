using System.Text;

namespace CrashLoopAnalysis.Readers.Capture;

/// <summary>
/// Splits a pasted capture that holds the output of several commands (<c>$ kubectl get pods</c>, then <c>$ kubectl
/// describe pod x</c>, then <c>$ kubectl logs x --previous</c>) at its command lines, so that each output is told
/// apart and read by its own reader. Each part keeps the whole capture's line numbers: the lines of the other parts
/// are left empty.
/// </summary>
internal static class CaptureSegments
{
    /// <summary>The parts of <paramref name="capture"/>, or null when it holds one output only.</summary>
    public static List<ReadOnlyMemory<byte>>? Split(ReadOnlySpan<byte> capture)
    {
        // Most captures (every log of a bundle) name no tool at all: one vectorised pass per word says so.
        if (!ShellPrompt.MayNameTool(capture))
        {
            return null;
        }

        var starts = new List<int>();
        var offset = 0;
        var content = false;
        while (offset < capture.Length)
        {
            var nl = capture[offset..].IndexOf((byte)'\n');
            var end = nl < 0 ? capture.Length : offset + nl;
            var line = capture[offset..end];
            if (line.Length < 400 && ShellPrompt.MayNameTool(line))
            {
                if (content && ShellPrompt.IsCommandLine(Encoding.UTF8.GetString(line)))
                {
                    starts.Add(offset);
                }
            }

            content |= !line.Trim(" \t\r"u8).IsEmpty;
            offset = end + 1;
        }

        if (starts.Count == 0)
        {
            return null;
        }

        starts.Add(capture.Length);
        var parts = new List<ReadOnlyMemory<byte>>(starts.Count);
        var from = 0;
        foreach (var to in starts)
        {
            parts.Add(Keep(capture, from, Math.Min(to, capture.Length)));
            from = to;
        }

        return parts;
    }

    /// <summary>The capture with every line outside [from, to) emptied, so that line numbers stay those of the capture.</summary>
    private static byte[] Keep(ReadOnlySpan<byte> capture, int from, int to)
    {
        var before = capture[..from].Count((byte)'\n');
        var after = to < capture.Length ? capture[to..].Count((byte)'\n') : 0;
        var part = new byte[before + (to - from) + after];
        part.AsSpan(0, before).Fill((byte)'\n');
        capture[from..to].CopyTo(part.AsSpan(before));
        part.AsSpan(before + (to - from)).Fill((byte)'\n');
        return part;
    }
}
