using CrashLoopAnalysis.Readers.Describe;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>Finds the header row of a kubectl table below any prompt or command lines pasted above it.</summary>
internal static class TableLines
{
    public static int FindHeader(DescribeLines lines, Func<string, bool> isHeader)
    {
        for (var i = 0; i < lines.Count && i < 40; i++)
        {
            if (!lines.IsBlank(i) && isHeader(lines.Content(i).ToString()))
            {
                return i;
            }
        }

        return -1;
    }

    public static bool IsPrompt(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("$ ") || line.StartsWith("kubectl "))
        {
            return true;
        }

        // "user@host:~$ kubectl ...", "# kubectl ...", "[12:54:41] $ ./cluster/kubectl.sh describe pod x": a prompt
        // before a command that runs kubectl.
        var command = line.IndexOf("kubectl", StringComparison.Ordinal);
        if (command < 0)
        {
            return false;
        }

        var prompt = line[..command];
        return prompt.Contains("$ ", StringComparison.Ordinal) || prompt.Contains("# ", StringComparison.Ordinal) || prompt.Contains("> ", StringComparison.Ordinal);
    }
}
