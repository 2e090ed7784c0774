# The two commands of the README:
#   make serve   build the page in release and serve it on http://127.0.0.1:8080
#   make test    every check: format, clippy, native unit/corpus/property tests, a bounded
#                fuzzing run, the wasm release build and its size budget, and the browser tests
# Both install whatever is missing first (scripts/setup).

SHARED ?= ../shared
CLI := target/release/vacancy-lens
# Gzipped wasm budget in bytes; the build fails past it (sizes are deterministic).
# Set just above the size last measured: 551 KB with the profile (opt-level "z" outside the hot
# crates), 575 KB with the calendar, JSON-LD, table and saved-list features of issue 8. Issue 6
# brings it down to its 350 KB target.
WASM_GZIP_BUDGET ?= 580000

.PHONY: serve test setup setup-test fmt clippy native corpus fuzz web size e2e

serve: setup web
	node scripts/serve.mjs 8080

test: setup-test fmt clippy native corpus fuzz web size e2e
	@echo "make test: all checks passed"

setup:
	scripts/setup build

setup-test:
	scripts/setup test

fmt:
	cargo fmt --check

clippy:
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features web --lib --bins -- -D warnings

native:
	cargo test

# Scores the release CLI against the hand-checked corpora; fails below the floors.
corpus:
	cargo build --release --bin vacancy-lens
	@if [ -d "$(SHARED)/corpus/dev" ]; then \
	  python3 scripts/score_corpus.py --cli $(CLI) --today 2024-01-01 $(SHARED)/corpus/dev \
	    --min postings=1 --min deadline=1 --min deadline_time=1 --min languages=1 --min eligibility=1 \
	    --min start_date=1 --min salary=1 --min contract=1; \
	else echo "corpus: $(SHARED)/corpus/dev not found, scoring tests/corpus only"; fi
	python3 scripts/score_corpus.py --cli $(CLI) --today 2024-01-01 tests/corpus \
	  --min postings=1 --min deadline=1 --min deadline_time=1 --min languages=0.95 --min eligibility=0.95 \
	  --min start_date=0.9 --min salary=0.9 --min contract=0.9

# Each cargo-fuzz target for FUZZ_SECONDS (20 s here; run it longer by hand, see the script).
fuzz:
	scripts/fuzz

web:
	scripts/build-web

size:
	@wasm=$$(ls dist/*.wasm); size=$$(gzip -9 -c $$wasm | wc -c); \
	echo "wasm: $$(wc -c < $$wasm) bytes, $$size gzip (budget $(WASM_GZIP_BUDGET))"; \
	test $$size -le $(WASM_GZIP_BUDGET) || { echo "wasm over budget"; exit 1; }

e2e:
	node --test --test-concurrency=1 tests/e2e/
