using System.Collections.Immutable;
using CrashLoopAnalysis.Detectors;

namespace CrashLoopAnalysis;

/// <summary>
/// Builds a <see cref="DiagnosisEngine"/>: detectors are registered explicitly, options configured, and the
/// engine that <see cref="Build"/> returns is immutable and safe to use from many threads.
/// </summary>
public sealed class DiagnosisEngineBuilder
{
    private readonly List<IPodDetector> _detectors = [];
    private DiagnosisOptions _options = DiagnosisOptions.Default;

    /// <summary>Registers a detector.</summary>
    /// <param name="detector">The detector.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentException">A detector with the same name, or a descriptor with the same ID, is already registered.</exception>
    public DiagnosisEngineBuilder AddDetector(IPodDetector detector)
    {
        ArgumentNullException.ThrowIfNull(detector);
        if (_detectors.Exists(d => string.Equals(d.Name, detector.Name, StringComparison.OrdinalIgnoreCase)))
        {
            throw new ArgumentException($"A detector named '{detector.Name}' is already registered.", nameof(detector));
        }

        var ids = _detectors.SelectMany(d => d.Descriptors).Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var descriptor in detector.Descriptors)
        {
            if (!ids.Add(descriptor.Id))
            {
                throw new ArgumentException($"The finding ID {descriptor.Id} of '{detector.Name}' is already declared by another detector.", nameof(detector));
            }
        }

        _detectors.Add(detector);
        return this;
    }

    /// <summary>Registers every built-in detector.</summary>
    /// <returns>This builder.</returns>
    public DiagnosisEngineBuilder UseBuiltInDetectors()
    {
        foreach (var detector in BuiltInDetectors.Create())
        {
            AddDetector(detector);
        }

        return this;
    }

    /// <summary>Sets the options.</summary>
    /// <param name="options">The options.</param>
    /// <returns>This builder.</returns>
    public DiagnosisEngineBuilder WithOptions(DiagnosisOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        return this;
    }

    /// <summary>Changes the options.</summary>
    /// <param name="configure">Returns the new options from the current ones (use <c>with</c>).</param>
    /// <returns>This builder.</returns>
    public DiagnosisEngineBuilder Configure(Func<DiagnosisOptions, DiagnosisOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        _options = configure(_options) ?? throw new InvalidOperationException("The configure function returned null.");
        return this;
    }

    /// <summary>Builds the engine.</summary>
    /// <returns>An immutable engine.</returns>
    public DiagnosisEngine Build() => new([.. _detectors], _options);
}
