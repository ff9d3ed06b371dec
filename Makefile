# Every target sets up what it needs first, so on a fresh machine `make serve` and `make test`
# are the only two commands to know. `make help` lists the targets.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TYPECHECK_VIEW := build/typecheck

.DEFAULT_GOAL := help
.PHONY: help install serve test fuzz check lint fmt typecheck browser bench clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | sed 's/:.*## /\t/' | expand -t 12

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP) ## create .venv and install the project with its dev tools

serve: install ## serve the graph at http://127.0.0.1:8000 (loads the samples into an empty store)
	$(BIN)/dkg serve

browser: ## install headless Chromium for the query-page test (Debian, as root)
	@command -v chromium >/dev/null 2>&1 && command -v chromedriver >/dev/null 2>&1 || \
	  { if [ "$$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	    apt-get install -y -qq chromium chromium-driver >/dev/null; \
	  else echo "chromium missing: the browser test will be skipped (install chromium chromium-driver)"; fi; }

test: install browser ## run the whole test suite
	$(BIN)/pytest

# The test suite sends a few generated requests per operation; this sends thousands.
FUZZ_EXAMPLES ?= 300
fuzz: install ## generated-request fuzzing of every OpenAPI operation (FUZZ_EXAMPLES per operation)
	DKG_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(BIN)/pytest tests/service/protocol/test_openapi_fuzz.py -q

lint: install ## ruff: formatting and lint rules
	$(BIN)/ruff format --check .
	$(BIN)/ruff check .

fmt: install ## reformat the code
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# The folders are installed as one `dkg` namespace by a mapping mypy cannot follow, so it
# checks a view made of links with the installed layout.
typecheck: install ## mypy --strict on loaders/, service/, cli/ and ontology/
	mkdir -p $(TYPECHECK_VIEW)/dkg
	for p in cli loaders service ontology queries samples; do ln -sfn ../../../$$p $(TYPECHECK_VIEW)/dkg/$$p; done
	MYPYPATH=$(TYPECHECK_VIEW) $(BIN)/mypy -p dkg.loaders -p dkg.service -p dkg.cli -p dkg.ontology

check: lint typecheck test ## everything CI checks

bench: install ## run the benchmarks in bench/ and print their reports
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python -m bench

clean: ## remove the virtual environment and build output
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
