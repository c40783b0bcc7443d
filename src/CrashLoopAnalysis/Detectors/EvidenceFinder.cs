using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Detectors;

/// <summary>
/// Finds the captured line behind a field; objects passed in memory have none, so the fact itself is cited.
/// </summary>
internal static class EvidenceFinder
{
    public static EvidenceLine For(PodCase podCase, string path, string fallbackText) =>
        podCase.Provenance.Find(path) ?? new EvidenceLine(podCase.Source ?? "objects", 0, fallbackText);

    /// <summary>The line if the input showed the field, otherwise nothing.</summary>
    public static IEnumerable<EvidenceLine> IfShown(PodCase podCase, string path)
    {
        if (podCase.Provenance.Find(path) is { } line)
        {
            yield return line;
        }
    }
}
