using CrashLoopAnalysis.Testing;

namespace CrashLoopAnalysis.Tests.Docs;

/// <summary>The testing helper users rely on: passes on what is there, fails with a message that shows what is.</summary>
public sealed class TestingHelperTests
{
    private static readonly string CrashLoop = Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json");

    [Fact]
    public void A_present_finding_is_returned_with_its_evidence()
    {
        var finding = RecordedFixture.Diagnose(CrashLoop).ShouldHavePrimaryCause("init-demo", "CLA1001").ShouldCite("exitCode");

        Assert.Equal("nginx", finding.Container);
    }

    [Fact]
    public void A_missing_finding_fails_with_what_was_found_instead()
    {
        var diagnosis = RecordedFixture.Diagnose(CrashLoop);

        var ex = Assert.Throws<FindingAssertionException>(() => diagnosis.ShouldHaveFinding("CLA1201"));
        Assert.Contains("message-pod-crashloop-backoff/init-demo: CLA1001 (nginx)", ex.Message, StringComparison.Ordinal);
        var wrongPrimary = Assert.Throws<FindingAssertionException>(() => diagnosis.ShouldHavePrimaryCause("init-demo", "CLA1700"));
        Assert.Contains("it is CLA1001", wrongPrimary.Message, StringComparison.Ordinal);
        var notCited = Assert.Throws<FindingAssertionException>(() => diagnosis.ShouldHaveFinding("CLA1001").ShouldCite("no such text"));
        Assert.Contains("\"exitCode\": 127", notCited.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_fixture_is_a_clear_error()
    {
        Assert.Throws<FileNotFoundException>(() => RecordedFixture.Diagnose(Fixture.Path("no-such-fixture")));
    }
}
