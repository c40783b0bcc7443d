using System.Text;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Logs;

namespace CrashLoopAnalysis.Tests.Readers.Logs;

/// <summary>
/// The scanner streams: it finds the same decisive line however the log arrives (time-stamped, buried under quiet
/// lines, in tiny reads, across chunk boundaries) and survives what real files contain (CRLF, NUL bytes, invalid
/// UTF-8, a single 50 MB line) without holding the log in memory.
/// </summary>
public sealed class LogScannerTests
{
    private const string Stamp = "2024-01-02T03:04:05.123456789Z ";
    private const string Quiet = "2024-01-02T03:04:05.123Z\tINFO\tcontroller\treconcile.go:88\tReconciled object\t{\"namespace\": \"shop\", \"name\": \"cart-7d9f\", \"duration\": \"12ms\"}\n";

    public static TheoryData<string> Cases => [.. LogFixtureCase.Names];

    [Fact]
    public void The_vectorised_filter_finds_every_word_in_any_case_at_every_offset_and_nothing_else()
    {
        var filler = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Quiet, 3)));
        Assert.Equal(-1, CandidateWords.Filter.IndexOf(filler));
        foreach (var word in CandidateWords.All)
        {
            foreach (var spelling in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                for (var at = 0; at < 70; at++)
                {
                    byte[] text = [.. filler.AsSpan(0, at), (byte)' ', .. Encoding.UTF8.GetBytes(spelling), (byte)' ', .. filler];

                    Assert.Equal(at + 1, CandidateWords.Filter.IndexOf(text));
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Kubectl_timestamps_and_must_gather_prefixes_do_not_change_the_answer(string name)
    {
        var fixture = LogFixtureCase.Load(name);
        var plain = fixture.Scan();
        var stamped = string.Concat(File.ReadAllLines(fixture.LogPath).Select(l => Stamp + l + "\n"));

        var digest = Scan(Encoding.UTF8.GetBytes(stamped));

        Assert.Equal(plain.DecisiveLine?.Line, digest.DecisiveLine?.Line);
        Assert.Equal(plain.DecisiveSignal?.Kind, digest.DecisiveSignal?.Kind);
        Assert.Equal(plain.DecisiveSignal?.Facts, digest.DecisiveSignal?.Facts);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_cause_is_kept_when_thousands_of_quiet_lines_follow_it(string name)
    {
        var fixture = LogFixtureCase.Load(name);
        var plain = fixture.Scan();
        var log = File.ReadAllText(fixture.LogPath) + string.Concat(Enumerable.Repeat(Quiet, 5_000));

        var digest = Scan(Encoding.UTF8.GetBytes(log));

        Assert.Equal(plain.DecisiveLine, digest.DecisiveLine);
        Assert.Equal(plain.DecisiveSignal?.Facts, digest.DecisiveSignal?.Facts);
        Assert.Equal(plain.LineCount + 5_000, digest.LineCount);
    }

    [Theory]
    [InlineData("016-zookeeper-mkdir-permission-denied")]
    [InlineData("076-rustfs-entrypoint-emoji-exec-failed")]
    [InlineData("101-node-heap-oom-compose-last-gcs-native-stack")]
    public void Reads_of_a_few_bytes_split_lines_and_multi_byte_characters_without_changing_the_answer(string name)
    {
        var fixture = LogFixtureCase.Load(name);
        var plain = fixture.Scan();

        var digest = new LogScanner(SecretMasker.Default).Scan(new TrickleStream(File.ReadAllBytes(fixture.LogPath), 3), "previous.log");

        Assert.Equal(plain.DecisiveLine, digest.DecisiveLine);
        Assert.Equal(plain.Tail.ToArray(), digest.Tail.ToArray());
    }

    [Theory]
    [InlineData(-40)]
    [InlineData(-1)]
    [InlineData(0)]
    [InlineData(17)]
    public void A_cause_that_straddles_a_chunk_boundary_is_found_with_its_line_number(int shift)
    {
        var filler = new StringBuilder();
        var lines = 0;
        var target = (1 << 20) + shift - 20;
        while (filler.Length < target - 300)
        {
            filler.Append(Quiet);
            lines++;
        }

        filler.Append(' ', target - filler.Length - 1).Append('\n');
        var log = filler + "Error: connect ECONNREFUSED 10.1.2.3:5432\n" + string.Concat(Enumerable.Repeat(Quiet, 100));

        var digest = Scan(Encoding.UTF8.GetBytes(log));

        Assert.Equal(lines + 2, digest.DecisiveLine?.Line);
        Assert.Equal(LogSignalKind.ConnectionRefused, digest.DecisiveSignal?.Kind);
        Assert.Equal("10.1.2.3", digest.DecisiveSignal?.Fact(LogFacts.Host));
    }

    [Fact]
    public void Crlf_line_ends_are_not_part_of_the_cited_line()
    {
        var digest = Scan(Encoding.UTF8.GetBytes("starting\r\nError: connect ECONNREFUSED 127.0.0.1:5432\r\n    at TCPConnectWrap.afterConnect\r\n"));

        Assert.Equal(new EvidenceLine("previous.log", 2, "Error: connect ECONNREFUSED 127.0.0.1:5432"), digest.DecisiveLine);
        Assert.Equal("5432", digest.DecisiveSignal?.Fact(LogFacts.Port));
        Assert.Equal(3, digest.LineCount);
    }

    [Fact]
    public void Invalid_utf8_and_nul_bytes_are_read_as_replacement_characters_not_errors()
    {
        byte[] log = [.. "boot\n"u8, 0xFF, 0xFE, 0x00, .. " mkdir: cannot create directory '/data': Permission denied\n"u8, 0xC3, .. "\n"u8];

        var digest = Scan(log);

        Assert.Equal(2, digest.DecisiveLine?.Line);
        Assert.Equal(LogSignalKind.PermissionDenied, digest.DecisiveSignal?.Kind);
        Assert.Equal("/data", digest.DecisiveSignal?.Fact(LogFacts.Path));
        Assert.Contains('\uFFFD', digest.DecisiveLine!.Text);
        Assert.Equal(3, digest.LineCount);
    }

    [Fact]
    public void A_50_MB_line_is_counted_once_and_not_held_in_memory()
    {
        var log = new byte[50 << 20];
        Array.Fill(log, (byte)'x');
        byte[] tail = [.. "\nfatal error: runtime: out of memory\n"u8];
        var before = GC.GetAllocatedBytesForCurrentThread();

        var digest = new LogScanner(SecretMasker.Default).Scan(new ConcatStream(log, tail), "previous.log");

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(2, digest.LineCount);
        Assert.Equal(2, digest.DecisiveLine?.Line);
        Assert.Equal(LogSignalKind.OutOfMemory, digest.DecisiveSignal?.Kind);
        Assert.True(allocated < 16 << 20, $"allocated {allocated:N0} bytes");
        Assert.True(digest.Tail[0].Text.Length <= LogScanner.MaxLineChars + 1);
    }

    private static LogDigest Scan(byte[] log) => new LogScanner(SecretMasker.Default).Scan(new MemoryStream(log), "previous.log");

    /// <summary>Two arrays read as one stream, so the test does not copy 50 MB once more.</summary>
    private sealed class ConcatStream(byte[] first, byte[] second) : ReadOnlyTestStream
    {
        public override long Length => first.Length + second.Length;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var source = Consumed < first.Length ? first : second;
            var at = (int)(Consumed < first.Length ? Consumed : Consumed - first.Length);
            var n = Math.Min(count, source.Length - at);
            Array.Copy(source, at, buffer, offset, n);
            Consumed += n;
            return n;
        }
    }
}
