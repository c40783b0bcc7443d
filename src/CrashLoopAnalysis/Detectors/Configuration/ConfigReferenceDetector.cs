using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Configuration.ConfigurationDescriptors;

namespace CrashLoopAnalysis.Detectors.Configuration;

/// <summary>
/// CreateContainerConfigError and mount failures that name a missing Secret, ConfigMap or key, tied back to
/// the place in the pod spec that refers to it.
/// </summary>
internal sealed class ConfigReferenceDetector : IPodDetector
{
    public string Name => "config-reference";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.MissingSecret, D.MissingConfigMap, D.MissingKey, D.ConfigError];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (c.WaitingReason == "CreateContainerConfigError" && TerminationEvidence.Waiting(podCase, c) is { } w)
            {
                var reason = EvidenceFinder.For(podCase, $"{c.StatusPath}.state.waiting.reason", "Reason: CreateContainerConfigError");
                var related = podCase.Events.Where(e => PodEvents.IsAbout(podCase, e, c.Name) && Reference.Parse(e.Message) is not null).Select(e => e.Line);
                Report(context, c.Name, Reference.Parse(w.Message), [reason, w.Line, .. related], reported);
            }
        }

        // Once every container has run, the pod's volumes were mounted: older mount failures were passing.
        var allRan = ContainerFacts.Of(podCase).All(c => c.HasRun) && ContainerFacts.Of(podCase).Any();
        foreach (var e in podCase.Events)
        {
            if (allRan && e.Reason != "Failed")
            {
                continue;
            }

            if (e.Reason is "Failed" or "FailedMount" or "FailedSync" or "FailedCreatePodContainer" && Reference.Parse(e.Message) is { } reference)
            {
                var container = e.Reason == "Failed" ? PodEvents.ContainerOf(podCase, e) : null;
                var same = podCase.Events.Where(o => o.Reason is "Failed" or "FailedMount" or "FailedSync" or "FailedCreatePodContainer" && Reference.Parse(o.Message) == reference).Select(o => o.Line);
                Report(context, container, reference, [.. same], reported, mount: e.Reason != "Failed");
            }
        }

        if (reported.Count == 0)
        {
            Unexplained(context);
        }
    }

    /// <summary>CreateContainerConfigError whose message and events do not say what is missing: the reason alone is the evidence.</summary>
    private static void Unexplained(PodContext context)
    {
        var podCase = context.Case;
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (c.WaitingReason == "CreateContainerConfigError")
            {
                var reason = EvidenceFinder.For(podCase, $"{c.StatusPath}.state.waiting.reason", "Reason: CreateContainerConfigError");
                context.Report(D.ConfigError, c.Name.Length > 0 ? c.Name : null, $"{c.Display} cannot be created (CreateContainerConfigError): a Secret, ConfigMap or key its spec refers to is most likely missing; the capture does not say which.", 0.7, [reason], $"config error: {c.Display}");
            }
        }
    }

    private static void Report(PodContext context, string? container, Reference? reference, List<EvidenceLine?> lines, HashSet<string> reported, bool mount = false)
    {
        if (reference is null || !reported.Add(reference.ToString()))
        {
            return;
        }

        var podCase = context.Case;
        lines.AddRange(SpecReferences.Lines(podCase, reference));
        var kind = reference.Kind;
        var step = $"kubectl get {kind.ToLowerInvariant()} {reference.Name}{KubectlSteps.Namespace(podCase.Key)}";
        if (reference.Key is { } key)
        {
            context.Report(D.MissingKey, container, $"{container ?? "The pod"} cannot be created: the {kind} {reference.Name} has no key {key}.", 0.95, lines, $"missing key {key} in {kind} {reference.Name}", step + " -o yaml");
            return;
        }

        var descriptor = kind == "Secret" ? D.MissingSecret : D.MissingConfigMap;
        var where = mount ? "The pod's volumes cannot be mounted" : container is null ? "A container cannot be created" : $"{container} cannot be created";
        context.Report(descriptor, container, $"{where}: the {kind} {reference.Name} does not exist{(podCase.Key.Namespace is null ? string.Empty : $" in namespace {podCase.Key.Namespace}")}.", 0.95, lines, $"missing {kind} {reference.Name}", step);
    }
}
