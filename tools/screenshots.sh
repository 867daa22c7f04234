#!/usr/bin/env bash
# Screenshots of the intranet site as a reader sees it: the front page, and the briefing pages in
# each state of their 中文 / English / 双语 switch, at desktop (1280 px) and phone (390 px) width.
#
#   tools/screenshots.sh [BUILT_SITE] [SCREENSHOT_FOLDER]
#
# BUILT_SITE is a folder written by './briefing build --out DIR'; without it the site is built into
# a temporary folder first. PNGs go to SCREENSHOT_FOLDER (default out/screenshots/), named
# front.1280.png, <briefing>.zh.390.png and so on, each as tall as the whole page.
#
# How a language state is shown without clicking: the switch is three radio buttons and CSS (no
# JavaScript, and no URL for a state), and 'chromium --screenshot' cannot click. So the built site is
# copied to a scratch folder and, for each state, a copy of the briefing page is written beside the
# original with the 'checked' attribute moved to that state's radio button: the page a reader sees
# after clicking that label. Being beside the original, the copy's relative links still resolve.
#
# How a whole page is shot: chromium shoots its window, not the page, so each page is first measured
# at the same width in an <iframe> of a scratch probe page (headless windows are at least 500 px
# wide, so the window itself cannot be used to measure a phone), read back with --dump-dom; the
# screenshot's window is then made that tall. Only the probe has a script; the site has none.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'screenshots: %s\n' "$*" >&2; }

scratch=$(mktemp -d -t briefinggen-screenshots-XXXXXX)
trap 'rm -rf "$scratch"' EXIT

if [ $# -ge 1 ]; then
  [ -f "$1/index.html" ] || { say "$1 is not a built site (no index.html in it)"; exit 2; }
  cp -R "$1" "$scratch/site"
else
  say "building the site into $scratch/site"
  ./briefing build --out "$scratch/site" >&2
fi
shots=${2:-out/screenshots}
mkdir -p "$shots"
shots=$(cd "$shots" && pwd)

chromium=${BRIEFING_CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
[ -n "$chromium" ] || { say "chromium is missing: run 'sudo apt-get install chromium'"; exit 3; }

# Each run gets a fresh profile, so that nothing of one run (a cached font, a checked radio button
# restored from history) shows in the next.
browser() {
  local profile
  profile=$(mktemp -d "$scratch/profile-XXXXXX")
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" "$@" 2>/dev/null
}

# The height of page $1 (a file) at width $2, in CSS pixels, once its fonts are loaded: down to the
# bottom of <body>, the white column, so that a short page is not padded with background.
height_of() {
  local page=$1 width=$2 probe height
  probe="$(dirname "$page")/probe.html"
  cat > "$probe" <<HTML
<!DOCTYPE html><title>probe</title>
<iframe id="page" src="$(basename "$page")" style="width: ${width}px; height: 900px; border: 0"></iframe>
<script>
page.onload = () => page.contentDocument.fonts.ready.then(() => {
  document.title = "height=" + Math.ceil(page.contentDocument.body.getBoundingClientRect().bottom);
});
</script>
HTML
  # The probe reads the page through the iframe: file:// pages may do that only with this switch.
  height=$(browser --allow-file-access-from-files --window-size=1400,900 --virtual-time-budget=10000 --dump-dom "file://$probe" \
    | sed -n 's|.*<title>height=\([0-9]*\)</title>.*|\1|p')
  rm -f "$probe"
  [ -n "$height" ] || { say "could not measure $page at $width px"; exit 1; }
  echo "$height"
}

# Shoots page $1 (a file) into $2 at each width.
shoot() {
  local page=$1 name=$2 width height
  for width in 1280 390; do
    height=$(height_of "$page" "$width")
    browser --window-size="$width,$height" --virtual-time-budget=10000 --screenshot="$shots/$name.$width.png" "file://$page" >/dev/null
    [ -s "$shots/$name.$width.png" ] || { say "chromium wrote no screenshot of $page"; exit 1; }
    say "$name.$width.png (${width}×${height})"
  done
}

site="$scratch/site"
shoot "$site/index.html" front

for page in "$site"/*/index.html; do
  briefing=$(basename "$(dirname "$page")")
  for state in zh en both; do
    copy="$(dirname "$page")/index.$state.html"
    # Unchecks every radio button of the switch, then checks this state's.
    sed -e 's|\(name="language"[^>]*\) checked|\1|' -e "s|id=\"show-$state\"|& checked|" "$page" > "$copy"
    grep -q "id=\"show-$state\" checked" "$copy" || { say "no radio button #show-$state in $page: has the switch changed?"; exit 1; }
    shoot "$copy" "$briefing.$state"
  done
done

say "wrote $(ls "$shots"/*.png | wc -l) screenshots to $shots"
