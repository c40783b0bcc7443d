using System.Reflection;

namespace CrashLoopAnalysis.Cli;

/// <summary>The tool's version, as stamped from git tags at build time.</summary>
internal static class ToolVersion
{
    public static string Value { get; } = Read();

    private static string Read()
    {
        var version = typeof(ToolVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus > 0 ? version[..plus] : version;
    }
}
