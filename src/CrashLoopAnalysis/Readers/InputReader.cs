using System.Buffers;
using CrashLoopAnalysis.Readers.Capture;
using CrashLoopAnalysis.Readers.Describe;
using CrashLoopAnalysis.Readers.Json;
using CrashLoopAnalysis.Readers.Logs;
using CrashLoopAnalysis.Readers.Sniffing;
using CrashLoopAnalysis.Readers.Tables;
using CrashLoopAnalysis.Readers.Yaml;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Readers;

/// <summary>
/// Reads one file of a dump: tells its format from its first bytes and hands it to the reader for that format.
/// Logs are streamed; structured captures are read whole, up to a size limit.
/// </summary>
internal sealed class InputReader
{
    private readonly LogScanner _logs;
    private readonly long _maxDocumentBytes;

    public InputReader(LogScanner logs, long maxDocumentBytes)
    {
        _logs = logs;
        _maxDocumentBytes = maxDocumentBytes;
    }

    public ReadResult Read(DumpEntry entry, CancellationToken cancellationToken)
    {
        var result = new ReadResult(entry.DisplayPath);
        var rented = ArrayPool<byte>.Shared.Rent(FormatSniffer.HeadLength);
        try
        {
            using var stream = entry.Open();
            ReadOnlyMemory<byte> head = rented.AsMemory(0, ReadHead(stream, rented));

            // Parts of a pasted capture are copied by the splitter, so they may outlive the pooled head.
            if (head.Length < FormatSniffer.HeadLength && ReadParts(entry, head, result, cancellationToken))
            {
                return result;
            }

            var format = FormatSniffer.Sniff(head.Span);
            switch (format)
            {
                case InputFormat.Empty:
                    result.Kind = "empty";
                    break;
                case InputFormat.Binary:
                    result.Kind = "binary";
                    result.Warn(0, "The file holds binary data, not text; it was skipped.");
                    break;
                case InputFormat.Log:
                    result.Kind = "log";
                    var placement = LogPlacement.FromPath(entry.RelativePath);
                    var digest = _logs.Scan(new PrefixedStream(head, stream), entry.DisplayPath, cancellationToken);
                    result.Logs.Add(new LogRecord(placement.Pod, placement.Container, placement.Previous, digest));
                    break;
                default:
                    // A document outlives this call (what is read from it may point into it): it gets its own copy.
                    var bytes = ReadRest(head.ToArray(), stream, entry, result);
                    if (bytes is null)
                    {
                        break;
                    }

                    ReadDocument(format, new SourceText(entry.DisplayPath, bytes.Value), result);
                    break;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException or NotSupportedException)
        {
            result.Warn(0, $"The file could not be read ({ex.Message}).");
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return result;
    }

    /// <summary>
    /// Reads a small capture that holds the outputs of several pasted commands part by part; false when it holds
    /// one output, or only log text (a script's log that echoes kubectl commands stays one log).
    /// </summary>
    private bool ReadParts(DumpEntry entry, ReadOnlyMemory<byte> head, ReadResult result, CancellationToken cancellationToken)
    {
        if (CaptureSegments.Split(head.Span) is not { } parts)
        {
            return false;
        }

        var formats = parts.ConvertAll(p => FormatSniffer.Sniff(p.Span));
        if (formats.TrueForAll(f => f is InputFormat.Log or InputFormat.Empty))
        {
            return false;
        }

        var kinds = new List<string>();
        for (var i = 0; i < parts.Count; i++)
        {
            var part = new ReadResult(entry.DisplayPath);
            if (formats[i] == InputFormat.Log)
            {
                part.Kind = "log";
                var digest = _logs.Scan(new MemoryStream(parts[i].ToArray(), writable: false), entry.DisplayPath, cancellationToken);
                part.Logs.Add(new LogRecord(LogPlacement.FromPath(entry.RelativePath).Pod, null, true, digest));
            }
            else
            {
                ReadDocument(formats[i], new SourceText(entry.DisplayPath, parts[i]), part);
            }

            result.Append(part);
            if (part.Kind is { } kind && !kinds.Contains(kind))
            {
                kinds.Add(kind);
            }
        }

        result.Kind = kinds.Count == 0 ? "empty" : string.Join('+', kinds);
        return true;
    }

    private static void ReadDocument(InputFormat format, SourceText text, ReadResult result)
    {
        switch (format)
        {
            case InputFormat.Json:
                result.Kind = "objects";
                KubeDocumentReader.Read(text.Bytes, new LineMap(text, 1, text), result);
                break;
            case InputFormat.Yaml:
                result.Kind = "objects";
                KubeYamlReader.Read(text, result);
                break;
            case InputFormat.Describe:
                result.Kind = "describe";
                DescribeReader.Read(text, result);
                break;
            case InputFormat.EventsTable:
                result.Kind = "events";
                EventsTableReader.Read(text, result);
                break;
            case InputFormat.WaitingMessage:
                result.Kind = "kubectl-error";
                WaitingMessageReader.Read(text, result);
                break;
            case InputFormat.PodsTable:
                result.Kind = "pods-table";
                PodsTableReader.Read(text, result);
                break;
            default:
                break;
        }
    }

    /// <summary>Reads up to <see cref="FormatSniffer.HeadLength"/> bytes into <paramref name="buffer"/>; returns how many.</summary>
    private static int ReadHead(Stream stream, byte[] buffer)
    {
        var total = 0;
        while (total < FormatSniffer.HeadLength)
        {
            var n = stream.Read(buffer, total, FormatSniffer.HeadLength - total);
            if (n == 0)
            {
                break;
            }

            total += n;
        }

        return total;
    }

    private ReadOnlyMemory<byte>? ReadRest(ReadOnlyMemory<byte> head, Stream stream, DumpEntry entry, ReadResult result)
    {
        if (head.Length < FormatSniffer.HeadLength)
        {
            return head;
        }

        if (entry.Length > _maxDocumentBytes)
        {
            result.Warn(0, $"The file is {entry.Length:N0} bytes, more than the {_maxDocumentBytes:N0} bytes a single document may have; it was skipped.");
            return null;
        }

        using var all = new MemoryStream(entry.Length > 0 ? (int)Math.Min(entry.Length, int.MaxValue) : head.Length * 2);
        all.Write(head.Span);
        var buffer = new byte[1 << 16];
        int n;
        while ((n = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            if (all.Length + n > _maxDocumentBytes)
            {
                result.Warn(0, $"The file is larger than the {_maxDocumentBytes:N0} bytes a single document may have; it was skipped.");
                return null;
            }

            all.Write(buffer, 0, n);
        }

        return all.GetBuffer().AsMemory(0, (int)all.Length);
    }
}
