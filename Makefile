PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEV ?= ../shared/eval/dev

.PHONY: install test test-slow lint format eval behaviour bench fuzz clean

install: $(BIN)/conflict-extract

$(BIN)/conflict-extract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask,maps]'
	touch $@

test: install
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

eval: install
	@if [ -d "$(DEV)" ]; then $(BIN)/conflict-extract evaluate $(DEV); \
	else echo "no corpus at $(DEV): set DEV=path/to/corpus"; fi

behaviour: install
	$(BIN)/python tests/behaviour.py

bench: install
	$(BIN)/python tests/bench/bench.py

fuzz: install
	FUZZ_EXAMPLES=10000 $(BIN)/pytest -q tests/test_fuzz.py

test-slow: install
	$(BIN)/pytest -q -m slow

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache .ruff_cache
