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
        // Levels and shapes: error, ERRO[, Errno, panic, exception, fatal, klog E/F lines (plain and time-stamped).
        "err", "fail", "fatal", "FATA[", "panic", "exception", "emerg", "crit", "severe", "[alert]", "traceback", "caused by",
        "abort", "segmentation", "killed", "signal 9", "\nE0", "\nE1", "\nF0", "\nF1", "Z E0", "Z E1", "Z F0", "Z F1",
        // Signature words.
        "refused", "denied", "cannot", "can't", "could not", "couldn't", "unable", "timed out", "i/o timeout", "handshake timeout",
        "selection timeout", "timeout expired", "deadline", "out of memory", "heap limit", "call_and_retry", "bad_alloc",
        "memory allocation", "in use", "EADDR", "ECONN", "ENOENT", "EACCES", "EROFS", "ENOSPC", "ETIMEDOUT", "unreach", "ENOTFOUND",
        "EAI_AGAIN", "servname", "x509", "certificat", "PKIX", "SSL routines", "tls: ", "NOAUTH", "WRONGPASS", "authentication required",
        "invalid", "missing", "unknown", "unrecognized", "not defined", "no such", "not found", "NotFound", "not known", "resolv",
        "no route", "not permitted", "read-only", "readonly", "no space", "too low", "max_map_count", "ulimit", "file descriptors",
        "not set", "must be set", "required", "environment variable", "no module", "yaml: ", "toml: ", "not terminated",
        "unexpected end of file", "Os {", "bind()",
    ];

    public static MultiStringSearch Search { get; } = new([.. All]);
}
