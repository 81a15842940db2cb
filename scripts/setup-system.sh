#!/usr/bin/env bash
# Installs the system parts Samplan needs on Debian 12 (bookworm): QGIS 3.40 LTR from
# bookworm-backports, Xvfb for the desktop tests. Idempotent: does nothing when all is present.
set -euo pipefail

need_qgis() {
    command -v qgis_process >/dev/null 2>&1 || return 0
    /usr/bin/python3 -c 'import qgis.core, sys; sys.exit(0 if qgis.core.Qgis.QGIS_VERSION_INT >= 34000 else 1)' 2>/dev/null || return 0
    return 1
}
# python3-shapely: bookworm's 1.8.5, too old for Samplan: the install test (tests/qgis/test_install.py) upgrades it
# into a fresh profile's samplan_deps folder, as a Debian user's QGIS would.
EXTRA_DEBS="xvfb xauth python3-venv python3-pip qttools5-dev-tools pyqt5-dev-tools zip fonts-open-sans poppler-utils python3-shapely osmium-tool"
missing_debs=()
for p in $EXTRA_DEBS; do dpkg -s "$p" >/dev/null 2>&1 || missing_debs+=("$p"); done

if ! need_qgis && [ ${#missing_debs[@]} -eq 0 ]; then
    exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    echo "samplan: adding Debian bookworm-backports (QGIS 3.40 LTR)"
    echo "deb http://deb.debian.org/debian bookworm-backports main" | $SUDO tee /etc/apt/sources.list.d/bookworm-backports.list >/dev/null
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=900 update -qq
if need_qgis; then
    $SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends -t bookworm-backports qgis python3-qgis qgis-providers
fi
# shellcheck disable=SC2086
$SUDO apt-get -o DPkg::Lock::Timeout=900 install -y -qq --no-install-recommends $EXTRA_DEBS
