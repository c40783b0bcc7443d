using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Readers.Describe;
using CrashLoopAnalysis.Readers.Json;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>The (served JSON, real kubectl describe text) pairs recorded by tools/DescribeRecorder.</summary>
internal static class RecordedPairs
{
    public static string Root => Fixture.Path("describe", "recorded");

    public static IEnumerable<string> Folders(string prefix = "") =>
        Directory.Exists(Root)
            ? Directory.GetDirectories(Root).Select(d => System.IO.Path.GetFileName(d)!).Where(d => prefix.Length > 0 ? d.StartsWith(prefix, StringComparison.Ordinal) : char.IsAsciiDigit(d[0])).Order(StringComparer.Ordinal)
            : [];

    public static ReadResult ReadDescribe(string folder)
    {
        var path = System.IO.Path.Combine(Root, folder, "describe.txt");
        return ReadDescribeText(path, File.ReadAllBytes(path));
    }

    public static ReadResult ReadDescribeText(string source, byte[] bytes)
    {
        var result = new ReadResult(source);
        DescribeReader.Read(new SourceText(source, bytes), result);
        return result;
    }

    public static ReadResult ReadJson(string folder, string file)
    {
        var path = System.IO.Path.Combine(Root, folder, file);
        var result = new ReadResult(path);
        var text = new SourceText(path, File.ReadAllBytes(path));
        KubeDocumentReader.Read(text.Bytes, new LineMap(text, 1, text), result);
        return result;
    }
}
