#!/usr/bin/env bash
# Start-up figures of issue 19, A/B in one run: this tree against a base commit, each measured as whole
# processes with /usr/bin/time (wall and processor time = user + sys, children included, so the browser's
# share of a brief is counted), runs alternating between the two builds so machine noise hits both alike.
#
#   tools/bench-startup.sh [--base REV] [--runs N] [--no-build] [--only LIST]
#
#   --base REV   the "before" build (default dc1c439, the commit before the start-up work); it is checked
#                out with `git worktree add` into ${BENCH_BASE_DIR:-/tmp/aid-bench-base-REV} and built there
#   --runs N     timed runs per figure and side (default 5); the table shows the median and [min–max]
#   --no-build   use the builds already in place
#   --only LIST  comma-separated subset of: analyze,brief,warm,notebook,twin (default all)
#
# Figures: `aid analyze` of the sample article; cold `aid brief` of it (browser start included); a warm
# brief (`aid bench brief --briefs 5`: the in-process time per brief after the first, wall only); cold
# `aid run-notebook` of notebooks/01 (the notebook package is repacked from each tree before its runs, and
# from this tree again at the end); the second and later runs of `dotnet run notebooks/explore-article.cs`
# (one untimed run first builds it; this tree's twin runs the packed library, so it is packed first). Prints a markdown table; raw times go to $BENCH_OUT (a temp folder).
set -euo pipefail
cd "$(dirname "$0")/.."
here="$PWD"
base_rev=dc1c439
runs=5
build=1
only=analyze,brief,warm,notebook,twin
while [ $# -gt 0 ]; do
  case "$1" in
    --base) base_rev="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --only) only="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    *) echo "error: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
wants() { [[ ",$only," == *",$1,"* ]]; }

base="${BENCH_BASE_DIR:-/tmp/aid-bench-base-$base_rev}"
out="${BENCH_OUT:-$(mktemp -d /tmp/aid-bench-startup-XXXXXX)}"
mkdir -p "$out"
sample=data/articles/00-ukraine-south-korea.txt
aid_of() { echo "$1/src/AidAnalysis.Cli/bin/Release/net10.0/aid"; }

if [ ! -d "$base" ]; then
  git worktree add --detach "$base" "$base_rev" >/dev/null
fi
if [ "$build" = 1 ]; then
  for tree in "$base" "$here"; do
    echo "building $tree" >&2
    (cd "$tree" && dotnet build src/AidAnalysis.Cli -c Release -nologo -v quiet >/dev/null)
  done
fi
for tree in "$base" "$here"; do
  [ -x "$(aid_of "$tree")" ] || { echo "error: $(aid_of "$tree") is not built (run without --no-build)" >&2; exit 2; }
done

# timed SIDE FIGURE CMD...: one run in the side's tree; appends "wall cpu" to $out/FIGURE.SIDE.
timed() {
  local side="$1" figure="$2"; shift 2
  local tree; tree=$([ "$side" = before ] && echo "$base" || echo "$here")
  (cd "$tree" && /usr/bin/time -f "%e %U %S" -o "$out/time" "$@" >"$out/last.out" 2>"$out/last.err") \
    || { echo "error: $figure ($side) failed: $(tail -1 "$out/last.err")" >&2; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$out/time" >>"$out/$figure.$side"
}

rm -f "$out"/*.before "$out"/*.after
if wants analyze; then
  echo "analyze ×$runs" >&2
  for _ in $(seq "$runs"); do
    for side in before after; do timed $side analyze "$(aid_of "$([ $side = before ] && echo "$base" || echo "$here")")" analyze "$sample"; done
  done
fi
if wants brief; then
  echo "brief ×$runs" >&2
  for _ in $(seq "$runs"); do
    for side in before after; do timed $side brief "$(aid_of "$([ $side = before ] && echo "$base" || echo "$here")")" brief "$sample" -o "$out/brief-$side.pdf"; done
  done
fi
if wants warm; then
  echo "warm brief ×$runs" >&2
  for _ in $(seq "$runs"); do
    for side in before after; do
      tree=$([ $side = before ] && echo "$base" || echo "$here")
      timed $side warm-process "$(aid_of "$tree")" bench brief --briefs 5
      # The bench prints "brief, warm batch of 5 │ 0.31 s per brief": that per-brief time is the figure (wall only).
      sed -n 's/.*warm batch of 5[^0-9]*\([0-9.]*\) s per brief.*/\1 -/p' "$out/last.out" >>"$out/warm.$side"
    done
  done
fi
if wants notebook; then
  for side in before after; do
    tree=$([ $side = before ] && echo "$base" || echo "$here")
    echo "run-notebook 01 ×$runs ($side; packing its notebook package first)" >&2
    (cd "$tree" && tools/pack-local.sh >/dev/null 2>&1)
    for _ in $(seq "$runs"); do
      timed $side notebook "$(aid_of "$tree")" run-notebook notebooks/01-explore-article.ipynb -p articlePath="$sample" -o "$out/01-$side.ipynb"
    done
  done
  # Leave the package cache holding this tree's build.
  tools/pack-local.sh >/dev/null 2>&1
fi
if wants twin; then
  echo "file-based twin ×$runs" >&2
  # This tree's twins run the packed library: pack it unless the notebook runs just did.
  wants notebook || tools/pack-local.sh >/dev/null 2>&1
  for side in before after; do
    tree=$([ $side = before ] && echo "$base" || echo "$here")
    (cd "$tree" && dotnet run notebooks/explore-article.cs -- "$sample" --report "$out/twin-$side.html" >/dev/null 2>&1)
  done
  for _ in $(seq "$runs"); do
    for side in before after; do timed $side twin dotnet run notebooks/explore-article.cs -- "$sample" --report "$out/twin-$side.html"; done
  done
fi

python3 - "$out" "$base_rev" "$(git rev-parse --short HEAD)" "$runs" <<'PY'
import os, statistics, sys
out, base_rev, head, runs = sys.argv[1:]
rows = [("analyze", "`aid analyze` of the 3 KB sample, cold process"),
        ("brief", "`aid brief` of the sample, cold (browser start included)"),
        ("warm", "brief in a warm process (`bench brief`, per brief after the first)"),
        ("notebook", "`aid run-notebook` 01, cold process"),
        ("twin", "`dotnet run notebooks/explore-article.cs`, second run")]
def read(figure, side):
    path = os.path.join(out, f"{figure}.{side}")
    if not os.path.exists(path): return None
    pairs = [line.split() for line in open(path) if line.strip()]
    wall = [float(p[0]) for p in pairs]
    cpu = [float(p[1]) for p in pairs if p[1] != "-"]
    return wall, cpu
def cell(values):
    if not values: return "–"
    return f"{statistics.median(values):.2f} s [{min(values):.2f}–{max(values):.2f}]"
print(f"| figure ({runs} runs each; median [range]) | wall before ({base_rev}) | wall after ({head}) | CPU before | CPU after |")
print("|---|---|---|---|---|")
for figure, label in rows:
    before, after = read(figure, "before"), read(figure, "after")
    if before is None and after is None: continue
    print(f"| {label} | {cell(before[0])} | {cell(after[0])} | {cell(before[1])} | {cell(after[1])} |")
load = open("/proc/loadavg").read().split()[:3] if os.path.exists("/proc/loadavg") else ["?"] * 3
print(f"\nCPU = user + sys of the whole process tree (the browser included). Load average at the end: {' '.join(load)}. Raw times: {out}")
PY
