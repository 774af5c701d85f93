#!/usr/bin/env bash
# Runs the end-to-end core (tests/e2e/motoren/) in one browser engine:
#   scripts/motor.sh chromium|webkit|firefox [test name pattern]
# It sets up and builds what is missing first (as make test does). WebKitGTK has no headless
# mode: its run goes through a virtual X display (xvfb-run).
set -euo pipefail
cd "$(dirname "$0")/.."
motor="${1:-}"
case "$motor" in
  chromium|webkit|firefox) ;;
  *) echo "usage: scripts/motor.sh chromium|webkit|firefox [test name pattern]" >&2; exit 2 ;;
esac
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
# Browsers leave profile and cache folders in TMPDIR: keep them inside the checkout.
mkdir -p .tmp && export TMPDIR="$PWD/.tmp"
if [ "${WC_GEBAUT:-}" != "1" ]; then
  scripts/setup.sh
  if [ ! -f dist/index.html ] || [ ! -x target/release/wohncheck-cli ]; then
    scripts/build.sh
    cargo build --locked --release --quiet --bin wohncheck-cli
  fi
fi
muster=()
if [ -n "${2:-}" ]; then muster=(--test-name-pattern "$2"); fi
lauf=(env WC_MOTOR="$motor" node --test --test-reporter=spec --test-concurrency=1 "${muster[@]}" tests/e2e/motoren/*.test.mjs)
if [ "$motor" = webkit ]; then
  exec xvfb-run -a -s "-screen 0 1920x1200x24" "${lauf[@]}"
fi
exec "${lauf[@]}"
