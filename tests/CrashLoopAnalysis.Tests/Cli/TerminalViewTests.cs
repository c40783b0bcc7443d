using CrashLoopAnalysis.Cli.Rendering;
using Spectre.Console;

namespace CrashLoopAnalysis.Tests.Cli;

/// <summary>The terminal view shows the same findings as the text report, in colour, with evidence.</summary>
public sealed class TerminalViewTests
{
    [Fact]
    public void The_terminal_view_shows_each_finding_coloured_with_its_evidence()
    {
        var diagnosis = DiagnosisEngine.Default.Diagnose(Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json"));
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Standard,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 200;

        TerminalReportView.Write(diagnosis, console);

        var text = output.ToString();
        Assert.Contains("message-pod-crashloop-backoff/init-demo", text, StringComparison.Ordinal);
        Assert.Contains("CLA1001", text, StringComparison.Ordinal);
        Assert.Contains("\"exitCode\": 127,", text, StringComparison.Ordinal);
        Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("CLA1001", StringComparison.Ordinal) < text.IndexOf("CLA1700", StringComparison.Ordinal), "the cause comes before the symptom");
    }
}
