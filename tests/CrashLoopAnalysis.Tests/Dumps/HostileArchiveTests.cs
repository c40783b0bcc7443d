using System.Formats.Tar;
using System.IO.Compression;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Dumps;

/// <summary>Untrusted archives: every refusal is a warning, the rest is still read, and nothing is written anywhere.</summary>
public sealed class HostileArchiveTests
{
    private static readonly byte[] PodList = File.ReadAllBytes(Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json"));

    [Fact]
    public void Climbing_absolute_and_outward_link_entries_are_refused_with_warnings_and_nothing_is_written()
    {
        var absolute = Path.Combine(Path.GetTempPath(), $"crashloop-absolute-{Guid.NewGuid():N}.json");
        var escape = $"crashloop-escape-{Guid.NewGuid():N}.json";
        var before = Snapshot();
        var tar = Tar(w =>
        {
            Add(w, "dump/../../" + escape, PodList);
            Add(w, absolute, PodList);
            w.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "dump/passwd.log") { LinkName = "../../../etc/passwd" });
            w.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "dump/shadow.log") { LinkName = "/etc/shadow" });
            w.WriteEntry(new PaxTarEntry(TarEntryType.HardLink, "dump/hosts.log") { LinkName = "../etc/hosts" });
            w.WriteEntry(new PaxTarEntry(TarEntryType.SymbolicLink, "dump/missing.log") { LinkName = "nowhere.log" });
            Add(w, "dump/pods.json", PodList);
        });

        var dump = Read(Gzip(tar), "hostile.tar.gz");

        Assert.Contains(dump.Warnings, w => w.Source.EndsWith(escape, StringComparison.Ordinal) && w.Message.Contains("'..'", StringComparison.Ordinal));
        Assert.Contains(dump.Warnings, w => w.Source.Contains("crashloop-absolute", StringComparison.Ordinal) && w.Message.Contains("absolute", StringComparison.Ordinal));
        Assert.Contains(dump.Warnings, w => w.Source == "hostile.tar.gz!/dump/passwd.log" && w.Message.Contains("outside the dump", StringComparison.Ordinal));
        Assert.Contains(dump.Warnings, w => w.Source == "hostile.tar.gz!/dump/shadow.log" && w.Message.Contains("outside the dump", StringComparison.Ordinal));
        Assert.Contains(dump.Warnings, w => w.Source == "hostile.tar.gz!/dump/hosts.log" && w.Message.Contains("outside the dump", StringComparison.Ordinal));
        Assert.Contains(dump.Warnings, w => w.Source == "hostile.tar.gz!/dump/missing.log" && w.Message.Contains("not a file of the dump", StringComparison.Ordinal));

        // The one honest entry is still read, once.
        Assert.Equal("init-demo", Assert.Single(dump.Pods).Key.Name);
        Assert.False(File.Exists(absolute));
        Assert.False(File.Exists(Path.Combine(Directory.GetCurrentDirectory(), "..", escape)));
        Assert.Equal(before, Snapshot());
    }

    [Fact]
    public void A_decompression_bomb_stops_at_the_unpacked_size_limit_with_a_warning()
    {
        var bomb = Gzip(Tar(w => Add(w, "bomb/zeros.log", new byte[48 << 20])));
        Assert.True(bomb.Length < 1 << 20, "the bomb is small packed");
        var limits = DumpLimits.Default with { MaxUnpackedBytes = 16 << 20, MaxCompressionRatio = 1e9 };

        var dump = Read(bomb, "bomb.tar.gz", limits);

        Assert.Contains(dump.Warnings, w => w.Source.StartsWith("bomb.tar.gz", StringComparison.Ordinal) && w.Message.Contains("more than 16,777,216 bytes", StringComparison.Ordinal));
    }

    [Fact]
    public void A_decompression_bomb_stops_at_the_compression_ratio_limit_with_a_warning()
    {
        var bomb = Gzip(Tar(w => Add(w, "bomb/zeros.log", new byte[24 << 20])));
        var limits = DumpLimits.Default with { RatioFloorBytes = 1 << 20, MaxCompressionRatio = 100 };

        var dump = Read(bomb, "ratio.tar.gz", limits);

        Assert.Contains(dump.Warnings, w => w.Message.Contains("expands more than 100 times", StringComparison.Ordinal));
    }

    [Fact]
    public void Too_many_entries_stop_the_walk_with_a_warning_and_the_first_ones_are_kept()
    {
        var tar = Tar(w =>
        {
            Add(w, "a/pods.json", PodList);
            for (var i = 0; i < 20; i++)
            {
                Add(w, $"a/empty-{i:00}.log", []);
            }
        });

        var dump = Read(tar, "many.tar", DumpLimits.Default with { MaxEntries = 5 });

        Assert.Contains(dump.Warnings, w => w.Source == "many.tar" && w.Message.Contains("more than 5 entries", StringComparison.Ordinal));
        Assert.Single(dump.Pods);
    }

    [Fact]
    public void A_zip_with_climbing_and_absolute_names_is_read_without_them()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "../up.json", "/abs.json", "ok/pods.json" })
            {
                using var s = zip.CreateEntry(name).Open();
                s.Write(PodList);
            }
        }

        var dump = Read(buffer.ToArray(), "hostile.zip");

        Assert.Contains(dump.Warnings, w => w.Source == "hostile.zip!/../up.json");
        Assert.Contains(dump.Warnings, w => w.Source == "hostile.zip!//abs.json");
        Assert.Equal("init-demo", Assert.Single(dump.Pods).Key.Name);
    }

    [Fact]
    public void A_truncated_archive_is_read_up_to_the_damage_with_a_warning()
    {
        var whole = Gzip(Tar(w =>
        {
            Add(w, "t/pods.json", PodList);
            Add(w, "t/big.log", new byte[2 << 20]);
        }));

        var dump = Read(whole[..(whole.Length / 2)], "cut.tar.gz");

        Assert.Contains(dump.Warnings, w => w.Source.StartsWith("cut.tar.gz", StringComparison.Ordinal));
    }

    private static Dump Read(byte[] archive, string name, DumpLimits? limits = null)
    {
        var engine = DiagnosisEngine.CreateBuilder().UseBuiltInDetectors().Configure(o => o with { Limits = limits ?? DumpLimits.Default }).Build();
        using var stream = new MemoryStream(archive);
        return engine.Read(DumpSource.FromStream(new NonSeekable(stream), name));
    }

    private static byte[] Tar(Action<TarWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new TarWriter(buffer, TarEntryFormat.Pax, leaveOpen: true))
        {
            write(writer);
        }

        return buffer.ToArray();
    }

    private static void Add(TarWriter writer, string name, byte[] content) =>
        writer.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name) { DataStream = new MemoryStream(content) });

    private static byte[] Gzip(byte[] bytes)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(bytes);
        }

        return buffer.ToArray();
    }

    private static string[] Snapshot() =>
    [
        .. new[] { Directory.GetCurrentDirectory(), Path.GetDirectoryName(Directory.GetCurrentDirectory())!, Path.GetTempPath() }
            .SelectMany(d => Directory.EnumerateFileSystemEntries(d).Where(e => e.Contains("crashloop-", StringComparison.Ordinal) || e.EndsWith(".json", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal),
    ];
}
