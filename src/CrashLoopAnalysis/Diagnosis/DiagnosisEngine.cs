using System.Collections.Immutable;
using CrashLoopAnalysis.Assembly;
using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers;
using CrashLoopAnalysis.Readers.Logs;
using CrashLoopAnalysis.Sources;
using k8s.Models;

namespace CrashLoopAnalysis;

/// <summary>
/// Reads captured data and diagnoses every pod in it. Immutable once built, and safe to use from many threads.
/// <see cref="Default"/> has every built-in detector; build your own with <see cref="CreateBuilder"/>.
/// </summary>
public sealed class DiagnosisEngine
{
    private readonly ImmutableArray<IPodDetector> _detectors;

    internal DiagnosisEngine(ImmutableArray<IPodDetector> detectors, DiagnosisOptions options)
    {
        _detectors = detectors;
        Options = options;
        Descriptors = [.. detectors.SelectMany(d => d.Descriptors).OrderBy(d => d.Id, StringComparer.Ordinal)];
    }

    /// <summary>An engine with every built-in detector and default options.</summary>
    public static DiagnosisEngine Default { get; } = CreateBuilder().UseBuiltInDetectors().Build();

    /// <summary>The options in force.</summary>
    public DiagnosisOptions Options { get; }

    /// <summary>Every finding kind the registered detectors may report, by ID.</summary>
    public ImmutableArray<FindingDescriptor> Descriptors { get; }

    /// <summary>The registered detectors, in registration order.</summary>
    public ImmutableArray<IPodDetector> Detectors => _detectors;

    /// <summary>Starts building an engine.</summary>
    /// <returns>A builder with no detectors.</returns>
    public static DiagnosisEngineBuilder CreateBuilder() => new();

    /// <summary>Reads files, folders or archives and diagnoses every pod in them.</summary>
    /// <param name="paths">Paths to captures (describe text, JSON/YAML, logs), folders or archives.</param>
    /// <returns>The diagnosis.</returns>
    public Diagnosis Diagnose(params string[] paths) => Diagnose(DumpSource.FromPaths(paths));

    /// <summary>Reads one stream and diagnoses every pod in it.</summary>
    /// <param name="stream">The capture; read once, not disposed.</param>
    /// <param name="name">The name to cite in evidence.</param>
    /// <returns>The diagnosis.</returns>
    public Diagnosis Diagnose(Stream stream, string name) => Diagnose(DumpSource.FromStream(stream, name));

    /// <summary>Diagnoses pods a tool already holds (for example from a live cluster).</summary>
    /// <param name="pods">The pods.</param>
    /// <param name="events">Their events, if any.</param>
    /// <returns>The diagnosis.</returns>
    public Diagnosis Diagnose(IEnumerable<V1Pod> pods, IEnumerable<Corev1Event>? events = null) =>
        Diagnose(DumpSource.FromObjects(pods, events));

    /// <summary>Reads a source and diagnoses every pod in it.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The diagnosis.</returns>
    public Diagnosis Diagnose(DumpSource source, CancellationToken cancellationToken = default) =>
        Diagnose(source, null, cancellationToken);

    /// <summary>Reads a source and diagnoses every pod in it, reporting progress as it goes.</summary>
    /// <param name="source">The source.</param>
    /// <param name="progress">Told how far reading and diagnosis have come; may be null.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The diagnosis.</returns>
    public Diagnosis Diagnose(DumpSource source, IProgress<DiagnosisProgress>? progress, CancellationToken cancellationToken = default)
    {
        var tracker = progress is null ? null : new ProgressTracker(progress, source);
        return Diagnose(Read(source, tracker, cancellationToken), tracker, cancellationToken);
    }

    /// <summary>Reads a source into the typed model without diagnosing it.</summary>
    /// <param name="source">The source.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>Everything read, per pod, with warnings.</returns>
    public Dump Read(DumpSource source, CancellationToken cancellationToken = default) => Read(source, null, cancellationToken);

    /// <summary>Diagnoses what was read.</summary>
    /// <param name="dump">Everything read, per pod.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The diagnosis.</returns>
    public Diagnosis Diagnose(Dump dump, CancellationToken cancellationToken = default) => Diagnose(dump, null, cancellationToken);

    private Dump Read(DumpSource source, ProgressTracker? tracker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        var reader = new InputReader(new LogScanner(Options.Masker), Options.MaxDocumentBytes);
        var results = new List<ReadResult>();
        var warnings = new List<ParseWarning>();
        var inputs = new List<InputSummary>();
        for (var i = 0; i < source.Inputs.Length; i++)
        {
            var input = source.Inputs[i];
            var layout = new LayoutRecognizer();
            var index = i;
            var read = new ParallelEntryReader(reader, Options, tracker is null ? null : bytes => tracker.EntryRead(index, bytes))
                .Read(input, warnings, layout, cancellationToken);
            results.AddRange(read);
            var pods = read.Sum(r => r.Pods.Count);
            var kind = input.Kind is null
                ? layout.Kind ?? (read.Count == 1 ? read[0].Kind : null) ?? "folder"
                : layout.Kind ?? input.Kind;
            inputs.Add(new InputSummary(input.Path, kind, pods));
        }

        if (!source.Pods.IsEmpty || !source.Events.IsEmpty)
        {
            results.Add(ObjectReader.Read(source.Pods, source.Events));
            inputs.Add(new InputSummary("objects", "objects", source.Pods.Length));
        }

        return CaseAssembler.Assemble(results, inputs, warnings);
    }

    private Diagnosis Diagnose(Dump dump, ProgressTracker? tracker, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dump);
        var perPod = new PodDiagnosis[dump.Pods.Length];
        var problems = new List<ParseWarning>[dump.Pods.Length];
        tracker?.PodsFound(dump.Pods.Length);
        var index = new DumpIndex(dump);
        Parallel.For(0, dump.Pods.Length, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Options.MaxDegreeOfParallelism), CancellationToken = cancellationToken }, i =>
        {
            problems[i] = [];
            perPod[i] = PodAnalysis.Run(dump.Pods[i], dump, index, _detectors, Options, problems[i], cancellationToken);
            tracker?.PodDiagnosed();
        });

        tracker?.Done();
        var pods = perPod.Where(p => !p.Findings.IsEmpty).ToImmutableArray();
        return new Diagnosis
        {
            Inputs = dump.Inputs,
            Pods = pods,
            Groups = FindingGrouper.Group(pods, dump),
            Warnings = [.. dump.Warnings.Select(w => w with { Message = Options.Masker.Apply(w.Message) }), .. problems.SelectMany(p => p)],
        };
    }
}
