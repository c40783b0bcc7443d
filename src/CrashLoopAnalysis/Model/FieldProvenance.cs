namespace CrashLoopAnalysis.Model;

/// <summary>
/// Where each fact of an object came from: a map from a field path to the captured line that shows it.
/// </summary>
/// <remarks>
/// Paths follow the field names of <c>kubectl get -o json</c>. Array elements that have a <c>name</c> are
/// addressed by it, others by index: <c>status.containerStatuses[app].lastState.terminated.exitCode</c>,
/// <c>spec.containers[app].resources.limits.memory</c>, <c>status.conditions[1].reason</c>.
/// </remarks>
public sealed class FieldProvenance
{
    // A plain dictionary: a provenance is built once per object and looked up a few times, so the cost of
    // building a frozen dictionary (it analyses the keys) would be paid for nothing. A reader may hand over a
    // builder instead: most objects are never asked, so their paths and lines are never made.
    private readonly Func<Dictionary<string, EvidenceLine>>? _build;
    private Dictionary<string, EvidenceLine>? _lines;

    /// <summary>A provenance that knows nothing (objects passed in memory).</summary>
    public static FieldProvenance Empty { get; } = new(new Dictionary<string, EvidenceLine>(StringComparer.Ordinal));

    /// <summary>Creates a provenance from a map of field paths to lines.</summary>
    /// <param name="lines">The field paths and the lines that show them.</param>
    public FieldProvenance(IReadOnlyDictionary<string, EvidenceLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        _lines = new Dictionary<string, EvidenceLine>(lines, StringComparer.Ordinal);
    }

    /// <summary>A provenance whose map is built by <paramref name="build"/> when first needed (once, thread-safely).</summary>
    internal FieldProvenance(Func<Dictionary<string, EvidenceLine>> build) => _build = build;

    /// <summary>The number of fields whose line is known.</summary>
    public int Count => Lines.Count;

    /// <summary>Every known field path, in ordinal order.</summary>
    public IEnumerable<string> Paths => Lines.Keys.Order(StringComparer.Ordinal);

    /// <summary>Finds the line that shows the field at <paramref name="path"/>.</summary>
    /// <param name="path">A field path such as <c>status.containerStatuses[app].state.waiting.reason</c>.</param>
    /// <returns>The line, or <see langword="null"/> when the input did not show it with a line.</returns>
    public EvidenceLine? Find(string path) => Lines.TryGetValue(path, out var line) ? line : null;

    private Dictionary<string, EvidenceLine> Lines
    {
        get
        {
            if (_lines is { } built)
            {
                return built;
            }

            var made = _build!();
            return Interlocked.CompareExchange(ref _lines, made, null) ?? made;
        }
    }
}
