#!/usr/bin/env bash
# Builds everything in Release and runs all tests (corpus tests say plainly when ../shared/corpus is absent).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build Analysis.sln -c Release -nologo -v quiet
dotnet test Analysis.sln -c Release --no-build -nologo --logger "console;verbosity=normal"
