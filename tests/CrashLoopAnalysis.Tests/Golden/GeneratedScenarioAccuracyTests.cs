using System.Globalization;
using CrashLoopAnalysis.DumpGenerator;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;
using Xunit.Abstractions;

namespace CrashLoopAnalysis.Tests.Golden;

/// <summary>
/// Scenarios whose cause is set in the JSON: a generated troubleshoot bundle whose deployments each fail with one
/// known cause (pod JSON, events, previous logs). The first finding's category is measured against that cause.
/// </summary>
public sealed class GeneratedScenarioAccuracyTests(ITestOutputHelper output)
{
    private static readonly Dictionary<CrashCause, FailureCategory> Expected = new()
    {
        [CrashCause.OomKilled] = FailureCategory.Resources,
        [CrashCause.CommandNotFound] = FailureCategory.StartupCommand,
        [CrashCause.DependencyRefused] = FailureCategory.Dependency,
        [CrashCause.MissingSecret] = FailureCategory.Configuration,
        [CrashCause.LivenessKilled] = FailureCategory.LivenessProbe,
    };

    [Fact]
    public void Top1_category_over_generated_scenarios()
    {
        using var buffer = new MemoryStream();
        IReadOnlyList<GeneratedPod> truth;
        using (var sink = new TarGzSink(buffer))
        {
            truth = BundleGenerator.Generate(sink, new GeneratorOptions(120, CrashShare: 0.6, LogBytesPerPod: 4_000, Seed: 5));
        }

        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(buffer.ToArray()), "generated.tar.gz"));

        var labelled = truth.Where(p => Expected.ContainsKey(p.Cause)).ToList();
        var right = 0;
        foreach (var group in labelled.GroupBy(p => p.Cause))
        {
            var hits = group.Count(p => diagnosis.Pods.FirstOrDefault(d => d.Key == new PodKey(p.Namespace, p.Name))?.PrimaryCause?.Category == Expected[p.Cause]);
            right += hits;
            output.WriteLine($"{group.Key,-18} {hits}/{group.Count()}");
        }

        var accuracy = (double)right / labelled.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"top-1 category over {labelled.Count} generated scenarios: {accuracy:P1}"));

        // A refused dependency is named only once the log catalogue turns ECONNREFUSED into a signal.
        Assert.True(accuracy >= 0.75, string.Create(CultureInfo.InvariantCulture, $"{accuracy:P1}"));
    }
}
