using System.Text;

namespace CrashLoopAnalysis.Detectors;

/// <summary>
/// Renders a finding's help page from its descriptor: the one source of both <c>crashloop explain</c> and
/// the pages in docs/findings.
/// </summary>
public static class FindingHelp
{
    /// <summary>Renders the help page of a finding kind as Markdown.</summary>
    /// <param name="descriptor">The finding kind.</param>
    /// <returns>The page: title, category and severity, what it means, how to confirm, how to fix.</returns>
    public static string ToMarkdown(FindingDescriptor descriptor)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        var text = new StringBuilder();
        text.Append("# ").Append(descriptor.Id).Append(": ").Append(descriptor.Title).Append("\n\n");
        text.Append("Category: `").Append(descriptor.Category.ToReportName()).Append("` · default severity: `")
            .Append(descriptor.DefaultSeverity.ToString().ToLowerInvariant()).Append("` · ")
            .Append(descriptor.Role == FindingRole.Symptom ? "a symptom, ranked under its cause" : "a root cause").Append("\n\n");
        text.Append("## What it means\n\n").Append(descriptor.Description).Append("\n\n");
        text.Append("## How to confirm\n\n");
        foreach (var step in descriptor.HowToConfirm)
        {
            text.Append("- ").Append(step).Append('\n');
        }

        text.Append("\n## How to fix\n\n");
        foreach (var step in descriptor.Remediation)
        {
            text.Append("- ").Append(step).Append('\n');
        }

        return text.ToString();
    }
}
