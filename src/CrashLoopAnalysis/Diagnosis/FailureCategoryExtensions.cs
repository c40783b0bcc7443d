namespace CrashLoopAnalysis;

/// <summary>The report names of <see cref="FailureCategory"/> values and the finding ID range of each.</summary>
public static class FailureCategoryExtensions
{
    /// <summary>The name used in reports, e.g. <c>startup-command</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The kebab-case name.</returns>
    public static string ToReportName(this FailureCategory category) => category switch
    {
        FailureCategory.StartupCommand => "startup-command",
        FailureCategory.Configuration => "configuration",
        FailureCategory.Dependency => "dependency",
        FailureCategory.Resources => "resources",
        FailureCategory.Filesystem => "filesystem",
        FailureCategory.LivenessProbe => "liveness-probe",
        FailureCategory.ImagePull => "image-pull",
        FailureCategory.ApplicationCrash => "application-crash",
        FailureCategory.Scheduling => "scheduling",
        FailureCategory.Node => "node",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    /// <summary>The first finding ID number of the category's range (each range holds 100 IDs).</summary>
    /// <param name="category">The category.</param>
    /// <returns>For example 1200 for <see cref="FailureCategory.Resources"/> (CLA1200-CLA1299).</returns>
    public static int FirstId(this FailureCategory category) => category switch
    {
        FailureCategory.StartupCommand => 1000,
        FailureCategory.Configuration => 1100,
        FailureCategory.Resources => 1200,
        FailureCategory.Dependency => 1300,
        FailureCategory.Filesystem => 1400,
        FailureCategory.LivenessProbe => 1500,
        FailureCategory.ImagePull => 1600,
        FailureCategory.ApplicationCrash => 1700,
        FailureCategory.Scheduling => 1800,
        FailureCategory.Node => 1900,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };
}
