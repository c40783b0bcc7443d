using CrashLoopAnalysis.DumpGenerator;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>A generated 200-pod bundle (.tar.gz, read from a stream): the known causes are found, per pod and per group.</summary>
public sealed class GeneratedBundleTests
{
    private static readonly Lazy<(IReadOnlyList<GeneratedPod> Truth, byte[] Archive)> Bundle = new(() =>
    {
        using var buffer = new MemoryStream();
        IReadOnlyList<GeneratedPod> truth;
        using (var sink = new TarGzSink(buffer))
        {
            truth = BundleGenerator.Generate(sink, new GeneratorOptions(200, CrashShare: 0.35, LogBytesPerPod: 8_000, Seed: 11));
        }

        return (truth, buffer.ToArray());
    });

    [Fact]
    public void Every_crash_looper_whose_cause_the_detectors_cover_gets_that_cause_first()
    {
        var (truth, diagnosis) = Diagnose();

        var expected = new Dictionary<CrashCause, string> { [CrashCause.OomKilled] = "CLA1201", [CrashCause.CommandNotFound] = "CLA1001" };
        foreach (var pod in truth.Where(p => expected.ContainsKey(p.Cause)))
        {
            var found = Assert.Single(diagnosis.Pods, d => d.Key == new PodKey(pod.Namespace, pod.Name));
            Assert.Equal(expected[pod.Cause], found.PrimaryCause!.Id);
        }

        // A refused dependency: whichever detector names it, the refused address is the evidence it cites.
        foreach (var pod in truth.Where(p => p.Cause == CrashCause.DependencyRefused))
        {
            var cause = Assert.Single(diagnosis.Pods, d => d.Key == new PodKey(pod.Namespace, pod.Name)).PrimaryCause!;
            Assert.Contains(cause.Category, new[] { FailureCategory.Dependency, FailureCategory.ApplicationCrash });
            Assert.Contains(cause.Evidence, e => e.Text.Contains("ECONNREFUSED", StringComparison.Ordinal) && e.Source.EndsWith($"{pod.Name}/app-previous.log", StringComparison.Ordinal));
        }

        Assert.Contains(truth, p => p.Cause == CrashCause.DependencyRefused);
        Assert.DoesNotContain(diagnosis.Pods, d => truth.Single(t => new PodKey(t.Namespace, t.Name) == d.Key).Cause == CrashCause.None && d.Findings.Any(f => f.Severity == Severity.Error));
    }

    [Fact]
    public void Pods_sharing_a_cause_form_one_group_that_names_their_deployments()
    {
        var (truth, diagnosis) = Diagnose();

        foreach (var cause in truth.Where(p => p.Cause is CrashCause.OomKilled or CrashCause.CommandNotFound).GroupBy(p => p.Cause))
        {
            var keys = cause.Select(p => new PodKey(p.Namespace, p.Name)).ToHashSet();
            var deployments = cause.Select(p => $"deployment/{p.Namespace}/{p.Deployment}").Distinct().Order(StringComparer.Ordinal).ToList();
            var group = Assert.Single(diagnosis.Groups, g => g.Pods.Any(keys.Contains));
            Assert.Equal(keys.Order(), group.Pods);
            Assert.Equal(deployments, group.Owners);
            Assert.StartsWith($"{keys.Count} pods in {deployments.Count} deployment", group.Headline, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_refused_address_is_in_the_previous_log_read_for_each_dependency_failure()
    {
        var (truth, archive) = Bundle.Value;

        var dump = DiagnosisEngine.Default.Read(DumpSource.FromStream(new MemoryStream(archive), "generated.tar.gz"));

        Assert.Equal("bundle", dump.Inputs[0].Kind);
        foreach (var pod in truth.Where(p => p.Cause == CrashCause.DependencyRefused))
        {
            var log = Assert.Single(dump.Pods, c => c.Key == new PodKey(pod.Namespace, pod.Name)).FindLog("app", previous: true);
            Assert.Contains(log!.Digest.Tail, l => l.Text.Contains($"ECONNREFUSED {pod.Detail}", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Progress_is_reported_and_cancellation_stops_the_work()
    {
        var reports = new List<DiagnosisProgress>();
        var progress = new Collecting(reports);

        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(Bundle.Value.Archive), "bundle.tar.gz"), progress, CancellationToken.None);

        var last = reports[^1];
        Assert.Equal(200, last.PodsTotal);
        Assert.Equal(200, last.PodsDiagnosed);
        Assert.True(last.EntriesRead > 200, $"{last.EntriesRead} entries");
        Assert.NotEmpty(diagnosis.Pods);

        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(Bundle.Value.Archive), "bundle.tar.gz"), null, cancelled.Token));
    }

    private static (IReadOnlyList<GeneratedPod> Truth, CrashLoopAnalysis.Diagnosis Diagnosis) Diagnose()
    {
        var (truth, archive) = Bundle.Value;
        return (truth, DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(archive), "generated.tar.gz")));
    }

    private sealed class Collecting(List<DiagnosisProgress> reports) : IProgress<DiagnosisProgress>
    {
        public void Report(DiagnosisProgress value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
