#!/usr/bin/env bash
# Release build of the widget into dist/, offline, with the tools from setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --offline --release
# With inject_scripts = false trunk leaves its own <link data-trunk rel="rust"> in the page;
# boot.js loads the wasm, so the leftover tag goes.
sed -i '/<link data-trunk rel="rust"/d' dist/index.html
# Comments are no use to a visitor's phone (the commented sources stay in style/ and src/web/).
node scripts/schlank.mjs dist/index.html dist/boot.js dist/wohncheck.js dist/wohncheck.css dist/ohne-skript.css
# Every language but German is a static file the widget loads only for a visitor who chooses it.
cargo run --locked --release --quiet --bin wohncheck-cli -- --sprachdateien dist/sprachen
