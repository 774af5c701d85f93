#!/usr/bin/env bash
# Installs what building and testing wohncheck needs, and nothing it already has.
# Everything comes from the package registries: rustup, crates.io, Debian, npm.
# Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION="0.21.14"   # newer trunk needs a newer rustc than this machine has
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; Cargo.lock decides.
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)"

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
SUDO=""
if [ "$(id -u)" != "0" ]; then SUDO="sudo"; fi

step() { printf '==> %s\n' "$*"; }

if ! grep -q "wasm_bindgen = \"$WASM_BINDGEN_VERSION\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be \"$WASM_BINDGEN_VERSION\" (the version in Cargo.lock)" >&2
  exit 1
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rustup: adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  step "cargo: installing trunk $TRUNK_VERSION (takes several minutes the first time)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ] \
  || [ "$(wasm-bindgen-test-runner --version 2>/dev/null || true)" != "wasm-bindgen-test-runner $WASM_BINDGEN_VERSION" ]; then
  step "cargo: installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a webpki-roots version the registry no longer has.
  cargo install --force wasm-bindgen-cli --version "=$WASM_BINDGEN_VERSION"
fi

# The three browser engines the end-to-end tests run in, all from Debian:
# Chromium (+ chromedriver for the component tests), WebKitGTK (Safari's engine) with its
# WebDriver and MiniBrowser, which needs an X display (xvfb), and Firefox ESR.
fehlt=()
[ -x /usr/bin/chromium ] || fehlt+=(chromium)
[ -x /usr/bin/chromedriver ] || fehlt+=(chromium-driver)
{ command -v WebKitWebDriver >/dev/null && [ -x /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser ]; } || fehlt+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null || fehlt+=(xvfb)
command -v xauth >/dev/null || fehlt+=(xauth)
[ -x /usr/bin/firefox-esr ] || fehlt+=(firefox-esr)
if [ "${#fehlt[@]}" -gt 0 ]; then
  step "apt: installing ${fehlt[*]}"
  $SUDO apt-get update
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${fehlt[@]}"
fi

# npm ci when node_modules is missing or older than the lock file. No install scripts run:
# nothing may download a browser (puppeteer-core drives Debian's Firefox ESR).
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  step "npm: installing wasm-opt (binaryen), playwright-core, puppeteer-core and axe-core from package-lock.json"
  npm ci --no-audit --no-fund --ignore-scripts
fi
if [ "$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{print $3}')" != "132" ]; then
  echo "node_modules/.bin/wasm-opt is not binaryen 132" >&2
  exit 1
fi

step "cargo: fetching crates"
cargo fetch --locked --quiet
