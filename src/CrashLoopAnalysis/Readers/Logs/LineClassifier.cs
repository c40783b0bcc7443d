using System.Text.RegularExpressions;

namespace CrashLoopAnalysis.Readers.Logs;

/// <summary>
/// Reads a retained line's level (klog letter, logrus/logfmt <c>level=</c>, JSON <c>"level"</c>, bracketed or
/// upper-case level words) and its shape (exception header, panic, stack frame, wrapper noise).
/// </summary>
internal static partial class LineClassifier
{
    private static readonly string[] NoiseStarts =
    [
        "npm ERR!", "npm error", "error Command failed", "info Visit", "yarn run v", "$ ", "Node.js v", "throw ", "triggerUncaughtException",
        "Usage:", "Usage of ", "usage:", "Refer to the troubleshooting", "note: run with `RUST_BACKTRACE", "Observed a panic", "\"stack\":",
        "[...]", "...", "For more information",
    ];

    private static readonly string[] FrameStarts =
    [
        "at ", "File \"", "from /", "goroutine ", "created by ", "runtime stack:", "[signal ", "Traceback (most recent call last)",
        "----- Native stack", "<--- Last few GCs", "<--- JS stacktrace", "--- End of ", "--- End of inner exception",
    ];

    public static LogLine Classify(RetainedLine line)
    {
        var (body, service, klog) = CapturePrefix.Strip(line.Text);
        var trimmed = body.TrimStart();
        var indent = 0;
        foreach (var c in body.AsSpan(0, body.Length - trimmed.Length))
        {
            indent += c == '\t' ? 4 : 1;
        }

        var shape = ShapeOf(trimmed);
        var (level, fromLogger) = klog switch
        {
            'E' or 'F' => (LineLevel.Error, true),
            'W' => (LineLevel.Warning, true),
            'I' => (LineLevel.Quiet, true),
            _ => LoggerLevel(trimmed),
        };

        if (!fromLogger)
        {
            level = shape is LineShape.ExceptionHeader or LineShape.Panic || ExceptionTypes.Embedded(trimmed, 0) is not null ? LineLevel.Exception
                : ErrorWords().IsMatch(trimmed) ? LineLevel.Warning
                : LineLevel.Quiet;
        }

        return new LogLine(line.Number, line.Text, body, service, indent, level, shape, fromLogger);
    }

    /// <summary>A shell's report of a child killed by a fatal signal: <c>line 336: 41 Illegal instruction (core dumped) "$@"</c>.</summary>
    private static bool IsFatalSignal(string t) =>
        t.Contains("Segmentation fault", StringComparison.Ordinal) || t.Contains("Illegal instruction", StringComparison.Ordinal)
        || t.Contains("(core dumped)", StringComparison.Ordinal) || t.Contains("Bus error", StringComparison.Ordinal);

    private static LineShape ShapeOf(string t)
    {
        if (t.Length == 0 || NoiseStarts.Any(s => t.StartsWith(s, StringComparison.Ordinal)) || IsNoise(t))
        {
            return LineShape.Noise;
        }

        if (FrameStarts.Any(s => t.StartsWith(s, StringComparison.Ordinal)) || NativeFrame().IsMatch(t) || GoFileLine().IsMatch(t))
        {
            return LineShape.Frame;
        }

        if (RustPanicHeader().IsMatch(t))
        {
            return LineShape.HeaderBeforeMessage;
        }

        if (t.StartsWith("panic: ", StringComparison.Ordinal) || t.StartsWith("fatal error: ", StringComparison.Ordinal)
            || t.StartsWith("FATAL ERROR: ", StringComparison.Ordinal) || t.Contains(" panicked at ", StringComparison.Ordinal)
            || IsFatalSignal(t))
        {
            return LineShape.Panic;
        }

        return ExceptionTypes.Header(t) is not null ? LineShape.ExceptionHeader : LineShape.Plain;
    }

    // Errors a program logs while it is already stopping (controller-runtime after the stop sequence, anything
    // whose context was canceled) are effects of the exit, not its cause.
    private static bool IsNoise(string t) =>
        t.Contains(" exited with code ", StringComparison.Ordinal)
        || t.Contains("stop sequence was engaged", StringComparison.Ordinal) || t.Contains("context canceled", StringComparison.Ordinal)
        || t.EndsWith(" Aborted", StringComparison.Ordinal) || t.Contains(" Aborted  ", StringComparison.Ordinal)
        || t.All(c => c is '^' or '~' or ' ' or '\t');

    private static (LineLevel, bool) LoggerLevel(string t)
    {
        if (t.StartsWith('{') && JsonLevel().Match(t) is { Success: true } json)
        {
            return (Parse(json.Groups["v"].Value), true);
        }

        if (LevelKey().Match(t) is { Success: true } key)
        {
            return (Parse(key.Groups["v"].Value), true);
        }

        var head = t.Length > 64 ? t[..64] : t;
        if (LevelWord().Match(head) is { Success: true } word)
        {
            return (Parse(word.Groups["v"].Value), true);
        }

        return (LineLevel.Quiet, false);
    }

    private static LineLevel Parse(string level) => level.ToUpperInvariant() switch
    {
        "50" or "60" or "ERROR" or "ERRO" or "ERR" or "FATAL" or "FATA" or "PANIC" or "PANI" or "CRITICAL" or "CRIT" or "EMERG" or "ALERT" or "SEVERE" or "E" or "F" => LineLevel.Error,
        "40" or "WARN" or "WARNING" or "W" => LineLevel.Warning,
        _ => LineLevel.Quiet,
    };

    [GeneratedRegex(@"""(?:level|severity|lvl|@l|log\.level)""\s*:\s*""?(?<v>\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex JsonLevel();

    [GeneratedRegex(@"(?:^|\s)level=""?(?<v>\w+)|^(?<v>INFO|WARN|WARNING|ERRO|ERROR|FATA|FATAL|PANI|PANIC|DEBU|TRAC)\[")]
    private static partial Regex LevelKey();

    // Upper-case level words anywhere in the head of the line, nginx's bracketed lower-case levels, or a lower-case
    // level word that starts the line and is followed by a blank (`fatal Error: ...`; `error: ...` is a header).
    [GeneratedRegex(@"(?<![A-Za-z])(?<v>FATAL|PANIC|CRITICAL|CRIT|EMERG|ALERT|SEVERE|ERROR|ERRO|ERR|WARNING|WARN|INFO|DEBUG|TRACE|NOTICE)(?![A-Za-z!])|\[(?<v>emerg|alert|crit|error|warn|notice|info|debug)\]|^(?<v>fatal|error|warn|warning|info|debug) |(?<= )(?<v>E|W)/ ")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"\b(?:error|errors|fail|failed|failure|fatal|exception|cannot|can't|could not|couldn't|unable|refused|denied|panic|killed|invalid|not found|timed out)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ErrorWords();

    [GeneratedRegex(@"^thread '[^']*' panicked at [^']*:\d+:\d+:$")]
    private static partial Regex RustPanicHeader();

    [GeneratedRegex(@"^\d+: 0x[0-9a-f]+ ")]
    private static partial Regex NativeFrame();

    [GeneratedRegex(@"^/\S+\.go:\d+(?: \+0x[0-9a-f]+)?$")]
    private static partial Regex GoFileLine();
}
