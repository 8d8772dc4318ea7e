#!/usr/bin/env bash
# Refreshes the screenshots of the web guide in docs/ (the README shows them): the single
# page (start and one piece of advice, on a phone (390x844) and a laptop (1280x800)) and the
# site of `meldwijzer html --site` on a phone (the language choice, a start and one piece of
# advice, each with its quick exit), in headless Chromium.
# Run from the project folder: bash docs/screenshots.sh
# (MELDWIJZER_BIN=target/debug/meldwijzer uses a binary already built instead of a release build.)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v chromium >/dev/null || { echo "needs chromium (apt-get install chromium)" >&2; exit 1; }
bin=${MELDWIJZER_BIN:-}
if [ -z "$bin" ]; then
  cargo build --release --locked --quiet
  bin=./target/release/meldwijzer
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
page="$work/meldwijzer.html"
"$bin" html --output "$page"
"$bin" html --site "$work/site"
shot() { # name, size, address
  chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --user-data-dir="$work/profile-$1" --hide-scrollbars --window-size="$2" \
    --screenshot="docs/$1.png" "$3" >/dev/null 2>&1
  echo "docs/$1.png"
}
shot page-start-phone 390,844 "file://$page#nl"
shot page-advice-phone 390,844 "file://$page#nl-nl-chat-app"
shot page-start-laptop 1280,800 "file://$page#en"
shot page-advice-laptop 1280,800 "file://$page#en-be-worried"
shot site-index-phone 390,844 "file://$work/site/index.html"
shot site-start-phone 390,844 "file://$work/site/nl.html"
shot site-advice-phone 390,844 "file://$work/site/fr.html#be-worried"
