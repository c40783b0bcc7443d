using System.Text;
using CrashLoopAnalysis.Readers.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CrashLoopAnalysis.Readers.Yaml;

/// <summary>
/// Reads YAML captures (a single object, <c>kubectl get -o yaml</c> lists, multi-document streams as in
/// must-gathers) by turning each document into JSON that keeps the YAML's line numbers, then reading that
/// with the JSON reader, so both formats give the same objects and the same provenance.
/// </summary>
internal static class KubeYamlReader
{
    /// <summary>How much larger than its input a document may grow through aliases before it is cut.</summary>
    private const int ExpansionFactor = 8;

    public static void Read(SourceText source, ReadResult result)
    {
        if (!YamlKindSniffer.MayHoldReadableObjects(source.Bytes.Span))
        {
            return;
        }

        var text = Encoding.UTF8.GetString(source.Bytes.Span);
        var parser = new Parser(new StringReader(text));
        var limit = (long)ExpansionFactor * source.Bytes.Length + (1 << 20);
        YamlJsonWriter? writer = null;
        var anchors = new Dictionary<string, (int Start, int End)>(StringComparer.Ordinal);
        var anchorStarts = new Stack<(string? Anchor, int Start)>();
        var firstLine = 1;
        try
        {
            while (parser.MoveNext())
            {
                var e = parser.Current!;
                var line = (int)Math.Min(int.MaxValue, e.Start.Line);
                switch (e)
                {
                    case DocumentStart:
                        firstLine = line;
                        writer = new YamlJsonWriter(line, limit);
                        anchors.Clear();
                        break;
                    case DocumentEnd when writer is not null:
                        Finish(writer, firstLine, source, result);
                        writer = null;
                        break;
                    case Scalar scalar when writer is not null:
                        if (writer.ExpectingKey)
                        {
                            writer.Key(scalar.Value, line);
                        }
                        else
                        {
                            var start = writer.Position;
                            var plain = scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty;
                            writer.Scalar(scalar.Value, plain, line);
                            Remember(anchors, scalar.Anchor, start, writer.Position);
                        }

                        break;
                    case MappingStart or SequenceStart when writer is not null:
                        if (writer.ExpectingKey)
                        {
                            result.Warn(line, "A YAML mapping key is not a scalar; the entry was read as text.");
                            writer.Key("?", line);
                        }

                        var node = (NodeEvent)e;
                        anchorStarts.Push((node.Anchor.IsEmpty ? null : node.Anchor.Value, writer.Position));
                        writer.StartContainer(e is MappingStart, line);
                        break;
                    case MappingEnd or SequenceEnd when writer is not null:
                        writer.EndContainer();
                        if (anchorStarts.TryPop(out var opened) && opened.Anchor is not null)
                        {
                            anchors[opened.Anchor] = (opened.Start, writer.Position);
                        }

                        break;
                    case AnchorAlias alias when writer is not null:
                        if (writer.ExpectingKey)
                        {
                            writer.Key(alias.Value.Value, line);
                        }
                        else if (anchors.TryGetValue(alias.Value.Value, out var range))
                        {
                            var captured = writer.Written.Span[range.Start..range.End].ToArray();
                            writer.Replay(TrimLeadingComma(captured), line);
                        }
                        else
                        {
                            writer.Scalar(string.Empty, plain: true, line);
                        }

                        break;
                    default:
                        break;
                }

                if (writer is { Overflowed: true })
                {
                    result.Warn(line, $"The YAML document grows past {limit:N0} bytes through aliases; it was cut there.");
                    writer.CloseAll();
                    Finish(writer, firstLine, source, result);
                    writer = null;
                    SkipToDocumentEnd(parser);
                }
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // YamlDotNet's scanner throws InvalidOperationException on some broken plain scalars (found by fuzzing).
            var at = ex is YamlException yaml ? yaml.Start.Line : parser.Current?.End.Line ?? 1;
            var line = (int)Math.Min(int.MaxValue, Math.Max(1, at));
            result.Warn(line, $"Malformed YAML ({FirstSentence(ex.Message)}); what came before it was read.");
            if (writer is not null)
            {
                writer.CloseAll();
                Finish(writer, firstLine, source, result);
            }
        }
    }

    private static void Finish(YamlJsonWriter writer, int firstLine, SourceText source, ReadResult result)
    {
        writer.CloseAll();
        var json = writer.Written;
        if (json.Span.Trim("\n"u8).IsEmpty || json.Span.Trim("\n"u8).SequenceEqual("null"u8))
        {
            return;
        }

        var map = new LineMap(new SourceText(source.Path, json), firstLine, source);
        KubeDocumentReader.Read(json, map, result);
    }

    private static void Remember(Dictionary<string, (int Start, int End)> anchors, AnchorName anchor, int start, int end)
    {
        if (!anchor.IsEmpty)
        {
            anchors[anchor.Value] = (start, end);
        }
    }

    private static ReadOnlySpan<byte> TrimLeadingComma(ReadOnlySpan<byte> captured)
    {
        captured = captured.TrimStart("\n"u8);
        return captured.Length > 0 && captured[0] == (byte)',' ? captured[1..] : captured;
    }

    private static void SkipToDocumentEnd(Parser parser)
    {
        while (parser.MoveNext() && parser.Current is not DocumentEnd)
        {
        }
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).Trim().TrimEnd('.');
    }
}
