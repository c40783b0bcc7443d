using CrashLoopAnalysis.Sources;

namespace CrashLoopAnalysis.Cli;

/// <summary>The small real dump embedded in the tool, diagnosed when no path is given.</summary>
internal static class EmbeddedSample
{
    private const string Prefix = "sample/";

    public static DumpSource Open()
    {
        var assembly = typeof(EmbeddedSample).Assembly;
        var files = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(
                n => n[Prefix.Length..].Replace('\\', '/'),
                n => (Func<Stream>)(() => assembly.GetManifestResourceStream(n)!),
                StringComparer.Ordinal);
        return DumpSource.FromVirtualFolder("(embedded sample)", files);
    }
}
