#!/usr/bin/env bash
# Sets up what is missing, then runs every test layer:
#   1. native unit and integration tests of the rules (cargo test)
#   2. component tests in headless Chromium (wasm-bindgen-test)
#   3. end-to-end tests with Playwright in Chromium against the release build on 127.0.0.1
#   4. the end-to-end core in each of three engines (Chromium, WebKit, Firefox ESR)
# and ends with one summary line: "Summary: N passed, M failed" (all engines together), after
# a line with the tests of each engine.
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
# Tests per browser engine, for the line before the summary.
declare -A motor_p=([chromium]=0 [webkit]=0 [firefox]=0)
declare -A motor_f=([chromium]=0 [webkit]=0 [firefox]=0)
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
  letzte_p=$p; letzte_f=$f
  echo "    -> $p passed, $f failed"
}

run_layer() {
  local name="$1"; shift
  local log="$logs/$name.log"
  echo "==> $name: $*"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  count "$log" "$status"
  local motor="${MOTOR_DER_SCHICHT:-}"
  if [ -n "$motor" ]; then
    motor_p[$motor]=$(( ${motor_p[$motor]} + letzte_p )); motor_f[$motor]=$(( ${motor_f[$motor]} + letzte_f ))
  fi
}

run_layer native cargo test --locked
# The rules must stay a pure library: no web crate in the native dependency tree.
echo "==> dependency check: no leptos or web-sys in the native build"
if cargo tree --locked --target x86_64-unknown-linux-gnu -e normal | grep -qE '^.*(leptos|web-sys|wasm-bindgen) v'; then
  echo "    -> 0 passed, 1 failed (a web crate is in the native dependency tree)"; failed=$((failed + 1))
else
  echo "    -> 1 passed, 0 failed"; passed=$((passed + 1))
fi
MOTOR_DER_SCHICHT=chromium run_layer components cargo test --locked --target wasm32-unknown-unknown --test ui_komponenten
echo "==> release build"
if scripts/build.sh > "$logs/build.log" 2>&1 && cargo build --locked --release --quiet --bin wohncheck-cli >> "$logs/build.log" 2>&1; then
  MOTOR_DER_SCHICHT=chromium run_layer e2e node --test --test-reporter=spec --test-concurrency=1 tests/e2e/*.test.mjs
  # The core again in each engine (Chromium through playwright-core, WebKit through
  # WebKitWebDriver, Firefox ESR through puppeteer-core); scripts/motor.sh runs one alone.
  for motor in chromium webkit firefox; do
    MOTOR_DER_SCHICHT=$motor run_layer "motor-$motor" env WC_GEBAUT=1 scripts/motor.sh "$motor"
  done
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
echo "Screenshots: test-artifacts/*.png, test-artifacts/motoren/*.png"
echo "Engines: Chromium ${motor_p[chromium]} passed, ${motor_f[chromium]} failed; WebKit ${motor_p[webkit]} passed, ${motor_f[webkit]} failed; Firefox ${motor_p[firefox]} passed, ${motor_f[firefox]} failed"
echo "Summary: $passed passed, $failed failed"
[ "$failed" = "0" ]
