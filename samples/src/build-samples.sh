#!/usr/bin/env bash
# Regenerate the sample CVs (DOCX/PDF/TXT) in samples/ from the content files in samples/src/content.
# Needs: python3, LibreOffice (soffice). Optional: pdftotext/pdftoppm (poppler-utils) for checking.
# The generated files are committed, so users and CI do not need LibreOffice.
set -euo pipefail
SRC="$(cd "$(dirname "$0")" && pwd)"
OUT="$(dirname "$SRC")"
TMP="$(mktemp -d)"
PROFILE="$TMP/lo-profile"
trap 'rm -rf "$TMP"' EXIT

python3 "$SRC/make_sources.py"

# convert <fodt base> <format> <output file name>
convert() {
  local src="$SRC/fodt/$1.fodt" fmt="$2" dest="$3" filter
  case "$fmt" in
    docx) filter='docx:MS Word 2007 XML' ;;
    pdf)  filter='pdf:writer_pdf_Export' ;;
  esac
  rm -rf "$TMP/out" && mkdir -p "$TMP/out"
  soffice -env:UserInstallation="file://$PROFILE" --headless --norestore \
    --convert-to "$filter" --outdir "$TMP/out" "$src" >/dev/null
  mv "$TMP/out/$1.$fmt" "$OUT/$dest"
  echo "built samples/$dest"
}

# One-column DOCX + PDF
for base in amelia-hart-project-manager david-okafor-business-analyst priya-nair-operations-lead \
            tom-fletcher-graduate james-whitaker-head-of-pmo marcus-lee-software-engineer; do
  convert "$base" docx "$base.docx"
  convert "$base" pdf  "$base.pdf"
done

# Amelia Hart parity set: extra two-column (sidebar) PDF; the .txt is written by make_sources.py
convert amelia-hart-project-manager-two-column pdf amelia-hart-project-manager-two-column.pdf

# Sofia Martinez: one-column DOCX, two-column (sidebar) PDF
convert sofia-martinez-pmo-analyst docx sofia-martinez-pmo-analyst.docx
convert sofia-martinez-pmo-analyst-two-column pdf sofia-martinez-pmo-analyst.pdf

# Chloe Dubois: contact details in the page header, body laid out in a table (DOCX and PDF)
convert chloe-dubois-project-support-officer-header-table docx chloe-dubois-project-support-officer.docx
convert chloe-dubois-project-support-officer-header-table pdf  chloe-dubois-project-support-officer.pdf

# Optional: strip volatile timestamps so rebuilds differ less (best effort)
if command -v python3 >/dev/null; then python3 "$SRC/normalise_outputs.py" "$OUT" || true; fi
