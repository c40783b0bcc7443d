using System.Collections.Immutable;
using System.Globalization;

namespace CrashLoopAnalysis.Detectors;

/// <summary>
/// Describes one kind of finding, once: its stable ID, title, category, default severity and the help that
/// goes with it. Each <see cref="Finding"/> cites its descriptor. Create descriptors with <see cref="Create"/>.
/// </summary>
public sealed class FindingDescriptor
{
    private FindingDescriptor(string id, string title, FailureCategory category, Severity defaultSeverity, FindingRole role, string description, ImmutableArray<string> confirm, ImmutableArray<string> remediation)
    {
        Id = id;
        Title = title;
        Category = category;
        DefaultSeverity = defaultSeverity;
        Role = role;
        Description = description;
        HowToConfirm = confirm;
        Remediation = remediation;
    }

    /// <summary>The stable ID, <c>CLA</c> and four digits in the category's range (see <see cref="FailureCategoryExtensions.FirstId"/>).</summary>
    public string Id { get; }

    /// <summary>A one-line title, e.g. "Container is killed for exceeding its memory limit".</summary>
    public string Title { get; }

    /// <summary>The kind of root cause.</summary>
    public FailureCategory Category { get; }

    /// <summary>The severity findings get unless options override it.</summary>
    public Severity DefaultSeverity { get; }

    /// <summary>Whether findings of this kind name a cause or a symptom.</summary>
    public FindingRole Role { get; }

    /// <summary>What the finding means and why it happens (Markdown).</summary>
    public string Description { get; }

    /// <summary>How to confirm the cause on a live cluster.</summary>
    public ImmutableArray<string> HowToConfirm { get; }

    /// <summary>How to fix it.</summary>
    public ImmutableArray<string> Remediation { get; }

    /// <summary>The path of the finding's page in the repository's documentation.</summary>
    public string HelpPath => $"docs/findings/{Id}.md";

    /// <summary>Creates a descriptor, checking that its ID lies in its category's range.</summary>
    /// <param name="id">The ID, e.g. <c>CLA1201</c>.</param>
    /// <param name="title">A one-line title.</param>
    /// <param name="category">The category; the ID must lie in its range.</param>
    /// <param name="defaultSeverity">The default severity.</param>
    /// <param name="description">What it means and why it happens.</param>
    /// <param name="howToConfirm">How to confirm it.</param>
    /// <param name="remediation">How to fix it.</param>
    /// <param name="role">Cause or symptom.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentException">The ID is malformed or outside the category's range.</exception>
    public static FindingDescriptor Create(
        string id,
        string title,
        FailureCategory category,
        Severity defaultSeverity,
        string description,
        IEnumerable<string> howToConfirm,
        IEnumerable<string> remediation,
        FindingRole role = FindingRole.Cause)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(howToConfirm);
        ArgumentNullException.ThrowIfNull(remediation);
        if (id.Length != 7 || !id.StartsWith("CLA", StringComparison.Ordinal)
            || !int.TryParse(id.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
        {
            throw new ArgumentException($"A finding ID is 'CLA' and four digits; '{id}' is not.", nameof(id));
        }

        var first = category.FirstId();
        if (number < first || number >= first + 100)
        {
            throw new ArgumentException($"{id} is outside the {category.ToReportName()} range CLA{first}-CLA{first + 99}.", nameof(id));
        }

        return new FindingDescriptor(id, title, category, defaultSeverity, role, description, [.. howToConfirm], [.. remediation]);
    }
}
