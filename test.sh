#!/usr/bin/env bash
# Builds everything in Release and runs all tests (corpus tests say plainly when ../shared/corpus is absent).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Analysis.sln -c Release -nologo -v quiet
# The notebooks reference the library as a local package: repack it so they test this build, not an older one.
tools/pack-local.sh
dotnet test Analysis.sln -c Release --no-build -nologo --logger "console;verbosity=normal"
