using System.Globalization;
using System.Text;

namespace CrashLoopAnalysis.Benchmarks;

/// <summary>
/// Builds a large container log of the kinds of lines healthy services write (klog, zap JSON, Spring, logfmt,
/// nginx access, Celery), half of them with a must-gather time stamp, and a few error lines spread through it
/// ending in a Go panic.
/// </summary>
internal static class SyntheticLog
{
    private static readonly string[] Quiet =
    [
        "I0102 03:04:05.123456       1 controller.go:123] \"Reconciled object\" namespace=\"shop\" name=\"cart-{0}\" duration=\"12.3ms\"",
        "{{\"level\":\"info\",\"ts\":\"2024-01-02T03:04:05.123Z\",\"logger\":\"controllers.Cart\",\"msg\":\"Reconciling\",\"namespace\":\"shop\",\"name\":\"cart-{0}\",\"reconcileID\":\"5c1f0a3e-1b7a-4d0a-9a55-3f1f0d2e9b10\"}}",
        "2024-01-02T03:04:05.123Z  INFO 1 --- [nio-8080-exec-7] o.s.web.servlet.DispatcherServlet        : Completed initialization in {0} ms",
        "10.42.0.17 - - [02/Jan/2024:03:04:05 +0000] \"GET /api/v1/products?page={0} HTTP/1.1\" 200 5123 \"-\" \"Mozilla/5.0 (X11; Linux x86_64)\" \"-\"",
        "time=\"2024-01-02T03:04:05Z\" level=info msg=\"cache refreshed\" entries={0} took=84ms",
        "[2024-01-02 03:04:05,123: INFO/MainProcess] Task shop.tasks.sync_inventory[5c1f0a3e-{0}] succeeded in 0.042s: None",
    ];

    private static readonly string[] Errors =
    [
        "E0102 03:04:05.123456       1 reflector.go:138] failed to list *v1.Pod: Get \"https://10.96.0.1:443/api/v1/pods\": dial tcp 10.96.0.1:443: connect: connection refused",
        "{\"level\":\"error\",\"ts\":\"2024-01-02T03:04:05.123Z\",\"msg\":\"Reconciler error\",\"error\":\"dial tcp 10.0.0.5:5432: i/o timeout\"}",
    ];

    public static byte[] Build(long targetBytes, int errorLines)
    {
        var text = new StringBuilder((int)Math.Min(int.MaxValue - 1024, targetBytes + 4096));
        var every = Math.Max(1, (int)(targetBytes / 150 / Math.Max(1, errorLines)));
        for (var i = 0; text.Length < targetBytes; i++)
        {
            if (i % 2 == 0)
            {
                text.Append("2024-01-02T03:04:05.123456789Z ");
            }

            text.Append(i % every == every - 1 ? Errors[i % Errors.Length] : string.Format(CultureInfo.InvariantCulture, Quiet[i % Quiet.Length], i % 1000)).Append('\n');
        }

        text.Append("panic: runtime error: invalid memory address or nil pointer dereference\n")
            .Append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x1b5140d]\n\n")
            .Append("goroutine 1 [running]:\nmain.main()\n\t/src/main.go:42 +0x18d\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
