namespace CrashLoopAnalysis;

/// <summary>Writes a plain-text report for a terminal or a log.</summary>
internal static class TextReportWriter
{
    public static void Write(Diagnosis diagnosis, TextWriter w)
    {
        if (diagnosis.Pods.IsEmpty)
        {
            w.Write($"No pod with findings in {diagnosis.Inputs.Sum(i => i.Pods)} pod(s) read.\n");
        }

        foreach (var g in diagnosis.Groups)
        {
            w.Write($"{g.Headline} ({g.Category.ToReportName()}, {g.FindingId})\n");
            foreach (var pod in g.Pods)
            {
                w.Write($"    {pod}\n");
            }
        }

        if (!diagnosis.Groups.IsEmpty)
        {
            w.Write('\n');
        }

        foreach (var pod in diagnosis.Pods)
        {
            w.Write($"{pod.Key}  {pod.Status ?? pod.Phase ?? "unknown"}  restarts={pod.Restarts}\n");
            foreach (var f in pod.Findings)
            {
                w.Write($"  [{f.Severity.ToString().ToLowerInvariant()}] {f.Id} {f.Category.ToReportName()}: {f.Title} (confidence {JsonReportWriter.Number(f.Confidence)})\n");
                w.Write($"    {f.Message}\n");
                foreach (var e in f.Evidence)
                {
                    w.Write($"      {(e.Line > 0 ? $"{e.Source}:{e.Line}" : e.Source)}: {e.Text}\n");
                }

                foreach (var r in f.Remediation)
                {
                    w.Write($"    fix: {r}\n");
                }

                foreach (var s in f.NextSteps)
                {
                    w.Write($"    run: {s}\n");
                }
            }

            w.Write('\n');
        }

        foreach (var warning in diagnosis.Warnings)
        {
            w.Write($"warning: {warning}\n");
        }
    }
}
