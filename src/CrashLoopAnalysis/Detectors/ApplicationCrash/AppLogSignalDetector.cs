using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.ApplicationCrash.ApplicationCrashDescriptors;

namespace CrashLoopAnalysis.Detectors.ApplicationCrash;

/// <summary>Application faults the log names precisely: a port already in use, a module that cannot be imported.</summary>
internal sealed class AppLogSignalDetector : IPodDetector
{
    public string Name => "application-log";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.AddressInUse, D.MissingModule];

    public void Analyze(PodContext context)
    {
        foreach (var subject in LogSubject.Of(context.Case))
        {
            var name = subject.Name ?? "The container";
            var evidence = new List<EvidenceLine?>();
            if (subject.Facts is { } facts)
            {
                evidence.AddRange(TerminationEvidence.Lines(context.Case, facts));
            }

            if (subject.Find(LogSignalKind.AddressInUse) is { } inUse)
            {
                var port = inUse.Fact(LogFacts.Port);
                var hostNetwork = context.Case.Pod?.Spec?.HostNetwork == true;
                evidence.Insert(0, inUse.Line);
                if (hostNetwork)
                {
                    evidence.Add(context.Case.Provenance.Find("spec.hostNetwork"));
                }

                context.Report(D.AddressInUse, subject.Name, $"{name} cannot listen{(port is null ? string.Empty : $" on port {port}")}: the address is already in use{(hostNetwork ? "; the pod uses hostNetwork, so the node's own listeners count" : string.Empty)}.", subject.IsDecisive(inUse) ? 0.8 : 0.7, evidence, $"address in use: {port ?? inUse.Line.Text}");
                continue;
            }

            if (subject.Find(LogSignalKind.MissingModule) is { } module && !IsPath(module.Fact(LogFacts.Module)))
            {
                var which = module.Fact(LogFacts.Module);
                evidence.Insert(0, module.Line);
                context.Report(D.MissingModule, subject.Name, $"{name} cannot import {(which is null ? "a module" : $"the module `{which}`")}: {module.Line.Text}", subject.IsDecisive(module) ? 0.75 : 0.65, evidence, $"missing module: {which ?? module.Line.Text}");
            }
        }
    }

    private static bool IsPath(string? module) => module is not null && (module.StartsWith('/') || module.StartsWith("./", StringComparison.Ordinal));
}
