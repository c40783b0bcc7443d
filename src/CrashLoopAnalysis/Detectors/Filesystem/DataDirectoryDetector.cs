using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Filesystem.FilesystemDescriptors;

namespace CrashLoopAnalysis.Detectors.Filesystem;

/// <summary>
/// State left on a kept volume stops start-up: a data directory that is not empty (lost+found on a fresh
/// ext4 volume), or a stale PID file.
/// </summary>
internal sealed class DataDirectoryDetector : IPodDetector
{
    public string Name => "data-directory";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.DataDirectoryNotEmpty, D.StaleStateFile];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var subject in LogSubject.Of(podCase))
        {
            var name = subject.Name ?? "The container";
            if (subject.FindText("exists but is not empty") is { } notEmpty)
            {
                var dir = Quoted(notEmpty.Text);
                var mount = subject.Facts is { } f && dir is not null ? Mounts.Holding(podCase, f, dir) : null;
                context.Report(D.DataDirectoryNotEmpty, subject.Name, $"{name} refuses to initialise {(dir is null ? "its data directory" : dir)}: it is not empty{(mount is null ? string.Empty : $" (it is the root of volume {mount.Value.Mount.Name}, where lost+found lives)")}.", 0.85, [notEmpty, mount?.Line], $"data directory not empty: {dir ?? name}");
                continue;
            }

            if (subject.FindText("already running") is { } running && running.Text.Contains(".pid", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(D.StaleStateFile, subject.Name, $"{name} finds a stale PID file from an earlier run and refuses to start: {running.Text}", 0.8, [running], $"stale pid file: {name}");
            }
        }
    }

    private static string? Quoted(string text)
    {
        foreach (var quote in new[] { '"', '\'', '\u201C', '\u2018' })
        {
            var open = text.IndexOf(quote, StringComparison.Ordinal);
            if (open < 0)
            {
                continue;
            }

            var close = text.IndexOfAny(['"', '\'', '\u201D', '\u2019'], open + 1);
            if (close > open + 1)
            {
                return text[(open + 1)..close];
            }
        }

        return null;
    }
}
