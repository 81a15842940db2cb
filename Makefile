# Samplan: set-up, tests, demo, benchmark and packaging on Debian 12.
SHELL := /bin/bash
SYSTEM_PYTHON := /usr/bin/python3
VENV := .venv
PY := $(VENV)/bin/python
SITE = $(shell $(SYSTEM_PYTHON) -c 'import sys; print(f"lib/python{sys.version_info.major}.{sys.version_info.minor}/site-packages")' 2>/dev/null)
BUILD := build
VERSION := $(shell sed -n 's/^version=//p' metadata.txt)
QM_FILES := $(patsubst %.ts,%.qm,$(wildcard i18n/*.ts))

# Headless QGIS: no screen, a private runtime folder, a profile of our own (never the user's).
export QT_QPA_PLATFORM := offscreen
export XDG_RUNTIME_DIR := $(CURDIR)/$(BUILD)/xdg
export QGIS_CUSTOM_CONFIG_PATH := $(CURDIR)/$(BUILD)/qgis-config
export PYTHONPATH = $(CURDIR)/$(VENV)/$(SITE)

.PHONY: setup system venv translations profile test demo bench bench-network package clean

setup: system venv translations profile

system:
	@bash scripts/setup-system.sh

venv: $(VENV)/.installed
$(VENV)/.installed: requirements-dev.txt | system
	@test -x $(PY) || $(SYSTEM_PYTHON) -m venv --system-site-packages $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	@touch $@

translations: $(QM_FILES)
i18n/%.qm: i18n/%.ts | system
	lrelease -silent $< -qm $@

# The plugin installed (as a link to this folder) into the private QGIS profile, and enabled.
profile: translations
	@bash scripts/install-profile.sh

test: setup
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(VENV)/bin/pytest

demo: setup
	$(PY) scripts/demo.py

bench: setup
	$(PY) benchmarks/bench_conflicts.py

bench-network: setup
	$(PY) benchmarks/bench_network.py

package: translations
	@bash scripts/package.sh $(VERSION)

clean:
	rm -rf $(BUILD) out dist .pytest_cache i18n/*.qm
