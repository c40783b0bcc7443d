using System.Collections.Immutable;
using System.Text.Json;
using CrashLoopAnalysis.Model;

namespace CrashLoopAnalysis.Tests.Detectors;

/// <summary>
/// A real log capture (Fixtures/logs/NNN) as the log signature catalogue will hand it to detectors: its
/// decisive line as a <see cref="LogSignal"/> of the labelled kind with the labelled facts.
/// </summary>
internal sealed record LogFixture(string Name, string Category, LogDigest Digest)
{
    private static readonly Dictionary<string, LogSignalKind> Kinds = new(StringComparer.Ordinal)
    {
        ["auth-failure"] = LogSignalKind.AuthenticationFailure,
        ["other"] = LogSignalKind.Error,
        ["connection-refused"] = LogSignalKind.ConnectionRefused,
        ["missing-module"] = LogSignalKind.MissingModule,
        ["dns"] = LogSignalKind.DnsFailure,
        ["oom"] = LogSignalKind.OutOfMemory,
        ["config-parse"] = LogSignalKind.ConfigurationParseError,
        ["address-in-use"] = LogSignalKind.AddressInUse,
        ["missing-env"] = LogSignalKind.MissingEnvironmentVariable,
        ["permission-denied"] = LogSignalKind.PermissionDenied,
        ["missing-file"] = LogSignalKind.MissingFile,
        ["timeout"] = LogSignalKind.Timeout,
        ["panic"] = LogSignalKind.Panic,
        ["exec-format"] = LogSignalKind.ExecFormatError,
        ["missing-library"] = LogSignalKind.MissingSharedLibrary,
        ["read-only-fs"] = LogSignalKind.ReadOnlyFileSystem,
        ["exception"] = LogSignalKind.Exception,
        ["tls"] = LogSignalKind.TlsError,
    };

    public static IEnumerable<string> Names() =>
        Directory.EnumerateDirectories(Fixture.Path("logs")).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    public static LogFixture Load(string name, string source = "previous.log")
    {
        var folder = Fixture.Path("logs", name);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "expected.json")));
        var root = doc.RootElement;
        var facts = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var category = "application-crash";
        foreach (var fact in root.GetProperty("facts").EnumerateObject())
        {
            if (fact.Name == "category")
            {
                category = fact.Value.GetString()!;
                continue;
            }

            facts[fact.Name] = fact.Value.ValueKind switch
            {
                JsonValueKind.Array => fact.Value[0].ToString(),
                _ => fact.Value.ToString(),
            };
        }

        var line = new EvidenceLine(source, root.GetProperty("decisiveLine").GetInt32(), root.GetProperty("decisiveText").GetString()!);
        var signal = new LogSignal(Kinds[root.GetProperty("kind").GetString()!], line, facts.ToImmutable());
        var lines = File.ReadAllLines(Path.Combine(folder, "previous.log"));
        return new LogFixture(name, category, new LogDigest
        {
            Source = source,
            LineCount = lines.Length,
            Tail = [.. lines.Select((text, i) => new EvidenceLine(source, i + 1, text)).TakeLast(50)],
            Signals = [signal],
            DecisiveLine = line,
        });
    }

    public LogSignal Signal => Digest.Signals[0];
}
