using System.Globalization;
using Xunit.Abstractions;

namespace CrashLoopAnalysis.Tests.Golden;

/// <summary>
/// Every labelled real capture is diagnosed and its JSON report compared with the one approved beside it
/// (expected.json); the whole set also measures how often the first finding names the labelled category.
/// </summary>
public sealed class CaseGoldenTests(ITestOutputHelper output)
{
    /// <summary>
    /// The floor the set must keep, a little under what is measured (92.9% of 99 captures; 26 of them, 074 to 099, were
    /// added untuned and 21 of those were right before any change made for them). What is still missed has no decisive
    /// line in the capture (an Events section that shows only Started/BackOff, a v1.0 describe without the last
    /// state, claim-only events with no pod), or needs wording not yet catalogued.
    /// </summary>
    private const double CategoryFloor = 0.9;

    public static TheoryData<string> Cases { get; } = [.. CaseRun.Names("cases")];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_report_matches_the_approved_one(string name)
    {
        var run = CaseRun.Load("cases", name);

        GoldenFile.Verify(run.Report(), "cases", name, "expected.json");
    }

    [Fact]
    public void Top1_category_accuracy_over_the_labelled_captures()
    {
        var runs = CaseRun.Names("cases").Select(n => CaseRun.Load("cases", n)).ToList();
        var right = 0;
        var quoted = 0;
        foreach (var run in runs)
        {
            var got = run.Primary?.Category.ToReportName() ?? "(none)";
            var ok = got == run.Category;
            right += ok ? 1 : 0;
            quoted += ok && run.QuotesEvidence ? 1 : 0;
            output.WriteLine($"{(ok ? "ok  " : "MISS")} {run.Name,-55} want {run.Category,-18} got {got,-18} {run.Primary?.Id} {(run.QuotesEvidence ? "quoted" : string.Empty)}");
        }

        var accuracy = (double)right / runs.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"top-1 category: {right}/{runs.Count} = {accuracy:P1}; evidence line quoted: {quoted}/{runs.Count}"));
        Assert.True(accuracy >= CategoryFloor, string.Create(CultureInfo.InvariantCulture, $"top-1 category accuracy {accuracy:P1} fell under the floor {CategoryFloor:P0}."));
    }
}
