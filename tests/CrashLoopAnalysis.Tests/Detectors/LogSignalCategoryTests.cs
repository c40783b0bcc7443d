using System.Globalization;
using CrashLoopAnalysis.Model;
using Xunit.Abstractions;

namespace CrashLoopAnalysis.Tests.Detectors;

/// <summary>
/// The 111 real crash logs, each handed to the engine alone as the log catalogue will hand it (its decisive
/// line as a signal with its facts): the first finding's category against the label a senior SRE gave.
/// </summary>
public sealed class LogSignalCategoryTests(ITestOutputHelper output)
{
    public static TheoryData<string> Logs { get; } = [.. LogFixture.Names()];

    [Theory]
    [MemberData(nameof(Logs))]
    public void A_bare_log_gets_a_finding_that_quotes_its_decisive_line(string name)
    {
        var log = LogFixture.Load(name);

        var primary = Diagnose(log);

        Assert.NotNull(primary);
        Assert.Contains(primary.Evidence, e => e.Source == log.Signal.Line.Source && e.Line == log.Signal.Line.Line);
        Assert.NotEmpty(primary.Remediation);
        Assert.NotEmpty(primary.NextSteps);
    }

    [Fact]
    public void Category_accuracy_from_signals_alone()
    {
        var right = 0;
        var names = LogFixture.Names().ToList();
        foreach (var name in names)
        {
            var log = LogFixture.Load(name);
            var got = Diagnose(log)?.Category.ToReportName();
            right += got == log.Category ? 1 : 0;
            if (got != log.Category)
            {
                output.WriteLine($"MISS {name,-60} want {log.Category,-18} got {got} ({log.Signal.Kind})");
            }
        }

        var accuracy = (double)right / names.Count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"category from the log alone: {right}/{names.Count} = {accuracy:P1}"));

        // Labels that need more than the log (a port in use is labelled configuration by some, application-crash by
        // our categories; "other" lines carry no kind) keep this under the describe-based accuracy.
        Assert.True(accuracy >= 0.7, string.Create(CultureInfo.InvariantCulture, $"{accuracy:P1}"));
    }

    private static Finding? Diagnose(LogFixture log)
    {
        var podCase = new PodCase { Key = new PodKey(null, null), Logs = [new ContainerLog(null, true, log.Digest)] };
        var diagnosis = DiagnosisEngine.Default.Diagnose(new Dump { Pods = [podCase] });
        return diagnosis.Pods.SingleOrDefault()?.PrimaryCause;
    }
}
