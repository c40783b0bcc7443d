using System.CommandLine;
using CrashLoopAnalysis.Detectors;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary><c>crashloop explain ID</c>: what a finding means, why it happens, how to fix it.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A finding ID such as CLA1201." };
        var command = new Command("explain", "Explain a finding: what it means, how to confirm it, how to fix it.") { id };
        command.SetAction(result =>
        {
            var wanted = result.GetValue(id)!.Trim();
            var descriptor = DiagnosisEngine.Default.Descriptors.FirstOrDefault(d => string.Equals(d.Id, wanted, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException($"no finding has the ID {wanted} (see crashloop detectors)");
            Console.Out.Write(FindingHelp.ToMarkdown(descriptor));
            return 0;
        });
        return command;
    }
}
