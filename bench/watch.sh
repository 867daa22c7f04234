#!/usr/bin/env bash
# Times watch's rebuilds as staff see them: from saving a one-line change to the prose until the
# page is told to reload (HTML rebuilt) and until the PDF previews are told to reload (all three
# PDFs re-printed by the warm browser). Runs N saves (default 7) and prints each and the medians.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-7}
./briefing build data/jinan-digital-city --out "$(mktemp -d)" >/dev/null   # compiles, installs fonts

root=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null; rm -rf "$root"' EXIT
mkdir -p "$root/data"
cp -r data/jinan-digital-city data/office.yaml "$root/data/"
for link in templates node_modules schemas package.json; do ln -s "$PWD/$link" "$root/$link"; done
tool=$PWD/src/BriefingGen/bin/Release/net10.0/BriefingGen.dll

(cd "$root" && exec dotnet "$tool" watch jinan-digital-city --port 0 --messages en >"$root/watch.log" 2>&1) &
for _ in $(seq 120); do grep -q '^Serving' "$root/watch.log" 2>/dev/null && break; sleep 0.5; done
url=$(grep -o 'http://127.0.0.1:[0-9]*/' "$root/watch.log" | head -1)
[ -n "$url" ] || { cat "$root/watch.log"; exit 3; }

# Each event line, stamped with the time it arrived (ms since the epoch).
curl -sN "${url}_events" | while IFS= read -r line; do
  [[ $line == event:* ]] && printf '%s %s\n' "$(date +%s%3N)" "${line#event: }" >>"$root/events.log"
done &
sleep 1

file="$root/data/jinan-digital-city/sections.yaml"
wait_for() { # event name, count to reach
  for _ in $(seq 600); do
    count=$(grep -c " $1\$" "$root/events.log" 2>/dev/null || :)
    [ "${count:-0}" -ge "$2" ] && return; sleep 0.01
  done
  echo "no '$1' event" >&2; exit 3
}

htmls=(); pdfs=()
for i in $(seq "$runs"); do
  if (( i % 2 )); then sed -i 's/大有可为。/大有可为！/' "$file"; else sed -i 's/大有可为！/大有可为。/' "$file"; fi
  saved=$(date +%s%3N)
  wait_for reload "$i"; html=$(( $(grep ' reload$' "$root/events.log" | tail -1 | cut -d' ' -f1) - saved ))
  wait_for pdf "$i"; pdf=$(( $(grep ' pdf$' "$root/events.log" | tail -1 | cut -d' ' -f1) - saved ))
  htmls+=("$html"); pdfs+=("$pdf")
  printf 'save %d: page reloaded after %d ms, PDF previews after %d ms\n' "$i" "$html" "$pdf"
  sleep 0.5
done

printf 'median of %d saves: HTML %s ms, all three PDFs %s ms (from the save, including the %s ms coalescing wait)\n' \
  "$runs" "$(median "${htmls[@]}")" "$(median "${pdfs[@]}")" 40
