using System.Text;

namespace CrashLoopAnalysis.Tests.Readers.Describe;

/// <summary>
/// What pasting does to real describe captures: a timestamped prompt line above, a last event row cut off by the
/// end of the paste, a byte order mark from a Windows editor. None of it may turn into a wrong fact.
/// </summary>
public sealed class PastedCaptureTests
{
    [Fact]
    public void A_timestamped_prompt_running_a_kubectl_script_above_the_capture_is_not_a_warning()
    {
        var read = Read("001-v1.0-simmemleak-memory-limit");

        Assert.DoesNotContain(read.Warnings, w => w.Line == 1);
        Assert.Equal("simmemleak-hra99", Assert.Single(read.Pods).Pod.Metadata.Name);
    }

    [Fact]
    public void An_event_row_cut_off_by_the_end_of_the_paste_is_no_event_and_is_named_by_its_line()
    {
        var file = Fixture.Path("cases", "007-pre1.8-failedscheduling-multiline-fit-failure", "describe.txt");
        var lastLine = File.ReadAllText(file).Split('\n').Length;

        var read = Read("007-pre1.8-failedscheduling-multiline-fit-failure");

        Assert.DoesNotContain(read.Events, e => e.Event.Reason == "FailedSc");
        Assert.Contains(read.Events, e => e.Event.Reason == "FailedScheduling");
        Assert.Contains(read.Warnings, w => w.Line == lastLine);
    }

    [Fact]
    public void A_byte_order_mark_before_the_capture_reads_the_same_as_without()
    {
        var folder = RecordedPairs.Folders().First();
        var bytes = File.ReadAllBytes(System.IO.Path.Combine(RecordedPairs.Root, folder, "describe.txt"));

        var read = RecordedPairs.ReadDescribeText("bom.txt", [0xEF, 0xBB, 0xBF, .. bytes]);

        Assert.Empty(read.Warnings);
        var clean = RecordedPairs.ReadDescribe(folder);
        Assert.Empty(PodAgreement.Compare(clean.Pods[0].Pod, Assert.Single(read.Pods).Pod));
        Assert.Equal(clean.Pods[0].Provenance.Find("metadata.name")!.Line, read.Pods[0].Provenance.Find("metadata.name")!.Line);
    }

    private static CrashLoopAnalysis.Readers.ReadResult Read(string folder)
    {
        var path = Fixture.Path("cases", folder, "describe.txt");
        return RecordedPairs.ReadDescribeText(path, File.ReadAllBytes(path));
    }
}
