# `make run` opens LeadInbox, `make test` runs the tests; both set up .venv on first use.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-stamp
BUNDLE_STAMP := $(VENV)/.bundle-stamp
# Azurite, the Azure Storage emulator the Azure Table source's tests run against (npm, into .tools/).
AZURITE := .tools/node_modules/.bin/azurite-table

.PHONY: run test bench icons bundle translations countries schema

$(STAMP): pyproject.toml
	packaging/linux/system-deps.sh
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

$(AZURITE): packaging/linux/azurite.sh
	packaging/linux/azurite.sh

run: $(STAMP)
	$(VENV)/bin/leadinbox

test: $(STAMP) $(AZURITE)
	packaging/linux/dovecot.sh      # Dovecot's IMAP server, which the mailbox tests start (does nothing when there)
	# The suite takes about a minute; a hang that pytest-timeout cannot break (stuck in Qt's C++) ends after
	# 15 minutes as a failure, never as a CI run that waits out its limit.
	QT_QPA_PLATFORM=offscreen timeout --kill-after=30 900 $(VENV)/bin/python -m pytest -q

bench: $(STAMP) $(AZURITE)
	$(VENV)/bin/python tests/bench/bench_import.py

# After changing UI text: update resources/translations/*.ts from the code, build the .qm files into the
# package (leadinbox/assets/translations); then translate what it reports as unfinished (pyside6-linguist).
translations: $(STAMP)
	$(VENV)/bin/python packaging/translations.py

# After upgrading pycountry (or changing how core/countries.py folds names): write the shipped table of country
# names to codes again (leadinbox/assets/countries.json; tests/core/test_country_table.py says when it is due).
countries: $(STAMP)
	$(VENV)/bin/python packaging/build_countries.py

# After adding a migration (store/migrations.py): write the schema a new database is made from again
# (leadinbox/assets/schema.json; tests/store/test_new_schema.py says when it is due).
schema: $(STAMP)
	$(VENV)/bin/python packaging/build_schema.py

# Re-render the PNG icons (leadinbox/assets/icons) after editing resources/icons/leadinbox.svg.
icons: $(STAMP)
	$(VENV)/bin/python packaging/build_icons.py

# The self-contained app in dist/leadinbox/ (runs without Python), then checked: version, import, window.
$(BUNDLE_STAMP): $(STAMP)
	packaging/linux/system-deps.sh bundle
	$(VENV)/bin/python -m pip install -q --disable-pip-version-check -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
		packaging/leadinbox.spec
	packaging/check_bundle.sh dist/leadinbox/leadinbox
