#!/usr/bin/env bash
# The main job on the sample article.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/AidAnalysis.Cli -c Release -nologo -v quiet
dotnet run --project src/AidAnalysis.Cli -c Release --no-build -- analyze data/articles/00-ukraine-south-korea.txt --out reports
dotnet run --project src/AidAnalysis.Cli -c Release --no-build -- analyze data/articles/00-ukraine-south-korea.txt --format table
