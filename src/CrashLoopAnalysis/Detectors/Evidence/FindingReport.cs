using System.Collections.Immutable;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors.Evidence;

/// <summary>Builds and reports a finding in one call, with the next kubectl steps every finding carries.</summary>
internal static class FindingReport
{
    /// <summary>Reports a finding about <paramref name="container"/>, citing <paramref name="evidence"/> (unshown lines dropped).</summary>
    public static void Report(
        this PodContext context,
        FindingDescriptor descriptor,
        string? container,
        string message,
        double confidence,
        IEnumerable<EvidenceLine?> evidence,
        string? signature,
        params string[] extraSteps)
    {
        var key = context.Case.Key;
        var steps = ImmutableArray.CreateBuilder<string>();
        steps.Add(KubectlSteps.Describe(key));
        if (descriptor.Category is not (FailureCategory.Scheduling or FailureCategory.ImagePull))
        {
            steps.Add(KubectlSteps.PreviousLogs(key, container));
        }

        steps.AddRange(extraSteps);
        steps.Add(KubectlSteps.Events(key));
        var lines = new List<EvidenceLine>();
        foreach (var line in evidence)
        {
            if (line is not null && !lines.Exists(l => l.Source == line.Source && l.Line == line.Line && l.Text == line.Text))
            {
                lines.Add(line);
            }
        }

        context.Report(new Finding(descriptor, message)
        {
            Container = string.IsNullOrEmpty(container) ? null : container,
            Confidence = confidence,
            Evidence = [.. lines],
            NextSteps = [.. steps.Distinct(StringComparer.Ordinal)],
            Signature = signature,
        });
    }
}
