#!/usr/bin/env bash
# An office's archive: N copies of the Jinan briefing (default 30) under one data folder, built in
# full (--force) as a whole process, R times (default 3). Prints each run and the medians: wall
# time, PDFs a second, and the peak memory of the whole process tree (the tool and every Chromium
# process), as the sum of their PSS sampled every 0.1 s. Then the incremental rebuild after a
# one-line change to one briefing. Usage: bench/archive.sh [copies] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
copies=${1:-30}
runs=${2:-3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./briefing build data/jinan-digital-city --out "$work/warm" >/dev/null   # compiles if needed, installs what is missing

archive_project "$work" "$copies"
pdfs=$((copies * 3))


# Runs the tool in the archive, sampling the tree's PSS; sets wall, peak and cpu (the whole tree's
# CPU seconds, which a loaded machine does not inflate as it does the wall time).
measure() {
  local start pid group
  group=$(cpu_group_new)
  start=$(date +%s.%N)
  (if [ -n "$group" ]; then echo "$BASHPID" > "$group/cgroup.procs"; fi
   cd "$work/project" && exec dotnet "$tool" "$@" >/dev/null 2>"$work/err") &
  pid=$!
  peak=$(peak_pss_while "$pid")
  wait "$pid" || { cat "$work/err" >&2; exit 1; }
  wall=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  cpu=$(cpu_group_seconds "$group")
}


printf 'machine: %s cores, load %s before the runs\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)"
walls=(); peaks=(); cpus=()
for i in $(seq "$runs"); do
  measure build --force
  walls+=("$wall"); peaks+=("$peak"); cpus+=("$cpu")
  printf 'full build %d: %d briefings, %d PDFs, %.1f s wall, %.2f PDFs/s, %d MiB peak PSS (process tree), %s CPU s (process tree)\n' \
    "$i" "$copies" "$pdfs" "$wall" "$(awk -v n="$pdfs" -v w="$wall" 'BEGIN {print n / w}')" "$((peak / 1024))" "$cpu"
done
full=$(median "${walls[@]}")
printf 'median of %d full builds: %.1f s, %.2f PDFs/s, %d MiB peak PSS\n' "$runs" "$full" \
  "$(awk -v n="$pdfs" -v w="$full" 'BEGIN {print n / w}')" "$(( $(median "${peaks[@]}" | cut -d. -f1) / 1024 ))"
if [ "$cpu" != "n/a" ]; then
  used=$(median "${cpus[@]}")
  printf 'median CPU: %.1f s, %.2f CPU s a PDF; on %d idle cores at most %.2f PDFs/s\n' "$used" \
    "$(awk -v c="$used" -v n="$pdfs" 'BEGIN {print c / n}')" "$(nproc)" "$(awk -v c="$used" -v n="$pdfs" -v k="$(nproc)" 'BEGIN {print k * n / c}')"
fi

incs=()
for i in $(seq "$runs"); do
  echo "# changed $i" >> "$work/project/data/jinan-001/sections.yaml"
  measure build
  incs+=("$wall")
  printf 'incremental build %d (one briefing changed): %.1f s wall, %d MiB peak PSS\n' "$i" "$wall" "$((peak / 1024))"
done
inc=$(median "${incs[@]}")
printf 'median incremental build: %.1f s, %.1f %% of the full build\n' "$inc" "$(awk -v a="$inc" -v b="$full" 'BEGIN {print 100 * a / b}')"
