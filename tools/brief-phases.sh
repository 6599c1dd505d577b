#!/usr/bin/env bash
# Phase marks of one cold `aid brief`, from `strace -f -tt` (process starts, library loads, the browser's exec, the
# PDF's temporary file): seconds since the process started. strace stops the process only on those calls (--seccomp-bpf),
# so the run is barely slower than without it.
#
#   tools/brief-phases.sh [AID] [ARTICLE]   (defaults: this tree's build, the sample article)
set -euo pipefail
cd "$(dirname "$0")/.."
aid="${1:-src/AidAnalysis.Cli/bin/Release/net10.0/aid}"
article="${2:-data/articles/00-ukraine-south-korea.txt}"
command -v strace >/dev/null || { echo "error: strace is not installed (apt-get install strace)" >&2; exit 2; }
work="$(mktemp -d /tmp/aid-brief-phases-XXXXXX)"
trap 'rm -rf "$work"' EXIT
strace --seccomp-bpf -f -tt -e trace=execve,openat -o "$work/trace" "$aid" brief "$article" -o "$work/brief.pdf" >/dev/null 2>"$work/err" \
  || { echo "error: brief failed: $(tail -1 "$work/err")" >&2; exit 1; }
seconds() { awk '{ split($2, t, ":"); printf "%.3f\n", t[1] * 3600 + t[2] * 60 + t[3] }'; }
start=$(head -1 "$work/trace" | seconds)
mark() {
  local at
  at=$(grep -E "$2" "$work/trace" | grep -v ENOENT | head -1 | seconds)
  if [ -z "$at" ]; then printf '%-46s %s\n' "$1" "-"; else awk -v a="$at" -v s="$start" -v n="$1" 'BEGIN { printf "%-46s %6.2f s\n", n, a - s }'; fi
}
mark "runtime up (aid.dll loaded)" '/aid\.dll"'
mark "browser started (exec)" 'execve\("[^"]*(setpriv|chrom)'
mark "browser ready (PuppeteerSharp connects)" 'Logging\.Abstractions\.dll'
mark "template parse (Fluid loaded)" '/Fluid\.dll"'
mark "chart page: plotly.js file written" 'charts/plotly\.min\.js'
mark "analysis done, charts built (FSharp.Core)" '/FSharp\.Core\.dll"'
mark "figure JSON (Newtonsoft.Json loaded)" '/Newtonsoft\.Json\.dll"'
mark "SVGs back, HTML rendered (Fluid files)" 'FileProviders'
mark "PDF written (temporary file)" '\.pdf\.[0-9a-f]+\.tmp'
awk -v s="$start" '{ split($2, t, ":"); e = t[1] * 3600 + t[2] * 60 + t[3] } END { printf "%-46s %6.2f s\n", "process and browser gone", e - s }' "$work/trace"
