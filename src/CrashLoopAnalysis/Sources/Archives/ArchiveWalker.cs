using System.IO.Compression;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;
using SharpCompress.Compressors.Xz;

namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>
/// Walks one stream that may be an archive (tar, tar.gz, tar.xz, zip) or one compressed file, entry by entry,
/// in memory: nothing is unpacked to disk. Limits are enforced on the bytes actually unpacked.
/// </summary>
internal static class ArchiveWalker
{
    /// <summary>The entries of <paramref name="raw"/>, which starts with <paramref name="head"/> already read.</summary>
    /// <param name="raw">The stream, positioned after <paramref name="head"/> (seekable for zip, or it is buffered).</param>
    /// <param name="head">The first bytes, already read from <paramref name="raw"/>.</param>
    /// <param name="display">The archive's path as shown to the user.</param>
    /// <param name="limits">The bounds to enforce.</param>
    /// <param name="budget">Counts packed and unpacked bytes of this archive.</param>
    /// <param name="warnings">Where refusals go.</param>
    /// <param name="cancellationToken">Cancels the walk.</param>
    public static IEnumerable<DumpEntry> Walk(Stream raw, byte[] head, string display, DumpLimits limits, UnpackBudget budget, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        var format = ArchiveSniffer.Sniff(head);
        if (format == ArchiveFormat.Zip)
        {
            budget.AddPacked(head.Length);
            return ZipWalker.Walk(raw, head, display, limits, budget, warnings, cancellationToken);
        }

        var packed = new CountingStream(new PrefixedStream(head, raw), budget, packed: true);
        Stream unpacked = format switch
        {
            ArchiveFormat.Gzip => new GZipStream(packed, CompressionMode.Decompress),
            ArchiveFormat.Xz => new XZStream(packed),
            _ => packed,
        };
        var counted = new CountingStream(unpacked, budget, packed: false);
        if (format == ArchiveFormat.Tar)
        {
            return TarWalker.Walk(counted, display, warnings, budget, cancellationToken);
        }

        return Decompressed(counted, display, limits, budget, warnings, cancellationToken);
    }

    // A compressed stream: a tar inside it, or one compressed file (a log.gz, a pods.json.xz).
    private static IEnumerable<DumpEntry> Decompressed(Stream counted, string display, DumpLimits limits, UnpackBudget budget, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        byte[] inner;
        try
        {
            inner = ArchiveSniffer.ReadHead(counted);
        }
        catch (InvalidDataException ex)
        {
            warnings.Add(new ParseWarning(display, 0, Refusal(ex)));
            return [];
        }

        var rest = new PrefixedStream(inner, counted);
        if (ArchiveSniffer.Sniff(inner) == ArchiveFormat.Tar)
        {
            return TarWalker.Walk(rest, display, warnings, budget, cancellationToken);
        }

        // Decompressed bytes are not counted as packed ones again: nested archives are not opened.
        _ = limits;
        var name = Path.GetFileName(display);
        var stem = name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name.EndsWith(".xz", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
        return [new DumpEntry(display, stem, -1, () => new NonClosingStream(rest), Sequential: true)];
    }

    /// <summary>The warning for a failure while walking an archive.</summary>
    public static string Refusal(Exception ex) => ex is DumpLimitExceededException
        ? ex.Message
        : $"The archive is damaged or truncated past this point ({ex.Message}); the rest of it was not read.";
}
