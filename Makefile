# MigDesk: `make run` starts the app, `make test` runs every check. Both create .venv first.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Debian packages the tests and the GUI need (Qt runtime, PDF and crypto tools, fonts).
SYSTEM_PACKAGES := libgl1 libegl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
	libglib2.0-0 libxcb-cursor0 poppler-utils openssl fonts-dejavu-core libnss3-tools zbar-tools softhsm2 \
	binutils

.PHONY: run test lint pytest bench bench-bundles fuzz sysdeps translations messages countries clean dist

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

# Installs missing system packages when running as root on Debian/Ubuntu; otherwise lists them.
sysdeps:
	@missing=$$(for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) \
			|| echo "Не удалось установить: $$missing (тесты, которым они нужны, сообщат об этом)"; \
	else echo "Установите системные пакеты: sudo apt-get install $$missing"; fi

run: $(STAMP)
	$(BIN)/migdesk

lint: $(STAMP)
	$(BIN)/ruff check migdesk tests benchmarks release
	$(BIN)/mypy
	$(BIN)/lint-imports

pytest: $(STAMP) sysdeps
	QT_QPA_PLATFORM=offscreen $(BIN)/pytest

test: lint pytest

# Property tests of every parser that reads what others wrote, 10,000 examples each (make
# test runs the same tests with 200). FUZZ_EXAMPLES=100000 make fuzz tries harder.
FUZZ_EXAMPLES ?= 10000
fuzz: $(STAMP)
	MIGDESK_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) QT_QPA_PLATFORM=offscreen $(BIN)/pytest -q \
		tests/properties tests/bundles/test_records_stream.py

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

# The bundle figures alone, without the 1M vault: a 1 GiB bundle written and read, and the
# import window on a bundle with a 1 GiB attachment (MIGDESK_BENCH_*_MIB set other sizes).
bench-bundles: $(STAMP)
	$(BIN)/python -m benchmarks.bundle_throughput
	$(BIN)/python -m benchmarks.attachment_import

# Interface (.ts -> .qm) for every language, then the domain/CLI message catalogs (.po -> .mo).
# TS_LANGS pairs each translations/migdesk_<lang>.ts with its Qt target language.
TS_LANGS := en:en_US kk:kk_KZ hy:hy_AM
# Where the compiled message catalogs go (package data): $(MO_DIR)/<lang>/LC_MESSAGES/$(MO_DOMAIN).mo
MO_DIR ?= migdesk/locale
MO_DOMAIN ?= migdesk
# The Qt tools and Python with Babel (tools/compile_messages.py, as `make messages`: the same .po
# always gives the same .mo): this checkout's .venv; from a git worktree use the shared one,
# `make translations QTBIN=/work/main/.venv/bin` (no .venv is created or installed then).
QTBIN ?= $(BIN)
translations: $(if $(wildcard $(QTBIN)/pyside6-lupdate),,$(STAMP))
	@set -e; for pair in $(TS_LANGS); do \
		lang=$${pair%%:*}; qtlang=$${pair#*:}; \
		$(QTBIN)/pyside6-lupdate -silent -no-obsolete -extensions py migdesk/ui -source-language ru_RU \
			-target-language $$qtlang -ts translations/migdesk_$$lang.ts; \
		$(QTBIN)/pyside6-lrelease -silent translations/migdesk_$$lang.ts -qm migdesk/ui/i18n/migdesk_$$lang.qm; \
		echo "migdesk_$$lang.ts: $$(grep -c 'type="unfinished"' translations/migdesk_$$lang.ts || true) unfinished"; \
	done
	@# Russian is the source language: its catalog holds only the plural forms (%n символа/символов).
	@$(QTBIN)/pyside6-lupdate -silent -no-obsolete -pluralonly -extensions py migdesk/ui -source-language ru_RU \
		-target-language ru_RU -ts translations/migdesk_ru.ts
	@$(QTBIN)/pyside6-lrelease -silent translations/migdesk_ru.ts -qm migdesk/ui/i18n/migdesk_ru.qm
	@echo "migdesk_ru.ts: $$(grep -c 'type="unfinished"' translations/migdesk_ru.ts || true) unfinished"
	@set -e; for po in translations/messages/*.po; do \
		[ -f "$$po" ] || continue; lang=$$(basename $$po .po); \
		$(QTBIN)/python tools/compile_messages.py $$lang $$po $(MO_DIR)/$$lang/LC_MESSAGES/$(MO_DOMAIN).mo; \
		echo "$$po -> $(MO_DIR)/$$lang/LC_MESSAGES/$(MO_DOMAIN).mo"; \
	done

# Domain and CLI messages (gettext, see migdesk/messages.py): extract the Russian msgids from
# migdesk/ (not ui/, which is Qt Linguist's), merge them into each .po, compile the .mo.
MESSAGES := translations/messages
messages: $(STAMP)
	$(BIN)/pybabel -q extract --no-location --sort-output --no-wrap --ignore-dirs='ui .* _*' \
		--project=MigDesk --omit-header -o $(MESSAGES)/messages.pot migdesk
	for l in en kk hy; do \
		test -f $(MESSAGES)/$$l.po || $(BIN)/pybabel -q init --no-wrap -l $$l -i $(MESSAGES)/messages.pot -o $(MESSAGES)/$$l.po; \
		$(BIN)/pybabel -q update --no-wrap --no-fuzzy-matching --ignore-obsolete -l $$l -i $(MESSAGES)/messages.pot -o $(MESSAGES)/$$l.po; \
		sed -i '/^"POT-Creation-Date: /d' $(MESSAGES)/$$l.po; \
		$(BIN)/python tools/compile_messages.py $$l $(MESSAGES)/$$l.po migdesk/locale/$$l/LC_MESSAGES/migdesk.mo; \
	done

# Country names in English, Kazakh and Armenian from CLDR (needs Debian's iso-codes package).
countries: $(STAMP)
	$(BIN)/python translations/countries.py

# The offline release in dist/ (not part of `make test`; network for the first wheel download).
dist: $(STAMP)
	$(BIN)/python -m release.make_dist

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
