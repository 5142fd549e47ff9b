# `make run` opens LeadInbox, `make test` runs the tests; both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp

.PHONY: run test bench icons

$(STAMP): pyproject.toml
	packaging/linux/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/leadinbox

test: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/python -m pytest -q

bench: $(STAMP)
	$(VENV)/bin/python tests/bench/bench_import.py

# Re-render the PNG icons (leadinbox/assets/icons) after editing resources/icons/leadinbox.svg.
icons: $(STAMP)
	$(VENV)/bin/python packaging/build_icons.py
