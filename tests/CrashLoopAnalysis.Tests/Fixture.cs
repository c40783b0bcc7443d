namespace CrashLoopAnalysis.Tests;

/// <summary>Finds fixture files copied beside the test assembly.</summary>
internal static class Fixture
{
    public static string Root { get; } = System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    /// <summary>The repository's root (for docs and README checks), found by walking up to the solution file.</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "CrashLoopAnalysis.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("The repository root was not found above the test assembly.");
    }
}
