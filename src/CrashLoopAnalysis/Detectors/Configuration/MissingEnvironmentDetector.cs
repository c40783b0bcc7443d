using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Configuration.ConfigurationDescriptors;

namespace CrashLoopAnalysis.Detectors.Configuration;

/// <summary>
/// The log names an environment variable the application needs; the container's env list says whether it is
/// absent, empty, or set from a Secret/ConfigMap.
/// </summary>
internal sealed class MissingEnvironmentDetector : IPodDetector
{
    public string Name => "missing-environment";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.MissingEnvironmentVariable];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var subject in LogSubject.Of(podCase))
        {
            if (subject.Find(LogSignalKind.MissingEnvironmentVariable) is not { } signal)
            {
                continue;
            }

            var variable = signal.Fact(LogFacts.EnvironmentVariable);
            var name = subject.Name ?? "The container";
            var lines = new List<EvidenceLine?> { signal.Line };
            var spec = subject.Facts?.Spec;
            string state;
            var confidence = subject.IsDecisive(signal) ? 0.85 : 0.8;
            if (spec is null || variable is null)
            {
                state = variable is null ? "a required environment variable is not set" : $"it needs {variable}, which is not set";
            }
            else if (spec.Env?.FirstOrDefault(e => e.Name == variable) is { } env)
            {
                lines.Add(podCase.Provenance.Find($"{subject.Facts!.SpecPath}.env[{variable}].value") ?? podCase.Provenance.Find($"{subject.Facts.SpecPath}.env[{variable}].name"));
                state = env.ValueFrom is not null ? $"{variable} is set from {(env.ValueFrom.SecretKeyRef is { } s ? $"Secret {s.Name}" : env.ValueFrom.ConfigMapKeyRef is { } m ? $"ConfigMap {m.Name}" : "a reference")}, whose value the application rejects as missing"
                    : string.IsNullOrEmpty(env.Value) ? $"{variable} is in the container's env but empty" : $"the application reports {variable} missing although the env list sets it";
                confidence -= 0.05;
            }
            else
            {
                var others = spec.Env is { Count: > 0 } list ? $" (the container's env has {string.Join(", ", list.Take(6).Select(e => e.Name))}{(list.Count > 6 ? ", ..." : string.Empty)})" : " (the container has no env list)";
                state = $"{variable} is not in the container's env{(spec.EnvFrom is { Count: > 0 } ? " and not visibly supplied by its envFrom sources" : string.Empty)}{others}";
                confidence += 0.05;
            }

            if (subject.Facts is { } facts)
            {
                lines.AddRange(TerminationEvidence.Lines(podCase, facts));
            }

            context.Report(D.MissingEnvironmentVariable, subject.Name, $"{name} stops at start-up: {state}.", confidence, lines, $"missing env {variable ?? signal.Line.Text}", $"kubectl set env pod/{podCase.Key.Name ?? "<pod>"}{KubectlSteps.Namespace(podCase.Key)} --list");
        }
    }
}
