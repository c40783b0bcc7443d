using System.Text.Json.Nodes;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>The same inputs give byte-identical reports, whatever the thread count or the order of files.</summary>
[Collection(SerialMeasurements.Name)]
public sealed class DeterminismTests
{
    [Fact]
    public void A_folder_gives_the_same_bytes_whatever_the_order_files_were_written_and_the_thread_count()
    {
        var files = CaseFiles();
        var ordered = WriteFolder(files, Shuffled(files.ToArray(), 1));
        var shuffled = WriteFolder(files, Shuffled(files.ToArray(), 2));
        try
        {
            var one = Engine(1);
            var many = Engine(8);
            var reference = Reports(one.Diagnose(DumpSource.FromPaths(ordered)), ordered);

            Assert.Contains("CLA", reference[0], StringComparison.Ordinal);
            Assert.Equal(reference, Reports(many.Diagnose(DumpSource.FromPaths(ordered)), ordered));
            Assert.Equal(reference, Reports(many.Diagnose(DumpSource.FromPaths(shuffled)), shuffled));
            Assert.Equal(reference, Reports(one.Diagnose(DumpSource.FromPaths(shuffled)), shuffled));
        }
        finally
        {
            Directory.Delete(ordered, recursive: true);
            Directory.Delete(shuffled, recursive: true);
        }
    }

    [Fact]
    public void Paths_given_in_any_order_give_the_same_pods_groups_and_set_of_warnings()
    {
        var paths = CaseFiles().Select(f => f.Full).ToArray();
        var reference = WithoutInputs(Engine(1).Diagnose(DumpSource.FromPaths(paths)));
        for (var seed = 0; seed < 4; seed++)
        {
            var order = Shuffled(paths.ToArray(), seed);
            Assert.Equal(reference, WithoutInputs(Engine(4).Diagnose(DumpSource.FromPaths(order))));
        }
    }

    internal static DiagnosisEngine Engine(int threads) =>
        DiagnosisEngine.CreateBuilder().UseBuiltInDetectors().Configure(o => o with { MaxDegreeOfParallelism = threads }).Build();

    private static List<(string Relative, string Full)> CaseFiles() =>
        [.. new[] { "cases", "troubleshoot" }
            .SelectMany(d => Directory.EnumerateFiles(Fixture.Path(d), "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Take(60))
            .Where(f => !f.EndsWith("case.json", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => (Path.GetRelativePath(Fixture.Root, f), f))];

    private static string WriteFolder(List<(string Relative, string Full)> files, (string Relative, string Full)[] order)
    {
        var root = Directory.CreateTempSubdirectory("crashloop-order-").FullName;
        foreach (var (relative, full) in order)
        {
            var target = Path.Combine(root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(full, target);
        }

        Assert.Equal(files.Count, Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Count());
        return root;
    }

    /// <summary>Every format, with the temporary folder's name taken out so two folders can be compared.</summary>
    private static List<string> Reports(CrashLoopAnalysis.Diagnosis diagnosis, string root) =>
        [.. new[] { ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Text }
            .Select(f => DiagnosisReport.ToString(diagnosis, f, "0.0.0").Replace(root, "<root>", StringComparison.Ordinal))];

    private static T[] Shuffled<T>(T[] items, int seed)
    {
        new Random(seed).Shuffle(items);
        return items;
    }

    private static string WithoutInputs(CrashLoopAnalysis.Diagnosis diagnosis)
    {
        var json = JsonNode.Parse(DiagnosisReport.ToString(diagnosis, ReportFormat.Json, "0.0.0"))!.AsObject();
        json.Remove("inputs");

        // Warnings are listed in the order the inputs were given; the set of them must not change.
        var warnings = json["warnings"]!.AsArray().Select(w => w!.ToJsonString()).Order(StringComparer.Ordinal).ToList();
        json.Remove("warnings");
        return json.ToJsonString() + string.Join('\n', warnings);
    }
}
