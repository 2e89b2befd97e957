#!/bin/sh
# Refresh static/vendor (and the test-only axe-core) from the npm registry at pinned versions.
# Run from the repository root. The app itself never loads anything from another host.
set -eu
DEST=static/vendor; TMP=$(mktemp -d)
( cd "$TMP" && npm pack --silent bootstrap@5.3.8 htmx.org@2.0.11 chart.js@4.6.1 axe-core@4.14.1 @fontsource/tinos@5.3.0 >/dev/null \
  && for t in *.tgz; do mkdir "${t%.tgz}" && tar xzf "$t" -C "${t%.tgz}"; done )
mkdir -p "$DEST/licenses" tests/browser/vendor
cp "$TMP/bootstrap-5.3.8/package/dist/css/bootstrap.min.css"      "$DEST/"
cp "$TMP/bootstrap-5.3.8/package/dist/js/bootstrap.bundle.min.js" "$DEST/"
cp "$TMP/bootstrap-5.3.8/package/LICENSE"                         "$DEST/licenses/bootstrap-5.3.8.LICENSE"
cp "$TMP/htmx.org-2.0.11/package/dist/htmx.min.js"                "$DEST/"
cp "$TMP/htmx.org-2.0.11/package/LICENSE"                         "$DEST/licenses/htmx-2.0.11.LICENSE"
cp "$TMP/chart.js-4.6.1/package/dist/chart.umd.min.js"            "$DEST/"
cp "$TMP/chart.js-4.6.1/package/LICENSE.md"                       "$DEST/licenses/chart.js-4.6.1.LICENSE.md"
cp "$TMP/axe-core-4.14.1/package/axe.min.js"                      tests/browser/vendor/
cp "$TMP/axe-core-4.14.1/package/LICENSE"                         tests/browser/vendor/axe-core-4.14.1.LICENSE
# Tinos (OFL-1.1, metrics of Times New Roman) for the PDF reports: fontsource ships it in
# unicode-range subsets; one file per style (latin + latin-ext + vietnamese merged) keeps the PDF's
# text extractable, since WeasyPrint mixes up the glyph ids of subsets of one family.
mkdir -p "$DEST/fonts"
cp "$TMP/fontsource-tinos-5.3.0/package/LICENSE"                   "$DEST/licenses/tinos-5.3.0.LICENSE"
.venv/bin/python - "$TMP/fontsource-tinos-5.3.0/package/files" "$DEST/fonts" <<'PY'
import sys
from fontTools.merge import Merger
from fontTools.ttLib import TTFont
src, dest = sys.argv[1:]
for style in ("400-normal", "400-italic", "700-normal", "700-italic"):
    parts = []
    for subset in ("latin", "latin-ext", "vietnamese"):
        font = TTFont(f"{src}/tinos-{subset}-{style}.woff2")
        font.flavor = None
        parts.append(f"{src}/{subset}-{style}.ttf")
        font.save(parts[-1])
    merged = Merger().merge(parts)
    merged.flavor = "woff2"
    merged.save(f"{dest}/tinos-{style}.woff2")
PY
rm -rf "$TMP"
