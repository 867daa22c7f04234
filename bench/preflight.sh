#!/usr/bin/env bash
# The print preflight's figures for every PDF a build made, one table: what issue 12 measures
# (first line, page number's dash, lines off the grid, stretch, widows, font names), before and
# after a change. Usage: bench/preflight.sh [out-folder]   (run ./briefing build first)
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$here/out}
rows=(
  "first line's ink from the top edge"
  "page number's dash, ink top from the top edge"
  "body lines off the page grid"
  "widest stretch of a justified line"
  "paragraph lines alone at a page's foot or top"
  "headings as a page's last line"
  "headings ending in a single character"
  "closing punctuation at a line start"
  "font names contradicting their weight"
)
for pdf in "$out"/*/*.pdf; do
  report=$("$here/briefing" preflight "$pdf" 2>&1 || true)
  echo "== ${pdf#"$out"/}  ($(grep -o '[0-9]* page(s)' <<<"$report" | head -1); $(tail -1 <<<"$report"))"
  for row in "${rows[@]}"; do
    line=$(grep -F "  $row" <<<"$report" | head -1 || true)
    [ -n "$line" ] && printf '  %s\n' "$(sed -E 's/ {2,}/ | /g; s/^ \| //' <<<"$line")"
  done
done
