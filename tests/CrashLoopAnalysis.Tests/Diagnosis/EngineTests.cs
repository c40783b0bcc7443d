using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Diagnosis;

/// <summary>The plug-in contract: declared descriptors only, failures become warnings, options apply.</summary>
public sealed class EngineTests
{
    private static readonly string CrashLoop = Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json");

    [Fact]
    public void A_failing_detector_becomes_a_warning_and_the_others_still_report()
    {
        var engine = DiagnosisEngine.CreateBuilder().UseBuiltInDetectors().AddDetector(new ThrowingDetector()).Build();

        var diagnosis = engine.Diagnose(CrashLoop);

        Assert.Equal("CLA1001", Assert.Single(diagnosis.Pods).PrimaryCause!.Id);
        Assert.Contains(diagnosis.Warnings, w => w.Source == "detector:throwing" && w.Message.Contains("boom", StringComparison.Ordinal));
    }

    [Fact]
    public void A_finding_whose_descriptor_was_not_declared_is_rejected()
    {
        var engine = DiagnosisEngine.CreateBuilder().AddDetector(new UndeclaredDetector()).Build();

        var diagnosis = engine.Diagnose(CrashLoop);

        Assert.Empty(diagnosis.Pods);
        Assert.Contains(diagnosis.Warnings, w => w.Message.Contains("did not declare", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_disable_findings_and_override_severity()
    {
        var engine = DiagnosisEngine.CreateBuilder().UseBuiltInDetectors()
            .Configure(o => o with
            {
                Disabled = o.Disabled.Add("CLA1700"),
                SeverityOverrides = o.SeverityOverrides.Add("CLA1001", Severity.Warning),
            })
            .Build();

        var pod = Assert.Single(engine.Diagnose(CrashLoop).Pods);

        var finding = Assert.Single(pod.Findings);
        Assert.Equal("CLA1001", finding.Id);
        Assert.Equal(Severity.Warning, finding.Severity);
    }

    [Fact]
    public void Detectors_of_your_own_see_healthy_pods_that_the_built_in_ones_pass_over()
    {
        // A real bundle's pod that runs, is ready and never restarted, beside one that crash-loops.
        var healthy = Fixture.Path("troubleshoot", "pods", "default.json");
        var counter = new CountingDetector();
        var engine = DiagnosisEngine.CreateBuilder().UseBuiltInDetectors().AddDetector(counter).Build();

        var diagnosis = engine.Diagnose(DumpSource.FromPaths(healthy, CrashLoop));

        Assert.Equal(2, counter.Seen.Count);
        var reported = Assert.Single(diagnosis.Pods);
        Assert.Equal("CLA1001", reported.PrimaryCause!.Id);
        Assert.Contains(counter.Seen, k => k.Name == "random-pod-75b66db9b9-nqhp8");
        Assert.NotEqual("random-pod-75b66db9b9-nqhp8", reported.Key.Name);
    }

    [Fact]
    public void Descriptor_ids_must_lie_in_their_category_range()
    {
        Assert.Throws<ArgumentException>(() => FindingDescriptor.Create("CLA1001", "t", FailureCategory.Resources, Severity.Error, "d", [], []));
        Assert.Throws<ArgumentException>(() => FindingDescriptor.Create("XYZ1201", "t", FailureCategory.Resources, Severity.Error, "d", [], []));
        Assert.Equal("CLA1250", FindingDescriptor.Create("CLA1250", "t", FailureCategory.Resources, Severity.Error, "d", [], []).Id);
    }

    [Fact]
    public void Every_builtin_descriptor_is_unique_and_in_range()
    {
        var descriptors = DiagnosisEngine.Default.Descriptors;

        Assert.Equal(descriptors.Length, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d => Assert.InRange(int.Parse(d.Id[3..], System.Globalization.CultureInfo.InvariantCulture), d.Category.FirstId(), d.Category.FirstId() + 99));
    }

    private sealed class ThrowingDetector : IPodDetector
    {
        public string Name => "throwing";

        public ImmutableArray<FindingDescriptor> Descriptors => [];

        public void Analyze(PodContext context) => throw new InvalidOperationException("boom");
    }

    private sealed class CountingDetector : IPodDetector
    {
        public System.Collections.Concurrent.ConcurrentBag<PodKey> Seen { get; } = [];

        public string Name => "counting";

        public ImmutableArray<FindingDescriptor> Descriptors => [];

        public void Analyze(PodContext context) => Seen.Add(context.Case.Key);
    }

    private sealed class UndeclaredDetector : IPodDetector
    {
        private static readonly FindingDescriptor Other = FindingDescriptor.Create("CLA1799", "other", FailureCategory.ApplicationCrash, Severity.Error, "d", [], []);

        public string Name => "undeclared";

        public ImmutableArray<FindingDescriptor> Descriptors => [];

        public void Analyze(PodContext context) => context.Report(new Finding(Other, "not declared"));
    }
}
