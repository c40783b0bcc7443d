using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis;

/// <summary>One finding about one pod: what it is (its descriptor), how sure, which container, and the lines that prove it.</summary>
public sealed record Finding
{
    /// <summary>Creates a finding of the kind <paramref name="descriptor"/> describes.</summary>
    /// <param name="descriptor">The kind of finding.</param>
    /// <param name="message">What was found, in one or two sentences, naming the container.</param>
    public Finding(FindingDescriptor descriptor, string message)
    {
        ArgumentNullException.ThrowIfNull(descriptor);
        ArgumentNullException.ThrowIfNull(message);
        Descriptor = descriptor;
        Message = message;
        Severity = descriptor.DefaultSeverity;
    }

    /// <summary>The kind of finding.</summary>
    public FindingDescriptor Descriptor { get; }

    /// <summary>The finding's ID (its descriptor's).</summary>
    public string Id => Descriptor.Id;

    /// <summary>The kind of root cause.</summary>
    public FailureCategory Category => Descriptor.Category;

    /// <summary>The title (its descriptor's).</summary>
    public string Title => Descriptor.Title;

    /// <summary>What was found.</summary>
    public string Message { get; init; }

    /// <summary>The severity; the descriptor's default unless overridden.</summary>
    public Severity Severity { get; init; }

    /// <summary>How strongly the evidence supports the finding, from 0 to 1.</summary>
    public double Confidence { get; init; } = 0.5;

    /// <summary>The container concerned, or null for the pod as a whole.</summary>
    public string? Container { get; init; }

    /// <summary>The captured lines that prove the finding, most decisive first.</summary>
    public ImmutableArray<EvidenceLine> Evidence { get; init; } = [];

    /// <summary>What to do; when empty, the descriptor's remediation applies.</summary>
    public ImmutableArray<string> Remediation { get; init; } = [];

    /// <summary>The next commands to run to confirm or fix it.</summary>
    public ImmutableArray<string> NextSteps { get; init; } = [];

    /// <summary>
    /// The decisive detail that pods sharing this cause have in common (a host:port, a Secret name, an image),
    /// used to group pods; null when the finding is particular to its pod.
    /// </summary>
    public string? Signature { get; init; }
}
