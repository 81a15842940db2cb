#!/usr/bin/env bash
# Builds dist/samplan-VERSION.zip for QGIS's "Install from ZIP": the plugin folder 'samplan/' with the
# files git tracks (no tests, benchmarks, build scripts or caches) and the compiled translations.
set -euo pipefail
version=${1:?version}
here=$(cd "$(dirname "$0")/.." && pwd)
cd "$here"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/samplan" dist
git ls-files -z --cached \
    | grep -zvE '^(tests|benchmarks|scripts|docs/dev|\.ci|\.github)/|^(Makefile|pytest\.ini|requirements-dev\.txt|\.gitignore|\.git-blame-ignore-revs|pyproject\.toml)$|\.ts$' \
    | while IFS= read -r -d '' file; do
        [ -f "$file" ] || continue
        mkdir -p "$stage/samplan/$(dirname "$file")"
        cp "$file" "$stage/samplan/$file"
    done
for qm in i18n/*.qm; do [ -f "$qm" ] && cp "$qm" "$stage/samplan/i18n/"; done
find "$stage" \( -name '__pycache__' -o -name '*.pyc' \) -prune -exec rm -rf {} +
rm -f "dist/samplan-$version.zip"
(cd "$stage" && zip -q -r -X "$here/dist/samplan-$version.zip" samplan)
echo "dist/samplan-$version.zip"
