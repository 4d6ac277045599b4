# baogao — make targets. `make run` and `make test` work on a fresh Debian machine with Swift.
SHELL := /bin/bash
SWIFT ?= swift
BIN := .build/release/baogao
SHARED ?= ../shared
PYTHON ?= python3

.PHONY: run test deps build eval eval-entities expected data sample clean help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/'

deps: ## Install what the build needs (libxml2 and SQLite headers, pkg-config) when missing
	@if ! pkg-config --exists libxml-2.0 sqlite3 2>/dev/null; then \
	  echo "installing libxml2-dev, libsqlite3-dev and pkg-config"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq libxml2-dev libsqlite3-dev pkg-config; \
	fi
	@command -v $(SWIFT) >/dev/null || { echo "Swift 6 is needed (https://swift.org/install)"; exit 1; }

build: deps ## Build the release binary
	$(SWIFT) build -c release --product baogao

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
	@if [ -f $(SHARED)/entities/dev.jsonl ]; then $(BIN) eval-entities --gold $(SHARED)/entities/dev.jsonl; \
	else echo "$(SHARED)/entities/dev.jsonl is absent: nothing to evaluate"; fi

expected: build ## Regenerate the sample archive's expected output (review the diff!)
	rm -rf out/expected && $(BIN) run --input Data/sample-archive --output out/expected/sample-archive.jsonl --full --quiet
	cp out/expected/sample-archive.jsonl Tests/BaogaoCLITests/Expected/sample-archive.jsonl

data: ## Regenerate Data/ tables from ../shared/reference
	$(PYTHON) scripts/build_gazetteer.py
	$(PYTHON) scripts/build_lexicons.py

sample: ## Regenerate the bundled sample archive and its gold text
	$(PYTHON) scripts/generate_archive.py --out Data/sample-archive --gold Data/sample-archive-gold --reports 12 --seed 3 --max-kb 13 --clean

clean: ## Remove build products and outputs
	rm -rf .build out
