using System.Globalization;
using System.Text;

namespace DescribeRecorder;

/// <summary>Writes the README of a recorded fixture set: how it was made and what it covers.</summary>
internal static class FixtureReadme
{
    public static string Render(RecorderOptions o, string kubectlVersion, List<CoverageRow> coverage, Dictionary<string, int> kinds)
    {
        string outDir = Path.IsPathRooted(o.OutDir) ? "tests/CrashLoopAnalysis.Tests/Fixtures/describe/recorded" : o.OutDir.Replace('\\', '/').TrimEnd('/');
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $$"""
            # Recorded `kubectl describe` pairs

            Every folder here is one exact pair: the objects a stub Kubernetes API server served, and what the real
            `kubectl describe` printed from them (stdout, byte for byte). They were made by `tools/DescribeRecorder`
            (see its README), which generates varied objects from a seed, serves them on 127.0.0.1 and runs kubectl
            against that server. Do not edit these files by hand: regenerate them.

            - kubectl: `{{kubectlVersion}}` (client; the stub server answers as a v1.32 API server)
            - seed: {{o.Seed}}
            - pairs: {{kinds.GetValueOrDefault("pod")}} single-pod, {{kinds.GetValueOrDefault("pods")}} multi-pod, {{kinds.GetValueOrDefault("node")}} node, {{kinds.GetValueOrDefault("pvc")}} PVC

            ## Regenerate

            From the repository root, with kubectl on the PATH:

            ```sh
            dotnet run --project tools/DescribeRecorder/DescribeRecorder.csproj -- \
              --out {{outDir}} \
              --count {{o.Count}} --multi {{o.Multi}} --nodes {{o.Nodes}} --pvcs {{o.Pvcs}} --seed {{o.Seed}} --readme --min-coverage 3
            ```

            The objects depend only on the seed, except their timestamps: they are generated relative to the moment
            the run starts (pass `--now 2025-01-01T00:00:00Z` to pin it), because kubectl prints ages (`3m`,
            `5m (x31 over 2h)`, `Terminating (lasts 10m)`) against its own clock. Every run therefore changes the
            timestamps, the ages and the `renderedAt` times, plus the Go pointer values kubectl prints for some
            projected volumes (see below), and nothing else. A run deletes the pair folders it finds (those with a
            `meta.json`) before writing new ones.

            ## Layout

            | folder | command | files |
            | --- | --- | --- |
            | `NNNN-<pod>/` | `kubectl describe pod NAME -n NS` | `pod.json`, `events.json`, `describe.txt`, `meta.json` |
            | `multi-NN-<namespace>/` | `kubectl describe pods -n NS` | `pods.json` (the PodList kubectl listed), `events.json`, `describe.txt`, `meta.json` |
            | `node-NN-<node>/` | `kubectl describe node NAME` | `node.json`, `pods.json` (the `spec.nodeName=NAME,status.phase!=Succeeded,status.phase!=Failed` list), `lease.json` (absent when the lease was not found), `events.json`, `describe.txt`, `meta.json` |
            | `pvc-NN-<claim>/` | `kubectl describe pvc NAME -n NS` | `pvc.json`, `pods.json` (every pod of the namespace: kubectl derives "Used By" from it), `events.json`, `describe.txt`, `meta.json` |

            - `*.json` files are the response bodies exactly as served (list items carry no `kind`/`apiVersion`, as
              from a real API server). When kubectl asked for events more than once (multi-pod: once per pod; node:
              by UID and by name), `events.json` is one EventList holding the items of every response in request
              order; `meta.json` says how many responses there were (`eventListResponses`).
            - `describe.txt` is kubectl's stdout; kubectl's stderr was empty and its exit code 0 for every pair (the
              recorder refuses the pair otherwise, and also when kubectl asked the stub for anything it could not serve).
            - `meta.json`: `renderedAt`/`renderedAtEnd` (UTC wall clock just before kubectl started and after it ended:
              ages in `describe.txt` are `renderedAt` minus the timestamps, rounded as kubectl's `HumanDuration` does),
              `generatedAt` (the anchor of the generated timestamps), `timeZone` (the `TZ` kubectl ran with: absolute
              times such as `Start Time:` are printed in it), `kubectlVersion`, `command`, the generator `scenarios`
              of the pods, and every request kubectl made.

            ## Notes for parser authors

            {{Notes}}

            ## Feature coverage

            How many pairs show each feature. "describe.txt" counts pairs whose kubectl output shows it (checked with a
            regular expression on the text); "JSON only" counts pairs whose served objects have it although kubectl
            does not print it; "JSON + describe.txt" checks the JSON for a feature whose effect is in the text.
            Group "node" counts node pairs, "pvc" PVC pairs, "all kinds" every pair, the others single- and multi-pod pairs.

            | group | feature | seen in | pairs |
            | --- | --- | --- | ---: |

            """);
        foreach (var row in coverage)
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {row.Group} | {row.Feature.Replace("|", "\\|", StringComparison.Ordinal)} | {row.Seen} | {row.Count} |\n");
        }

        return sb.ToString();
    }

    private const string Notes = """
        - The text is laid out by Go's `text/tabwriter` (min width 0, tab width 8, padding 2, spaces): the width
          of a column is that of the longest cell in a run of consecutive lines that have a tab in that column, so
          the same field is indented differently from pair to pair and even within one output (the `IPs:` and
          `Controlled By:` lines usually align differently from the lines above them). A line without a tab ends
          the run. The Events table is flushed on its own, but `Events:  <none>` joins the run above it, so its
          padding varies (in node output it takes the width of the first column of the Allocated resources
          table; in pod output that of `QoS Class:`/`Tolerations:` and the volume lines above).
        - Multi-line values are printed raw, and only their first line is indented: the later lines of a
          terminated container's `Message:`, of an event message (e.g. `ProbeWarning`, exec probe output) or of a
          pod `Message:` start at column 0 - unless such a line starts with a tab (Go and Java stack traces), which
          tabwriter then pads out to the value column. Such a message also ends the tabwriter run, so the rows
          after it (even Events rows) get new, usually narrower, column widths, and the line holding the first
          part of the message is padded on its own (`Message:  panic: ...` with two spaces).
        - Command, args, multi-line env values and multi-line or long annotations are split by kubectl and
          re-indented instead. Annotations longer than 140 characters (key + value) are printed on the next line,
          cut to 138 characters plus `...`; `kubectl.kubernetes.io/last-applied-configuration` is never printed.
        - Values containing a tab (an annotation, an env value, a termination message) become extra tabwriter
          cells: the tab turns into padding and can shift the alignment of the whole run.
        - Waiting states print only `Reason:` (never the message); a waiting state without a reason, or an empty
          state, prints a bare `Waiting`. `Last State:` is printed only when it is `terminated` (a waiting or
          running `lastState` is dropped). `Signal:` only when it is non-zero.
        - `Started:` of a `StartError` is the Unix epoch in the capture's zone (`Thu, 01 Jan 1970 00:00:00 +0000`,
          `Wed, 31 Dec 1969 21:00:00 -0300`, `Thu, 01 Jan 1970 12:45:00 +1245`); null times (`ContainerStatusUnknown`,
          a node condition without a heartbeat) print Go's zero time, always as `Mon, 01 Jan 0001 00:00:00 +0000`
          whatever the zone.
        - Absolute times are in the `TZ` of `meta.json`: offsets such as `+0545`, `+1345`, `-0230` occur, and one
          output can mix offsets across a daylight-saving change.
        - Quantities are printed in Go's canonical form, which is not always what the JSON says: `1000m` becomes
          `1`, `0.5` becomes `500m`, `0.001` becomes `1m`, `1.5Gi` becomes `1536Mi`, `0.5Gi` becomes `512Mi`;
          `129e6`, `1e9`, `1G`, `1000Mi` and `134217728` stay as they are.
        - HTTP probes are printed as a URL built by Go's `net/url`: the path is escaped (`/health?full=1` becomes
          `/health%3Ffull=1`, a space `%20`), an empty host gives `http://:8080/...`, a named port
          `http://:metrics/`, an IPv6 host `[::1]`. A gRPC probe with an empty service prints two spaces before
          `delay=`.
        - Environment: `fieldRef` values are resolved only for `metadata.name` and `metadata.namespace`; other
          paths print an empty value and then ` (v1:status.podIP)`. A `resourceFieldRef` prints the container's
          value in the divisor's unit, `0` when the container has no such request, and `node allocatable` for an
          unset `limits.cpu`/`limits.memory`. An env var with an empty or no value prints nothing after the colon.
        - Event ages: events written through events.k8s.io (no `firstTimestamp`/`lastTimestamp`, only `eventTime`
          and maybe `series`) are aged from `eventTime`, and a series prints `(xN over T)` from `series.count`.
          kubectl sorts events by `lastTimestamp` only, so those events come first, ties are in no stable order,
          and an event with no time at all shows `<unknown>`, one stamped in the future `<invalid>`. The `From`
          column is `source.component`, else `reportingComponent`, and can be empty.
        - `Status: Terminating (lasts <invalid>)` appears when `deletionTimestamp` is still in the future (it is
          set to now + grace period); `Termination Grace Period:` follows every `Terminating` status. A pod that
          is `Failed` or `Succeeded` shows its phase even when it has a deletion timestamp.
        - Projected volume sources print `ConfigMapOptional:`/`SecretOptionalName:` from a Go `*bool` with `%v`:
          `<nil>` when unset, and a memory address such as `0xc0006bb085` when set, different on every run.
        - A pod that was never scheduled has no container statuses, so its containers have no `Container ID`,
          `Image ID`, `State`, `Ready` or `Restart Count` lines at all; a container that never ran has empty
          `Container ID:` and `Image ID:` values.
        - `kubectl describe pods -n NS` prints the pods one after another, separated by two empty lines, in the
          order of the list (by name here).
        - The node pods table has an empty column (`Name` is followed by two tabs), so its header has a wide gap.
        - The objects are generated: some combinations are deliberately impossible in a real cluster (scenario
          `random`: a terminated container marked ready, a waiting `lastState`). Do not infer cluster behaviour
          from them, only kubectl's rendering.
        """;
}
