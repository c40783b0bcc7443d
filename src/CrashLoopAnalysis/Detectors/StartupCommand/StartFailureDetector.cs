using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.StartupCommand.StartupCommandDescriptors;

namespace CrashLoopAnalysis.Detectors.StartupCommand;

/// <summary>
/// The process cannot be started at all: the runtime's StartError/ContainerCannotRun message, exit 126/127,
/// and the loader's own words in the log (exec format error, missing library, missing entry file).
/// </summary>
internal sealed class StartFailureDetector : IPodDetector
{
    public string Name => "start-failure";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } =
        [D.CommandNotFound, D.NotExecutable, D.ExecFormat, D.MissingSharedLibrary, D.EntrypointFileMissing];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in ContainerFacts.Of(podCase))
        {
            if (FromRuntime(context, c))
            {
                done.Add(c.Name);
            }
        }

        foreach (var subject in LogSubject.Of(podCase))
        {
            if (subject.Name is { } name && done.Contains(name))
            {
                continue;
            }

            FromLog(context, subject);
        }
    }

    private static bool FromRuntime(PodContext context, ContainerFacts c)
    {
        var podCase = context.Case;
        var state = TerminationEvidence.State(c);
        var waiting = TerminationEvidence.Waiting(podCase, c);
        var message = state?.Message is { Length: > 0 } m ? m : waiting?.Message ?? string.Empty;
        var reason = state?.Reason ?? string.Empty;
        var exit = state?.ExitCode;
        var startError = reason is "StartError" or "ContainerCannotRun" || c.WaitingReason is "RunContainerError" or "StartError";
        var evidence = TerminationEvidence.Lines(podCase, c);
        if (waiting is { Line: { } w })
        {
            evidence.Add(w);
        }

        var command = c.Spec?.Command is { Count: > 0 } cmd ? cmd[0] : c.Spec?.Args is { Count: > 0 } a ? a[0] : null;
        var times = TerminationEvidence.Times(c);
        if (Has(message, "exec format error"))
        {
            context.Report(D.ExecFormat, c.Name, $"{c.Display} cannot start: its binary is for another CPU architecture (exec format error){times}.", 0.95, evidence, $"exec format error: {c.Spec?.Image ?? c.Name}");
            return true;
        }

        if (Has(message, "error while loading shared libraries"))
        {
            context.Report(D.MissingSharedLibrary, c.Name, $"{c.Display} cannot start: its binary cannot load a shared library{times}.", 0.9, evidence, $"missing shared library: {c.Spec?.Image ?? c.Name}");
            return true;
        }

        if (exit == 127 || (startError && (Has(message, "executable file not found") || Has(message, "no such file or directory") || Has(message, "not found"))))
        {
            var what = command is null ? "the command it runs" : $"the command `{command}`";
            context.Report(D.CommandNotFound, c.Name, $"{c.Display} cannot start: {what} was not found (exit {exit?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}{(reason.Length > 0 ? $", {reason}" : string.Empty)}){times}.", message.Length > 0 ? 0.95 : 0.85, evidence, $"command not found: {command ?? c.Name}");
            return true;
        }

        if (exit == 126 || (startError && Has(message, "permission denied")))
        {
            context.Report(D.NotExecutable, c.Name, $"{c.Display} cannot start: its command {(command is null ? string.Empty : $"`{command}` ")}is not executable (exit {exit}){times}.", 0.85, evidence, $"not executable: {command ?? c.Name}");
            return true;
        }

        return false;
    }

    private static void FromLog(PodContext context, LogSubject subject)
    {
        var name = subject.Name;
        var commandLine = subject.Facts?.CommandLine ?? string.Empty;
        var evidence = new List<EvidenceLine?>();
        if (subject.Facts is { } facts)
        {
            evidence.AddRange(TerminationEvidence.Lines(context.Case, facts));
        }

        if (subject.Find(LogSignalKind.ExecFormatError) is { } format)
        {
            evidence.Insert(0, format.Line);
            context.Report(D.ExecFormat, name, $"{name ?? "The container"} cannot start: its binary is for another CPU architecture; the log says: {format.Line.Text}", 0.9, evidence, $"exec format error: {subject.Facts?.Spec?.Image ?? name}");
            return;
        }

        if (subject.Find(LogSignalKind.MissingSharedLibrary) is { } library)
        {
            evidence.Insert(0, library.Line);
            var lib = library.Fact(LogFacts.Library) ?? library.Fact(LogFacts.Path);
            context.Report(D.MissingSharedLibrary, name, $"{name ?? "The container"} cannot start: {(lib is null ? "its binary's loader or a shared library is missing" : $"the shared library {lib} is missing")} in the image.", 0.85, evidence, $"missing shared library: {lib ?? name}");
            return;
        }

        if (subject.Find(LogSignalKind.MissingFile, LogSignalKind.MissingModule) is { } missing && IsEntryFile(missing, commandLine))
        {
            evidence.Insert(0, missing.Line);
            var path = missing.Fact(LogFacts.Path) ?? missing.Fact(LogFacts.Module) ?? missing.Fact(LogFacts.File);
            var descriptor = missing.Line.Text.TrimStart().StartsWith("exec ", StringComparison.Ordinal) || missing.Line.Text.Contains("exec user process", StringComparison.Ordinal) ? D.CommandNotFound : D.EntrypointFileMissing;
            context.Report(descriptor, name, $"{name ?? "The container"} cannot start: {(path is null ? "the file its command runs" : $"`{path}`")} does not exist in the image{(commandLine.Length > 0 && path is not null && commandLine.Contains(path, StringComparison.Ordinal) ? $" (named by its command `{commandLine}`)" : string.Empty)}.", subject.IsDecisive(missing) ? 0.85 : 0.75, evidence, $"missing entry file: {path ?? name}");
        }
    }

    /// <summary>A missing file is the entry point when the command names it, or the line is the loader's or interpreter's own.</summary>
    internal static bool IsEntryFile(LogSignal signal, string commandLine)
    {
        var path = signal.Fact(LogFacts.Path) ?? signal.Fact(LogFacts.Module) ?? signal.Fact(LogFacts.File);
        if (path is not null && commandLine.Length > 0 && commandLine.Contains(path, StringComparison.Ordinal))
        {
            return true;
        }

        var text = signal.Line.Text;
        return text.Contains("exec ", StringComparison.Ordinal) && Has(text, "no such file")
            || Has(text, "can't open file")
            || Has(text, "Could not find or load main class")
            || Has(text, "ClassNotFoundException: Main")
            || (signal.Kind == LogSignalKind.MissingModule && path is not null && (path.StartsWith('/') || path.StartsWith("./", StringComparison.Ordinal)));
    }

    private static bool Has(string text, string value) => text.Contains(value, StringComparison.OrdinalIgnoreCase);
}
