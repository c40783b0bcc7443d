using CrashLoopAnalysis.Model;
using k8s.Models;

namespace CrashLoopAnalysis.Readers;

/// <summary>A pod as read from an input, with where its fields came from.</summary>
internal sealed record PodRecord(V1Pod Pod, FieldProvenance Provenance, string Source);

/// <summary>A log as read from an input, with the pod and container it belongs to when the layout says.</summary>
internal sealed record LogRecord(PodKey? Pod, string? Container, bool Previous, LogDigest Digest);

/// <summary>What reading one input produced. Results are merged in input order, so the outcome is deterministic.</summary>
internal sealed class ReadResult
{
    public ReadResult(string source) => Source = source;

    public string Source { get; }

    /// <summary>What the input was recognised as (<c>pods</c>, <c>events</c>, <c>describe</c>, <c>log</c>, ...).</summary>
    public string? Kind { get; set; }

    public List<PodRecord> Pods { get; } = [];

    public List<EventRecord> Events { get; } = [];

    public List<V1Node> Nodes { get; } = [];

    public List<V1PersistentVolumeClaim> Claims { get; } = [];

    public List<V1Service> Services { get; } = [];

    public List<LogRecord> Logs { get; } = [];

    public List<ParseWarning> Warnings { get; } = [];

    /// <summary>Adds what reading one part of the same input produced.</summary>
    public void Append(ReadResult part)
    {
        Pods.AddRange(part.Pods);
        Events.AddRange(part.Events);
        Nodes.AddRange(part.Nodes);
        Claims.AddRange(part.Claims);
        Services.AddRange(part.Services);
        Logs.AddRange(part.Logs);
        Warnings.AddRange(part.Warnings);
    }

    public void Warn(int line, string message) => Warnings.Add(new ParseWarning(Source, line, message));
}
