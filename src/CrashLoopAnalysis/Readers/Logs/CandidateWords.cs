using CrashLoopAnalysis.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// The words that make the scanner keep a line (ignoring ASCII case). Every catalogue needle contains one of
/// them (a test holds this), so a line the catalogue could name is never dropped; so do the error words that make a
/// line a candidate without a signature. Few and short on purpose: the search runs over every byte of the log.
/// </summary>
internal static class CandidateWords
{
    public static IReadOnlyList<string> All { get; } =
    [
        "err", "fail", "fatal", "panic", "exception", "refused", "denied", "cannot", "can't", "could not", "couldn't", "unable",
        "timed out", "timeout", "deadline", "memory", "killed", "exec", "in use", "EADDR", "ECONN", "ENOENT", "EACCES",
        "EROFS", "ENOSPC", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "x509", "certificat", "PKIX",
        "SSL", "tls: ", "auth", "emerg", "crit", "severe", "invalid", "missing", "unknown", "no such", "not found", "not known",
        "resolv", "no route", "unreachable", "not permitted", "read-only", "readonly", "no space", "too low", "max_map_count",
        "ulimit", "traceback", "caused by", "abort", "segmentation", "not set", "must be set", "required", "not defined",
        "flag", "unrecognized", "yaml", "json", "toml", "no module", "load", "main class", "not terminated", "directive",
        "terminating", "bind()", "host", "wrongpass", "access denied", "heap", "mark-compact", "call_and_retry", "shared librar",
        "shared object", "module", "env.", "environment variable", "description:", "application failed", "NotFound", "Error(\"",
        "ParserError", "ScannerError", "Errno", "mkdir", "Os {",
    ];

    public static MultiStringSearch Search { get; } = new([.. All]);
}
