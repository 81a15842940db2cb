#!/usr/bin/env bash
# Installs Samplan into a private QGIS profile (QGIS_CUSTOM_CONFIG_PATH) as a link to this folder, and enables it.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
config=${QGIS_CUSTOM_CONFIG_PATH:?set by the Makefile}
plugins="$config/profiles/default/python/plugins"
mkdir -p "$plugins" "${XDG_RUNTIME_DIR:-/tmp}"
chmod 700 "${XDG_RUNTIME_DIR:-/tmp}" 2>/dev/null || true
if [ "$(readlink "$plugins/samplan" 2>/dev/null)" != "$here" ]; then
    rm -rf "$plugins/samplan"
    ln -s "$here" "$plugins/samplan"
fi
if ! grep -qs '^samplan=true' "$config/profiles/default/QGIS/QGIS3.ini"; then
    qgis_process plugins enable samplan >/dev/null 2>&1 || true
fi
grep -qs '^samplan=true' "$config/profiles/default/QGIS/QGIS3.ini" || {
    echo "samplan: could not enable the plugin in $config" >&2; exit 1; }
