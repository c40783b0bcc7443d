using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Detectors.Filesystem;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Configuration.ConfigurationDescriptors;

namespace CrashLoopAnalysis.Detectors.Configuration;

/// <summary>
/// The log rejects the configuration: a file that cannot be parsed (tied to the ConfigMap mounted there),
/// a flag the program does not know (tied to the args), a CA it does not trust, a config file that is missing.
/// </summary>
internal sealed class InvalidConfigDetector : IPodDetector
{
    private static readonly string[] ConfigExtensions = [".json", ".yaml", ".yml", ".toml", ".ini", ".conf", ".cfg", ".properties", ".xml", ".env"];

    public string Name => "invalid-configuration";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.MalformedConfig, D.InvalidFlag, D.TlsConfiguration, D.MissingConfigFile];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var subject in LogSubject.Of(podCase))
        {
            var name = subject.Name ?? "The container";
            var lines = new List<EvidenceLine?>();
            if (subject.Facts is { } facts)
            {
                lines.AddRange(TerminationEvidence.Lines(podCase, facts));
            }

            if (subject.Find(LogSignalKind.InvalidArgument) is { } flag)
            {
                var which = flag.Fact(LogFacts.Flag);
                lines.Insert(0, flag.Line);
                lines.Add(ArgsLine(podCase, subject.Facts, which));
                context.Report(D.InvalidFlag, subject.Name, $"{name} rejects its command line{(which is null ? string.Empty : $": it does not accept {which}")}{(subject.Facts?.CommandLine is { Length: > 0 } cl ? $" (`{cl}`)" : string.Empty)}.", Confidence(subject, flag, 0.85), lines, $"invalid flag {which ?? flag.Line.Text}");
            }
            else if (subject.Find(LogSignalKind.ConfigurationParseError) is { } parse)
            {
                var file = parse.Fact(LogFacts.File) ?? parse.Fact(LogFacts.Path);
                var mount = subject.Facts is { } f && file is not null && file.StartsWith('/') ? Mounts.Holding(podCase, f, file) : null;
                var source = mount is null ? null : podCase.Pod?.Spec?.Volumes?.FirstOrDefault(v => v.Name == mount.Value.Mount.Name);
                var from = source?.ConfigMap is { } cm ? $"; it comes from ConfigMap {cm.Name} (volume {source.Name})" : source?.Secret is { } s ? $"; it comes from Secret {s.SecretName} (volume {source.Name})" : string.Empty;
                lines.Insert(0, parse.Line);
                lines.Add(mount?.Line);
                context.Report(D.MalformedConfig, subject.Name, $"{name} cannot parse its configuration{(file is null ? string.Empty : $" {file}")}{from}.", Confidence(subject, parse, 0.85), lines, $"config parse error: {file ?? parse.Line.Text}");
            }
            else if (subject.Find(LogSignalKind.TlsError) is { } tls)
            {
                lines.Insert(0, tls.Line);
                var host = tls.Fact(LogFacts.Host);
                context.Report(D.TlsConfiguration, subject.Name, $"{name} rejects the TLS certificate of {(host is null ? "a server it calls" : host)}: {tls.Line.Text}", Confidence(subject, tls, 0.75), lines, $"tls: {host ?? tls.Line.Text}");
            }
            else if (subject.Find(LogSignalKind.MissingFile) is { } missing && !StartupCommand.StartFailureDetector.IsEntryFile(missing, subject.Facts?.CommandLine ?? string.Empty))
            {
                // A missing file that is not the entry point is most often configuration the pod should mount.
                var likely = IsConfigFile(missing) ? 0.75 : 0.6;
                var path = missing.Fact(LogFacts.Path) ?? missing.Fact(LogFacts.File);
                lines.Insert(0, missing.Line);
                var mount = subject.Facts is { } f && path is not null && path.StartsWith('/') ? Mounts.Holding(podCase, f, System.IO.Path.GetDirectoryName(path) ?? path) : null;
                lines.Add(mount?.Line);
                context.Report(D.MissingConfigFile, subject.Name, $"{name} cannot find its configuration file{(path is null ? string.Empty : $" {path}")}{(mount is null ? string.Empty : $" in volume {mount.Value.Mount.Name}")}.", Confidence(subject, missing, likely), lines, $"missing config file: {path ?? missing.Line.Text}");
            }
        }
    }

    private static double Confidence(LogSubject subject, LogSignal signal, double basis) => subject.IsDecisive(signal) ? basis : basis - 0.1;

    private static bool IsConfigFile(LogSignal signal)
    {
        var path = signal.Fact(LogFacts.Path) ?? signal.Fact(LogFacts.File) ?? string.Empty;
        return ConfigExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            || signal.Line.Text.Contains("config", StringComparison.OrdinalIgnoreCase);
    }

    private static EvidenceLine? ArgsLine(PodCase podCase, ContainerFacts? c, string? flag)
    {
        if (c?.Spec is null || flag is null)
        {
            return null;
        }

        var bare = flag.TrimStart('-');
        for (var i = 0; i < (c.Spec.Args?.Count ?? 0); i++)
        {
            if (c.Spec.Args![i].TrimStart('-').StartsWith(bare, StringComparison.Ordinal))
            {
                return podCase.Provenance.Find($"{c.SpecPath}.args[{i}]");
            }
        }

        for (var i = 0; i < (c.Spec.Command?.Count ?? 0); i++)
        {
            if (c.Spec.Command![i].TrimStart('-').StartsWith(bare, StringComparison.Ordinal))
            {
                return podCase.Provenance.Find($"{c.SpecPath}.command[{i}]");
            }
        }

        return null;
    }
}
