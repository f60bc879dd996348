# Pixelwise developer tasks (GNU make; Debian 12, 13 or sid; run as root). Every target is safe to rerun.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

# The same names in Debian 12 (bookworm), 13 (trixie) and sid; deps says which one a release lacks.
APT_PACKAGES := qgis python3-qgis qgis-providers python3-rasterio python3-lxml python3-venv python3-pip gdal-bin \
	qttools5-dev-tools python3-matplotlib qgis-server-bin qgis-server-wms qgis-server-wmts qgis-server-wcs
# make test-matrix and the CI's second suite: root file systems of other suites (scripts/debian_suite.sh).
MATRIX_PACKAGES := mmdebstrap
VENV := .venv
PYTHON := $(VENV)/bin/python
# This machine's suite, from /etc/debian_version ("12.11", "13.2", "forky/sid").
DEBIAN_SUITE := $(shell case "$$(cat /etc/debian_version 2>/dev/null)" in (12.*) echo bookworm;; \
	(13.*) echo trixie;; (*) echo sid;; esac)
# Debian 12's /usr/bin/qgis_process wrapper hands QGIS_OPTS (--noversioncheck) to qgis_process.bin, which
# refuses it; later releases' wrappers strip it (processing_provider/compat.py makes the same choice).
QGIS_PROCESS := $(if $(filter bookworm,$(DEBIAN_SUITE)),/usr/bin/qgis_process.bin,/usr/bin/qgis_process)
# make test-matrix: every supported suite but this machine's own (that one is the plain make test).
SUITES := bookworm trixie sid
MATRIX_SUITES := $(filter-out $(DEBIAN_SUITE),$(SUITES))
# The CI's second suite: Debian 13, the stable release (Debian 12 when CI itself runs on 13).
CI_SUITE := $(if $(filter trixie,$(DEBIAN_SUITE)),bookworm,trixie)
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
LINT_PATHS := __init__.py engine processing_provider plugin tests scripts

export QT_QPA_PLATFORM := offscreen

.PHONY: deps matrix-deps venv lint test test-matrix test-suite demo deploy package clean

# apt_install PACKAGES: install what is not fully installed yet (dpkg -s also succeeds for removed
# packages that left config files), after checking that this release has every one of them.
define apt_install
	@if [[ $$(dpkg-query -W -f '$${db:Status-Abbrev}\n' $(1) 2>/dev/null | grep -c '^ii') == $(words $(1)) ]]; then \
		echo "deps: $(words $(1)) Debian packages already installed"; \
	else \
		apt-get update; \
		missing=$$(for p in $(1); do apt-cache show --no-all-versions $$p >/dev/null 2>&1 || echo $$p; done); \
		if [[ -n $$missing ]]; then echo "deps: Debian $(DEBIAN_SUITE) has no package" $$missing >&2; exit 1; fi; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(1); \
	fi
endef

deps:
	$(call apt_install,$(APT_PACKAGES))

matrix-deps:
	$(call apt_install,$(MATRIX_PACKAGES))

venv: $(VENV)/.stamp

# On the system Python with its site packages (QGIS, GDAL, rasterio, numpy from Debian); scripts/venv.sh
# keeps pip off Debian's builds. Redone when a requirement or the installed Debian packages change.
$(VENV)/.stamp: scripts/venv.sh requirements-dev.txt $(wildcard requirements-qgis-*.txt) /var/lib/dpkg/status | deps
	scripts/venv.sh $(VENV)
	touch $@

lint: venv
	$(VENV)/bin/ruff check $(wildcard $(LINT_PATHS))

test: deps venv lint transcompile
	$(PYTHON) -m pytest

# make test in a fresh root file system of each other supported suite, one after the other (a suite's
# first build about 5 minutes; later runs reuse it). Logs: /var/tmp/pixelwise-suites/<suite>.log.
test-matrix: matrix-deps
	@failed=; for suite in $(MATRIX_SUITES); do \
		scripts/debian_suite.sh $$suite test || failed="$$failed $$suite"; \
	done; \
	for suite in $(MATRIX_SUITES); do \
		echo "$$suite: $$(grep -E '^=+ .*(passed|failed|error).* in ' /var/tmp/pixelwise-suites/$$suite.log | tail -n1)"; \
	done; \
	if [[ -n $$failed ]]; then echo "test-matrix: failed on$$failed" >&2; exit 1; fi

# make test in one other suite: make test-suite SUITE=trixie (default: the CI's second suite)
SUITE ?= $(CI_SUITE)
test-suite: matrix-deps
	scripts/debian_suite.sh $(SUITE) test

.PHONY: print-ci-suite
print-ci-suite:
	@echo $(CI_SUITE)

demo: deps venv
	QGIS_PROCESS=$(QGIS_PROCESS) scripts/demo.sh

deploy: deps
	mkdir -p $(QGIS_PROFILE_DIR)/python/plugins
	ln -sfn $(CURDIR) $(QGIS_PROFILE_DIR)/python/plugins/pixelwise
	@# qgis_process only reads a profile under QGIS_CUSTOM_CONFIG_PATH/profiles/<name>: default profile assumed.
	QGIS_CUSTOM_CONFIG_PATH=$(abspath $(QGIS_PROFILE_DIR)/../..) $(QGIS_PROCESS) plugins enable pixelwise
	QGIS_CUSTOM_CONFIG_PATH=$(abspath $(QGIS_PROFILE_DIR)/../..) $(QGIS_PROCESS) list | grep pixelwise

# Tracked plugin files from the working tree + built i18n/*.qm under pixelwise/; checks metadata.txt.
package: transcompile
	/usr/bin/python3 scripts/package.py --output-dir dist

clean:
	rm -rf .build dist .pytest_cache .ruff_cache
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -prune -exec rm -rf {} +

.PHONY: transup transcompile

# Translations: scripts/i18n.py extracts every tr("...") literal into i18n/pixelwise_<lang>.ts (Qt's
# lupdate cannot read Python); lrelease (qttools5-dev-tools) compiles them to the .qm files the plugin loads.
transup: venv
	$(PYTHON) scripts/i18n.py update

transcompile: $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))

i18n/%.qm: i18n/%.ts | deps
	/usr/lib/qt5/bin/lrelease -silent $< -qm $@

.PHONY: docs

# The README's screenshots (docs/*.png): tests/provider/test_dialogs.py renders and checks them offscreen on
# every run, and writes them into docs/ only when asked (here) or when one is missing.
docs: venv
	PIXELWISE_WRITE_DOCS=1 $(PYTHON) -m pytest -q -p no:cacheprovider tests/provider/test_dialogs.py -k screenshot

.PHONY: bench bench-giga

# Benchmarks (not part of make test): engine throughput against a floor measured in the same run, peak
# RSS per run, linearity; rasters are built into .build/bench/ from ../shared/data (PIXELWISE_DATA).
bench: venv
	$(PYTHON) -m bench

# 32768² VRT mosaics: export only unless PIXELWISE_BENCH_GIGA_CLASSIFY=1 (hours on a small CPU).
bench-giga: venv
	$(PYTHON) -m bench --giga
