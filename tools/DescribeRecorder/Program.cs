using System.Globalization;
using System.Text;

namespace DescribeRecorder;

/// <summary>Entry point: parses the command line and runs a recording or a coverage report.</summary>
internal static class Program
{
    private const string Usage = """
        DescribeRecorder: records (served JSON, real `kubectl describe` output) pairs from a stub API server.

        usage:
          DescribeRecorder --out DIR [--count N] [--seed S] [--multi M] [--nodes K] [--pvcs P]
                           [--kubectl PATH] [--now 2025-01-01T00:00:00Z] [--readme] [--min-coverage C]
          DescribeRecorder --coverage DIR

          --count N         single-pod captures (default 300)
          --multi M         `describe pods -n NS` captures (default: count/20)
          --nodes K         `describe node` captures (default: count/20)
          --pvcs P          `describe pvc` captures (default: count/20)
          --seed S          generator seed (default 1)
          --now T           anchor for generated timestamps (default: the wall clock at start)
          --kubectl PATH    kubectl to run (default: kubectl on PATH)
          --readme          write DIR/README.md with how the set was made and its feature coverage
          --min-coverage C  exit 3 when a feature shows in fewer than C pairs (default 0: report only)
          --event-tables N  record `kubectl get events` tables instead (N namespaces, plain and -o wide, and -A,
                            -A -o wide) with the served events, from a cluster of --count pods
          --coverage DIR    print the feature coverage of an existing set and exit (with --readme: rewrite
                            DIR/README.md from it, without recording again)
        """;

    public static int Main(string[] args)
    {
        Console.OutputEncoding = new UTF8Encoding(false);
        int count = 300;
        int? multi = null, nodes = null, pvcs = null;
        ulong seed = 1;
        string? outDir = null;
        string kubectl = "kubectl";
        DateTimeOffset? now = null;
        bool readme = false;
        int minCoverage = 0;
        string? coverageDir = null;
        int eventTables = 0;
        try
        {
            for (int i = 0; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException("missing value after " + args[i]);
                switch (args[i])
                {
                    case "--count": count = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--multi": multi = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--nodes": nodes = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--pvcs": pvcs = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--seed": seed = ulong.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--out": outDir = Next(); break;
                    case "--kubectl": kubectl = Next(); break;
                    case "--now": now = DateTimeOffset.Parse(Next(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal); break;
                    case "--readme": readme = true; break;
                    case "--min-coverage": minCoverage = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "--coverage": coverageDir = Next(); break;
                    case "--event-tables": eventTables = int.Parse(Next(), CultureInfo.InvariantCulture); break;
                    case "-h" or "--help": Console.WriteLine(Usage); return 0;
                    default: throw new ArgumentException("unknown argument " + args[i]);
                }
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or OverflowException)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (coverageDir is not null)
        {
            var rows = Coverage.Compute(coverageDir);
            foreach (var row in rows)
            {
                Console.WriteLine($"{row.Count,5}  [{row.Group}] {row.Feature}");
            }

            if (readme)
            {
                // Re-render the README of an existing set (after changing the checks) without recording again.
                var metas = Directory.GetDirectories(coverageDir)
                    .Select(d => Path.Combine(d, "meta.json"))
                    .Where(File.Exists)
                    .Select(f => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllBytes(f))!)
                    .ToList();
                var kinds = metas.GroupBy(m => m["kind"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
                var first = metas.FirstOrDefault();
                var opts = new RecorderOptions(
                    kinds.GetValueOrDefault("pod"), kinds.GetValueOrDefault("pods"), kinds.GetValueOrDefault("node"), kinds.GetValueOrDefault("pvc"),
                    first?["seed"]?.GetValue<ulong>() ?? seed, coverageDir, kubectl, null, true, minCoverage);
                File.WriteAllText(Path.Combine(coverageDir, "README.md"), FixtureReadme.Render(opts, first?["kubectlVersion"]?.GetValue<string>() ?? "unknown", rows, kinds), new UTF8Encoding(false));
            }

            return minCoverage > 0 && rows.Any(r => r.Count < minCoverage) ? 3 : 0;
        }

        if (outDir is null)
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        if (eventTables > 0)
        {
            return EventTablesRecorder.Run(new RecorderOptions(count, 0, 0, 0, seed, outDir, kubectl, now, false, 0), eventTables);
        }

        int dflt = Math.Max(1, count / 20);
        var options = new RecorderOptions(count, multi ?? dflt, nodes ?? dflt, pvcs ?? dflt, seed, outDir, kubectl, now, readme, minCoverage);
        return new Recorder(options).Run();
    }
}
