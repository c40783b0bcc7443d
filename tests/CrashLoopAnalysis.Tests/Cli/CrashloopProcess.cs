using System.Diagnostics;

namespace CrashLoopAnalysis.Tests.Cli;

/// <summary>Runs the built <c>crashloop</c> as a separate process, as a user would.</summary>
internal static class CrashloopProcess
{
    public static (int ExitCode, string Stdout, string Stderr) Run(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "crashloop.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("crashloop did not finish in 2 minutes");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
