#!/usr/bin/env bash
# Renders the `extract --html` page of one bundled article and screenshots it with
# headless Chromium (Debian: `apt-get install chromium`), for the README.
#
#   scripts/screenshot.sh [ARTICLE] [OUT.png]
#
# Defaults: tests/data/news/003_10be03ecb80df8a8.txt and docs/extract-html.png.
# The page is also left next to the image (OUT.html) for a look in a browser.
set -euo pipefail
cd "$(dirname "$0")/.."

article=${1:-tests/data/news/003_10be03ecb80df8a8.txt}
out=${2:-docs/extract-html.png}
size=${SIZE:-1200,1600}

browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$browser" ]; then
    echo "screenshot: no chromium found: apt-get install chromium" >&2
    exit 1
fi

html=${out%.png}.html
mkdir -p "$(dirname "$out")"
cargo run --quiet --release --example extract -- --html "$html" "$article" >/dev/null

profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
# No network, no first-run or sync machinery: the page is self-contained.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$profile" --window-size="$size" \
    --screenshot="$PWD/$out" "file://$PWD/$html" 2>/dev/null
echo "screenshot: wrote $out (page: $html)"
