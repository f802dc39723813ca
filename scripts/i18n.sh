#!/usr/bin/env bash
# Translations of plannerapp: extract -> fill -> compile, in one command.
#
#   bash scripts/i18n.sh                 # extract every string of plannerapp/ (GUI self.tr /
#                                        # QCoreApplication.translate AND core translate("ctx", ...))
#                                        # into plannerapp/i18n/plannerapp_zh_CN.ts, fill the
#                                        # translations from plannerapp/i18n/zh_CN_translations.csv,
#                                        # report what is unfinished, compile the .qm files
#   bash scripts/i18n.sh --release-only  # only compile the committed .ts -> .qm (scripts/setup.sh)
#   bash scripts/i18n.sh --check         # extract into a temp copy; exit 1 if any string is new
#                                        # or unfinished (the committed .ts is left alone)
#
# See docs/i18n.md.  The .qm files are committed too (small), so a plain pip install
# or the packaged app has them even where the Qt tools are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=${PLANNERAPP_QT_BIN:-.venv/bin}
PY=${PYTHON:-.venv/bin/python}
[ -x "$PY" ] || PY=python3
I18N=plannerapp/i18n
TS_ZH=$I18N/plannerapp_zh_CN.ts
TS_EN=$I18N/plannerapp_en.ts
# module-level helpers `_tr("text")` (report/review_html.py, io/controls.py, ui/recovery.py) are
# extracted like tr(); lupdate files them under the empty context, which both the core
# translate() and the GUI fallback translator look up by source text
ALIAS="tr+=_tr"

release() {
  "$BIN/pyside6-lrelease" -silent "$TS_ZH" -qm "$I18N/plannerapp_zh_CN.qm"
  if grep -q '<message' "$TS_EN" 2>/dev/null; then
    "$BIN/pyside6-lrelease" -silent "$TS_EN" -qm "$I18N/plannerapp_en.qm"
  fi
}

extract() {  # $1 = zh .ts, $2 = en .ts
  # lupdate's Python parser takes translate("context", "text") like QCoreApplication.translate
  "$BIN/pyside6-lupdate" -silent -extensions py -no-obsolete -locations relative -tr-function-alias "$ALIAS" \
      -source-language en -target-language zh_CN plannerapp -ts "$1"
  # English numerus forms ("%n building(s)") only: every other English string is its source
  "$BIN/pyside6-lupdate" -silent -extensions py -no-obsolete -locations relative -pluralonly \
      -source-language en -target-language en plannerapp -ts "$2"
}

case "${1:-}" in
  --release-only)
    release
    ;;
  --check)
    tmp=$(mktemp -d)
    trap 'rm -rf "$tmp"' EXIT
    cp "$TS_ZH" "$tmp/plannerapp_zh_CN.ts"
    extract "$tmp/plannerapp_zh_CN.ts" "$tmp/plannerapp_en.ts"
    "$PY" -m plannerapp.i18n.tscheck "$TS_ZH" "$tmp/plannerapp_zh_CN.ts"
    ;;
  "")
    extract "$TS_ZH" "$TS_EN"
    "$PY" -m plannerapp.i18n.tsfill fill
    mkdir -p build; "$PY" -m plannerapp.i18n.tsfill missing build/i18n-untranslated.tsv || true
    release
    ;;
  *)
    sed -n '2,16p' "$0"; exit 2
    ;;
esac
