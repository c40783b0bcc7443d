using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Readers.Json;
using CrashLoopAnalysis.Readers.Logs;
using CrashLoopAnalysis.Readers.Yaml;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Fuzzing;

/// <summary>
/// One entry per reader, each with its format forced, for the fuzzers: the SharpFuzz project under fuzz/ and the
/// seeded mutation test. Any exception that escapes is a bug: readers turn bad input into warnings.
/// </summary>
internal static class FuzzTargets
{
    public static readonly string[] Names = ["json", "yaml", "log", "any"];

    public static void Run(string target, byte[] input)
    {
        switch (target)
        {
            case "json":
                var json = new SourceText("fuzz.json", input);
                KubeDocumentReader.Read(input, new LineMap(json, 1, json), new ReadResult("fuzz.json"));
                break;
            case "yaml":
                KubeYamlReader.Read(new SourceText("fuzz.yaml", input), new ReadResult("fuzz.yaml"));
                break;
            case "log":
                new LogScanner(SecretMasker.Default).Scan(new MemoryStream(input, writable: false), "fuzz.log");
                break;
            default:
                var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromStream(new MemoryStream(input, writable: false), "fuzz"));
                DiagnosisReport.ToString(diagnosis, ReportFormat.Json);
                DiagnosisReport.ToString(diagnosis, ReportFormat.Text);
                break;
        }
    }
}
