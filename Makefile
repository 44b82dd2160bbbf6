# digest: build the site, run the tests, lint. `make help` lists the targets.
#
# The virtual environment is (re)made only when pyproject.toml or constraints.txt
# change: its stamp lives inside .venv, so deleting .venv also forces a rebuild.

export NO_MKDOCS_2_WARNING := 1

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.DEFAULT_GOAL := help
.PHONY: help venv site serve test lint eval bench-clean bench-stories clean

help:
	@echo "make site   build site/ from seeds/ (strict)"
	@echo "make serve  preview at http://127.0.0.1:8000, rebuilt on every change"
	@echo "make test   run the whole test suite (browser tests need /usr/bin/chromium)"
	@echo "make lint   ruff check, ruff format --check, mypy"
	@echo "make eval   score the metadata (per field) and the cleaner (docs/EVAL.md)"
	@echo "make bench-clean  time the cleaning stage on one core (docs/BENCHMARKS.md)"
	@echo "make bench-stories  time story grouping up to 10,000 articles (docs/BENCHMARKS-stories.md)"
	@echo "make clean  remove site/, generated content and caches (keeps .venv)"
	@echo "make venv   create .venv with the pinned dependencies"

venv: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

site: venv
	$(BIN)/digest build --strict

serve: venv
	$(BIN)/digest serve

test: venv
	$(BIN)/python -m pytest -q

lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy digest

# The evaluation set lives outside the repository: ../shared/eval/scrapinghub unless
# EVAL_DIR says otherwise. Neither target is part of `make test`.
eval: venv
	$(BIN)/python -m digest.evaluate_metadata
	$(BIN)/python -m digest.evaluate $(if $(EVAL_DIR),--set $(EVAL_DIR))

bench-clean: venv
	$(BIN)/python -m digest.evaluate --bench $(if $(EVAL_DIR),--set $(EVAL_DIR))

bench-stories: venv
	$(BIN)/python -m digest.bench_stories $(if $(EVAL_DIR),--set $(EVAL_DIR))

clean:
	rm -rf site content/articles content/_generated content/.digest-manifest.json
	rm -f content/cleaning-report.md
	rm -rf tests/artifacts .pytest_cache .ruff_cache .mypy_cache .hypothesis
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
