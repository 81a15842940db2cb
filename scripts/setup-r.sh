#!/usr/bin/env bash
# R and Istat's LabourMarketAreas 3.4 for Samplan's equality test and benchmark of functional regions.
# Installs Debian's r-base-core r-cran-sp r-cran-sf r-cran-data.table r-cran-spdep when missing, then the package
# from ../shared/peers/LabourMarketAreas-3.4.tar.gz (the peers' README says how) into build/R-library of this checkout.
# tmap (used only for maps, never by findClusters) is not packaged by Debian 12: it is dropped from the imports.
# Idempotent; prints one line on success and fails with the reason otherwise.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
ARCHIVE="${SAMPLAN_LMA_ARCHIVE:-$ROOT/../shared/peers/LabourMarketAreas-3.4.tar.gz}"
RLIB="$ROOT/build/R-library"

fail() { echo "samplan: R for the functional-region tests: $*" >&2; exit 1; }

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
missing=()
for p in r-base-core r-cran-sp r-cran-sf r-cran-data.table r-cran-spdep; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
    echo "samplan: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq || fail "apt-get update failed"
    # shellcheck disable=SC2086
    $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends ${missing[*]} \
        || fail "could not install ${missing[*]} from Debian's packages"
fi
command -v Rscript >/dev/null || fail "Rscript is missing after installing r-base-core"
[ -f "$ARCHIVE" ] || fail "the package archive $ARCHIVE is missing (see ../shared/peers/README.md)"

if [ -f "$RLIB/LabourMarketAreas/DESCRIPTION" ] && [ "$RLIB/.installed" -nt "$ARCHIVE" ]; then
    echo "samplan: LabourMarketAreas $(sed -n 's/^Version: //p' "$RLIB/LabourMarketAreas/DESCRIPTION") in $RLIB"
    exit 0
fi
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
tar xzf "$ARCHIVE" -C "$TMP"
sed -i '/^import(tmap)\r\?$/d' "$TMP/LabourMarketAreas/NAMESPACE"
sed -i 's/^Imports: data.table, spdep, methods, tmap$/Imports: data.table, spdep, methods/' "$TMP/LabourMarketAreas/DESCRIPTION"
mkdir -p "$RLIB"
R CMD INSTALL --no-docs --no-html -l "$RLIB" "$TMP/LabourMarketAreas" >"$TMP/install.log" 2>&1 \
    || { tail -20 "$TMP/install.log" >&2; fail "R CMD INSTALL of $ARCHIVE failed"; }
touch "$RLIB/.installed"
echo "samplan: LabourMarketAreas $(sed -n 's/^Version: //p' "$RLIB/LabourMarketAreas/DESCRIPTION") installed in $RLIB"
