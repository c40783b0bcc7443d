// Diagnose a capture (describe text, pod JSON/YAML, logs, a folder or an archive) and print each pod's root cause.
using CrashLoopAnalysis;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: DiagnoseCapture PATH [PATH ...]");
    return 2;
}

var diagnosis = DiagnosisEngine.Default.Diagnose(args);
foreach (var pod in diagnosis.Pods)
{
    var cause = pod.PrimaryCause!;
    Console.WriteLine($"{pod.Key}: {cause.Id} {cause.Category.ToReportName()}: {cause.Message}");
    foreach (var line in cause.Evidence)
    {
        Console.WriteLine($"    {line}");
    }
}

return diagnosis.HasErrors ? 1 : 0;
