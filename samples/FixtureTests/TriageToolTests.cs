using CrashLoopAnalysis.Testing;
using Xunit;

namespace FixtureTests;

// Your tool routes tickets by root cause; these tests pin what it sees in recorded captures.
public sealed class TriageToolTests
{
    [Fact]
    public void A_missing_executable_is_a_startup_command_problem()
    {
        var diagnosis = RecordedFixture.Diagnose("fixtures/crashloop-pods.json");

        diagnosis.ShouldHavePrimaryCause("init-demo", "CLA1001")
            .ShouldCite("executable file not found");
    }

    [Fact]
    public void An_oom_kill_cites_the_memory_limit()
    {
        var diagnosis = RecordedFixture.Diagnose("fixtures/oomkill-pods.json");

        diagnosis.ShouldHaveFinding("CLA1201", container: "memory-eater")
            .ShouldCite("\"memory\": \"100Mi\"");
    }
}
