// Open a support bundle (or must-gather, cluster-info dump, folder) and list the root causes, largest group first.
using CrashLoopAnalysis;
using CrashLoopAnalysis.Sources;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: BundleRootCauses BUNDLE");
    return 2;
}

var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromPaths(args[0]));
foreach (var group in diagnosis.Groups)
{
    Console.WriteLine($"{group.Headline}  [{group.FindingId}]");
}

foreach (var pod in diagnosis.Pods.Where(p => !diagnosis.Groups.Any(g => g.Pods.Contains(p.Key))))
{
    Console.WriteLine($"{pod.Key}: {pod.PrimaryCause!.Category.ToReportName()}: {pod.PrimaryCause.Message}");
}

return diagnosis.HasErrors ? 1 : 0;
