# Pixelwise developer tasks (GNU make, Debian 12, run as root). Every target is safe to rerun.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c

APT_PACKAGES := qgis python3-qgis qgis-providers python3-rasterio python3-lxml python3-venv python3-pip gdal-bin qttools5-dev-tools
VENV := .venv
PYTHON := $(VENV)/bin/python
QGIS_PROCESS := /usr/bin/qgis_process.bin
QGIS_PROFILE_DIR ?= $(HOME)/.local/share/QGIS/QGIS3/profiles/default
LINT_PATHS := __init__.py engine processing_provider plugin tests scripts

export QT_QPA_PLATFORM := offscreen

.PHONY: deps venv lint test demo deploy package clean

deps:
	@# dpkg -s also succeeds for removed packages that left config files: count fully installed ones.
	@if [[ $$(dpkg-query -W -f '$${db:Status-Abbrev}\n' $(APT_PACKAGES) 2>/dev/null | grep -c '^ii') \
			== $(words $(APT_PACKAGES)) ]]; then \
		echo "deps: Debian packages already installed"; \
	else \
		apt-get update; \
		DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $(APT_PACKAGES); \
	fi

venv: $(VENV)/.stamp

# System site packages: QGIS, GDAL, rasterio and numpy come from Debian; constraints.txt keeps pip off numpy.
$(VENV)/.stamp: constraints.txt requirements-dev.txt | deps
	test -x $(PYTHON) || /usr/bin/python3 -m venv --system-site-packages $(VENV)
	$(PYTHON) -m pip install --disable-pip-version-check -q -c constraints.txt -r requirements-dev.txt
	$(PYTHON) -c "import numpy; assert numpy.__version__ == '1.24.2', numpy.__version__"
	touch $@

lint: venv
	$(VENV)/bin/ruff check $(wildcard $(LINT_PATHS))

test: deps venv lint transcompile
	$(PYTHON) -m pytest

demo: deps venv
	scripts/demo.sh

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
	QT_SELECT=qt5 lrelease -silent $< -qm $@

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
