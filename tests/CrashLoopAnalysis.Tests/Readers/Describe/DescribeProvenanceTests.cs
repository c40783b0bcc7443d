using System.Text;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>
/// Every field a describe shows cites the line it is on, with that line's text as the user sees it in the file,
/// whatever the bytes around it (plain ASCII, UTF-8 with accents and symbols, or a Latin-1 byte that is not UTF-8).
/// </summary>
public sealed class DescribeProvenanceTests
{
    [Theory]
    [MemberData(nameof(DescribeRoundTripTests.PodPairs), MemberType = typeof(DescribeRoundTripTests))]
    public void Every_field_cites_its_line_with_the_text_of_that_line(string folder)
    {
        var path = System.IO.Path.Combine(RecordedPairs.Root, folder, "describe.txt");
        var bytes = File.ReadAllBytes(path);

        var read = RecordedPairs.ReadDescribeText(path, bytes);

        AssertCitesItsLines(read, Encoding.UTF8.GetString(bytes).Split('\n'), path);
    }

    [Fact]
    public void A_capture_with_a_byte_that_is_not_utf8_still_cites_each_line_as_decoded()
    {
        var path = System.IO.Path.Combine(RecordedPairs.Root, "0001-ml-model-server-h99tpczlj-q28nl", "describe.txt");
        var utf8 = File.ReadAllBytes(path);
        var at = utf8.AsSpan().IndexOf("ü"u8);
        byte[] latin1 = [.. utf8[..at], 0xFC, .. utf8[(at + 2)..]];

        var read = RecordedPairs.ReadDescribeText(path, latin1);

        Assert.True(at > 0);
        AssertCitesItsLines(read, Encoding.UTF8.GetString(latin1).Split('\n'), path);
        Assert.Equal(2, read.Pods[0].Provenance.Find("metadata.namespace")!.Line);
    }

    private static void AssertCitesItsLines(CrashLoopAnalysis.Readers.ReadResult read, string[] lines, string path)
    {
        Assert.NotEmpty(read.Pods);
        foreach (var pod in read.Pods)
        {
            Assert.True(pod.Provenance.Count > 10);
            Assert.Equal(pod.Pod.Metadata.Name, Value(pod.Provenance.Find("metadata.name")!.Text));
            foreach (var field in pod.Provenance.Paths)
            {
                var line = pod.Provenance.Find(field)!;
                Assert.Equal(path, line.Source);
                var shown = lines[line.Line - 1].Trim();
                Assert.Equal(shown.Length > 400 ? string.Concat(shown.AsSpan(0, 400), "…") : shown, line.Text);
            }
        }
    }

    private static string Value(string line) => line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
}
