#!/usr/bin/env bash
# Refreshes the screenshots of the web page in docs/ (the README shows them): the start and
# one piece of advice, on a phone (390x844) and a laptop (1280x800), in headless Chromium.
# Run from the project folder: bash docs/screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "needs chromium (apt-get install chromium)" >&2; exit 1; }
cargo build --release --locked --quiet
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/meldwijzer.html"
./target/release/meldwijzer html --output "$page"
shot() { # name, size, fragment
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$1" --hide-scrollbars --window-size="$2" \
    --screenshot="docs/page-$1.png" "file://$page#$3" >/dev/null 2>&1
  echo "docs/page-$1.png"
}
shot start-phone 390,844 nl
shot advice-phone 390,844 nl-nl-chat-app
shot start-laptop 1280,800 en
shot advice-laptop 1280,800 en-be-worried
