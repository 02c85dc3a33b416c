PYTHON ?= python3
VENV ?= .venv
BIN = $(VENV)/bin
DEV ?= ../shared/eval/dev

.PHONY: install wheel-check test test-slow lint format eval behaviour bench fuzz clean

install: $(BIN)/conflict-extract

$(BIN)/conflict-extract: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,dask,maps,pandas]'
	touch $@

# Build the wheel, install it (not editable) into a fresh venv and extract the bundled
# example: a data file missing from the package fails here.
wheel-check:
	rm -rf build/wheel-check && mkdir -p build/wheel-check
	$(PYTHON) -m venv build/wheel-check/venv
	build/wheel-check/venv/bin/pip install --quiet --upgrade pip
	build/wheel-check/venv/bin/pip wheel --quiet --no-deps -w build/wheel-check/dist .
	build/wheel-check/venv/bin/pip install --quiet build/wheel-check/dist/*.whl
	cd build/wheel-check && venv/bin/conflict-extract -f jsonl ../../data/examples/tovuz_shelling.txt > events.jsonl
	test "$$(wc -l < build/wheel-check/events.jsonl)" -ge 1
	@echo "wheel-check: the installed wheel extracted $$(wc -l < build/wheel-check/events.jsonl) event(s) from the example"

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
