using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.Net;
using System.Net.Sockets;
using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Tests.Robustness;

/// <summary>
/// The library works offline: reading and diagnosing every fixture makes no socket connect and no DNS lookup,
/// as seen by the runtime's own networking telemetry (which the test first proves it can see).
/// </summary>
[Collection(SerialMeasurements.Name)]
public sealed class OfflineTests
{
    [Fact]
    public void Diagnosing_every_fixture_opens_no_connection_and_resolves_no_name()
    {
        using var listener = new NetworkListener();

        ConnectToLoopback();
        Assert.True(listener.WaitFor("ConnectStart"), "the listener must see a connect, or the test proves nothing");
        listener.Clear();

        var diagnosis = DiagnosisEngine.Default.Diagnose(DumpSource.FromPaths(Fixture.Root));
        foreach (var format in new[] { ReportFormat.Json, ReportFormat.Markdown, ReportFormat.Text })
        {
            _ = DiagnosisReport.ToString(diagnosis, format);
        }

        Assert.NotEmpty(diagnosis.Pods);
        Assert.Empty(listener.Events);
    }

    private static void ConnectToLoopback()
    {
        using var server = new TcpListener(IPAddress.Loopback, 0);
        server.Start();
        using var client = new TcpClient();
        client.Connect((IPEndPoint)server.LocalEndpoint);
    }

    /// <summary>Listens to the socket, DNS and HTTP event sources of System.Net.</summary>
    private sealed class NetworkListener : EventListener
    {
        private readonly ConcurrentQueue<string> _events = new();

        public IEnumerable<string> Events => _events;

        public void Clear() => _events.Clear();

        public bool WaitFor(string name)
        {
            for (var i = 0; i < 100 && !_events.Any(e => e.EndsWith(name, StringComparison.Ordinal)); i++)
            {
                Thread.Sleep(20);
            }

            return _events.Any(e => e.EndsWith(name, StringComparison.Ordinal));
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name is "System.Net.Sockets" or "System.Net.NameResolution" or "System.Net.Http")
            {
                EnableEvents(eventSource, EventLevel.Informational);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName is { } name && name.Contains("Start", StringComparison.Ordinal))
            {
                _events.Enqueue($"{eventData.EventSource.Name}/{name}");
            }
        }
    }
}
