using System.Text.RegularExpressions;

namespace CrashLoopAnalysis.Tests.Docs;

/// <summary>The README's examples are this file's code, and they run: the README cannot lie.</summary>
[Collection(ConsoleTests.Name)]
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public void The_library_example_in_the_readme_is_the_code_run_here()
    {
        var readme = File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, "README.md"));
        var block = CSharpBlock().Match(readme);
        Assert.True(block.Success, "README.md has a csharp example");
        var example = Normalize(block.Groups["code"].Value.Replace("using CrashLoopAnalysis;", string.Empty, StringComparison.Ordinal));

        var source = File.ReadAllText(Path.Combine(Fixture.RepositoryRoot, "tests", "CrashLoopAnalysis.Tests", "Docs", "ReadmeExamplesTests.cs"));
        const string Start = "#region readme\n";
        var from = source.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var region = source[from..source.IndexOf("#endregion", from, StringComparison.Ordinal)];

        Assert.Equal(example, Normalize(region));
    }

    [Fact]
    public void The_library_example_prints_each_pods_cause_and_evidence()
    {
        string[] args = [Fixture.Path("troubleshoot", "pods", "message-pod-crashloop-backoff.json")];
        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        try
        {
            #region readme
            // args: describe text, pod JSON/YAML, logs, folders or archives
            var diagnosis = DiagnosisEngine.Default.Diagnose(args);
            foreach (var pod in diagnosis.Pods)
            {
                var cause = pod.PrimaryCause!;
                Console.WriteLine($"{pod.Key}: {cause.Id} {cause.Category.ToReportName()}: {cause.Message}");
                foreach (var line in cause.Evidence)
                {
                    Console.WriteLine($"    {line}"); // source:line: text, secrets masked
                }
            }
            #endregion
        }
        finally
        {
            Console.SetOut(original);
        }

        var text = output.ToString();
        Assert.StartsWith("message-pod-crashloop-backoff/init-demo: CLA1001 startup-command: nginx cannot start", text, StringComparison.Ordinal);
        Assert.Contains("message-pod-crashloop-backoff.json:264: \"exitCode\": 127,", text, StringComparison.Ordinal);
    }

    private static string Normalize(string code) =>
        string.Join('\n', code.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}

/// <summary>Tests that redirect the console run alone.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleTests
{
    public const string Name = "console";
}
