# Entry points: `make demo` and `make test`. Both run scripts/setup.sh first
# (only when .venv/.installed is missing or older than its inputs).

VENV        := .venv
STAMP       := $(VENV)/.installed
PY          := $(VENV)/bin/python
DEMO_ARGS   ?=
PYTEST_ARGS ?=

.PHONY: setup demo test lint bench screenshots clean

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh

demo: setup
	$(VENV)/bin/floorstation demo $(DEMO_ARGS)

# pytest exit code 5 (no tests collected) is left as a failure on purpose.
test: setup lint
	$(PY) -m pytest -n 2 -p no:cacheprovider $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: setup
	$(PY) -m bench

# Every terminal screen at 1280x800 and 1024x600 into docs/screenshots/ (offscreen; no display needed).
screenshots: setup
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist src/*.egg-info
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
