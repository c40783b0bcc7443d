using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Golden;

/// <summary>The real corpus captures in the fixtures (troubleshoot pod/event lists, a must-gather slice), each with its approved report.</summary>
public sealed class CorpusGoldenTests
{
    public static TheoryData<string> PodLists { get; } =
        [.. Directory.EnumerateFiles(Fixture.Path("troubleshoot", "pods"), "*.json").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(PodLists))]
    public void A_troubleshoot_pod_list_with_its_events_matches_its_approved_report(string name)
    {
        var files = new Dictionary<string, Func<Stream>>(StringComparer.Ordinal)
        {
            [$"pods/{name}.json"] = () => File.OpenRead(Fixture.Path("troubleshoot", "pods", $"{name}.json")),
        };
        var events = Fixture.Path("troubleshoot", "events", $"{name}.json");
        if (File.Exists(events))
        {
            files[$"events/{name}.json"] = () => File.OpenRead(events);
        }

        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromVirtualFolder("troubleshoot", files));

        GoldenFile.Verify(Render(diagnosis), "troubleshoot", "expected", $"{name}.json");
    }

    [Fact]
    public void The_must_gather_slice_matches_its_approved_report()
    {
        var root = Fixture.Path("must-gather", "slice");
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), f => (Func<Stream>)(() => File.OpenRead(f)), StringComparer.Ordinal);

        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromVirtualFolder("must-gather", files));

        GoldenFile.Verify(Render(diagnosis), "must-gather", "expected.json");
    }

    private static string Render(global::CrashLoopAnalysis.Diagnosis diagnosis)
    {
        using var writer = new StringWriter();
        JsonReportWriter.Write(diagnosis, writer, "0.0.0-golden");
        return writer.ToString();
    }
}
