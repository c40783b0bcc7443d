using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors.Evidence;
using CrashLoopAnalysis.Model;
using D = CrashLoopAnalysis.Detectors.ImagePull.ImagePullDescriptors;

namespace CrashLoopAnalysis.Detectors.ImagePull;

/// <summary>
/// Images that cannot be pulled, by sub-cause: not found, unauthorized, registry unreachable, untrusted
/// certificate, never-pull policy, invalid name. Reads waiting states and the kubelet's pull events together.
/// </summary>
internal sealed class ImagePullDetector : IPodDetector
{
    private static readonly string[] PullReasons = ["ErrImagePull", "ImagePullBackOff", "InvalidImageName", "ErrImageNeverPull", "ErrImageInspect"];

    public string Name => "image-pull";

    public ImmutableArray<FindingDescriptor> Descriptors { get; } =
        [D.ImageNotFound, D.Unauthorized, D.RegistryUnreachable, D.UntrustedCertificate, D.NeverPull, D.InvalidName, D.PullFailed];

    public void Analyze(PodContext context)
    {
        var podCase = context.Case;
        var pullEvents = podCase.Events.Where(IsPullEvent).ToList();
        if (!ContainerFacts.Of(podCase).Any())
        {
            // Events alone (a pasted Events section): the messages name the image and the sub-cause.
            if (pullEvents.Count > 0)
            {
                var (d, what) = Classify(string.Join('\n', pullEvents.Select(e => e.Message)));
                var image = pullEvents.Select(e => Quoted(e.Message ?? string.Empty)).FirstOrDefault(i => i is not null);
                context.Report(d, null, $"The image{(image is null ? string.Empty : $" `{image}`")} cannot be pulled: {what}.", d == D.PullFailed ? 0.8 : 0.9, pullEvents.Select(e => e.Line), $"{what}: {image ?? "image"}");
            }

            return;
        }

        foreach (var c in ContainerFacts.Of(podCase))
        {
            var waiting = c.WaitingReason;
            var image = c.Spec?.Image ?? c.Status?.Image;
            var mine = pullEvents.Where(e => IsAbout(podCase, e, c, image)).ToList();
            if (Array.IndexOf(PullReasons, waiting) < 0 && mine.Count == 0)
            {
                continue;
            }

            var lines = new List<EvidenceLine?>();
            if (waiting is not null)
            {
                lines.Add(EvidenceFinder.For(podCase, $"{c.StatusPath}.state.waiting.reason", $"Reason: {waiting}"));
            }

            var messages = new List<string>();
            if (TerminationEvidence.Waiting(podCase, c) is { } w)
            {
                messages.Add(w.Message);
                lines.Add(w.Line);
            }

            foreach (var e in mine)
            {
                messages.Add(e.Message ?? string.Empty);
                lines.Add(e.Line);
            }

            var all = string.Join('\n', messages) + "\n" + waiting;
            var (descriptor, what) = Classify(all);
            var detail = messages.FirstOrDefault(m => m.Contains("Failed to pull image", StringComparison.OrdinalIgnoreCase) || m.Contains("couldn't parse", StringComparison.OrdinalIgnoreCase));
            var confidence = descriptor == D.PullFailed ? 0.85 : 0.95;
            context.Report(descriptor, c.Name, $"{c.Display} cannot pull its image{(image is null ? string.Empty : $" `{image}`")}: {what}.{(detail is null ? string.Empty : $" The kubelet says: {detail}")}", confidence, lines, $"{what}: {image ?? c.Name}");
        }
    }

    private static bool IsPullEvent(EventRecord e)
    {
        var message = e.Message ?? string.Empty;
        return e.Reason is "InspectFailed" or "ErrImageNeverPull"
            || (e.Reason is "Failed" or "BackOff" or "FailedSync" && (message.Contains("pull image", StringComparison.OrdinalIgnoreCase) || message.Contains("pulling image", StringComparison.OrdinalIgnoreCase) || PullReasons.Any(r => message.Contains(r, StringComparison.Ordinal))));
    }

    private static bool IsAbout(PodCase podCase, EventRecord e, ContainerFacts c, string? image)
    {
        if (e.Container is { } container)
        {
            return container == c.Name;
        }

        var message = e.Message ?? string.Empty;
        var quoted = Quoted(message);
        if (quoted is not null && image is not null)
        {
            return quoted == image || quoted.EndsWith("/" + image, StringComparison.Ordinal) || image.EndsWith("/" + quoted, StringComparison.Ordinal);
        }

        return PodEvents.IsAbout(podCase, e, c.Name) && (c.WaitingReason is null || Array.IndexOf(PullReasons, c.WaitingReason) >= 0);
    }

    /// <summary>The first double-quoted text of a message: the image in "Failed to pull image \"x\"".</summary>
    private static string? Quoted(string message)
    {
        var open = message.IndexOf('"', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('"', open + 1);
        return close > open + 1 && message.Contains("image", StringComparison.OrdinalIgnoreCase) ? message[(open + 1)..close] : null;
    }

    private static (FindingDescriptor Descriptor, string What) Classify(string text)
    {
        bool Has(string s) => text.Contains(s, StringComparison.OrdinalIgnoreCase);
        if (Has("InvalidImageName") || Has("couldn't parse image reference") || Has("invalid reference format"))
        {
            return (D.InvalidName, "the image reference is not a valid name");
        }

        if (Has("ErrImageNeverPull") || Has("imagePullPolicy is \"Never\"") || Has("pull policy is \"Never\""))
        {
            return (D.NeverPull, "the image is not on the node and its pull policy is Never");
        }

        if (Has("x509") || Has("certificate signed by unknown authority") || Has("tls: failed to verify certificate"))
        {
            return (D.UntrustedCertificate, "the registry's certificate is not trusted (x509)");
        }

        if (Has("manifest unknown") || Has("not found") || Has("does not exist") || Has("name unknown"))
        {
            return (D.ImageNotFound, "the image or tag does not exist");
        }

        if (Has("unauthorized") || Has("authentication required") || Has("access denied") || Has("403 Forbidden") || Has("denied:") || Has("no basic auth credentials"))
        {
            return (D.Unauthorized, "the registry refuses access (unauthorized)");
        }

        if (Has("no such host") || Has("i/o timeout") || Has("connection refused") || Has("TLS handshake timeout") || Has("network is unreachable") || Has("dial tcp") || Has("context deadline exceeded"))
        {
            return (D.RegistryUnreachable, "the registry cannot be reached");
        }

        return (D.PullFailed, "the pull fails");
    }
}
