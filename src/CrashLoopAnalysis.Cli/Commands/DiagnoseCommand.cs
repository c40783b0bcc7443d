using System.CommandLine;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary><c>crashloop diagnose [PATH ...] [--format text|markdown|json] [--output FILE]</c></summary>
internal static class DiagnoseCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders or archives (.tar.gz, .tgz, .tar, .zip, .tar.xz); '-' reads standard input. None: the embedded sample.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text, markdown or json",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json");
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to FILE instead of standard output." };

        var command = new Command("diagnose", "Diagnose every pod in the inputs and name each one's root cause.") { paths, format, output };
        command.SetAction(result =>
        {
            var given = result.GetValue(paths);
            var source = Inputs.Open(given);
            var diagnosis = DiagnosisRun.Run(source, showProgress: given is { Length: > 0 });
            var reportFormat = result.GetValue(format) switch
            {
                "json" => ReportFormat.Json,
                "markdown" => ReportFormat.Markdown,
                _ => ReportFormat.Text,
            };
            var outputPath = result.GetValue(output);
            if (reportFormat == ReportFormat.Text && outputPath is null && !Console.IsOutputRedirected)
            {
                Rendering.TerminalReportView.Write(diagnosis, Spectre.Console.AnsiConsole.Console);
            }
            else
            {
                using var writer = Inputs.OpenOutput(outputPath);
                DiagnosisReport.Write(diagnosis, writer, reportFormat, ToolVersion.Value);
            }

            return diagnosis.HasErrors ? 1 : 0;
        });
        return command;
    }
}
