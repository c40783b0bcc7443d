using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace DescribeRecorder;

/// <summary>The outcome of one kubectl run: stdout byte for byte, stderr as text.</summary>
internal sealed record KubectlResult(int ExitCode, byte[] Stdout, string Stderr, DateTimeOffset StartedAt, DateTimeOffset FinishedAt);

/// <summary>Runs the real kubectl with a controlled environment: a private HOME (its discovery cache lives
/// there), no inherited KUBE* variables, and the time zone the capture asks for.</summary>
internal sealed class Kubectl
{
    private readonly string _exe;
    private readonly string _home;

    public Kubectl(string exe, string home)
    {
        _exe = exe;
        _home = home;
    }

    public KubectlResult Run(IReadOnlyList<string> args, string timeZone, TimeSpan timeout)
    {
        var psi = new ProcessStartInfo(_exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        foreach (var key in psi.Environment.Keys.ToList())
        {
            if (key.StartsWith("KUBE", StringComparison.Ordinal) || key is "HTTP_PROXY" or "HTTPS_PROXY" or "http_proxy" or "https_proxy" or "NO_PROXY" or "no_proxy")
            {
                psi.Environment.Remove(key);
            }
        }

        psi.Environment["HOME"] = _home;
        psi.Environment["TZ"] = timeZone;
        psi.Environment["LANG"] = "C.UTF-8";

        var started = DateTimeOffset.UtcNow;
        using var p = Process.Start(psi) ?? throw new InvalidOperationException("could not start " + _exe);
        p.StandardInput.Close();
        using var stdout = new MemoryStream();
        var copyOut = p.StandardOutput.BaseStream.CopyToAsync(stdout);
        var readErr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(timeout))
        {
            p.Kill(entireProcessTree: true);
            throw new TimeoutException("kubectl did not finish within " + timeout.TotalSeconds + "s: " + string.Join(' ', args));
        }

        copyOut.Wait();
        string stderr = readErr.Result;
        var finished = DateTimeOffset.UtcNow;
        return new KubectlResult(p.ExitCode, stdout.ToArray(), stderr, started, finished);
    }

    /// <summary>kubectl's own client version (gitVersion), asking no server.</summary>
    public string ClientVersion()
    {
        var r = Run(["version", "--client", "-o", "json"], "UTC", TimeSpan.FromSeconds(30));
        if (r.ExitCode != 0)
        {
            throw new InvalidOperationException("kubectl version failed: " + r.Stderr);
        }

        var node = JsonNode.Parse(Encoding.UTF8.GetString(r.Stdout));
        return node?["clientVersion"]?["gitVersion"]?.GetValue<string>() ?? "unknown";
    }
}
