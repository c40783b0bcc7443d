using System.Text.Json;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Sources;

/// <summary>
/// Reads the files in which a support bundle's collectors say what they could not collect
/// (<c>*-errors.json</c>, <c>errors.json</c>, <c>collector-errors/*.json</c>): each message becomes a warning,
/// so a missing log is explained rather than silently absent.
/// </summary>
internal static class CollectorErrors
{
    public static bool Applies(string relativePath) =>
        relativePath.EndsWith("errors.json", StringComparison.Ordinal) || relativePath.Contains("collector-errors/", StringComparison.Ordinal)
        || (relativePath.Contains("-errors/", StringComparison.Ordinal) && relativePath.EndsWith(".json", StringComparison.Ordinal));

    public static List<ParseWarning> Read(DumpEntry entry, int maxBytes = 1 << 20)
    {
        var warnings = new List<ParseWarning>();
        try
        {
            using var stream = entry.Open();
            var buffer = new byte[maxBytes];
            var length = 0;
            int n;
            while (length < buffer.Length && (n = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += n;
            }

            using var doc = JsonDocument.Parse(buffer.AsMemory(0, length));
            var what = What(entry.RelativePath);
            foreach (var message in Messages(doc.RootElement))
            {
                warnings.Add(new ParseWarning(entry.DisplayPath, 0, $"{what} could not be collected: {message}"));
            }
        }
        catch (Exception ex) when (ex is JsonException or IOException or InvalidDataException)
        {
            warnings.Add(new ParseWarning(entry.DisplayPath, 0, $"A collector's error file could not be read ({ex.Message})."));
        }

        return warnings;
    }

    private static IEnumerable<string> Messages(JsonElement root)
    {
        if (root.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in root.EnumerateArray())
            {
                foreach (var m in Messages(item))
                {
                    yield return m;
                }
            }
        }
        else if (root.ValueKind == JsonValueKind.String)
        {
            yield return root.GetString()!;
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String)
        {
            var collector = root.TryGetProperty("collector", out var c) && c.ValueKind == JsonValueKind.String ? $"{c.GetString()}: " : string.Empty;
            yield return collector + error.GetString();
        }
    }

    private static string What(string relativePath)
    {
        // cluster-resources/pods/logs/<ns>/<pod>/<container>-errors.json: the log of that container.
        if (relativePath.EndsWith("-errors.json", StringComparison.Ordinal))
        {
            var placement = LogPlacement.FromPath(relativePath[..^"-errors.json".Length] + ".log");
            if (placement.Pod is { } pod)
            {
                return $"The log of container {placement.Container} of pod {pod}";
            }
        }

        return "Something the collector was asked for";
    }
}
