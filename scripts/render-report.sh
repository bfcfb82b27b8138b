#!/usr/bin/env bash
# Renders a weekly workbook to PDF and PNG pages, so anyone can look at it without Excel.
# Needs LibreOffice Calc and poppler (Debian: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils).
# Usage: scripts/render-report.sh reports/2026-W47/press-tally-2026-W47.xlsx [out-dir] [dpi]
set -euo pipefail
workbook=${1:?usage: render-report.sh WORKBOOK.xlsx [OUT_DIR] [DPI]}
out=${2:-$(dirname "$workbook")/pages}
dpi=${3:-80}
[ -f "$workbook" ] || { echo "render-report: no such workbook: $workbook" >&2; exit 3; }
command -v soffice >/dev/null || { echo "render-report: soffice not found; apt-get install libreoffice-calc" >&2; exit 3; }
command -v pdftoppm >/dev/null || { echo "render-report: pdftoppm not found; apt-get install poppler-utils" >&2; exit 3; }
mkdir -p "$out"
# a private profile folder: a LibreOffice already open for the user does not block the conversion
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
soffice -env:UserInstallation=file://"$profile" --headless --convert-to pdf --outdir "$out" "$workbook" >/dev/null
pdf="$out/$(basename "${workbook%.xlsx}").pdf"
pdftoppm -png -r "$dpi" "$pdf" "$out/page"
echo "render-report: $pdf and $(ls "$out"/page*.png | wc -l) PNG pages in $out"
