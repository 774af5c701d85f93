# The two commands a newcomer needs (see README.md):
#   make run   – set up what is missing, build the release, serve it on http://127.0.0.1:8080
#   make test  – set up what is missing, run every test layer, print a summary line
.PHONY: run test setup build
run:
	scripts/run.sh
test:
	scripts/test.sh
setup:
	scripts/setup.sh
build: setup
	scripts/build.sh
.PHONY: bench
# The wasm-opt settings of the release build (index.html), for the engine floor.
WASM_OPT_FLAGS = -Oz --converge --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue
# Benchmarks print figures; they are not tests.
bench:
	scripts/setup.sh
	cd benches && npm ci --no-audit --no-fund --silent
	scripts/build.sh
	cd benches/floor-leptos && PATH="$(CURDIR)/node_modules/.bin:$$PATH" trunk build --offline
	cargo build --locked --release --quiet --target wasm32-unknown-unknown -p floor-engine
	mkdir -p target/bench/floor-engine
	node_modules/.bin/wasm-opt $(WASM_OPT_FLAGS) target/wasm32-unknown-unknown/release/floor_engine.wasm -o target/bench/floor-engine/floor_engine.wasm
	TMPDIR="$(CURDIR)/.tmp" node scripts/bench.mjs
