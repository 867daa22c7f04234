#!/usr/bin/env bash
# The cold build of Jinan beside a peer engine, in the same run: `./briefing build
# jinan-digital-city --force` (a new process each time: three PDFs, the intranet page, the checks)
# and Typst compiling an 11-page bilingual document with the same text (bench/peer-typst.py makes
# it from the page the build wrote), one after the other, N times each (default 5), medians. Also
# the peak PSS of each process tree (bench/lib.sh). Typst is the npm package
# @myriaddreamin/typst-ts-node-compiler (a native Typst compiler for Node), installed into a
# throwaway folder under /tmp, never into the project; when it cannot run here, this says why and
# still reports ours.
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
runs=${1:-5}
typst_package=@myriaddreamin/typst-ts-node-compiler@0.7.0
peer=${BRIEFING_PEER_DIR:-/tmp/briefing-peer-typst}
work=$(mktemp -d)
load_before=$(cut -d' ' -f1 /proc/loadavg)
trap 'rm -rf "$work"' EXIT

./briefing build jinan-digital-city --out "$work/out" >/dev/null   # compiles, installs fonts; the page the Typst text comes from

# The peer, or the reason it cannot run. Typst reads TrueType and OpenType, not the project's woff2:
# the machine's TrueType fonts, a Latin serif and the CJK ones fontconfig knows.
why=""
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  why="node and npm are needed to run Typst's Node compiler"
elif [ ! -d "$peer/node_modules/@myriaddreamin/typst-ts-node-compiler" ] &&
     ! npm install --prefix "$peer" --no-audit --no-fund --loglevel=error "$typst_package" >"$work/npm.log" 2>&1; then
  why="npm could not install $typst_package: $(tail -1 "$work/npm.log")"
fi
fonts=$( (fc-list :lang=zh fontformat=TrueType file; fc-list ':family=DejaVu Serif' file; fc-list ':family=DejaVu Sans' file) 2>/dev/null |
  sed 's/: *$//' | xargs -r -n1 dirname | sort -u)
if [ -z "$why" ] && [ -z "$(fc-list :lang=zh fontformat=TrueType file 2>/dev/null)" ]; then
  why="no TrueType CJK font on this machine for Typst (fc-list :lang=zh fontformat=TrueType is empty)"
fi
cat >"$work/compile.js" <<'JS'
// One whole compile as a process: start, load the fonts, lay out, write the PDF.
const { NodeCompiler } = require(process.env.TYPST_NODE);
const [main, out, ...fonts] = process.argv.slice(2);
const compiler = NodeCompiler.create({ workspace: require('path').dirname(main), fontArgs: [{ fontPaths: fonts }] });
require('fs').writeFileSync(out, compiler.pdf({ mainFilePath: main }));
JS
export TYPST_NODE=$peer/node_modules/@myriaddreamin/typst-ts-node-compiler
typst() { node "$work/compile.js" "$work/jinan.typ" "$work/jinan.typst.pdf" $fonts; }
if [ -z "$why" ]; then
  python3 bench/peer-typst.py "$work/out/jinan-digital-city/index.html" >"$work/jinan.typ"
  if ! typst 2>"$work/typst.log"; then why="Typst failed: $(tail -1 "$work/typst.log")"; fi
fi

# Wall time (ms) and peak PSS of the process tree (KiB) of one run of a command: "<ms> <KiB>".
# The time is taken around the command itself, not the sampling loop, which wakes only every 0.1 s.
measure() {
  local pid peak ms rc
  (start=$(date +%s%N); rc=0; "$@" >/dev/null 2>"$work/last.err" || rc=$?
   echo "$(( ($(date +%s%N) - start) / 1000000 )) $rc" >"$work/last.time") & pid=$!
  peak=$(peak_pss_while "$pid")
  wait "$pid"
  read -r ms rc <"$work/last.time"
  [ "$rc" -eq 0 ] || { cat "$work/last.err" >&2; return 3; }
  echo "$ms $peak"
}

ours_ms=(); ours_kib=(); peer_ms=(); peer_kib=()
for i in $(seq "$runs"); do
  result=$(measure ./briefing build jinan-digital-city --force --out "$work/out") || exit 3; read -r ms kib <<<"$result"
  ours_ms+=("$ms"); ours_kib+=("$kib")
  line="run $i: briefing build $ms ms, $(( kib / 1024 )) MiB"
  if [ -z "$why" ]; then
    result=$(measure typst) || exit 3; read -r ms kib <<<"$result"
    peer_ms+=("$ms"); peer_kib+=("$kib")
    line+="; Typst $ms ms, $(( kib / 1024 )) MiB"
  fi
  echo "$line"
done

pages() { pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2}'; }
ours_pages=0
for pdf in "$work"/out/jinan-digital-city/*.pdf; do ours_pages=$(( ours_pages + $(pages "$pdf") )); done
echo "machine: $(nproc) cores, load average $load_before at the start and $(cut -d' ' -f1 /proc/loadavg) at the end"
printf 'median of %d runs: briefing build %s ms, peak PSS %s MiB (3 PDFs, %s pages, and the intranet page, checked)\n' \
  "$runs" "$(median "${ours_ms[@]}")" "$(( $(median "${ours_kib[@]}" | cut -d. -f1) / 1024 ))" "$ours_pages"
if [ -z "$why" ]; then
  printf 'median of %d runs: Typst %s ms, peak PSS %s MiB (1 bilingual PDF, %s pages)\n' \
    "$runs" "$(median "${peer_ms[@]}")" "$(( $(median "${peer_kib[@]}" | cut -d. -f1) / 1024 ))" "$(pages "$work/jinan.typst.pdf")"
else
  echo "Typst not run: $why"
fi
