#!/usr/bin/env bash
# Sets up what is missing, then runs every test layer:
#   1. native unit and integration tests of the rules (cargo test)
#   2. component tests in headless Chromium (wasm-bindgen-test)
#   3. end-to-end tests with Playwright against the release build on 127.0.0.1
# and ends with one summary line: "Summary: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh || { echo "setup failed"; echo "Summary: 0 passed, 1 failed"; exit 1; }

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
# Chromium leaves org.chromium.* folders in TMPDIR: keep them inside the checkout.
mkdir -p .tmp && export TMPDIR="$PWD/.tmp"
mkdir -p test-artifacts

passed=0
failed=0
logs="test-artifacts/logs"
mkdir -p "$logs"

# Adds up "N passed; M failed" (cargo, wasm-bindgen-test) or "ℹ pass N / ℹ fail M" (node).
count() {
  local log="$1" status="$2" p f
  p=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) passed.*/\1/' | awk '{s+=$1} END {print s+0}')
  f=$(grep -E '^test result:' "$log" | sed -E 's/.* ([0-9]+) failed.*/\1/' | awk '{s+=$1} END {print s+0}')
  local np nf
  np=$(grep -E '^ℹ pass [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  nf=$(grep -E '^ℹ fail [0-9]+' "$log" | awk '{s+=$3} END {print s+0}')
  p=$(( ${p:-0} + np )); f=$(( ${f:-0} + nf ))
  # A layer that failed without reporting a failed test (it did not compile, say) counts as one failure.
  if [ "$status" != "0" ] && [ "$f" = "0" ]; then f=1; fi
  passed=$((passed + p)); failed=$((failed + f))
  echo "    -> $p passed, $f failed"
}

run_layer() {
  local name="$1"; shift
  local log="$logs/$name.log"
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  count "$log" "$status"
}

run_layer native cargo test --locked
# The rules must stay a pure library: no web crate in the native dependency tree.
echo "==> dependency check: no leptos or web-sys in the native build"
if cargo tree --locked --target x86_64-unknown-linux-gnu -e normal | grep -qE '^.*(leptos|web-sys|wasm-bindgen) v'; then
  echo "    -> 0 passed, 1 failed (a web crate is in the native dependency tree)"; failed=$((failed + 1))
else
  echo "    -> 1 passed, 0 failed"; passed=$((passed + 1))
fi
run_layer components cargo test --locked --target wasm32-unknown-unknown --test ui_komponenten
echo "==> release build"
if scripts/build.sh > "$logs/build.log" 2>&1 && cargo build --locked --release --quiet --bin wohncheck-cli >> "$logs/build.log" 2>&1; then
  run_layer e2e node --test --test-reporter=spec --test-concurrency=1 tests/e2e/
else
  cat "$logs/build.log"
  echo "    -> release build failed"
  failed=$((failed + 1))
fi

# The law runs out every year: how many days each area's figures are still verified (not a test:
# it changes with the calendar, so it never fails the run, but it is loud under 60 days).
echo "==> law data"
if [ -x target/release/wohncheck-cli ]; then
  target/release/wohncheck-cli --law-state | sed 's/^/    /'
fi
echo "Screenshots: test-artifacts/*.png"
echo "Summary: $passed passed, $failed failed"
[ "$failed" = "0" ]
