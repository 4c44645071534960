# ACT Export. `make run` opens the app, `make test` runs every test; both install what is
# missing first (Debian/Ubuntu; elsewhere they say what to install).
SHELL := /bin/bash
.DEFAULT_GOAL := help
export CARGO_TERM_COLOR ?= never
TAURI_CLI := npx --yes @tauri-apps/cli@~2.12

.PHONY: help run test lint package bench fuzz clean
FUZZ_SECONDS ?= 60

help:
	@echo "make run      open ACT Export (installs what is missing first)"
	@echo "make test     run the whole test suite, GUI tests included"
	@echo "make lint     formatting and clippy only"
	@echo "make package  build the .deb installer into target/release/bundle/deb/"
	@echo "make bench    export speed and memory against the manual procedure (docs/benchmarks.md)"
	@echo "make fuzz     fuzz the answer parsers and the name sanitiser (FUZZ_SECONDS each)"

run:
	@scripts/setup run
	cargo run --locked --bin act-export-desktop

test:
	@scripts/setup test
	scripts/hermetic scripts/test

lint:
	@scripts/setup run
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

package:
	@scripts/setup package
	$(TAURI_CLI) build --bundles deb
	@ls -1 target/release/bundle/deb/*.deb

bench:
	@scripts/setup bench
	bench/run

fuzz:
	@scripts/setup run
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	# libFuzzer needs unstable compiler flags; RUSTC_BOOTSTRAP lets the stable toolchain use them.
	for target in answers error_bodies names; do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run --fuzz-dir src-tauri/fuzz $$target -- -max_total_time=$(FUZZ_SECONDS) || exit 1; \
	done

clean:
	cargo clean
