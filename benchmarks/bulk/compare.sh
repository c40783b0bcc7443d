#!/usr/bin/env bash
# Times, on one generated troubleshoot-layout bundle, in one run:
#   1. crashloop diagnose on the bundle folder and on the same bundle as .tar.gz;
#   2. what a user would write instead: jq over the pod and event lists plus ripgrep over the logs;
#   3. the floor: ripgrep searching every file for a string that is absent (reading every byte once).
# Prints wall and CPU seconds, peak memory, MB/s and the ratios. Needs jq, rg (ripgrep) and GNU time.
# Usage: benchmarks/bulk/compare.sh [PODS=10000] [WORKDIR=a new temporary folder]
set -euo pipefail
cd "$(dirname "$0")/../.."
pods=${1:-10000}
work=${2:-$(mktemp -d)}
mkdir -p "$work"

dotnet build -c Release src/CrashLoopAnalysis.Cli >/dev/null
dotnet build -c Release benchmarks/CrashLoopAnalysis.DumpGenerator >/dev/null
crashloop=src/CrashLoopAnalysis.Cli/bin/Release/net10.0/crashloop
generate="dotnet benchmarks/CrashLoopAnalysis.DumpGenerator/bin/Release/net10.0/CrashLoopAnalysis.DumpGenerator.dll"

bundle="$work/bundle-$pods"
if [ ! -d "$bundle" ]; then
  $generate "$pods" "$bundle" >/dev/null
  $generate "$pods" "$bundle.tar.gz" --tar >/dev/null
fi
root="$bundle/support-bundle"
bytes=$(find "$bundle" -type f -printf '%s\n' | awk '{s+=$1} END {printf "%.0f", s}')
files=$(find "$bundle" -type f | wc -l)
echo "bundle: $pods pods, $files files, $((bytes / 1000000)) MB ($(du -b "$bundle.tar.gz" | cut -f1 | awk '{printf "%d", $1/1000000}') MB as .tar.gz)"

# Warm the page cache so that every contender reads from memory.
find "$bundle" -type f -exec cat {} + >/dev/null

# What a user would write instead of crashloop: list the failing containers and their last state, the
# warning events, and every log line with an error word.
jq_rg() {
  jq -r '.items[] | . as $p | .status.containerStatuses[]? | select(.restartCount > 0 or .state.waiting != null)
    | [$p.metadata.namespace, $p.metadata.name, .name, (.state.waiting.reason // ""), (.lastState.terminated.reason // ""),
       ((.lastState.terminated.exitCode // "") | tostring)] | @tsv' "$root"/cluster-resources/pods/*.json
  jq -r '.items[] | select(.type == "Warning") | [.involvedObject.namespace, .involvedObject.name, .reason, .message] | @tsv' \
    "$root"/cluster-resources/events/*.json
  rg -i -n --no-heading -e 'error|fatal|panic|exception|refused|timed out|denied|not found|out of memory|killed' \
    "$root"/cluster-resources/pods/logs || true
}

measure() { # name, command...: prints "name wall cpu peakKB"
  local name=$1; shift
  /usr/bin/time -o "$work/time.txt" -f '%e %U %S %M' "$@" >/dev/null 2>&1 || true
  read -r wall user sys peak < <(tail -n 1 "$work/time.txt")
  printf '%-24s %7.2f s wall %7.2f s cpu %7.0f MB peak %8.0f MB/s (wall) %8.0f MB/s (cpu)\n' "$name" "$wall" \
    "$(echo "$user + $sys" | bc)" "$(echo "$peak / 1024" | bc)" "$(echo "$bytes / 1000000 / $wall" | bc -l)" \
    "$(echo "$bytes / 1000000 / ($user + $sys)" | bc -l)"
  echo "$wall" > "$work/$name.wall"
}

export -f jq_rg
export root
measure crashloop-folder "$crashloop" diagnose "$bundle" --format json
measure crashloop-tar.gz "$crashloop" diagnose "$bundle.tar.gz" --format json
measure jq+rg bash -c jq_rg
measure rg-floor rg -uuu -c absent-string-q9zx7 "$bundle"

ratio() { echo "scale=2; $(cat "$work/$1.wall") / $(cat "$work/$2.wall")" | bc; }
echo "crashloop (folder) / jq+rg: $(ratio crashloop-folder jq+rg)   crashloop (folder) / floor: $(ratio crashloop-folder rg-floor)"
