using System.Collections.Immutable;
using CrashLoopAnalysis;
using CrashLoopAnalysis.Detectors;

namespace CustomDetector;

/// <summary>A team rule: every container of ours must set APP_ENV, or our services refuse to start.</summary>
internal sealed class RequiredEnvironmentDetector : IPodDetector
{
    // IDs live in their category's range (configuration: CLA1100-CLA1199); pick one the built-ins do not use.
    public static readonly FindingDescriptor MissingAppEnv = FindingDescriptor.Create(
        "CLA1199", "The container does not set APP_ENV", FailureCategory.Configuration, Severity.Error,
        "Our services read APP_ENV at start-up and exit without it.",
        ["kubectl set env pod/<pod> --list"],
        ["Add APP_ENV to the Deployment's env."]);

    public string Name => "required-app-env";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [MissingAppEnv];

    public void Analyze(PodContext context)
    {
        foreach (var container in context.Case.Pod?.Spec?.Containers ?? [])
        {
            if (container.Env?.Any(e => e.Name == "APP_ENV") != true)
            {
                context.Report(new Finding(MissingAppEnv, $"{container.Name} does not set APP_ENV.") { Container = container.Name, Confidence = 0.9 });
            }
        }
    }
}
