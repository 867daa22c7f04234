#!/usr/bin/env bash
# Times the whole 'build' of the Jinan briefing as a process: three PDFs and the intranet page
# (--force: the outputs of the run before would otherwise be kept as unchanged).
# Compiles first (not timed), then runs N times (default 7) and prints each run, the median wall
# time and the median peak memory (max RSS of the process tree's largest member, from GNU time).
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-7}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

./briefing build data/jinan-digital-city --out "$out" >/dev/null   # compiles if needed, warms the disk cache
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 3; }

walls=(); rss=()
for i in $(seq "$runs"); do
  stats=$(/usr/bin/time -f '%e %M' dotnet "$tool" build data/jinan-digital-city --out "$out" --force 2>&1 >/dev/null | tail -1)
  walls+=("${stats% *}"); rss+=("${stats#* }")
  printf 'run %d: %s s wall, %s MiB peak RSS (dotnet process)\n' "$i" "${stats% *}" "$(( ${stats#* } / 1024 ))"
done

printf 'median of %d runs: %s s wall, %s MiB peak RSS\n' "$runs" "$(median "${walls[@]}")" "$(( $(median "${rss[@]}" | cut -d. -f1) / 1024 ))"
