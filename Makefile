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
# Benchmarks print figures; they are not tests.
bench:
	scripts/setup.sh
	cd benches && npm ci --no-audit --no-fund --silent
	scripts/build.sh
	cd benches/floor-leptos && PATH="$(CURDIR)/node_modules/.bin:$$PATH" trunk build --offline
	TMPDIR="$(CURDIR)/.tmp" node scripts/bench.mjs
