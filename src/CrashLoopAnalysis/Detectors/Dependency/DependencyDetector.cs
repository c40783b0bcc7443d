using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.Dependency.DependencyDescriptors;

namespace CrashLoopAnalysis.Detectors.Dependency;

/// <summary>
/// A service the application needs at start-up cannot be reached: the host:port from the log, the env var that
/// supplies it, and, when the dump holds it, the dependency's own Service, pods and their failure.
/// </summary>
internal sealed class DependencyDetector : IPodDetector
{
    public string Name => "dependency";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } = [D.ConnectionRefused, D.NameNotResolved, D.ConnectionTimedOut, D.AuthenticationRejected];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        foreach (var subject in LogSubject.Of(podCase))
        {
            if (subject.Find(LogSignalKind.ConnectionRefused, LogSignalKind.DnsFailure, LogSignalKind.Timeout, LogSignalKind.AuthenticationFailure) is not { } signal)
            {
                continue;
            }

            var host = signal.Fact(LogFacts.Host)?.Trim('"', '\'', '[', ']');
            var port = signal.Fact(LogFacts.Port);
            var address = host is null ? null : port is null ? host : $"{host}:{port}";
            var name = subject.Name ?? "The container";
            var lines = new List<EvidenceLine?> { signal.Line };
            var env = subject.Facts is { } f && host is not null ? EnvironmentSource.Find(podCase, f, host, port) : null;
            lines.Add(env?.Line);
            if (subject.Facts is { } facts)
            {
                lines.AddRange(TerminationEvidence.Lines(podCase, facts));
            }

            var chain = host is null ? null : DependencyChain.Describe(context.Dump, podCase, host);
            lines.AddRange(chain?.Lines ?? []);
            var (descriptor, what, words) = signal.Kind switch
            {
                LogSignalKind.DnsFailure => (D.NameNotResolved, $"cannot resolve {host ?? "the name of a service it needs"}", "no such host"),
                LogSignalKind.Timeout => (D.ConnectionTimedOut, $"times out connecting to {address ?? "a service it needs"}", "i/o timeout"),
                LogSignalKind.AuthenticationFailure => (D.AuthenticationRejected, $"is refused by {address ?? "a service it needs"}: its credentials are rejected", "authentication failed"),
                _ => (D.ConnectionRefused, $"cannot connect to {address ?? "a service it needs"}: the connection is refused", "connection refused"),
            };
            var local = host is "localhost" or "127.0.0.1" or "::1" ? "; localhost inside a container is the container itself, not the service" : string.Empty;
            var via = env is null ? string.Empty : $" (set by {env.Value.Variable}={env.Value.Value})";
            var message = $"{name} {what}{via}{local}{(chain is null ? string.Empty : $"; {chain.Value.Text}")}.";
            var confidence = (subject.IsDecisive(signal) ? 0.8 : 0.7) + (env is null ? 0 : 0.05) + (chain is null ? 0 : 0.05);
            context.Report(descriptor, subject.Name, message, confidence, lines, address is null ? $"{words}: {signal.Line.Text}" : $"dial tcp {address} {words}", host is null ? $"kubectl get svc{KubectlSteps.Namespace(podCase.Key)}" : $"kubectl get endpoints {host.Split('.')[0]}{KubectlSteps.Namespace(podCase.Key)}");
        }
    }
}
