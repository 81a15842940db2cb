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
# The private PostgreSQL + PostGIS server of the shared-review tests (scripts/setup-postgres.sh), as a libpq
# connection string; read when a recipe runs, after `postgres` has made the password file.
# A port of its own per checkout (from its path), so that two checkouts' servers never meet.
PG_PORT := $(shell printf %s "$(CURDIR)" | cksum | awk '{print 55000 + $$1 % 900}')
export SAMPLAN_PG_PORT := $(PG_PORT)
export SAMPLAN_TEST_PG = host=127.0.0.1 port=$(PG_PORT) dbname=samplan_test user=samplan_admin password=$(shell cat $(BUILD)/postgres/admin-password 2>/dev/null)

.PHONY: setup system venv translations profile postgres postgres-if-possible r test demo bench bench-network bench-regions bench-fragmentation bench-review bench-transit bench-responsiveness package clean

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

# Installs Debian's postgresql-15 and postgresql-15-postgis-3 if missing and (re)starts the private server.
postgres:
	@bash scripts/setup-postgres.sh

# Installs Debian's R (r-base-core, r-cran-sp, -sf, -data.table, -spdep) if missing and Istat's LabourMarketAreas from
# ../shared/peers/ into build/R-library, for the equality test and benchmark of functional regions.
r:
	@bash scripts/setup-r.sh

# The server where it can be had: a benchmark's PostGIS case says why it is skipped otherwise, and the bench goes on.
postgres-if-possible:
	-@bash scripts/setup-postgres.sh

# R is installed before the suite; where that fails the suite still runs, and the tests that compare with Istat's
# package fail, saying why.
test: setup postgres
	-@bash scripts/setup-r.sh
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	$(VENV)/bin/pytest

demo: setup
	$(PY) scripts/demo.py

# The conflict check on the county case (scale 125) and a national case (the county laid out 3 x 2, cached in
# build/bench), as whole qgis_process runs, beside QGIS's native algorithm chain; the county case also from PostGIS
# (the private server; its layers loaded once into the schema samplan_bench).
bench: setup postgres-if-possible
	$(PY) benchmarks/bench_conflicts.py

bench-network: setup
	$(PY) benchmarks/bench_network.py

# Functional regions: Istat's R package beside Samplan where it finishes (Istat's data, up to ~1,000 zones), Samplan
# alone at DeSO scale (>= 6,000 zones, >= 500,000 flows). Without R or the package's archive the R side is skipped,
# with the reason.
bench-regions: setup
	-@bash scripts/setup-r.sh
	$(PY) benchmarks/bench_functional_regions.py

# The inspector's responsiveness held to its limits: the event loop still for at most 0.75 s, a cancel within 1 s.
bench-responsiveness: setup postgres
	@mkdir -p $(XDG_RUNTIME_DIR) && chmod 700 $(XDG_RUNTIME_DIR)
	SAMPLAN_TIMING_LIMITS=1 $(VENV)/bin/pytest tests/qgis/test_inspector_responsiveness.py tests/qgis/test_inspector_db_threads.py -s -q

bench-fragmentation: setup
	$(PY) benchmarks/bench_fragmentation.py

# Public transport on a county: >= 3,000 stops, >= 100,000 stop times, 100,000 cells, 500 destinations, every minute of
# 2 hours; beside pyraptor and ferrobus (from PyPI into build/transit-peers; osmium-tool converts their streets).
bench-transit: setup
	$(PY) benchmarks/bench_transit.py

# Shared review in PostGIS: 20 concurrent reviewers x 1,000 changes, beside one reviewer making them all in turn.
bench-review: setup postgres
	$(PY) benchmarks/bench_shared_review.py

package: translations
	@bash scripts/package.sh $(VERSION)

clean:
	-@bash scripts/setup-postgres.sh stop
	rm -rf $(BUILD) out dist .pytest_cache i18n/*.qm
