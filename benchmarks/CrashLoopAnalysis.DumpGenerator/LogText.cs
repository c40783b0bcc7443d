using System.Globalization;
using System.Text;

namespace CrashLoopAnalysis.DumpGenerator;

/// <summary>
/// Log lines in the shapes real services print (nginx access logs, Go klog/logrus, JSON structured logs, a
/// Node.js ECONNREFUSED crash as printed by node 18); the wording of the crash follows real captures in the
/// test fixtures (logs/071, logs/038).
/// </summary>
internal static class LogText
{
    private static readonly string[] Paths = ["/api/v1/orders", "/api/v1/cart", "/healthz", "/metrics", "/api/v1/users/me", "/static/app.js"];
    private static readonly string[] Agents = ["kube-probe/1.27", "Mozilla/5.0 (X11; Linux x86_64)", "Prometheus/2.45.0", "curl/8.1.2"];

    public static void Healthy(StringBuilder text, Random random, int bytes, DateTime start, string app)
    {
        var time = start;
        var style = random.Next(3);
        while (text.Length < bytes)
        {
            time = time.AddMilliseconds(random.Next(20, 900));
            var path = Paths[random.Next(Paths.Length)];
            var status = random.Next(50) == 0 ? 404 : 200;
            switch (style)
            {
                case 0:
                    text.Append(CultureInfo.InvariantCulture, $"10.244.{random.Next(8)}.{random.Next(2, 250)} - - [{time:dd/MMM/yyyy:HH:mm:ss} +0000] \"GET {path} HTTP/1.1\" {status} {random.Next(40, 9000)} \"-\" \"{Agents[random.Next(Agents.Length)]}\"\n");
                    break;
                case 1:
                    text.Append(CultureInfo.InvariantCulture, $"I{time:MMdd HH:mm:ss.ffffff}       1 handler.go:{random.Next(40, 400)}] \"served request\" app=\"{app}\" path=\"{path}\" status={status} latency=\"{random.Next(1, 90)}ms\"\n");
                    break;
                default:
                    text.Append(CultureInfo.InvariantCulture, $"{{\"level\":\"info\",\"ts\":\"{time:yyyy-MM-ddTHH:mm:ss.fffZ}\",\"logger\":\"{app}\",\"msg\":\"request completed\",\"method\":\"GET\",\"path\":\"{path}\",\"status\":{status},\"duration_ms\":{random.Next(1, 90)}}}\n");
                    break;
            }
        }
    }

    public static void Startup(StringBuilder text, DateTime time, string app) =>
        text.Append(CultureInfo.InvariantCulture, $"> {app}@1.4.2 start\n> node dist/main.js\n\n{time:yyyy-MM-ddTHH:mm:ss.fffZ} info: starting {app} in production mode\n{time:yyyy-MM-ddTHH:mm:ss.fffZ} info: connecting to the database\n");

    public static void ConnectionRefused(StringBuilder text, string ip, int port) =>
        text.Append(CultureInfo.InvariantCulture, $$"""
            node:internal/process/promises:288
                        triggerUncaughtException(err, true /* fromPromise */);
                        ^

            Error: connect ECONNREFUSED {{ip}}:{{port}}
                at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1494:16) {
              errno: -111,
              code: 'ECONNREFUSED',
              syscall: 'connect',
              address: '{{ip}}',
              port: {{port}}
            }

            Node.js v18.17.1

            """);
}
