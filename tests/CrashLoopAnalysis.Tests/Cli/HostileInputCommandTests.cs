using System.Text;

namespace CrashLoopAnalysis.Tests.Cli;

/// <summary>Hostile files give a report and warnings, never a stack trace; only a command that cannot run exits 2.</summary>
public sealed class HostileInputCommandTests
{
    [Fact]
    public void Hostile_files_in_a_folder_give_a_report_and_warnings_not_a_stack_trace()
    {
        var folder = Directory.CreateTempSubdirectory("crashloop-hostile-cli-");
        try
        {
            File.WriteAllBytes(Path.Combine(folder.FullName, "core"), [0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1]);
            File.WriteAllText(Path.Combine(folder.FullName, "deep.json"), "{\"kind\": \"Pod\", \"metadata\": " + new string('[', 10_000) + new string(']', 10_000) + "}");
            File.WriteAllText(Path.Combine(folder.FullName, "cut.json"), "{\"kind\": \"PodList\", \"items\": [{\"kind\": \"Pod\", \"metadata\": {\"name\": \"a\"");
            File.WriteAllBytes(Path.Combine(folder.FullName, "bad.yaml"), [.. Encoding.UTF8.GetBytes("apiVersion: v1\nkind: Pod\nmetadata:\n  name: "), 0xFF, 0xC0, (byte)'\n', .. Encoding.UTF8.GetBytes("  labels: {a: [\n")]);
            File.WriteAllText(Path.Combine(folder.FullName, "empty.log"), string.Empty);

            foreach (var command in new[] { "diagnose", "parse" })
            {
                var (exit, stdout, stderr) = CrashloopProcess.Run(command, folder.FullName, "--format", "json");

                Assert.Equal(0, exit);
                Assert.StartsWith("{", stdout, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", stdout + stderr, StringComparison.Ordinal);
                Assert.DoesNotContain("Exception", stdout + stderr, StringComparison.Ordinal);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("diagnose", "--output", "/no/such/folder/report.json")]
    [InlineData("parse")]
    [InlineData("parse", "/no/such/file.json")]
    public void A_command_that_cannot_run_says_so_in_one_line(params string[] args)
    {
        var (exit, stdout, stderr) = CrashloopProcess.Run(args);

        Assert.Equal(2, exit);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.TrimEnd('\n').Split('\n'));
        Assert.StartsWith("crashloop: ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
