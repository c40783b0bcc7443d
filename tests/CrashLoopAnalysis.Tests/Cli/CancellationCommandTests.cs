using System.Diagnostics;

namespace CrashLoopAnalysis.Tests.Cli;

/// <summary>Ctrl+C stops the tool promptly, even while it waits on a standard input that never ends.</summary>
public sealed class CancellationCommandTests
{
    [Fact]
    public async Task Ctrl_c_while_reading_a_standard_input_that_never_ends_stops_with_one_line()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "crashloop.dll"));
        start.ArgumentList.Add("diagnose");
        start.ArgumentList.Add("-");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // The first line of a log, then nothing more: the tool waits on the pipe.
        process.StandardInput.WriteLine("I1124 06:00:00.000000       1 main.go:42] starting");
        process.StandardInput.Flush();
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.False(process.HasExited, "crashloop ended before Ctrl+C");

        var signalled = Stopwatch.StartNew();
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        var exited = process.WaitForExit(TimeSpan.FromSeconds(15));
        if (!exited)
        {
            process.Kill(entireProcessTree: true);
        }

        Assert.True(exited, "crashloop kept running 15 s after Ctrl+C");
        Assert.True(signalled.Elapsed < TimeSpan.FromSeconds(10), $"crashloop took {signalled.Elapsed} to stop");
        Assert.Equal(2, process.ExitCode);
        Assert.Equal("crashloop: cancelled", (await stderr).Trim());
        Assert.Empty(await stdout);
    }
}
