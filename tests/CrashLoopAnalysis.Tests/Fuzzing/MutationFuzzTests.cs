using System.Diagnostics;
using System.Text;
using CrashLoopAnalysis.Fuzzing;
using Xunit.Abstractions;

namespace CrashLoopAnalysis.Tests.Fuzzing;

/// <summary>
/// A seeded, time-boxed mutation fuzzer over real captures, run in CI: the coverage-guided fuzzing (fuzz/,
/// SharpFuzz with AFL++) runs outside it. Each reader gets mutated inputs with its format forced; none may throw or hang.
/// </summary>
[Collection(Robustness.SerialMeasurements.Name)]
public sealed class MutationFuzzTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(8);
    private static readonly TimeSpan SlowInput = TimeSpan.FromSeconds(5);
    private static readonly byte[][] Tokens = [.. new[] { "{", "}", "[", "]", "\"", ":", ",", "&a ", "*a", "<<: *a", "---\n", "- ", "\n  ", "\t", "\0", "\\u0000", "\uFFFD", "1e400", "-", "null", "!!binary ", "? ", "|\n", "\r\n", "\"restartCount\": ", "\"exitCode\": 9223372036854775808", "Name:", "State: Terminated" }.Select(Encoding.UTF8.GetBytes)];

    [Theory]
    [InlineData("json", 1)]
    [InlineData("yaml", 2)]
    [InlineData("log", 3)]
    [InlineData("any", 4)]
    public void Mutated_captures_never_throw_nor_hang(string target, int seed)
    {
        var seeds = Seeds(target);
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var executions = 0;
        while (clock.Elapsed < Budget)
        {
            var input = Mutate(seeds[random.Next(seeds.Length)], random);
            var one = Stopwatch.StartNew();
            try
            {
                FuzzTargets.Run(target, input);
            }
            catch (Exception ex)
            {
                Assert.Fail($"{target} threw {ex.GetType().Name} on input (base64) {Convert.ToBase64String(input)}: {ex}");
            }

            Assert.True(one.Elapsed < SlowInput, $"{target} took {one.Elapsed.TotalSeconds:N1} s on input (base64) {Convert.ToBase64String(input)}");
            executions++;
        }

        output.WriteLine($"{target}: {executions:N0} executions in {clock.Elapsed.TotalSeconds:N1} s, no crash");
        Assert.True(executions > 20, $"only {executions} executions");
    }

    private static byte[][] Seeds(string target)
    {
        var root = Fixture.Root;
        var files = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Where(f => new FileInfo(f).Length < 64 * 1024);
        var wanted = target switch
        {
            "json" => files.Where(f => f.EndsWith(".json", StringComparison.Ordinal) && !f.EndsWith("case.json", StringComparison.Ordinal)),
            "yaml" => files.Where(f => f.EndsWith(".yaml", StringComparison.Ordinal)),
            "log" => files.Where(f => f.EndsWith(".log", StringComparison.Ordinal) || f.Contains("/logs/", StringComparison.Ordinal)),
            _ => files.Where(f => !f.EndsWith("case.json", StringComparison.Ordinal)),
        };
        var seeds = wanted.Take(40).Select(File.ReadAllBytes).ToArray();
        Assert.NotEmpty(seeds);
        return seeds;
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        var data = new List<byte>(seed);
        var steps = 1 + random.Next(8);
        for (var s = 0; s < steps && data.Count > 0; s++)
        {
            var at = random.Next(data.Count);
            switch (random.Next(7))
            {
                case 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                    break;
                case 3:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4:
                    var from = random.Next(data.Count);
                    var length = Math.Min(data.Count - from, 1 + random.Next(256));
                    data.InsertRange(at, data.GetRange(from, length));
                    break;
                case 5:
                    data.RemoveRange(at, data.Count - at);
                    break;
                default:
                    var repeat = Tokens[random.Next(Tokens.Length)];
                    for (var i = 0; i < 1 + random.Next(200); i++)
                    {
                        data.InsertRange(at, repeat);
                    }

                    break;
            }
        }

        return [.. data];
    }
}
