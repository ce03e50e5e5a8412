# Entry points: `make demo` and `make test`. Both run scripts/setup.sh first
# (only when .venv/.installed is missing or older than its inputs).

VENV        := .venv
STAMP       := $(VENV)/.installed
PY          := $(VENV)/bin/python
DEMO_ARGS   ?=
PYTEST_ARGS ?=

TS          := $(wildcard resources/translations/floorstation_*.ts)
QM          := $(TS:.ts=.qm)

.PHONY: setup demo test lint bench screenshots translations translations-update clean package package-check image-check apt-repo

setup: $(STAMP)

$(STAMP): pyproject.toml scripts/setup.sh
	bash scripts/setup.sh

demo: setup translations
	$(VENV)/bin/floorstation demo $(DEMO_ARGS)

# The terminal's languages: Qt Linguist .ts files (kept in git) compiled to .qm (not kept; setup compiles them too).
translations: setup $(QM)

resources/translations/%.qm: resources/translations/%.ts
	$(VENV)/bin/pyside6-lrelease $< -qm $@

# After adding or changing UI strings: collect them into the .ts files (then translate them in Qt Linguist).
translations-update: setup
	$(VENV)/bin/pyside6-lupdate $$(find src/floorstation/ui -name '*.py' | sort) -no-obsolete $(foreach t,$(TS),-ts $(t))

# pytest exit code 5 (no tests collected) is left as a failure on purpose.
test: setup translations lint
	$(PY) -m pytest -n 2 -p no:cacheprovider $(PYTEST_ARGS)

lint: setup
	$(VENV)/bin/ruff check src tests bench
	$(VENV)/bin/ruff format --check src tests bench
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

bench: setup
	$(PY) -m bench

# Every terminal screen at 1280x800 and 1024x600 into docs/screenshots/, from the real app on an X display: the
# script starts its own Xvfb when DISPLAY is not set.
screenshots: setup translations
	$(PY) scripts/screenshots.py

# The Debian 12 packages floorstation and floorstation-terminal into dist/ (docs/deploy.md).
package: setup
	PATH=$(CURDIR)/$(VENV)/bin:$$PATH bash scripts/package.sh

# The plant's apt repository in dist/apt from the packages in dist/ (docs/deploy.md, "Updates"); sign it with
# APT_KEY=<GnuPG key id>. `floorstation-server run --packages dist/apt` serves it to the stations.
APT_KEY ?=
apt-repo:
	bash scripts/apt-repo.sh $(if $(APT_KEY),--sign $(APT_KEY)) dist/apt dist/*.deb

# The packages installed into a fresh Debian 12 root (debootstrap, cached in ~/.cache/floorstation) and the
# terminal started there under Xvfb: minutes the first time, so not part of `make test`.
package-check: setup translations
	FLOORSTATION_TEST_PACKAGES=1 $(PY) -m pytest -p no:cacheprovider tests/integration/test_package_debian.py

# The server's container image built with Docker (on a Debian 12 made with debootstrap where Docker Hub cannot be
# reached) and run against PostgreSQL (FLOORSTATION_TEST_PG_URL): needs a Docker daemon, so not part of `make test`.
image-check: setup
	FLOORSTATION_TEST_IMAGE=1 $(PY) -m pytest -p no:cacheprovider tests/integration/test_server_image.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .hypothesis build dist src/*.egg-info $(QM)
	find . -path ./.git -prune -o -type d -name __pycache__ -prune -exec rm -rf {} +
