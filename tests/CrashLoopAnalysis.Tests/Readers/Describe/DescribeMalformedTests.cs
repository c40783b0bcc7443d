using System.Text;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>
/// Real describe renders spoiled the ways pasted captures are: CRLF line ends, a shell prompt above, cut in the
/// middle of a line, a garbage line inside. What is intact is still read; what is broken is named by line.
/// </summary>
public sealed class DescribeMalformedTests
{
    public static TheoryData<string> Pods() => [.. RecordedPairs.Folders().Take(40)];

    [Theory]
    [MemberData(nameof(Pods))]
    public void Crlf_line_ends_and_a_prompt_line_above_read_the_same_without_warnings(string folder)
    {
        var text = File.ReadAllText(System.IO.Path.Combine(RecordedPairs.Root, folder, "describe.txt"));
        var clean = RecordedPairs.ReadDescribe(folder);
        var spoiled = "user@host:~$ kubectl describe pod x\r\n" + text.Replace("\n", "\r\n", StringComparison.Ordinal);

        var read = RecordedPairs.ReadDescribeText("spoiled.txt", Encoding.UTF8.GetBytes(spoiled));

        Assert.Empty(read.Warnings);
        Assert.Equal(clean.Pods.Count, read.Pods.Count);
        for (var i = 0; i < clean.Pods.Count; i++)
        {
            Assert.Empty(PodAgreement.Compare(clean.Pods[i].Pod, read.Pods[i].Pod));
        }

        Assert.Equal(clean.Events.Select(e => e.Event.Message), read.Events.Select(e => e.Event.Message));
        Assert.All(read.Events.Zip(clean.Events), p => Assert.Equal(p.Second.Line.Line + 1, p.First.Line.Line));
    }

    [Theory]
    [MemberData(nameof(Pods))]
    public void A_capture_cut_in_the_middle_of_a_line_keeps_what_came_before_and_warns_at_the_cut(string folder)
    {
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(RecordedPairs.Root, folder, "describe.txt"));
        var lines = Encoding.UTF8.GetString(bytes).Split('\n');
        var cutLine = lines.Length / 2;
        var cut = string.Join("\n", lines.Take(cutLine)) + "\n" + lines[cutLine][..(lines[cutLine].Length / 2)];

        var read = RecordedPairs.ReadDescribeText("cut.txt", Encoding.UTF8.GetBytes(cut));

        Assert.Contains(read.Warnings, w => w.Line == cutLine + 1 && w.Message.Contains("middle of a line", StringComparison.Ordinal));
        var pod = Assert.Single(read.Pods).Pod;
        Assert.Equal(RecordedPairs.ReadDescribe(folder).Pods[0].Pod.Metadata.Name, pod.Metadata.Name);
    }

    [Theory]
    [MemberData(nameof(Pods))]
    public void A_garbage_line_inside_a_container_is_named_by_its_line(string folder)
    {
        var lines = File.ReadAllText(System.IO.Path.Combine(RecordedPairs.Root, folder, "describe.txt")).Split('\n').ToList();
        var at = lines.FindIndex(l => l.StartsWith("    Image:", StringComparison.Ordinal));
        Assert.True(at > 0);
        lines.Insert(at + 1, "    %%% this is not describe output %%%");

        var read = RecordedPairs.ReadDescribeText("garbage.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        var warning = Assert.Single(read.Warnings);
        Assert.Equal(at + 2, warning.Line);
        Assert.Equal(RecordedPairs.ReadDescribe(folder).Pods[0].Pod.Spec.Containers.Count, read.Pods[0].Pod.Spec.Containers.Count);
    }

    [Fact]
    public void A_garbage_line_at_the_top_level_is_named_by_its_line()
    {
        var folder = RecordedPairs.Folders().First();
        var lines = File.ReadAllText(System.IO.Path.Combine(RecordedPairs.Root, folder, "describe.txt")).Split('\n').ToList();
        lines.Insert(2, "this line ~~ does not belong here");

        var read = RecordedPairs.ReadDescribeText("garbage.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines)));

        Assert.Equal(3, Assert.Single(read.Warnings).Line);
        Assert.NotNull(read.Pods[0].Pod.Metadata.NamespaceProperty);
    }
}
