// Adds a custom detector to the built-in set and diagnoses a capture with both.
using CrashLoopAnalysis;
using CustomDetector;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: CustomDetector PATH [PATH ...]");
    return 2;
}

var engine = DiagnosisEngine.CreateBuilder()
    .UseBuiltInDetectors()
    .AddDetector(new RequiredEnvironmentDetector())
    .Build();

foreach (var pod in engine.Diagnose(args).Pods)
{
    foreach (var finding in pod.Findings)
    {
        Console.WriteLine($"{pod.Key}: {finding.Id} {finding.Category.ToReportName()} {finding.Container}: {finding.Message}");
    }
}

return 0;
