using System.Text.Json;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Json;

/// <summary>
/// Walks one object's JSON and records, for every scalar field, the captured line that shows it. Array
/// elements with a <c>name</c> are addressed by it (<c>spec.containers[app].image</c>), others by index.
/// </summary>
internal static class JsonProvenanceScanner
{
    public static FieldProvenance Scan(ReadOnlySpan<byte> item, int itemOffset, in LineMap lines)
    {
        var entries = new List<(string Path, int Offset)>(256);
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(item, KubeJsonOptions.ReaderOptions);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames.Peek().Property = reader.GetString();
                        break;
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        var path = ChildPath(frames);
                        if (string.Equals(path, "metadata.managedFields", StringComparison.Ordinal))
                        {
                            reader.Skip();
                            break;
                        }

                        var isElement = frames.Count > 0 && frames.Peek().IsArray;
                        frames.Push(new Frame(path, reader.TokenType == JsonTokenType.StartArray, isElement, entries.Count));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var done = frames.Pop();
                        if (done.IsElement && done.Name is not null && frames.Count > 0)
                        {
                            Rename(entries, done, frames.Peek().Path);
                        }

                        break;
                    default:
                        var top = frames.Count > 0 ? frames.Peek() : null;
                        var leaf = ChildPath(frames);
                        entries.Add((leaf, (int)reader.TokenStartIndex + itemOffset));
                        if (top is { IsElement: true, IsArray: false } && reader.TokenType == JsonTokenType.String &&
                            string.Equals(top.Property, "name", StringComparison.Ordinal))
                        {
                            top.Name = reader.GetString();
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // The reader that produced the object already reported the problem; keep what was walked.
        }

        var map = new Dictionary<string, EvidenceLine>(entries.Count, StringComparer.Ordinal);
        foreach (var (path, offset) in entries)
        {
            map.TryAdd(path, lines.Evidence(offset));
        }

        return new FieldProvenance(map);
    }

    private static string ChildPath(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return string.Empty;
        }

        var top = frames.Peek();
        if (top.IsArray)
        {
            return $"{top.Path}[{top.NextIndex++}]";
        }

        return top.Path.Length == 0 ? top.Property ?? string.Empty : $"{top.Path}.{top.Property}";
    }

    private static void Rename(List<(string Path, int Offset)> entries, Frame element, string arrayPath)
    {
        var named = $"{arrayPath}[{element.Name}]";
        for (var i = element.FirstEntry; i < entries.Count; i++)
        {
            var (path, offset) = entries[i];
            if (path.StartsWith(element.Path, StringComparison.Ordinal))
            {
                entries[i] = (string.Concat(named, path.AsSpan(element.Path.Length)), offset);
            }
        }
    }

    private sealed class Frame(string path, bool isArray, bool isElement, int firstEntry)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public bool IsElement { get; } = isElement;
        public int FirstEntry { get; } = firstEntry;
        public int NextIndex { get; set; }
        public string? Property { get; set; }
        public string? Name { get; set; }
    }
}
