# The two commands of the README:
#   make serve   build the page in release and serve it on http://127.0.0.1:8080
#   make test    every check: format, clippy, native unit/corpus/property tests, a bounded
#                fuzzing run, the wasm release build and its size budget, and the browser tests
# Both install whatever is missing first (scripts/setup).

SHARED ?= ../shared
CLI := target/release/vacancy-lens
# Page weight budget: gzip bytes of everything in dist/ (wasm, js, css, html, manifest, icon,
# service worker; not _headers, which the host reads and never sends). The build fails past it
# (sizes are deterministic). The product's ceiling is 400 000 bytes; this budget sits just above
# the size last measured (README, "Figures"), so that growth is a decision, not an accident.
PAGE_GZIP_BUDGET ?= 400000

.PHONY: serve test setup setup-test fmt clippy native corpus fuzz web size e2e figures

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
	# The wasm builds are the page's (without the file readers, as Trunk builds it) and its PDF and
	# Word reader's; the command-line tool is native only (it reads the system clock).
	cargo clippy --target wasm32-unknown-unknown --features web --no-default-features --lib --bin vacancy-lens-web -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features documents-web --bin vacancy-lens-documents -- -D warnings

native:
	cargo test
	# Again with the page's regex engine (regex-lite): the analysis the wasm runs.
	cargo test --features page-regex

# Scores the release CLI's analysis against the hand-checked corpora (`vacancy-lens score`, the
# same fields and summary line as the shared corpus' scorer); fails below the floors.
corpus:
	cargo build --release --bin vacancy-lens
	@if [ -d "$(SHARED)/corpus/dev" ]; then \
	  $(CLI) score $(SHARED)/corpus/dev \
	    --min postings=1 --min deadline=1 --min deadline_time=1 --min languages=1 --min eligibility=1 \
	    --min start_date=1 --min salary=1 --min contract=1; \
	else echo "corpus: $(SHARED)/corpus/dev not found, scoring tests/corpus only"; fi
	@# The train set: real postings no rule was written for. Floors are the scores last
	@# measured, only ever raised (issue 18 sets the targets).
	@if [ -d "$(SHARED)/corpus/train" ]; then \
	  $(CLI) score $(SHARED)/corpus/train \
	    --min postings=0.98 --min deadline=0.95 --min deadline_time=1 --min languages=0.94 \
	    --min language_codes=0.97 --min eligibility=0.95 --min start_date=0.94 --min salary=0.86 \
	    --min contract=0.93; \
	else echo "corpus: $(SHARED)/corpus/train not found"; fi
	$(CLI) score tests/corpus \
	  --min postings=1 --min deadline=1 --min deadline_time=1 --min languages=0.95 --min eligibility=0.95 \
	  --min start_date=0.9 --min salary=0.9 --min contract=0.9

# Each cargo-fuzz target for FUZZ_SECONDS (20 s here; run it longer by hand, see the script).
fuzz:
	scripts/fuzz

web:
	scripts/build-web

size:
	node scripts/weight.mjs dist --budget $(PAGE_GZIP_BUDGET)

e2e:
	node --test --test-concurrency=1 tests/e2e/

# The README's figures: native and in-browser analysis time, page weight, time to first result,
# and chrono-node side by side (about 4 minutes; timings are reported, never asserted).
figures: setup-test web
	cargo build --release --bin vacancy-lens
	node scripts/figures.mjs
