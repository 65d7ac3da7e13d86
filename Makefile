# girder — build, test and benchmark entry points. `make test` is what CI runs.

CARGO   ?= cargo
SUDO    := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
GIRDER  := target/release/girder
# Debian's Erlang/OTP 25 with every application that ships .beam files (1,299 of them).
ERLANG_PKGS := erlang-nox erlang-dev erlang-common-test erlang-debugger erlang-dialyzer erlang-et \
               erlang-megaco erlang-observer erlang-reltool erlang-wx erlang-examples

.PHONY: all build run test erlang fmt-check clippy unit bench bench-load docs fixtures clean race fuzz

all: build

## erlang: install Erlang/OTP 25 through apt when it (or one of its applications) is missing
erlang:
	@if ! command -v erlc >/dev/null 2>&1 || ! dpkg -s $(ERLANG_PKGS) >/dev/null 2>&1; then \
	  echo "installing Erlang/OTP: $(ERLANG_PKGS)"; \
	  $(SUDO) apt-get update -q && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -q $(ERLANG_PKGS) >/dev/null; \
	fi
	@erl -noshell -eval 'io:format("erts ~s~n", [erlang:system_info(version)]), halt().'

build:
	$(CARGO) build --release --bin girder

## run: build girder and show it at work: a supervision tree with a crashing worker that is
## restarted (printed with io:format, logger's reports included), then a scripted shell session
run: erlang build
	@mkdir -p otp-fixtures/build/examples
	@erlc +deterministic -o otp-fixtures/build/examples otp-fixtures/examples/sup_demo.erl
	@echo '$$ girder -noshell -pa otp-fixtures/build/examples -s sup_demo main -s init stop'
	@$(GIRDER) -noshell -pa otp-fixtures/build/examples -s sup_demo main -s init stop
	@echo
	@echo '$$ girder < otp-fixtures/examples/shell_session.txt'
	@$(GIRDER) < otp-fixtures/examples/shell_session.txt

fmt-check:
	$(CARGO) fmt --all -- --check

clippy:
	$(CARGO) clippy --workspace --all-targets -- -D warnings

unit: build
	$(CARGO) test --release --workspace

## test: everything CI runs
test: erlang fmt-check clippy unit

bench: erlang build
	@bench/run.sh
	@bench/boot.sh
	@bench/load_module.sh
	@bench/purge.sh

bench-load: erlang build
	@bench/load.sh

## race: the process stress fixtures (+S 2, +S 4) and the vm tests under ThreadSanitizer
## (nightly toolchain; see docs/concurrency.md). Not part of `test`.
race: erlang
	@scripts/race.sh

## fuzz: run each fuzz target for FUZZ_SECONDS (default 30) from seeded corpora; needs the nightly
## toolchain and cargo-fuzz (cargo install cargo-fuzz). Not part of `make test`.
FUZZ_SECONDS ?= 30
FUZZ_TARGETS := prepare etf_decode binary_to_term run_module re_run zlib_inflate
fuzz: erlang
	@command -v cargo-fuzz >/dev/null 2>&1 || { echo "fuzz: cargo-fuzz not found (cargo install cargo-fuzz)" >&2; exit 1; }
	@for t in $(FUZZ_TARGETS); do mkdir -p fuzz/corpus/$$t; done
	@for m in lists maps binary string gen_server sets orddict; do \
	  cp -n /usr/lib/erlang/lib/stdlib-*/ebin/$$m.beam fuzz/corpus/prepare/ 2>/dev/null || true; \
	  cp -n /usr/lib/erlang/lib/stdlib-*/ebin/$$m.beam fuzz/corpus/run_module/ 2>/dev/null || true; \
	done
	@escript fuzz/seed_etf.escript fuzz/corpus/etf_decode
	@escript fuzz/seed_etf.escript fuzz/corpus/binary_to_term
	@for t in $(FUZZ_TARGETS); do \
	  echo "fuzz: $$t for $(FUZZ_SECONDS) s"; \
	  (cd fuzz && $(CARGO) +nightly fuzz run $$t corpus/$$t -- -max_total_time=$(FUZZ_SECONDS)) || exit 1; \
	done

## docs: regenerate the generated tables in docs/
docs: build
	@scripts/gen-docs.sh

clean:
	$(CARGO) clean
	rm -rf otp-fixtures/build
