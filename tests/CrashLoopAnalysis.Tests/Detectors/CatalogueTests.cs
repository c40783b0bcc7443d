using CrashLoopAnalysis.Detectors;

namespace CrashLoopAnalysis.Tests.Detectors;

/// <summary>
/// The finding catalogue: every ID unique and in its category's range, every category covered, and every ID
/// documented in docs/findings by its rendered help (CRASHLOOP_UPDATE_DOCS=1 rewrites the pages).
/// </summary>
public sealed class CatalogueTests
{
    private static readonly IReadOnlyList<FindingDescriptor> Descriptors = DiagnosisEngine.Default.Descriptors;

    [Fact]
    public void Every_id_is_unique_and_in_its_categorys_range()
    {
        Assert.Equal(Descriptors.Count, Descriptors.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(Descriptors, d =>
        {
            var number = int.Parse(d.Id.AsSpan(3), System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(number, d.Category.FirstId(), d.Category.FirstId() + 99);
        });
    }

    [Fact]
    public void Every_category_has_at_least_one_cause()
    {
        foreach (var category in Enum.GetValues<FailureCategory>())
        {
            Assert.Contains(Descriptors, d => d.Category == category && d.Role == FindingRole.Cause);
        }
    }

    [Fact]
    public void Every_detector_has_a_unique_kebab_case_name()
    {
        var names = DiagnosisEngine.Default.Detectors.Select(d => d.Name).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+(-[a-z]+)*$", n));
    }

    [Fact]
    public void Every_id_has_its_page_in_docs_findings_equal_to_its_rendered_help()
    {
        var folder = Path.Combine(Fixture.RepositoryRoot, "docs", "findings");
        var update = Environment.GetEnvironmentVariable("CRASHLOOP_UPDATE_DOCS") == "1";
        if (update)
        {
            Directory.CreateDirectory(folder);
        }

        foreach (var descriptor in Descriptors)
        {
            var path = Path.Combine(Fixture.RepositoryRoot, descriptor.HelpPath);
            var page = FindingHelp.ToMarkdown(descriptor);
            if (update)
            {
                File.WriteAllText(path, page);
            }

            Assert.True(File.Exists(path), $"{descriptor.HelpPath} is missing; run the tests with CRASHLOOP_UPDATE_DOCS=1.");
            Assert.Equal(page, File.ReadAllText(path).ReplaceLineEndings("\n"));
        }

        var documented = Directory.EnumerateFiles(folder, "CLA*.md").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(Descriptors.Select(d => d.Id).Order(StringComparer.Ordinal), documented);
    }

    [Fact]
    public void Every_page_names_what_it_means_how_to_confirm_and_how_to_fix()
    {
        Assert.All(Descriptors, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Description));
            Assert.NotEmpty(d.HowToConfirm);
            Assert.NotEmpty(d.Remediation);
        });
    }
}
