#!/usr/bin/env bash
# Release build of the widget into dist/, offline, with the tools from setup.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
trunk build --offline --release
