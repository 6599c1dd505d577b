#!/usr/bin/env bash
# The main job on the sample article: builds, installs the system browser if the CLI finds none, and writes
# reports/00-ukraine-south-korea.pdf (+ .html and the analysis JSON).
set -euo pipefail
cd "$(dirname "$0")"
dotnet build src/AidAnalysis.Cli -c Release -nologo -v quiet
aid() { dotnet run --project src/AidAnalysis.Cli -c Release --no-build -- "$@"; }
# The CLI's own browser search (AID_BROWSER, then Chromium and Chrome in the usual places).
if ! aid browser-path >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-liberation2 >/dev/null
  else
    echo "error: a Chromium or Chrome browser is needed for the PDF: run 'sudo apt-get install -y chromium fonts-liberation2' or set AID_BROWSER" >&2
    exit 2
  fi
fi
sample=data/articles/00-ukraine-south-korea.txt
meta=(--source "Caliber.Az" --published 2024-11-12)
aid analyze "$sample" "${meta[@]}" --out reports
aid brief "$sample" "${meta[@]}" -o reports/00-ukraine-south-korea.pdf --html
