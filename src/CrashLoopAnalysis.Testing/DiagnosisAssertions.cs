using System.Text;

namespace CrashLoopAnalysis.Testing;

/// <summary>
/// Assertions on a <see cref="Diagnosis"/> that read like the report: which finding, for which pod and container,
/// citing which line. They throw <see cref="FindingAssertionException"/>, so they work in any test framework.
/// </summary>
public static class DiagnosisAssertions
{
    /// <summary>Asserts that some pod has a finding with the ID, and returns it.</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <param name="id">The finding ID, e.g. <c>CLA1201</c>.</param>
    /// <param name="pod">The pod name (or <c>namespace/name</c>); any pod when null.</param>
    /// <param name="container">The container; any when null.</param>
    /// <returns>The first matching finding.</returns>
    public static Finding ShouldHaveFinding(this Diagnosis diagnosis, string id, string? pod = null, string? container = null)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(id);
        foreach (var p in diagnosis.Pods.Where(p => Matches(p, pod)))
        {
            foreach (var f in p.Findings)
            {
                if (string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase) && (container is null || f.Container == container))
                {
                    return f;
                }
            }
        }

        throw new FindingAssertionException($"Expected finding {id}{Where(pod, container)}, but the diagnosis holds:\n{Describe(diagnosis)}");
    }

    /// <summary>Asserts that the pod's most likely root cause has the ID, and returns it.</summary>
    /// <param name="diagnosis">The diagnosis.</param>
    /// <param name="pod">The pod name (or <c>namespace/name</c>).</param>
    /// <param name="id">The finding ID expected first.</param>
    /// <returns>The primary finding.</returns>
    public static Finding ShouldHavePrimaryCause(this Diagnosis diagnosis, string pod, string id)
    {
        ArgumentNullException.ThrowIfNull(diagnosis);
        ArgumentNullException.ThrowIfNull(pod);
        ArgumentNullException.ThrowIfNull(id);
        var match = diagnosis.Pods.FirstOrDefault(p => Matches(p, pod))
            ?? throw new FindingAssertionException($"Expected pod {pod} in the diagnosis, but it holds:\n{Describe(diagnosis)}");
        var primary = match.PrimaryCause;
        if (primary is null || !string.Equals(primary.Id, id, StringComparison.OrdinalIgnoreCase))
        {
            throw new FindingAssertionException($"Expected the primary cause of {pod} to be {id}, but it is {primary?.Id ?? "nothing"}:\n{Describe(diagnosis)}");
        }

        return primary;
    }

    /// <summary>Asserts that the finding cites a line containing <paramref name="text"/>, and returns the finding.</summary>
    /// <param name="finding">The finding.</param>
    /// <param name="text">Text the cited line must contain (ordinal).</param>
    /// <returns>The same finding, to chain assertions.</returns>
    public static Finding ShouldCite(this Finding finding, string text)
    {
        ArgumentNullException.ThrowIfNull(finding);
        ArgumentNullException.ThrowIfNull(text);
        if (!finding.Evidence.Any(e => e.Text.Contains(text, StringComparison.Ordinal)))
        {
            throw new FindingAssertionException($"Expected {finding.Id} to cite a line containing \"{text}\", but it cites:\n{string.Join('\n', finding.Evidence.Select(e => $"  {e}"))}");
        }

        return finding;
    }

    private static bool Matches(PodDiagnosis pod, string? wanted) =>
        wanted is null || pod.Key.Name == wanted || pod.Key.ToString() == wanted;

    private static string Where(string? pod, string? container) =>
        (pod is null ? string.Empty : $" on pod {pod}") + (container is null ? string.Empty : $" container {container}");

    private static string Describe(Diagnosis diagnosis)
    {
        if (diagnosis.Pods.IsEmpty)
        {
            return "  (no pod with findings)";
        }

        var text = new StringBuilder();
        foreach (var pod in diagnosis.Pods)
        {
            text.Append("  ").Append(pod.Key).Append(": ")
                .AppendJoin(", ", pod.Findings.Select(f => f.Container is null ? f.Id : $"{f.Id} ({f.Container})"))
                .Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
