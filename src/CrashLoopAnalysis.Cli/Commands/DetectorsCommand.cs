using System.CommandLine;

namespace CrashLoopAnalysis.Cli.Commands;

/// <summary><c>crashloop detectors</c>: every finding kind with its ID, category and title.</summary>
internal static class DetectorsCommand
{
    public static Command Create()
    {
        var command = new Command("detectors", "List every detector's findings: id, category, title.");
        command.SetAction(_ =>
        {
            var engine = DiagnosisEngine.Default;
            foreach (var detector in engine.Detectors)
            {
                foreach (var d in detector.Descriptors.OrderBy(d => d.Id, StringComparer.Ordinal))
                {
                    Console.Out.Write($"{d.Id}  {d.Category.ToReportName(),-17}  {d.DefaultSeverity.ToString().ToLowerInvariant(),-7}  {d.Title}  [{detector.Name}]\n");
                }
            }

            return 0;
        });
        return command;
    }
}
