# digest: build the site, run the tests, lint. `make help` lists the targets.
#
# The virtual environment is (re)made only when pyproject.toml or constraints.txt
# change: its stamp lives inside .venv, so deleting .venv also forces a rebuild.

export NO_MKDOCS_2_WARNING := 1

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# npm writes this file on every install: it stamps node_modules/ (axe-core for the tests).
NODE_STAMP := node_modules/.package-lock.json

.DEFAULT_GOAL := help
.PHONY: help venv site serve deploy test lint eval train bench bench-clean bench-stories bench-hostile clean

help:
	@echo "make site   build site/ from seeds/ (strict)"
	@echo "make serve  preview at http://127.0.0.1:8000, rebuilt on every change"
	@echo "make deploy build, then publish site/ to the gh-pages branch (mkdocs gh-deploy)"
	@echo "make test   run the whole test suite (browser tests need /usr/bin/chromium)"
	@echo "make lint   ruff check, ruff format --check, mypy"
	@echo "make eval   score the metadata (per field), the tags, the cleaner (docs/EVAL.md) and the learned furniture (docs/FURNITURE.md)"
	@echo "make train  retrain the headline and source models on the labelled pages (digest/*_weights.json)"
	@echo "make bench  time builds of 1,000, 5,000 and 10,000 articles (docs/BENCHMARKS.md)"
	@echo "make bench-clean  time the cleaning stage on one core (docs/BENCHMARKS-clean.md)"
	@echo "make bench-stories  score and time story grouping on a stress corpus (docs/BENCHMARKS-stories.md)"
	@echo "make bench-hostile  time hostile seeds (long runs of punctuation) against a budget per KB"
	@echo "make clean  remove site/, generated content and caches (keeps .venv)"
	@echo "make venv   create .venv with the pinned dependencies"

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund

site: venv
	$(BIN)/digest build --strict

serve: venv
	$(BIN)/digest serve

# Publish from your own machine: the site is built for the address `digest site-url`
# prints (SITE_URL, else site_url in mkdocs.yml; it stops when there is none), checked
# against the Pages size limits by `digest build`, then pushed by MkDocs to gh-pages.
deploy: venv
	@url="$$($(BIN)/digest site-url)" && echo "deploy: building for $$url" && \
	  SITE_URL="$$url" $(BIN)/digest build --strict && \
	  SITE_URL="$$url" $(BIN)/mkdocs gh-deploy --force --strict

test: venv $(NODE_STAMP)
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy digest

# The evaluation set lives outside the repository: ../shared/eval/scrapinghub unless
# EVAL_DIR says otherwise. Neither target is part of `make test`.
eval: venv
	$(BIN)/python -m digest.evaluate.metadata
	$(BIN)/python -m digest.evaluate.cleaning $(if $(EVAL_DIR),--set $(EVAL_DIR))
	$(BIN)/python -m digest.evaluate.furniture --write $(if $(EVAL_DIR),--set $(EVAL_DIR))

train: venv
	$(BIN)/python -m digest.metadata.train_headlines
	$(BIN)/python -m digest.metadata.train_sources

# About 10 minutes on a 2-core machine; needs Chromium for the search figures.
bench: venv
	$(BIN)/digest bench $(if $(EVAL_DIR),--set $(EVAL_DIR))

bench-clean: venv
	$(BIN)/python -m digest.evaluate.cleaning --bench $(if $(EVAL_DIR),--set $(EVAL_DIR))

bench-stories: venv
	$(BIN)/python -m digest.evaluate.bench_stories $(if $(EVAL_DIR),--set $(EVAL_DIR))

# The timing checks of tests/test_redos.py (marked `bench`, left out of `make test`):
# no seed may stall a build. About ten minutes on a 2-core machine.
bench-hostile: venv
	$(BIN)/python -m pytest -q -m bench tests/test_redos.py

clean:
	rm -rf site content/articles content/_generated content/.digest-manifest.json
	rm -f content/cleaning-report.md content/feed.xml content/atom.xml content/feed.json
	rm -rf content/feeds
	rm -rf .digest-cache tests/artifacts .pytest_cache .ruff_cache .mypy_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
