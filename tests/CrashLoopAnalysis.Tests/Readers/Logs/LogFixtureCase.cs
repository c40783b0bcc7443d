using System.Text.Json.Nodes;
using CrashLoopAnalysis.Masking;
using CrashLoopAnalysis.Model;
using CrashLoopAnalysis.Readers.Logs;

namespace CrashLoopAnalysis.Tests.Readers.Logs;

/// <summary>One real log of Fixtures/logs with what an SRE says about it (expected.json), and what the scanner says.</summary>
internal sealed record LogFixtureCase(string Name, JsonObject Expected)
{
    public static IEnumerable<string> Names { get; } =
        Directory.GetDirectories(Fixture.Path("logs")).Select(System.IO.Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToArray();

    public static LogFixtureCase Load(string name) =>
        new(name, JsonNode.Parse(File.ReadAllText(Fixture.Path("logs", name, "expected.json")))!.AsObject());

    public string LogPath => Fixture.Path("logs", Name, "previous.log");

    public int DecisiveLine => Expected["decisiveLine"]!.GetValue<int>();

    public string DecisiveText => Expected["decisiveText"]!.GetValue<string>();

    public string Kind => Expected["kind"]!.GetValue<string>();

    /// <summary>The expected facts (except <c>category</c>, which is the detectors' call), as the strings the scanner reports.</summary>
    public IEnumerable<KeyValuePair<string, string>> Facts =>
        Expected["facts"]!.AsObject()
            .Where(f => f.Key != "category")
            .Select(f => KeyValuePair.Create(f.Key, f.Value is JsonArray many ? string.Join(',', many.Select(v => v!.GetValue<string>())) : f.Value!.ToString()));

    public LogDigest Scan()
    {
        using var stream = File.OpenRead(LogPath);
        return new LogScanner(SecretMasker.Default).Scan(stream, "previous.log");
    }

    /// <summary>The kinds that answer the fixture's kind; <c>other</c> is any kind the README's list does not name.</summary>
    public IReadOnlySet<LogSignalKind> AcceptedKinds => Kind switch
    {
        "connection-refused" => Set(LogSignalKind.ConnectionRefused),
        "timeout" => Set(LogSignalKind.Timeout),
        "dns" => Set(LogSignalKind.DnsFailure),
        "missing-env" => Set(LogSignalKind.MissingEnvironmentVariable),
        "missing-file" => Set(LogSignalKind.MissingFile),
        "missing-module" => Set(LogSignalKind.MissingModule),
        "permission-denied" => Set(LogSignalKind.PermissionDenied),
        "read-only-fs" => Set(LogSignalKind.ReadOnlyFileSystem),
        "oom" => Set(LogSignalKind.OutOfMemory),
        "exec-format" => Set(LogSignalKind.ExecFormatError),
        "missing-library" => Set(LogSignalKind.MissingSharedLibrary),
        "address-in-use" => Set(LogSignalKind.AddressInUse),
        "config-parse" => Set(LogSignalKind.ConfigurationParseError),
        "tls" => Set(LogSignalKind.TlsError),
        "auth-failure" => Set(LogSignalKind.AuthenticationFailure),
        "panic" => Set(LogSignalKind.Panic),
        "exception" => Set(LogSignalKind.Exception),
        "other" => Set(LogSignalKind.Error, LogSignalKind.InvalidArgument, LogSignalKind.NetworkUnreachable, LogSignalKind.SystemLimit),
        _ => throw new InvalidOperationException($"{Name}: unknown kind {Kind}"),
    };

    public override string ToString() => Name;

    private static HashSet<LogSignalKind> Set(params LogSignalKind[] kinds) => [.. kinds];
}
