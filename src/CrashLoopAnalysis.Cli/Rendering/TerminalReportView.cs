using Spectre.Console;

namespace CrashLoopAnalysis.Cli.Rendering;

/// <summary>
/// The report for a person at a terminal: shared causes first, then a table of each pod's findings with
/// colour by severity and the evidence lines under each. Used only when standard output is a terminal;
/// redirected output gets the plain text report.
/// </summary>
internal static class TerminalReportView
{
    public static void Write(Diagnosis diagnosis, IAnsiConsole console)
    {
        if (diagnosis.Pods.IsEmpty)
        {
            console.MarkupLine($"[green]No pod with findings[/] in {diagnosis.Inputs.Sum(i => i.Pods)} pod(s) read.");
        }

        foreach (var group in diagnosis.Groups)
        {
            var pods = string.Join("\n", group.Pods.Select(p => Markup.Escape(p.ToString())));
            console.Write(new Panel(new Markup(pods))
                .Header($"[bold]{group.Pods.Length} pods share one cause:[/] {Markup.Escape(group.Signature)} ({group.FindingId})")
                .BorderColor(Color.Yellow));
        }

        foreach (var pod in diagnosis.Pods)
        {
            console.WriteLine();
            console.MarkupLine($"[bold]{Markup.Escape(pod.Key.ToString())}[/]  {Markup.Escape(pod.Status ?? pod.Phase ?? "unknown")}  restarts={pod.Restarts}");
            var table = new Table().Border(TableBorder.Rounded).Expand();
            table.AddColumn("Finding");
            table.AddColumn("What and why");
            foreach (var f in pod.Findings)
            {
                var colour = f.Severity switch
                {
                    Severity.Error => "red",
                    Severity.Warning => "yellow",
                    _ => "grey",
                };
                var evidence = string.Join("\n", f.Evidence.Select(e => $"[dim]{Markup.Escape(e.Line > 0 ? $"{e.Source}:{e.Line}" : e.Source)}[/] {Markup.Escape(e.Text)}"));
                var fixes = string.Join("\n", f.Remediation.Select(r => $"[green]fix:[/] {Markup.Escape(r)}").Concat(f.NextSteps.Select(s => $"[blue]run:[/] {Markup.Escape(s)}")));
                table.AddRow(
                    new Markup($"[{colour}]{f.Severity.ToString().ToLowerInvariant()}[/]\n[bold]{f.Id}[/]\n{f.Category.ToReportName()}\n{f.Confidence:0.##}"),
                    new Markup($"[bold]{Markup.Escape(f.Title)}[/]\n{Markup.Escape(f.Message)}\n{evidence}\n{fixes}"));
            }

            console.Write(table);
        }

        foreach (var warning in diagnosis.Warnings)
        {
            console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning.ToString())}");
        }
    }
}
