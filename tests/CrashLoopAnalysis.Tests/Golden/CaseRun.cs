using System.Text.Json;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Golden;

/// <summary>A labelled case folder (case.json beside the captured files), diagnosed as a user would diagnose the folder.</summary>
internal sealed record CaseRun(string Name, string Category, string? Container, string EvidenceText, string EvidenceFile, global::CrashLoopAnalysis.Diagnosis Diagnosis)
{
    private static readonly HashSet<string> NotCaptures = new(StringComparer.Ordinal) { "case.json", "expected.json", "README.md" };

    public static IEnumerable<string> Names(string set) =>
        Directory.EnumerateDirectories(Fixture.Path(set)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static CaseRun Load(string set, string name)
    {
        var folder = Fixture.Path(set, name);
        using var label = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "case.json")));
        var root = label.RootElement;
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !NotCaptures.Contains(Path.GetFileName(f)) && !f.EndsWith(".received", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), f => (Func<Stream>)(() => File.OpenRead(f)), StringComparer.Ordinal);
        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromVirtualFolder(name, files));
        return new CaseRun(
            name,
            root.GetProperty("category").GetString()!,
            root.TryGetProperty("container", out var c) ? c.GetString() : null,
            root.GetProperty("evidenceText").GetString()!,
            root.GetProperty("evidenceFile").GetString()!,
            diagnosis);
    }

    /// <summary>The primary finding: the first finding of the pod that has the strongest one.</summary>
    public Finding? Primary =>
        Diagnosis.Pods.Select(p => p.PrimaryCause).Where(f => f is not null).OrderByDescending(f => f!.Confidence).FirstOrDefault();

    public bool QuotesEvidence =>
        Primary is { } primary && primary.Evidence.Any(e => Normalise(e.Text).Contains(Normalise(EvidenceText), StringComparison.Ordinal) || (Normalise(EvidenceText).Contains(Normalise(e.Text), StringComparison.Ordinal) && e.Text.Trim().Length >= 12));

    public string Report()
    {
        using var writer = new StringWriter();
        JsonReportWriter.Write(Diagnosis, writer, "0.0.0-golden");
        return writer.ToString();
    }

    private static string Normalise(string text) => string.Join(' ', text.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
