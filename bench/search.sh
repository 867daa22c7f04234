#!/usr/bin/env bash
# What the search index costs: N copies of the Jinan briefing (default 30) built as intranet pages
# (--format html), then R times (default 5) each: Pagefind alone on the built site, an incremental
# build with nothing changed (the index kept), and the same build made to index again (its stamp
# removed). Prints the medians, and the index's size. Usage: bench/search.sh [copies] [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
copies=${1:-30}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

./briefing build data/jinan-digital-city --format html --out "$work/warm" >/dev/null   # compiles if needed, installs what is missing
pagefind=$PWD/node_modules/@pagefind/linux-x64/bin/pagefind_extended

archive_project "$work" "$copies"
(cd "$work/project" && dotnet "$tool" build --format html >/dev/null)

seconds() { local start; start=$(date +%s.%N); "$@" >/dev/null 2>&1; awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}'; }
alone=(); kept=(); again=()
for _ in $(seq "$runs"); do
  alone+=("$(seconds "$pagefind" --site "$work/project/out" --glob '*/index.html' --output-path "$work/alone" --keep-index-url --quiet)")
  kept+=("$(cd "$work/project" && seconds dotnet "$tool" build --format html)")
  rm "$work/project/out/pagefind/briefing-search.inputs"
  again+=("$(cd "$work/project" && seconds dotnet "$tool" build --format html)")
done
printf 'machine: %s cores, load %s; %d briefings, %d runs (medians)\n' "$(nproc)" "$(cut -d' ' -f1-3 /proc/loadavg)" "$copies" "$runs"
printf 'pagefind alone:                      %.3f s\n' "$(median "${alone[@]}")"
printf 'build, nothing changed, index kept:  %.3f s\n' "$(median "${kept[@]}")"
printf 'build, nothing changed, re-indexed:  %.3f s\n' "$(median "${again[@]}")"
printf 'index size: %s, %s files\n' "$(du -sh "$work/project/out/pagefind" | cut -f1)" "$(find "$work/project/out/pagefind" -type f | wc -l)"
