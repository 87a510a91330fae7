#!/usr/bin/env bash
# Renders the `extract --html` page of one bundled article and screenshots it with
# headless Chromium (Debian: `apt-get install chromium`), for the README.
#
#   scripts/screenshot.sh [ARTICLE] [OUT.png]
#
# Relative paths are taken from the repository root.
# Defaults: tests/data/news/003_10be03ecb80df8a8.txt and docs/extract-html.png;
# SIZE=WIDTH,HEIGHT sets the window (default 1200,1600).
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

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
html=$work/page.html
mkdir -p "$(dirname "$out")"
case $out in /*) shot=$out ;; *) shot=$PWD/$out ;; esac
cargo run --quiet --release --example extract -- --html "$html" "$article" >/dev/null

# No network, no first-run or sync machinery: the page is self-contained.
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --hide-scrollbars --user-data-dir="$work/profile" --window-size="$size" \
    --screenshot="$shot" "file://$html" 2>/dev/null
echo "screenshot: wrote $out"
