using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>Runs every detector on one pod, checks and masks what they report, and ranks it.</summary>
internal static class PodAnalysis
{
    public static PodDiagnosis Run(PodCase podCase, Dump dump, DumpIndex index, ImmutableArray<IPodDetector> detectors, DiagnosisOptions options, List<ParseWarning> problems, CancellationToken cancellationToken)
    {
        var findings = new List<Finding>();
        var troubled = PodTrouble.Shown(podCase);
        foreach (var detector in detectors)
        {
            if (options.Disabled.Contains(detector.Name) || (!troubled && PodTrouble.OnlyWatchesTroubledPods(detector)))
            {
                continue;
            }

            var declared = detector.Descriptors;
            var context = new PodContext(podCase, dump, index, options, finding =>
            {
                if (!declared.Contains(finding.Descriptor))
                {
                    throw new InvalidOperationException($"Detector '{detector.Name}' reported {finding.Id}, which it did not declare.");
                }

                if (!options.Disabled.Contains(finding.Id))
                {
                    findings.Add(Finish(finding, options));
                }
            }, cancellationToken);

            try
            {
                detector.Analyze(context);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                throw;
            }
#pragma warning disable CA1031 // A failing detector must become a reported problem, never a failed diagnosis.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                problems.Add(new ParseWarning($"detector:{detector.Name}", 0, $"The detector failed on pod {podCase.Key}: {ex.GetType().Name}: {options.Masker.Apply(ex.Message)}"));
            }
        }

        var pod = podCase.Pod;
        return new PodDiagnosis
        {
            Key = podCase.Key,
            Phase = pod?.Status?.Phase,
            Status = pod is null ? null : PodStatusText.Of(pod),
            Restarts = Restarts(pod),
            Findings = FindingRanker.Rank(findings),
        };
    }

    /// <summary>All restarts of the pod's containers, added without overflow: captured counts can be anything.</summary>
    private static int Restarts(k8s.Models.V1Pod? pod)
    {
        long total = 0;
        foreach (var status in (pod?.Status?.ContainerStatuses ?? []).Concat(pod?.Status?.InitContainerStatuses ?? []))
        {
            total += status is null ? 0 : Math.Max(0, status.RestartCount);
        }

        return (int)Math.Min(int.MaxValue, total);
    }

    private static Finding Finish(Finding finding, DiagnosisOptions options)
    {
        var masker = options.Masker;
        return finding with
        {
            Severity = options.SeverityOverrides.TryGetValue(finding.Id, out var severity) ? severity : finding.Severity,
            Confidence = Math.Clamp(double.IsNaN(finding.Confidence) ? 0 : finding.Confidence, 0, 1),
            Message = masker.Apply(finding.Message),
            Evidence = [.. finding.Evidence.Select(e => e with { Text = masker.Apply(e.Text) })],
            Remediation = finding.Remediation.IsDefaultOrEmpty ? finding.Descriptor.Remediation : finding.Remediation,
            NextSteps = finding.NextSteps.IsDefault ? [] : finding.NextSteps,
        };
    }
}
