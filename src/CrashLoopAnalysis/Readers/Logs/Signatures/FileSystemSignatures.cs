using System.Text.RegularExpressions;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Readers.Logs.Signatures;

/// <summary>Signatures of a file system that refuses a write or lacks a file, with the path it names.</summary>
internal static partial class FileSystemSignatures
{
    public static IEnumerable<SignatureRule> Rules { get; } =
    [
        SignatureRule.Of(
            LogSignalKind.ReadOnlyFileSystem,
            ["Read-only file system", "ReadOnlyFilesystem", "EROFS"],
            (text, facts) => AddFirst(facts, text, NginxMkdir(), Errno30(), SyscallReadOnly(), PathBeforeReadOnly())),
        SignatureRule.Of(
            LogSignalKind.PermissionDenied,
            ["Permission denied", "EACCES", "Operation not permitted", "AccessDeniedException"],
            (text, facts) => AddFirst(facts, text, MkdirQuoted(), DashCreate(), PythonDenied(), NodeDenied(), SyscallDenied(), PathBeforeDenied(), Chown())),
        SignatureRule.Of(LogSignalKind.DiskFull, ["No space left on device", "ENOSPC"], (text, facts) => AddFirst(facts, text, PathBeforeNoSpace())),
        SignatureRule.Of(
            LogSignalKind.MissingFile,
            ["No such file or directory", "ENOENT", "FileNotFoundException", "was not found and is not optional", "kind: NotFound"],
            (text, facts) => AddFirst(facts, text, DotnetPhysical(), NodeNotFound(), PythonNotFound(), SyscallNotFound(), JavaNotFound(), PathBeforeNotFound())),
    ];

    private static void AddFirst(FactSet facts, string text, params Regex[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (facts.Add(LogFacts.Path, pattern, text))
            {
                return;
            }
        }
    }

    [GeneratedRegex(@"mkdir\(\) ""(?<v>[^""]+)"" failed")]
    private static partial Regex NginxMkdir();

    [GeneratedRegex(@"\[Errno 30\] Read-only file system: '(?<v>[^']+)'")]
    private static partial Regex Errno30();

    [GeneratedRegex(@"(?:open|mkdir|create|write|rename|remove|chmod) (?<v>/[^\s:]+): read-only file system", RegexOptions.IgnoreCase)]
    private static partial Regex SyscallReadOnly();

    [GeneratedRegex(@"(?<v>/[^\s:'""]+)'?: read-only file system", RegexOptions.IgnoreCase)]
    private static partial Regex PathBeforeReadOnly();

    [GeneratedRegex(@"cannot create directory [‘'""](?<v>[^’'""]+)[’'""]")]
    private static partial Regex MkdirQuoted();

    [GeneratedRegex(@"cannot create (?<v>/[^\s:]+): Permission denied")]
    private static partial Regex DashCreate();

    [GeneratedRegex(@"Permission denied: '(?<v>[^']+)'")]
    private static partial Regex PythonDenied();

    [GeneratedRegex(@"EACCES: permission denied, \w+ '(?<v>[^']+)'")]
    private static partial Regex NodeDenied();

    [GeneratedRegex(@"(?:open|mkdir|stat|chmod|chown|create|mkdirall|remove) (?<v>/[^\s:]+): permission denied", RegexOptions.IgnoreCase)]
    private static partial Regex SyscallDenied();

    [GeneratedRegex(@"(?<v>/[^\s:'""‘’]+)[’'""]?: (?:Permission denied|Operation not permitted)")]
    private static partial Regex PathBeforeDenied();

    [GeneratedRegex(@"chown: (?:changing ownership of )?[‘'""]?(?<v>[^’'"":\s]+)")]
    private static partial Regex Chown();

    [GeneratedRegex(@"(?<v>/[^\s:'""]+)'?: No space left on device")]
    private static partial Regex PathBeforeNoSpace();

    [GeneratedRegex(@"The expected physical path was '(?<v>[^']+)'")]
    private static partial Regex DotnetPhysical();

    [GeneratedRegex(@"ENOENT: no such file or directory, \w+ '(?<v>[^']+)'")]
    private static partial Regex NodeNotFound();

    [GeneratedRegex(@"\[Errno 2\] No such file or directory: '(?<v>[^']+)'")]
    private static partial Regex PythonNotFound();

    [GeneratedRegex(@"(?:open|stat|lstat|read|exec) (?<v>/[^\s:]+): no such file or directory", RegexOptions.IgnoreCase)]
    private static partial Regex SyscallNotFound();

    [GeneratedRegex(@"FileNotFoundException: (?<v>/[^\s(]+)")]
    private static partial Regex JavaNotFound();

    [GeneratedRegex(@"(?<v>/[^\s:'""]+)'?: No such file or directory")]
    private static partial Regex PathBeforeNotFound();
}
