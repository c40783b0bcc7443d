using System.Text.RegularExpressions;
using CrashLoopAnalysis.Text;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>Finds the exception type a line names: as its header, or inside a wrapped message.</summary>
internal static partial class ExceptionTypes
{
    private static readonly MultiStringSearch TypeEndings = new("Error", "Exception", "Bad", "Failure");

    /// <summary>
    /// The type when the line is an exception header: <c>Type: message</c>, <c>Caused by: Type</c>,
    /// <c>Exception in thread "main" Type</c>, <c>Unhandled exception. Type</c>, Node's <c>Error: </c>, Ruby's
    /// <c>file:1:in 'm': message (Type)</c>, or the message of a Go panic.
    /// </summary>
    public static string? Header(string trimmed)
    {
        if (GoPanic().Match(trimmed) is { Success: true } panic)
        {
            return panic.Groups["v"].Value;
        }

        if (RustUnwrap().Match(trimmed) is { Success: true } unwrap)
        {
            return unwrap.Groups["v"].Value;
        }

        if (Wrapped().Match(trimmed) is { Success: true } wrapped)
        {
            return wrapped.Groups["v"].Value;
        }

        if (Ruby().Match(trimmed) is { Success: true } ruby)
        {
            return ruby.Groups["v"].Value;
        }

        return Leading().Match(trimmed) is { Success: true } m ? m.Groups["v"].Value : null;
    }

    /// <summary>
    /// The type inside a message that is not a header (<c>[ioredis] Unhandled error event: ReplyError: ...</c>):
    /// the last one that starts before <paramref name="at"/> (where the signature's words are), else the last one.
    /// </summary>
    public static string? Embedded(string text, int at)
    {
        // The pattern tries every word of the line; most lines hold none of the endings it needs.
        if (TypeEndings.IndexOfAny(text) < 0)
        {
            return null;
        }

        string? before = null;
        string? last = null;
        foreach (Match m in Named().Matches(text))
        {
            last = m.Value;
            if (m.Index <= at)
            {
                before = m.Value;
            }
        }

        return before ?? last;
    }

    [GeneratedRegex(@"^panic: (?<v>.+?)(?: \[recovered\])?$")]
    private static partial Regex GoPanic();

    [GeneratedRegex(@"panicked at 'called `(?<v>[^`]+)`")]
    private static partial Regex RustUnwrap();

    [GeneratedRegex(@"^(?:Caused by:|caused by:|Exception in thread ""[^""]*""|Unhandled [Ee]xception[.:]|Error:|Uncaught) (?<v>(?:[A-Za-z_$][\w$]*(?:\.|::))*[A-Za-z_$][\w$]*(?:Error|Exception|Failure|Bad|Fault|Interrupt|Exit)|(?:[A-Za-z_$][\w$]*(?:\.|::))+[A-Z][\w$]*)(?::|$| \[)")]
    private static partial Regex Wrapped();

    [GeneratedRegex(@"^\S+:\d+:in [`'][^']*': .* \((?<v>[A-Z][\w:]*)\)$")]
    private static partial Regex Ruby();

    // A type at the start of the line: a name ending like an exception, a dotted name ending in a capitalised or
    // `timeout` segment (`socket.timeout`, `gunicorn.errors.HaltServer`), or a bare `Error`/`error`.
    [GeneratedRegex(@"^(?<v>(?:[A-Za-z_$][\w$]*(?:\.|::))*[A-Za-z_$][\w$]*(?:Error|Exception|Failure|Bad|Fault|Interrupt|Exit)|(?:[a-z_$][\w$]*(?:\.|::))+(?:[A-Z][\w$]*|timeout)|Error|error)(?: \[\w+\])?: ")]
    private static partial Regex Leading();

    [GeneratedRegex(@"(?<![\w$.:])(?:[A-Za-z_$][\w$]*(?:\.|::))*[A-Z][\w$]*(?:Error|Exception|Bad|Failure)(?![\w$])")]
    private static partial Regex Named();
}
