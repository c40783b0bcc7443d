using System.Text.Json;
using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Reads one JSON document of Kubernetes objects in any shape people capture: a single object, a typed list
/// (<c>PodList</c>, <c>EventList</c>), a mixed <c>List</c>, or a bare array. Each item is read on its own, so a
/// broken item or a truncated file loses only what is broken.
/// </summary>
internal static class KubeDocumentReader
{
    public static void Read(ReadOnlyMemory<byte> json, in LineMap lines, ReadResult result)
    {
        var span = json.Span;
        var items = new List<(int Start, int End)>();
        string? kind = null;
        string? apiVersion = null;
        var isList = false;
        var rootEnd = -1;
        var reader = new Utf8JsonReader(span, KubeJsonOptions.ReaderOptions);
        try
        {
            if (!reader.Read())
            {
                result.Warn(lines.LineOf(0), "The input holds no JSON value.");
                return;
            }

            if (reader.TokenType == JsonTokenType.StartArray)
            {
                isList = true;
                CollectItems(ref reader, items, lines, result);
                rootEnd = (int)reader.BytesConsumed;
            }
            else if (reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    if (reader.ValueTextEquals("kind"u8))
                    {
                        reader.Read();
                        kind = reader.TokenType == JsonTokenType.String ? reader.GetString() : kind;
                    }
                    else if (reader.ValueTextEquals("apiVersion"u8))
                    {
                        reader.Read();
                        apiVersion = reader.TokenType == JsonTokenType.String ? reader.GetString() : apiVersion;
                    }
                    else if (reader.ValueTextEquals("items"u8))
                    {
                        reader.Read();
                        if (reader.TokenType == JsonTokenType.StartArray)
                        {
                            isList = true;
                            CollectItems(ref reader, items, lines, result);
                        }
                        else
                        {
                            reader.Skip();
                        }
                    }
                    else
                    {
                        reader.Read();
                        reader.Skip();
                    }
                }

                rootEnd = (int)reader.BytesConsumed;
            }
            else
            {
                result.Warn(lines.LineOf((int)reader.TokenStartIndex), "The JSON value is not a Kubernetes object or list.");
                return;
            }
        }
        catch (JsonException ex)
        {
            result.Warn(lines.LineOfReaderLine(ex.LineNumber ?? 0), $"Malformed JSON ({Reason(ex)}); {items.Count} complete item(s) before it were read.");
        }
        catch (InvalidOperationException)
        {
            // GetString() on a string that is not UTF-8 (found by fuzzing).
            result.Warn(lines.LineOf((int)Math.Min(int.MaxValue, reader.TokenStartIndex)), $"The JSON holds text that is not UTF-8; {items.Count} complete item(s) before it were read.");
        }

        if (isList)
        {
            var hint = KubeKinds.From(kind, apiVersion);
            if (hint == KubeKind.Other)
            {
                // A typed list of kinds no detector reads (DeploymentList, RoleList, ...).
                return;
            }

            foreach (var (start, end) in items)
            {
                ReadItem(json[start..end], start, hint, lines, result);
            }
        }
        else if (rootEnd > 0)
        {
            ReadItem(json[..rootEnd], 0, KubeKinds.From(kind, apiVersion), lines, result);
        }
    }

    private static void CollectItems(ref Utf8JsonReader reader, List<(int Start, int End)> items, in LineMap lines, ReadResult result)
    {
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var start = (int)reader.TokenStartIndex;
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                result.Warn(lines.LineOf(start), $"A list item is a {reader.TokenType}, not an object; it was skipped.");
                reader.Skip();
                continue;
            }

            reader.Skip();
            items.Add((start, (int)reader.BytesConsumed));
        }
    }

    private static void ReadItem(ReadOnlyMemory<byte> item, int offset, KubeKind hint, in LineMap lines, ReadResult result)
    {
        var header = default(ItemHeader);
        try
        {
            header = ItemHeader.Peek(item.Span, hint);
            switch (header.Kind)
            {
                case KubeKind.Pod:
                    var pod = JsonSerializer.Deserialize<V1Pod>(item.Span, KubeJsonOptions.Reading);
                    if (pod is not null)
                    {
                        var provenance = PodAttention.Needed(pod)
                            ? JsonProvenanceScanner.Scan(item.Span, offset, lines)
                            : FieldProvenance.Empty;
                        result.Pods.Add(new PodRecord(pod, provenance, lines.Source));
                    }

                    break;
                case KubeKind.Event:
                    var core = JsonSerializer.Deserialize<Corev1Event>(item.Span, KubeJsonOptions.Reading);
                    AddEvent(core, header, offset, lines, result);
                    break;
                case KubeKind.EventsV1Event:
                    var v1 = JsonSerializer.Deserialize<Eventsv1Event>(item.Span, KubeJsonOptions.Reading);
                    AddEvent(v1 is null ? null : EventConversion.ToCore(v1), header, offset, lines, result);
                    break;
                case KubeKind.Node:
                    if (JsonSerializer.Deserialize<V1Node>(item.Span, KubeJsonOptions.Reading) is { } node)
                    {
                        result.Nodes.Add(node);
                    }

                    break;
                case KubeKind.PersistentVolumeClaim:
                    if (JsonSerializer.Deserialize<V1PersistentVolumeClaim>(item.Span, KubeJsonOptions.Reading) is { } claim)
                    {
                        result.Claims.Add(claim);
                    }

                    break;
                case KubeKind.Service:
                    if (JsonSerializer.Deserialize<V1Service>(item.Span, KubeJsonOptions.Reading) is { } service)
                    {
                        result.Services.Add(service);
                    }

                    break;
                default:
                    break;
            }
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber is { } l ? lines.LineOf(offset) + (int)l : lines.LineOf(offset);
            result.Warn(line, $"A {header.Kind} could not be read ({Reason(ex)}); it was skipped.");
        }
        catch (Exception ex) when (ex is FormatException or ArgumentException or InvalidOperationException or OverflowException or NotSupportedException)
        {
            result.Warn(lines.LineOf(offset), $"A {header.Kind} could not be read ({ex.Message}); it was skipped.");
        }
    }

    private static void AddEvent(Corev1Event? e, ItemHeader header, int offset, in LineMap lines, ReadResult result)
    {
        if (e is null)
        {
            return;
        }

        var at = header.MessageOffset >= 0 ? offset + header.MessageOffset : offset;
        result.Events.Add(new EventRecord(e, lines.Evidence(at)));
    }

    private static string Reason(JsonException ex)
    {
        var message = ex.Message;
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0)
        {
            cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        }

        return (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
    }
}
