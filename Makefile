# The two commands of the set-up promise: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint bench translations screenshots clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,package]'
	touch $(STAMP)

run: $(STAMP) translations
	$(PY) -m contact_manager --demo-if-empty

test: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/mypy

bench: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) bench/run_all.py

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py --lang en
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py --lang it

translations: $(STAMP)
	$(PY) scripts/build_translations.py

clean:
	rm -rf $(VENV) build dist *.egg-info

# Installers (packaging/README.md): the .deb and the portable .tar.gz into dist/; package-test
# installs the .deb (as root), starts the installed app headless and removes the package.
.PHONY: package package-test

package: $(STAMP) translations
	$(PY) packaging/build_linux.py

package-test: package
	$(PY) packaging/package_test.py
