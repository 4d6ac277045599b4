# baogao — make targets. `make run` and `make test` work on a fresh Debian machine with Swift.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/release/baogao
SHARED ?= ../shared
PYTHON ?= python3

.PHONY: run test deps build eval eval-entities expected data sample bench clean help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

deps: ## Install what the build needs (libxml2 and SQLite headers, pkg-config) when missing
	@if ! pkg-config --exists libxml-2.0 sqlite3 2>/dev/null; then \
	  echo "installing libxml2-dev, libsqlite3-dev and pkg-config"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libxml2-dev libsqlite3-dev pkg-config; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed (https://swift.org/install)"; exit 1; }

build: deps ## Build the release binary (Swift's libraries linked in, as in the Docker image)
	$(SWIFT) build -c release --product baogao --static-swift-stdlib

run: build ## Run the main job on the bundled sample archive → out/reports.jsonl
	$(BIN) run --input Data/sample-archive --output out/reports.jsonl --entities-out out/entities.jsonl
	@head -c 400 out/reports.jsonl; echo " …"

test: deps ## Run the test suite
	$(SWIFT) test

eval: build ## Score extraction on ../shared/corpus/wced (when present)
	@if [ -d $(SHARED)/corpus/wced ]; then \
	  $(BIN) eval --input $(SHARED)/corpus/wced/pages --gold $(SHARED)/corpus/wced/gold --summary-only; \
	  $(BIN) eval --input $(SHARED)/corpus/readability-zh/pages --gold $(SHARED)/corpus/readability-zh/gold --summary-only; \
	else echo "$(SHARED)/corpus/wced is absent: nothing to evaluate"; fi
	$(BIN) eval --input Data/sample-archive --gold Data/sample-archive-gold --summary-only

eval-entities: build ## Precision/recall of entities and metadata on ../shared/entities/dev.jsonl (when present)
	@if [ -f $(SHARED)/entities/dev.jsonl ]; then $(BIN) eval-entities --gold $(SHARED)/entities/dev.jsonl --speed; \
	else echo "$(SHARED)/entities/dev.jsonl is absent: nothing to evaluate"; fi

expected: build ## Regenerate the sample archive's expected output (review the diff!)
	rm -rf out/expected && $(BIN) run --input Data/sample-archive --output out/expected/sample-archive.jsonl --full --quiet
	cp out/expected/sample-archive.jsonl Tests/BaogaoCLITests/Expected/sample-archive.jsonl

data: ## Regenerate Data/ tables from ../shared/reference
	$(PYTHON) scripts/build_gazetteer.py
	$(PYTHON) scripts/build_lexicons.py

sample: ## Regenerate the bundled sample archive and its gold text
	$(PYTHON) scripts/generate_archive.py --out Data/sample-archive --gold Data/sample-archive-gold --reports 12 --seed 3 --max-kb 13 --clean

bench: build ## Throughput, scaling, memory and stage shares on a synthetic archive (and peers when present)
	$(PYTHON) scripts/bench.py

FUZZ_SECONDS ?= 600
FUZZ_DIR := .build-fuzz/work
FUZZ_BIN := .build-fuzz/release/BaogaoFuzz
HOSTILE := Tests/BaogaoTests/Hostile/Inputs

# corelibs Foundation leaks about 1 KB inside every NSRegularExpression it compiles
# (_CFRegularExpressionCreate); that one leak is suppressed, every other is a finding.
fuzz: deps ## Fuzz decode+cleanup+normalise+extract with libFuzzer and ASan for FUZZ_SECONDS (default 600) on one core
	$(SWIFT) build -c release --scratch-path .build-fuzz --product BaogaoFuzz \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -DBAOGAO_LIBFUZZER
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds $(FUZZ_DIR)/crashers
	@cp $(HOSTILE)/* $(FUZZ_DIR)/seeds/
	@find Data/sample-archive -name '*.html' -size -64k | head -40 | while read -r f; do cp "$$f" $(FUZZ_DIR)/seeds/; done
	@printf 'leak:_CFRegularExpressionCreate\n' > $(FUZZ_DIR)/lsan.supp
	SWIFT_BACKTRACE=enable=no LSAN_OPTIONS=suppressions=$(CURDIR)/$(FUZZ_DIR)/lsan.supp $(FUZZ_BIN) $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds -dict=Sources/BaogaoFuzz/html.dict \
	  -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=20 -rss_limit_mb=2048 \
	  -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
	  -artifact_prefix=$(FUZZ_DIR)/crashers/ -print_final_stats=1
	@echo "crashers (if any) are in $(FUZZ_DIR)/crashers; keep each as a regression case in $(HOSTILE)"

fuzz-replay: ## Replay the hostile regression inputs through every stage (an ordinary build, no sanitizer)
	$(SWIFT) build --scratch-path .build-hostile --product BaogaoFuzz
	.build-hostile/debug/BaogaoFuzz $(HOSTILE)

# LeakSanitizer is off here: corelibs Foundation and XCTest keep process-lifetime objects (test case
# instances, NSRegularExpression caches) that it reports at exit. `make fuzz` checks leaks per input
# on the pipeline's own path (libFuzzer's -detect_leaks, on by default).
# No TSan suppressions: the runner guards its shared state with NSLock (a pthread mutex), which
# TSan understands (a contended Synchronization.Mutex hands over inside the uninstrumented runtime).
sanitize: deps ## Run the test suite under AddressSanitizer, then ThreadSanitizer
	ASAN_OPTIONS=detect_leaks=0 $(SWIFT) test --scratch-path .build-asan --sanitize=address
	TSAN_OPTIONS="halt_on_error=1" $(SWIFT) test --scratch-path .build-tsan --sanitize=thread

clean: ## Remove build products and outputs
	rm -rf .build out
