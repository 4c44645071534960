# ACT Export. `make run` opens the app, `make test` runs every test; both install what is
# missing first (Debian/Ubuntu; elsewhere they say what to install).
SHELL := /bin/bash
.DEFAULT_GOAL := help
export CARGO_TERM_COLOR ?= never
TAURI_CLI := npx --yes @tauri-apps/cli@~2.12

.PHONY: help run test lint package package-windows bench fuzz clean
FUZZ_SECONDS ?= 60
# The third-party notices every package ships; writing them checks the licence policy.
NOTICES := target/notices/THIRD-PARTY-NOTICES.txt

help:
	@echo "make run      open ACT Export (installs what is missing first)"
	@echo "make test     run the whole test suite, GUI tests included"
	@echo "make lint     formatting and clippy only"
	@echo "make package  build the .deb and .rpm packages into target/release/bundle/"
	@echo "make package-windows  cross-build the Windows installer and CLI zip into target/windows/, and check them"
	@echo "make bench    export speed and memory against the manual procedure (docs/benchmarks.md)"
	@echo "make fuzz     fuzz the answer parsers and the name sanitiser (FUZZ_SECONDS each)"

run:
	@scripts/setup run
	cargo run --locked --bin act-export-desktop

test:
	@scripts/setup test
	@$(MAKE) --no-print-directory $(NOTICES)
	scripts/hermetic scripts/test

lint:
	@scripts/setup run
	cargo fmt --all --check
	cargo clippy --workspace --all-targets --locked -- -D warnings

package:
	@scripts/setup package
	@$(MAKE) --no-print-directory $(NOTICES)
	$(TAURI_CLI) build --bundles deb,rpm
	@ls -1 target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm

package-windows:
	@scripts/setup package-windows
	@$(MAKE) --no-print-directory $(NOTICES)
	scripts/package-windows
	scripts/check-windows

$(NOTICES): Cargo.lock about.toml packaging/notices.hbs
	scripts/notices $@

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
