using System.Globalization;
using k8s.Models;

namespace CrashLoopAnalysis.Readers.Describe;

/// <summary>Reads <c>Port:</c>/<c>Ports:</c> (<c>8080/TCP, 9090/UDP</c> or <c>&lt;none&gt;</c>) and the host ports beside them.</summary>
internal static class PortText
{
    public static List<V1ContainerPort>? ReadPorts(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || text.SequenceEqual("<none>"))
        {
            return null;
        }

        var ports = new List<V1ContainerPort>();
        foreach (var part in new SpanParts(text, ','))
        {
            var (port, protocol) = Split(part);
            ports.Add(new V1ContainerPort { ContainerPort = port ?? 0, Protocol = protocol });
        }

        return ports;
    }

    public static void ReadHostPorts(ReadOnlySpan<char> text, List<V1ContainerPort>? ports)
    {
        if (ports is null || text.IsEmpty || text.SequenceEqual("<none>"))
        {
            return;
        }

        var index = 0;
        foreach (var part in new SpanParts(text, ','))
        {
            var (port, _) = Split(part);
            if (index < ports.Count && port is > 0)
            {
                ports[index].HostPort = port;
            }

            index++;
        }
    }

    private static (int? Port, string? Protocol) Split(ReadOnlySpan<char> part)
    {
        part = part.Trim();
        var slash = part.IndexOf('/');
        var number = slash < 0 ? part : part[..slash];
        var protocol = slash < 0 ? null : part[(slash + 1)..].ToString();
        return (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null, string.IsNullOrEmpty(protocol) ? null : protocol);
    }
}
