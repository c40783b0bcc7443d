using CrashLoopAnalysis.Readers.Describe;

namespace CrashLoopAnalysis.Readers.Tables;

/// <summary>Finds the header row of a kubectl table below any prompt or command lines pasted above it, and its rows.</summary>
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

    /// <summary>The rows below <paramref name="header"/> that are not blank, up to a command line pasted after the table.</summary>
    public static IEnumerable<int> Rows(DescribeLines lines, int header)
    {
        for (var i = header + 1; i < lines.Count; i++)
        {
            if (lines.IsBlank(i))
            {
                continue;
            }

            if (IsPrompt(lines.Content(i)))
            {
                yield break;
            }

            yield return i;
        }
    }

    public static bool IsPrompt(ReadOnlySpan<char> line) =>
        Capture.ShellPrompt.IsCommandLine(line) || line.StartsWith("$ ") || line.StartsWith("kubectl ") || line.Contains("$ kubectl", StringComparison.Ordinal) || line.Contains("# kubectl", StringComparison.Ordinal);
}
