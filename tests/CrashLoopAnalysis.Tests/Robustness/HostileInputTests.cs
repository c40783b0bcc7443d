using System.Text;
using static CrashLoopAnalysis.Tests.Robustness.HostileInputs;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>
/// The must-not-throw corpus: whatever arrives, the library ends with a report, cites the source and line of what
/// it could not read, and stays within bounds of time and memory.
/// </summary>
[Collection(SerialMeasurements.Name)]
public sealed class HostileInputTests
{
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(10);

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { (byte)' ', (byte)'\r', (byte)'\n', (byte)'\t' })]
    [InlineData(new byte[] { (byte)'\r' })]
    [InlineData(new byte[] { (byte)'-', (byte)'-', (byte)'-' })]
    [InlineData(new byte[] { (byte)'{', (byte)'}' })]
    [InlineData(new byte[] { (byte)'[', (byte)']' })]
    [InlineData(new byte[] { (byte)'n', (byte)'u', (byte)'l', (byte)'l' })]
    public void Empty_and_near_empty_inputs_give_an_empty_report(byte[] content)
    {
        var run = HostileRun.Of(content, "empty.txt").AssertReported("empty.txt").AssertWithin(Quick, 64);

        Assert.Empty(run.Diagnosis.Pods);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Binary_data_is_skipped_with_a_warning_naming_it(int seed)
    {
        var run = HostileRun.Of(Binary(1 << 20, seed), "core.dump").AssertReported("core.dump").AssertWithin(Quick, 64);

        Assert.Contains(run.Diagnosis.Warnings, w => w.Source == "core.dump" && w.Message.Contains("binary", StringComparison.Ordinal));
        Assert.Empty(run.Diagnosis.Pods);
    }

    [Fact]
    public void A_pod_list_cut_anywhere_keeps_what_came_before_and_warns_at_the_cut()
    {
        var text = OomPodList;
        var full = HostileRun.Of(Utf8(text), "pods.json");
        Assert.NotEmpty(full.Diagnosis.Pods);
        // Before the first "kind" the cut text does not look like Kubernetes JSON and is read as a log.
        for (var cut = text.IndexOf("\"kind\"", StringComparison.Ordinal) + 6; cut < text.Length; cut += text.Length / 97)
        {
            var part = text[..cut];
            var run = HostileRun.Of(Utf8(part), "pods.json").AssertReported("pods.json").AssertWithin(Quick, 64);
            var lines = part.Count(c => c == '\n') + 1;
            Assert.All(run.Diagnosis.Warnings, w => Assert.InRange(w.Line, 1, lines + 1));
            Assert.Contains(run.Diagnosis.Warnings, w => w.Message.Contains("JSON", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_yaml_pod_cut_anywhere_never_throws_and_warns_within_the_text()
    {
        var text = MustGatherPodYaml;
        for (var cut = 1; cut < text.Length; cut += text.Length / 97)
        {
            var part = text[..cut];
            var run = HostileRun.Of(Utf8(part), "pod.yaml").AssertReported("pod.yaml").AssertWithin(Quick, 64);
            var lines = part.Count(c => c == '\n') + 1;
            Assert.All(run.Diagnosis.Warnings, w => Assert.InRange(w.Line, 0, lines + 1));
        }
    }

    [Fact]
    public void Crlf_line_ends_give_the_same_report_as_lf()
    {
        var lf = OomPodList.Replace("\r\n", "\n", StringComparison.Ordinal);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);

        var a = HostileRun.Of(Utf8(lf), "pods.json");
        var b = HostileRun.Of(Utf8(crlf), "pods.json").AssertReported("pods.json");

        Assert.NotEmpty(a.Diagnosis.Pods);
        Assert.Equal(a.Reports, b.Reports);
    }

    [Fact]
    public void Crlf_yaml_and_logs_give_the_same_report_as_lf()
    {
        var yaml = MustGatherPodYaml.Replace("\r\n", "\n", StringComparison.Ordinal);
        var log = "starting\npanic: runtime error: index out of range [3] with length 3\n\ngoroutine 1 [running]:\nmain.main()\n";
        foreach (var lf in new[] { yaml, log })
        {
            var a = HostileRun.Of(Utf8(lf), "capture");
            var b = HostileRun.Of(Utf8(lf.Replace("\n", "\r\n", StringComparison.Ordinal)), "capture").AssertReported("capture");
            Assert.Equal(a.Reports, b.Reports);
            Assert.DoesNotContain('\r', b.Reports[2]);
        }
    }

    [Fact]
    public void Invalid_utf8_inside_json_yaml_and_logs_never_throws()
    {
        var cases = new (string Name, byte[] Content)[]
        {
            ("pods.json", Splice(OomPodList, "oom-kill-job3-gbb89", InvalidUtf8)),
            ("pods.json", Splice(OomPodList, "\"kind\": \"Pod\"", [.. InvalidUtf8, (byte)':'])),
            ("pod.yaml", Splice(MustGatherPodYaml, "ingress-operator", InvalidUtf8)),
            ("app.log", [.. Utf8("starting\nfatal: "), .. InvalidUtf8, .. Utf8(" could not bind\n")]),
        };
        foreach (var (name, content) in cases)
        {
            var run = HostileRun.Of(content, name).AssertReported(name).AssertWithin(Quick, 64);
            Assert.DoesNotContain(run.Diagnosis.Warnings, w => w.Message.Contains("Exception", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Nul_bytes_past_the_sniffed_head_never_throw()
    {
        var padded = new string(' ', 9000) + OomPodList;
        var cases = new (string Name, byte[] Content)[]
        {
            ("pods.json", Splice(padded, "\"restartCount\"", [0, 0, .. Utf8("\"restartCount\"")])),
            ("pods.json", Splice(padded, "oom-kill-job3-gbb89", [0])),
            ("pod.yaml", Splice(new string('#', 9000) + "\n" + MustGatherPodYaml, "ingress-operator", [0, 0, 0])),
            ("app.log", [.. Utf8(new string('.', 9000) + "\nerror: "), 0, 0, .. Utf8(" refused\n")]),
        };
        foreach (var (name, content) in cases)
        {
            HostileRun.Of(content, name).AssertReported(name).AssertWithin(Quick, 64);
        }
    }

    [Fact]
    public void A_50_mb_log_line_is_streamed_and_cut_not_held()
    {
        var line = SingleLine(50 << 20, "fatal error: ");

        var run = HostileRun.Of(line, "app.log").AssertReported("app.log").AssertWithin(TimeSpan.FromSeconds(30), 160);

        Assert.All(run.Reports, r => Assert.True(r.Length < 1 << 20, $"a report of {r.Length:N0} chars"));
    }

    [Fact]
    public void A_50_mb_json_document_on_one_line_is_read_within_bounds()
    {
        var run = HostileRun.Of(HugeJsonString(50 << 20), "huge.json").AssertReported("huge.json").AssertWithin(TimeSpan.FromSeconds(30), 1024);

        Assert.All(run.Reports, r => Assert.True(r.Length < 1 << 20, $"a report of {r.Length:N0} chars"));
    }

    [Fact]
    public void A_50_mb_yaml_scalar_is_read_within_bounds()
    {
        var yaml = SingleLine(50 << 20, "apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nstatus:\n  message: ");

        var run = HostileRun.Of(yaml, "big.yaml").AssertReported("big.yaml").AssertWithin(TimeSpan.FromSeconds(60), 2048);

        Assert.All(run.Reports, r => Assert.True(r.Length < 1 << 20, $"a report of {r.Length:N0} chars"));
    }

    [Theory]
    [InlineData("pod.json", 10_000)]
    [InlineData("arrays.json", 10_000)]
    [InlineData("pod.yaml", 10_000)]
    [InlineData("indented.yaml", 2_000)]
    public void Deep_nesting_is_refused_with_a_warning_not_a_stack_overflow(string name, int depth)
    {
        var text = name switch
        {
            "pod.json" => DeepJson(depth),
            "arrays.json" => DeepBareArray(depth),
            "pod.yaml" => DeepYaml(depth),
            _ => DeepIndentedYaml(depth),
        };

        var run = HostileRun.Of(Utf8(text), name).AssertReported(name).AssertWithin(Quick, 512);

        Assert.NotEmpty(run.Diagnosis.Warnings);
        Assert.All(run.Diagnosis.Warnings, w => Assert.True(w.Line >= 1, $"warning at line {w.Line}"));
    }

    [Fact]
    public void A_yaml_alias_bomb_is_cut_with_a_warning()
    {
        var run = HostileRun.Of(Utf8(YamlAliasBomb(9)), "lol.yaml").AssertReported("lol.yaml").AssertWithin(Quick, 256);

        var warning = Assert.Single(run.Diagnosis.Warnings);
        Assert.InRange(warning.Line, 6, 16);
        Assert.Contains("aliases", warning.Message, StringComparison.Ordinal);
        var dump = DiagnosisEngine.Default.Read(Sources.DumpSource.FromStream(new MemoryStream(Utf8(YamlAliasBomb(9))), "lol.yaml"));
        Assert.Equal("lol", Assert.Single(dump.Pods).Key.Name);
    }

    [Fact]
    public void Odd_yaml_aliases_never_throw()
    {
        HostileRun.Of(Utf8(YamlAliasOddities()), "odd.yaml").AssertReported("odd.yaml").AssertWithin(Quick, 64);
    }

    [Fact]
    public void Five_thousand_empty_files_in_a_folder_are_walked_quickly()
    {
        var folder = Directory.CreateTempSubdirectory("crashloop-empty-");
        try
        {
            for (var i = 0; i < 5000; i++)
            {
                File.WriteAllBytes(Path.Combine(folder.FullName, $"f{i:D4}.log"), []);
            }

            var run = HostileRun.Of(() => Sources.DumpSource.FromPaths(folder.FullName)).AssertReported(folder.FullName).AssertWithin(TimeSpan.FromSeconds(20), 256);

            Assert.Empty(run.Diagnosis.Pods);
            Assert.Empty(run.Diagnosis.Warnings);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Many_lines_of_nothing_but_line_breaks_are_counted_quickly()
    {
        var run = HostileRun.Of(Encoding.ASCII.GetBytes(new StringBuilder().Insert(0, "x\n", 10 << 20).ToString()), "blank.log").AssertReported("blank.log").AssertWithin(TimeSpan.FromSeconds(20), 256);

        Assert.Empty(run.Diagnosis.Pods);
    }
}
