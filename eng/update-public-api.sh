#!/usr/bin/env bash
# Adds every new public symbol of the shipped libraries to their PublicAPI.Unshipped.txt (RS0016), drops symbols
# that no longer exist from it (RS0017) and removes duplicate lines (RS0025, e.g. after a rebase), so that a
# deliberate API change is one command plus a reviewable diff.
# (`dotnet format analyzers --diagnostics RS0016` applies no fix on this SDK: dotnet/format#1416. So the script
# builds each project and takes the symbols from the analyzer messages instead.)
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Kpr.Core src/Kpr.Core.Extracts src/Kpr.Core.Synthetic src/Kpr.Core.Testing; do
  file="$project/PublicAPI.Unshipped.txt"
  log=$(mktemp)
  dotnet build "$project" -c Release -nologo -v q -p:TreatWarningsAsErrors=false >"$log" 2>&1 || true
  # Only this project's messages (a build also reports its project references' symbols).
  grep -F "/$project/$(basename "$project").csproj]" "$log" >"$log.own" || true
  mv "$log.own" "$log"
  added=$(grep -oP "RS0016: Symbol '\K.*(?=' is not part of the declared public API)" "$log" | sort -u || true)
  removed=$(grep -oP "RS0017: Symbol '\K.*(?=' is part of the declared API, but)" "$log" | sort -u || true)
  {
    echo "#nullable enable"
    {
      grep -v '^#nullable enable$' "$file" | grep -vxF -f <(printf '%s\n' "$removed" | sed '/^$/d') || true
      if [ -n "$added" ]; then printf '%s\n' "$added"; fi
    } | sed '/^$/d' | awk '!seen[$0]++'   # keep the order (small diffs), new symbols at the end
  } >"$file.tmp"
  mv "$file.tmp" "$file"
  rm -f "$log"
done
git diff --stat -- '*PublicAPI.Unshipped.txt' || true
