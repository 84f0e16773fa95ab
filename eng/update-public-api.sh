#!/usr/bin/env bash
# Adds every new public symbol of the shipped libraries to their PublicAPI.Unshipped.txt (RS0016 fixes),
# so that a deliberate API change is one command plus a reviewable diff.
set -euo pipefail
cd "$(dirname "$0")/.."
for project in src/Kpr.Core/Kpr.Core.csproj src/Kpr.Core.Testing/Kpr.Core.Testing.csproj; do
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity warn --no-restore >/dev/null || true
done
git diff --stat -- '*PublicAPI.Unshipped.txt' || true
