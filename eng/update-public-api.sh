#!/usr/bin/env bash
# Adds every public symbol the PublicApiAnalyzers report as undeclared (RS0016) to PublicAPI.Unshipped.txt
# of the given project, then sorts the file. Review the diff: a new public symbol is a decision.
# Usage: eng/update-public-api.sh src/CrashLoopAnalysis
set -euo pipefail
project=${1:?project folder}
file="$project/PublicAPI.Unshipped.txt"
[ -f "$file" ] || printf '#nullable enable\n' > "$file"
for round in 1 2 3; do
  symbols=$(dotnet build "$project" -f net10.0 --no-incremental 2>&1 \
    | grep -oE "error RS0016: Symbol '.*' is not part of the declared public API" \
    | sed -E "s/^error RS0016: Symbol '(.*)' is not part of the declared public API$/\1/" | sort -u || true)
  [ -n "$symbols" ] || break
  { grep -v '^#nullable' "$file" || true; printf '%s\n' "$symbols"; } | sort -u > "$file.tmp"
  { printf '#nullable enable\n'; cat "$file.tmp"; } > "$file"
  rm -f "$file.tmp"
done
echo "updated $file ($(grep -vc '^#' "$file") symbols)"
