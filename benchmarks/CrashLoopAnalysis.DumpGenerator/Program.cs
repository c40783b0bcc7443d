using System.Globalization;
using CrashLoopAnalysis.DumpGenerator;

// dotnet run -c Release --project benchmarks/CrashLoopAnalysis.DumpGenerator -- PODS OUT [--tar] [--share 0.1] [--log-bytes 45000]
if (args.Length < 2 || !int.TryParse(args[0], CultureInfo.InvariantCulture, out var count))
{
    Console.Error.WriteLine("usage: DumpGenerator PODS OUT [--tar] [--share 0.1] [--log-bytes 45000]   (OUT is a folder, or a .tar.gz file with --tar)");
    return 2;
}

var output = args[1];
var tar = args.Contains("--tar");
var share = Option("--share", 0.1);
var logBytes = (int)Option("--log-bytes", 45_000);
var options = new GeneratorOptions(count, share, logBytes);
IReadOnlyList<GeneratedPod> pods;
if (tar)
{
    using var file = File.Create(output);
    using var sink = new TarGzSink(file);
    pods = BundleGenerator.Generate(sink, options);
}
else
{
    using var sink = new FolderSink(output);
    pods = BundleGenerator.Generate(sink, options);
}

foreach (var group in pods.GroupBy(p => p.Cause).OrderBy(g => g.Key))
{
    Console.WriteLine($"{group.Key}: {group.Count()} pods in {group.Select(p => p.Namespace + "/" + p.Deployment).Distinct().Count()} deployments");
}

return 0;

double Option(string name, double fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? double.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}
