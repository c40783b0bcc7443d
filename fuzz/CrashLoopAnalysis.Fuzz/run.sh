#!/usr/bin/env bash
# Fuzz one reader with AFL++ for a while: fuzz/CrashLoopAnalysis.Fuzz/run.sh TARGET [SECONDS]
# TARGET is json, yaml, log or any. Needs afl++ (Debian: apt-get install afl++) and the sharpfuzz tool
# (dotnet tool install --global SharpFuzz.CommandLine). Findings land in fuzz/findings/TARGET.
set -euo pipefail
target=${1:?usage: run.sh json|yaml|log|any [seconds]}
seconds=${2:-300}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out="$root/fuzz/out"
export PATH="$PATH:$HOME/.dotnet/tools"

if [ ! -f "$out/CrashLoopAnalysis.Fuzz.dll" ]; then
  dotnet publish "$here" -c Release -o "$out"
  # Instrument the library only: coverage of our readers is what guides AFL++.
  sharpfuzz "$out/CrashLoopAnalysis.dll"
fi

seeds="$root/fuzz/seeds/$target"
if [ ! -d "$seeds" ]; then
  mkdir -p "$seeds"
  fixtures="$root/tests/CrashLoopAnalysis.Tests/Fixtures"
  case "$target" in
    json) find "$fixtures/troubleshoot" -name '*.json' -size -16k | head -n 12 ;;
    yaml) find "$fixtures/must-gather" -name '*.yaml' -size -16k | head -n 12 ;;
    log) find "$fixtures/logs" -type f -size -16k | grep -v case.json | head -n 12 ;;
    *) find "$fixtures/cases" -type f -size -16k | grep -v case.json | head -n 12 ;;
  esac | while read -r f; do cp "$f" "$seeds/$(echo "$f" | md5sum | cut -c1-12)"; done
fi

mkdir -p "$root/fuzz/findings"
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
nice afl-fuzz -V "$seconds" -t 10000 -m none -i "$seeds" -o "$root/fuzz/findings/$target" -- dotnet "$out/CrashLoopAnalysis.Fuzz.dll" "$target"
