#!/usr/bin/env bash
# Times './briefing verify jinan-digital-city' as a whole process: the build (three PDFs and the
# intranet page), every page drawn by pdftoppm and made compact by pngquant, and the comparison
# with the approved snapshots. Compiles and warms up first (not timed), then runs N times (default
# 5) and prints each run and the medians: wall time, and the peak memory of the whole process tree
# (the tool, Chromium and every helper it starts), as the sum of their PSS sampled every 0.1 s.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
out=$(mktemp -d)
diffs=$(mktemp -d)
trap 'rm -rf "$out" "$diffs"' EXIT

./briefing verify data/jinan-digital-city --out "$out" --diffs "$diffs" >/dev/null   # compiles if needed, installs the page tools


walls=(); peaks=()
for i in $(seq "$runs"); do
  # A fresh output folder each run: verify's build would otherwise keep the last run's outputs as unchanged.
  rm -rf "$out"; mkdir -p "$out"
  start=$(date +%s.%N)
  dotnet "$tool" verify data/jinan-digital-city --out "$out" --diffs "$diffs" >/dev/null 2>"$diffs/err" &
  pid=$!
  peak=$(peak_pss_while "$pid")
  wait "$pid" || { cat "$diffs/err" >&2; echo "verify failed: the outputs are not as approved" >&2; exit 1; }
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  walls+=("$wall"); peaks+=("$peak")
  printf 'run %d: %.2f s wall, %d MiB peak PSS (process tree)\n' "$i" "$wall" "$((peak / 1024))"
done

printf 'median of %d runs: %.2f s wall, %d MiB peak PSS (process tree)\n' "$runs" "$(median "${walls[@]}")" "$(( $(median "${peaks[@]}" | cut -d. -f1) / 1024 ))"
