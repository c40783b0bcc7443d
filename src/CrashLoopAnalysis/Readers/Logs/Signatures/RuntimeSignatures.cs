using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>Signatures of a process that cannot start or is killed by its runtime: exec, loader, memory.</summary>
internal static partial class RuntimeSignatures
{
    private static readonly string[] ScriptExtensions = [".sh", ".bash", ".py", ".rb", ".js", ".pl", ".php"];

    public static IEnumerable<SignatureRule> Rules { get; } =
    [
        SignatureRule.Of(LogSignalKind.ExecFormatError, ["exec format error"], (text, facts) => facts.Add(LogFacts.Path, ExecPath(), text)),
        SignatureRule.Of(
            LogSignalKind.MissingSharedLibrary,
            ["error while loading shared libraries", "Error loading shared library", "UnsatisfiedLinkError", "cannot open shared object file"],
            (text, facts) =>
            {
                facts.Add(LogFacts.Library, GlibcLibrary(), text);
                facts.Add(LogFacts.Path, GlibcProgram(), text);
                facts.Add(LogFacts.Library, MuslLibrary(), text);
                facts.Add(LogFacts.Path, MuslProgram(), text);
                facts.Add(LogFacts.Library, JavaLibrary(), text);
            }),
        new(LogSignalKind.MissingSharedLibrary, ["no such file or directory"], ExecNotFound),
        SignatureRule.Of(
            LogSignalKind.OutOfMemory,
            ["OutOfMemoryError", "JavaScript heap out of memory", "Reached heap limit", "Ineffective mark-compacts near heap limit",
             "CALL_AND_RETRY_LAST", "runtime: out of memory", "cannot allocate memory", "GC heap initialization failed",
             "Perhaps out of memory", "exited with 'signal 9", "MemoryError", "out of memory", "std::bad_alloc", "memory allocation of"],
            (text, facts) => facts.Add(LogFacts.Runtime, RuntimeOf(text))),
    ];

    // The runtime's own words when the program it should start cannot be opened: runc `exec /x: no such file`,
    // older runc `exec user process caused "no such file or directory"`, tini/dumb-init `exec failed`.
    // For a binary that exists (the usual case in a built image) runc says this when its ELF loader is missing
    // (a glibc binary on musl, a CGO binary on scratch); for a script it means the script itself is missing.
    private static LogSignalKind? ExecNotFound(string text, FactSet facts)
    {
        if (text.Contains("exec user process caused", StringComparison.Ordinal))
        {
            return LogSignalKind.MissingSharedLibrary;
        }

        if (ExecPath().Match(text) is { Success: true } m)
        {
            var path = m.Groups["v"].Value;
            facts.Add(LogFacts.Path, path);
            return ScriptExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                ? LogSignalKind.MissingFile
                : LogSignalKind.MissingSharedLibrary;
        }

        return text.Contains("exec failed", StringComparison.OrdinalIgnoreCase) ? LogSignalKind.MissingFile : null;
    }

    private static string? RuntimeOf(string text) =>
        text.Contains("OutOfMemoryError", StringComparison.Ordinal) ? "jvm"
        : text.Contains("heap", StringComparison.OrdinalIgnoreCase) && (text.Contains("JavaScript", StringComparison.Ordinal) || text.Contains("mark-compact", StringComparison.OrdinalIgnoreCase) || text.Contains("Reached heap limit", StringComparison.Ordinal)) ? "node"
        : text.Contains("CALL_AND_RETRY_LAST", StringComparison.Ordinal) ? "node"
        : text.Contains("runtime: out of memory", StringComparison.Ordinal) ? "go"
        : text.Contains("GC heap initialization", StringComparison.Ordinal) ? "dotnet"
        : text.Contains("MemoryError", StringComparison.Ordinal) || text.Contains("Perhaps out of memory", StringComparison.Ordinal) || text.Contains("signal 9", StringComparison.Ordinal) ? "python"
        : null;

    [GeneratedRegex(@"exec (?<v>/[^\s:]+): ")]
    private static partial Regex ExecPath();

    [GeneratedRegex(@"error while loading shared libraries: (?<v>[^:\s]+)")]
    private static partial Regex GlibcLibrary();

    [GeneratedRegex(@"(?<v>/[^\s:]+): error while loading shared libraries")]
    private static partial Regex GlibcProgram();

    [GeneratedRegex(@"Error loading shared library (?<v>[^:\s]+)")]
    private static partial Regex MuslLibrary();

    [GeneratedRegex(@"\(needed by (?<v>[^)\s]+)\)")]
    private static partial Regex MuslProgram();

    [GeneratedRegex(@"UnsatisfiedLinkError: (?:no )?(?<v>[^\s:]+)")]
    private static partial Regex JavaLibrary();
}
