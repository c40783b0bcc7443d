using System.Text.Json.Nodes;
using static CrashLoopAnalysis.Tests.Robustness.HostileInputs;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>Every field of a pod given a value of the wrong type, and counts past every integer range.</summary>
[Collection(SerialMeasurements.Name)]
public sealed class WrongTypeTests
{
    private static readonly JsonNode?[] Wrong = [null, JsonValue.Create("text"), JsonValue.Create(-1.5e300), JsonValue.Create(true), new JsonObject(), new JsonArray(JsonValue.Create(1))];

    [Fact]
    public void A_wrong_type_in_any_field_loses_at_most_that_pod_and_says_where()
    {
        var list = JsonNode.Parse(OomPodList)!;
        var paths = Leaves(list["items"]![0]!, "$.items[0]").ToList();
        Assert.True(paths.Count > 100, $"only {paths.Count} fields");
        var variants = 0;
        foreach (var (path, node) in paths)
        {
            foreach (var replacement in Wrong.Where(w => Kind(w) != Kind(node)).Take(2))
            {
                var copy = JsonNode.Parse(OomPodList)!;
                Replace(copy, path, replacement?.DeepClone());
                var text = copy.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
                var run = HostileRun.Of(Utf8(text), "pods.json");
                Assert.False(run.Diagnosis.Warnings.Any(w => w.Source.StartsWith("detector:", StringComparison.Ordinal)), $"a detector failed with {replacement?.ToJsonString() ?? "null"} at {path}: {string.Join("; ", run.Diagnosis.Warnings)}");
                run.AssertReported("pods.json");
                var lines = text.Count(c => c == '\n') + 1;
                Assert.All(run.Diagnosis.Warnings, w => Assert.InRange(w.Line, 1, lines));
                variants++;
            }
        }

        Assert.True(variants > 200, $"only {variants} variants");
    }

    [Theory]
    [InlineData("\"restartCount\": 9223372036854775808")]
    [InlineData("\"restartCount\": 18446744073709551616")]
    [InlineData("\"restartCount\": -9223372036854775809")]
    [InlineData("\"restartCount\": 1e400")]
    [InlineData("\"restartCount\": 2147483647")]
    [InlineData("\"restartCount\": -2147483648")]
    [InlineData("\"restartCount\": 2.5")]
    public void Huge_or_odd_restart_counts_never_throw(string replacement)
    {
        var text = OomPodList.Replace("\"restartCount\": 0", replacement, StringComparison.Ordinal);
        Assert.NotEqual(OomPodList, text);

        var run = HostileRun.Of(Utf8(text), "pods.json").AssertReported("pods.json");

        Assert.All(run.Diagnosis.Warnings, w => Assert.True(w.Line >= 1));
    }

    [Fact]
    public void Restart_counts_that_overflow_when_added_never_throw()
    {
        var pod = JsonNode.Parse(OomPodList)!["items"]![0]!;
        var status = pod["status"]!["containerStatuses"]!.AsArray();
        var first = status[0]!;
        first["restartCount"] = int.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            var copy = first.DeepClone();
            copy["name"] = $"copy{i}";
            status.Add(copy);
        }

        pod["status"]!["initContainerStatuses"] = new JsonArray(first.DeepClone());
        var run = HostileRun.Of(Utf8(pod.ToJsonString()), "pod.json").AssertReported("pod.json");

        Assert.NotEmpty(run.Diagnosis.Pods);
        Assert.True(run.Diagnosis.Pods[0].Restarts >= int.MaxValue, $"restarts {run.Diagnosis.Pods[0].Restarts}");
    }

    [Theory]
    [InlineData("\"exitCode\": 137", "\"exitCode\": 4294967295")]
    [InlineData("\"exitCode\": 137", "\"exitCode\": -2147483648")]
    [InlineData("\"startedAt\": \"2023-07-11T04:43:25Z\"", "\"startedAt\": \"99999-99-99T99:99:99Z\"")]
    [InlineData("\"startedAt\": \"2023-07-11T04:43:25Z\"", "\"startedAt\": \"0001-01-01T00:00:00Z\"")]
    [InlineData("\"memory\": \"", "\"memory\": \"9999999999999999999999999999999Ei")]
    [InlineData("\"memory\": \"", "\"memory\": \"-")]
    [InlineData("\"memory\": \"100Mi\"", "\"memory\": -1.5e300")]
    [InlineData("\"memory\": \"100Mi\"", "\"memory\": \"1e999999999\"")]
    [InlineData("\"memory\": \"100Mi\"", "\"memory\": \"0.000000000000000000000000000000000001\"")]
    public void Out_of_range_values_never_throw(string find, string replacement)
    {
        var text = OomPodList.Replace(find, replacement, StringComparison.Ordinal);

        HostileRun.Of(Utf8(text), "pods.json").AssertReported("pods.json");
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind().ToString() switch
    {
        "True" or "False" => "bool",
        null => "Null",
        var k => k,
    };

    private static IEnumerable<(string Path, JsonNode? Node)> Leaves(JsonNode node, string path)
    {
        yield return (path, node);
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj)
                {
                    if (key.IndexOfAny(['.', '[']) >= 0 || key == "managedFields")
                    {
                        continue;
                    }

                    foreach (var leaf in child is null ? [(path + "." + key, null)] : Leaves(child, path + "." + key))
                    {
                        yield return leaf;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var leaf in array[i] is { } child ? Leaves(child, $"{path}[{i}]") : [($"{path}[{i}]", null)])
                    {
                        yield return leaf;
                    }
                }

                break;
        }
    }

    private static void Replace(JsonNode root, string path, JsonNode? value)
    {
        var parts = System.Text.RegularExpressions.Regex.Matches(path[1..], @"\.([^.\[]+)|\[(\d+)\]").Select(m => m.Groups[1].Success ? (object)m.Groups[1].Value : int.Parse(m.Groups[2].Value)).ToList();
        var node = root;
        for (var i = 0; i < parts.Count - 1; i++)
        {
            node = parts[i] is string key ? node[key]! : node[(int)parts[i]]!;
        }

        if (parts[^1] is string last)
        {
            node.AsObject()[last] = value;
        }
        else
        {
            node.AsArray()[(int)parts[^1]] = value;
        }
    }
}
