#!/usr/bin/env bash
# The weight of each briefing page as a reader's browser downloads it: builds the intranet site
# (HTML only), serves out/ over HTTP from a server that logs the bytes of every response, loads
# each briefing page in real headless Chromium with a fresh profile (nothing cached) in each view
# (#zh, #en, #both) at desktop (1280 px) and phone (390 px) width, and sums the bytes of every
# request the page made (HTML, stylesheets, fonts). Prints one line a page, view and width, and the
# maximum, against issue 14's target of 1 MB (1 000 000 bytes) a briefing page.
# A byte count does not vary from run to run as a time does: one run is enough.
# Usage: bench/page-weight.sh [built-site]   (a folder 'build' wrote; else the site is built here)
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/lib.sh
scratch=$(mktemp -d)
server=
trap '[ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$scratch"' EXIT

chromium=${BRIEFING_CHROMIUM:-$(command -v chromium || true)}
[ -n "$chromium" ] || { echo "chromium is missing: run 'sudo apt-get install chromium'" >&2; exit 3; }

site=${1:-}
if [ -z "$site" ]; then
  site="$scratch/site"
  ./briefing build --format html --out "$site" >/dev/null
fi
site=$(cd "$site" && pwd)

# The server writes one line a response: its path and the bytes of its body (Content-Length).
log="$scratch/requests.log"
port_file="$scratch/port"
python3 - "$site" "$log" "$port_file" <<'PY' &
import functools, http.server, sys
site, log, port_file = sys.argv[1:]
out = open(log, "a", buffering=1)
class Handler(http.server.SimpleHTTPRequestHandler):
    # send_response logs before the headers are sent: the line is written once the body is.
    def send_response(self, code, message=None):
        self._code, self._bytes = code, 0
        super().send_response(code, message)
    def send_header(self, name, value):
        if name.lower() == "content-length":
            self._bytes = int(value)
        super().send_header(name, value)
    def do_GET(self):
        super().do_GET()
        out.write(f"{self._code} {self._bytes} {self.path}\n")
    def log_message(self, *args):
        pass
httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=site))
open(port_file, "w").write(str(httpd.server_address[1]))
httpd.serve_forever()
PY
server=$!
for _ in $(seq 50); do [ -s "$port_file" ] && break; sleep 0.1; done
port=$(cat "$port_file")

# Loads a URL once, in a fresh profile, at a width; laying the page out fetches every font face its
# shown text needs (font-display: block), and --virtual-time-budget waits for them.
load() {
  local url=$1 width=$2 profile
  profile=$(mktemp -d "$scratch/profile-XXXXXX")
  "$chromium" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --disable-sync --no-first-run --hide-scrollbars \
    --user-data-dir="$profile" --window-size="$width,900" --virtual-time-budget=15000 \
    --screenshot="$profile/shot.png" "$url" >/dev/null 2>&1
  rm -rf "$profile"
}

printf '%-28s %-5s %6s %9s %9s %9s %9s %4s\n' page view width html css fonts total reqs
max=0; max_at=
for page in "$site"/*/index.html; do
  id=$(basename "$(dirname "$page")")
  for view in zh en both; do
    for width in 1280 390; do
      : > "$log"
      load "http://127.0.0.1:$port/$id/index.html#$view" "$width"
      read -r html css fonts other reqs failed < <(awk '
        # The site has no favicon; the browser asks for one of its own accord, which is no failure of the page.
        { n++; if ($1 >= 400 && $3 != "/favicon.ico") f++ }
        $3 ~ /\.html/ { h += $2; next } $3 ~ /\.css/ { c += $2; next } $3 ~ /\.woff2?$/ { w += $2; next } { o += $2 }
        END { print h+0, c+0, w+0, o+0, n+0, f+0 }' "$log")
      total=$((html + css + fonts + other))
      printf '%-28s %-5s %6s %9d %9d %9d %9d %4d%s\n' "$id" "$view" "$width" "$html" "$css" "$fonts" "$total" "$reqs" \
        "$([ "$failed" -gt 0 ] && echo "  ($failed failed: $(awk '$1 >= 400 && $3 != "/favicon.ico" {print $3}' "$log" | tr '\n' ' '))")"
      if [ "$total" -gt "$max" ]; then max=$total; max_at="$id #$view at $width px"; fi
    done
  done
done

verdict=met; [ "$max" -le 1000000 ] || verdict="NOT met"
printf 'heaviest briefing page: %d bytes (%s); target at most 1 000 000 bytes: %s\n' "$max" "$max_at" "$verdict"
