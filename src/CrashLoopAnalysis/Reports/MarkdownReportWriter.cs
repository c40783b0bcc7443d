using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>Writes a report to paste into a ticket: the groups first, then each pod's root cause with its evidence quoted.</summary>
internal static class MarkdownReportWriter
{
    public static void Write(Diagnosis diagnosis, TextWriter w)
    {
        w.Write("# Crash-loop diagnosis\n\n");
        w.Write($"{diagnosis.Pods.Length} pod(s) with findings in {string.Join(", ", diagnosis.Inputs.Select(i => $"`{i.Path}` ({i.Kind}, {i.Pods} pods)"))}.\n\n");
        if (!diagnosis.Groups.IsEmpty)
        {
            w.Write("## Shared causes\n\n");
            foreach (var g in diagnosis.Groups)
            {
                w.Write($"- **{Escape(g.Headline)}** ({g.Category.ToReportName()}, {g.FindingId}): {string.Join(", ", g.Pods.Select(p => $"`{p}`"))}\n");
            }

            w.Write('\n');
        }

        foreach (var pod in diagnosis.Pods)
        {
            w.Write($"## {Escape(pod.Key.ToString())}\n\n");
            w.Write($"Phase {pod.Phase ?? "unknown"}, status **{pod.Status ?? "unknown"}**, {pod.Restarts} restart(s).\n\n");
            foreach (var f in pod.Findings)
            {
                w.Write($"### {f.Id} {Escape(f.Title)}\n\n");
                w.Write($"*{f.Category.ToReportName()}, {f.Severity.ToString().ToLowerInvariant()}, confidence {JsonReportWriter.Number(f.Confidence)}{(f.Container is null ? string.Empty : $", container `{f.Container}`")}*\n\n");
                w.Write($"{Escape(f.Message)}\n\n");
                if (!f.Evidence.IsEmpty)
                {
                    w.Write("```text\n");
                    foreach (var e in f.Evidence)
                    {
                        w.Write($"{Location(e)}  {e.Text.Replace("```", "'''", StringComparison.Ordinal)}\n");
                    }

                    w.Write("```\n\n");
                }

                foreach (var r in f.Remediation)
                {
                    w.Write($"- Fix: {r}\n");
                }

                foreach (var s in f.NextSteps)
                {
                    w.Write($"- Run: `{s}`\n");
                }

                w.Write('\n');
            }
        }

        if (!diagnosis.Warnings.IsEmpty)
        {
            w.Write("## Warnings\n\n");
            foreach (var warning in diagnosis.Warnings)
            {
                w.Write($"- `{warning.Source}{(warning.Line > 0 ? $":{warning.Line}" : string.Empty)}`: {Escape(warning.Message)}\n");
            }

            w.Write('\n');
        }
    }

    private static string Location(EvidenceLine e) => e.Line > 0 ? $"{e.Source}:{e.Line}" : e.Source;

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
}
