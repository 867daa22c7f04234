#!/usr/bin/env bash
# Times watch's rebuilds as staff see them, from saving a one-line change to the prose until the
# preview is told that the HTML is ready (the page reloads) and that each edition's PDF (zh, en,
# zh-en) is ready (its viewer reloads): the server-sent events a preview page listens to, read by a
# client as the browser does. A 'pdf' event that names an edition (zh, en or zh-en in its data, as
# a file name or a bare code) readies that one; one that names none readies every edition at once.
# Also samples the PSS of the whole process tree (dotnet and every Chromium process, bench/lib.sh's
# tree_pss) while it runs. Runs N saves (default 7) and prints each and the medians. The events are
# read as the viewer of one edition's PDF reads them (default zh), which watch prints first.
# Usage: bench/watch.sh [saves] [zh|en|zh-en]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-7}
viewed=${2:-zh}
editions=(zh en zh-en)
./briefing build data/jinan-digital-city --out "$(mktemp -d)" >/dev/null   # compiles, installs fonts

root=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$root"' EXIT
mkdir -p "$root/data"
cp -r data/jinan-digital-city data/office.yaml "$root/data/"
for link in templates node_modules schemas package.json; do ln -s "$PWD/$link" "$root/$link"; done

(cd "$root" && exec dotnet "$tool" watch jinan-digital-city --port 0 --messages en >"$root/watch.log" 2>&1) &
watch_pid=$!
for _ in $(seq 120); do grep -q '^Serving' "$root/watch.log" 2>/dev/null && break; sleep 0.5; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$root/watch.log" | head -1)
[ -n "$url" ] || { cat "$root/watch.log"; exit 3; }

# The whole tree's PSS, in KiB, every 0.1 s until watch ends.
(while kill -0 "$watch_pid" 2>/dev/null; do tree_pss "$watch_pid" >>"$root/pss.log"; sleep 0.1; done) &

# Each event, stamped with the time its name arrived (ms since the epoch): "<ms> <name> <data>".
curl -sN "${url}_events?pdf=/jinan-digital-city/jinan-digital-city.$viewed.pdf" | while IFS= read -r line; do
  case $line in
    event:*) stamp=$(date +%s%3N); name=${line#event: } ;;
    data:*) printf '%s %s %s\n' "$stamp" "$name" "${line#data: }" >>"$root/events.log" ;;
  esac
done &
sleep 1
touch "$root/events.log"

# The edition an event's data names (zh-en before zh and en), or nothing.
edition_of() { grep -oE '(^|[^a-z])(zh-en|zh|en)([^a-z-]|$)' <<<"$1" | head -1 | tr -cd 'a-z-' || :; }

file="$root/data/jinan-digital-city/sections.yaml"
declare -A pdf_times=()
htmls=()
for i in $(seq "$runs"); do
  seen=$(wc -l <"$root/events.log")
  if (( i % 2 )); then sed -i 's/大有可为。/大有可为！/' "$file"; else sed -i 's/大有可为！/大有可为。/' "$file"; fi
  saved=$(date +%s%3N)
  html=""; declare -A ready=()
  for _ in $(seq 12000); do
    while read -r stamp name data; do
      case $name in
        reload) [ -n "$html" ] || html=$(( stamp - saved )) ;;
        pdf)
          named=$(edition_of "$data")
          for e in "${editions[@]}"; do
            if [ -z "$named" ] || [ "$named" = "$e" ]; then [ -n "${ready[$e]:-}" ] || ready[$e]=$(( stamp - saved )); fi
          done ;;
      esac
    done < <(tail -n +"$((seen + 1))" "$root/events.log")
    [ -n "$html" ] && [ "${#ready[@]}" -eq "${#editions[@]}" ] && break
    sleep 0.01
  done
  [ -n "$html" ] && [ "${#ready[@]}" -eq "${#editions[@]}" ] || { echo "save $i: not every edition was reported ready within 120 s" >&2; cat "$root/watch.log" >&2; exit 3; }
  htmls+=("$html")
  line="save $i: HTML $html ms"
  for e in "${editions[@]}"; do pdf_times[$e]+=" ${ready[$e]}"; line+=", $e.pdf ${ready[$e]} ms"; done
  echo "$line"
  unset ready
  sleep 0.5
done

summary="median of $runs saves, from the save (including the 40 ms coalescing wait), with the $viewed.pdf viewer open: HTML $(median "${htmls[@]}") ms"
for e in "${editions[@]}"; do read -r -a times <<<"${pdf_times[$e]}"; summary+=", $e.pdf $(median "${times[@]}") ms"; done
echo "$summary"
sleep 0.3
echo "whole process tree (dotnet + Chromium) PSS: peak $(( $(sort -n "$root/pss.log" | tail -1) / 1024 )) MiB, at rest after the last save $(( $(tail -1 "$root/pss.log") / 1024 )) MiB"
