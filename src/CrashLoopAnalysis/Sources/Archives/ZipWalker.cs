using System.IO.Compression;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources.Archives;

/// <summary>Walks a zip archive in memory. Zip needs to seek to its directory; a stream that cannot seek is buffered, within the limits.</summary>
internal static class ZipWalker
{
    public static IEnumerable<DumpEntry> Walk(Stream raw, byte[] head, string display, DumpLimits limits, UnpackBudget budget, ICollection<ParseWarning> warnings, CancellationToken cancellationToken)
    {
        var seekable = Seekable(raw, head, display, limits, warnings);
        if (seekable is null)
        {
            yield break;
        }

        ZipArchive? zip = null;
        try
        {
            zip = new ZipArchive(new CountingStream(seekable, budget, packed: true), ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            warnings.Add(new ParseWarning(display, 0, ArchiveWalker.Refusal(ex)));
        }

        if (zip is null)
        {
            yield break;
        }

        using (zip)
        {
            foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                string? refusal = null;
                try
                {
                    budget.AddEntry();
                }
                catch (DumpLimitExceededException ex)
                {
                    refusal = ex.Message;
                }

                if (refusal is not null)
                {
                    warnings.Add(new ParseWarning(display, 0, refusal));
                    yield break;
                }

                if (entry.FullName.EndsWith('/'))
                {
                    continue;
                }

                var path = ArchivePath.Clean(entry.FullName, out refusal);
                if (path is null)
                {
                    warnings.Add(new ParseWarning($"{display}!/{entry.FullName}", 0, refusal!));
                    continue;
                }

                // Unix mode bits in the upper half of the external attributes: 0xA000 is a symbolic link.
                if (((entry.ExternalAttributes >> 16) & 0xF000) == 0xA000)
                {
                    warnings.Add(new ParseWarning($"{display}!/{path}", 0, "A link inside the zip was not followed."));
                    continue;
                }

                yield return new DumpEntry($"{display}!/{path}", path, entry.Length, () => new CountingStream(entry.Open(), budget, packed: false), Sequential: true);
            }
        }
    }

    private static Stream? Seekable(Stream raw, byte[] head, string display, DumpLimits limits, ICollection<ParseWarning> warnings)
    {
        if (raw.CanSeek)
        {
            raw.Position = 0;
            return raw;
        }

        var copy = new MemoryStream();
        copy.Write(head);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = raw.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (copy.Length + n > limits.MaxUnpackedBytes)
            {
                warnings.Add(new ParseWarning(display, 0, $"A zip read from a stream is held in memory, and this one is larger than {limits.MaxUnpackedBytes:N0} bytes; it was not read."));
                return null;
            }

            copy.Write(buffer, 0, n);
        }

        copy.Position = 0;
        return copy;
    }
}
