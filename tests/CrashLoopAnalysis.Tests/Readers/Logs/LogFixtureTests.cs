using CrashLoopAnalysis.Masking;

namespace CrashLoopAnalysis.Tests.Readers.Logs;

/// <summary>
/// The 111 real crash logs of Fixtures/logs: for each, the scanner must cite the line an SRE quotes as the cause
/// (number and text), name its kind and extract the facts the SRE would act on.
/// </summary>
public sealed class LogFixtureTests
{
    /// <summary>
    /// What the scanner knowingly misses, per case and per assertion, with the reason. Keep this short: a gap
    /// here is a gap a user sees.
    /// </summary>
    private static readonly Dictionary<string, (string[] Skipped, string Why)> KnownGaps = new()
    {
        // The MySQL server's name is only on the preceding `mysql -h<host>` command line the entrypoint echoed.
        ["024-wesql-mysql-access-denied-1045"] = (["host"], "host is named on an earlier, non-error line"),
        // The API's URL is only on an earlier INFO line (`Using razee local at http://...`).
        ["052-fybrik-zap-console-setup-error-stack"] = (["host", "port"], "host is named on an earlier INFO line"),
        // The binary is only named on the entrypoint's earlier `Starting application: /usr/bin/rustfs` line.
        ["076-rustfs-entrypoint-emoji-exec-failed"] = (["path"], "path is named on an earlier, non-error line"),
    };

    public static TheoryData<string> Cases => [.. LogFixtureCase.Names];

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_decisive_line_kind_and_facts_match_what_an_SRE_quotes(string name)
    {
        var skipped = KnownGaps.TryGetValue(name, out var gap) ? gap.Skipped : [];
        var failures = Mismatches(LogFixtureCase.Load(name)).Where(m => !skipped.Contains(m.Key)).Select(m => m.Value);

        Assert.Empty(failures);
    }

    [Fact]
    public void Every_known_gap_is_still_a_gap()
    {
        foreach (var (name, (skipped, _)) in KnownGaps)
        {
            var mismatches = Mismatches(LogFixtureCase.Load(name));
            Assert.All(skipped, key => Assert.True(mismatches.ContainsKey(key), $"{name}: '{key}' passes now; remove it from the known gaps"));
        }
    }

    /// <summary>Each failed assertion (decisive, kind, or a fact key) with what was expected and what came out.</summary>
    private static Dictionary<string, string> Mismatches(LogFixtureCase expected)
    {
        var digest = expected.Scan();
        var failures = new Dictionary<string, string>();
        var text = SecretMasker.Default.Apply(expected.DecisiveText.Trim());
        if (digest.DecisiveLine is not { } line || line.Line != expected.DecisiveLine || line.Text != text)
        {
            failures["decisive"] = $"decisive: expected {expected.DecisiveLine}: {text}; got {digest.DecisiveLine}";
        }

        if (digest.DecisiveSignal is not { } signal || !expected.AcceptedKinds.Contains(signal.Kind))
        {
            failures["kind"] = $"kind: expected {expected.Kind}; got {digest.DecisiveSignal?.Kind}";
        }

        foreach (var (key, value) in expected.Facts)
        {
            if (digest.DecisiveSignal?.Fact(key) != value)
            {
                failures[key] = $"{key}: expected {value}; got {digest.DecisiveSignal?.Fact(key)}";
            }
        }

        return failures;
    }
}
