#!/usr/bin/env bash
# Install (see setup.sh) and run the whole test suite headless.
# GUI tests get a virtual X server from pytest-xvfb; no display is needed.
# Extra arguments go to pytest, e.g. `bash scripts/run-tests.sh -k review`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PLANNERAPP_CONFIG_DIR="$(mktemp -d)"   # never touch the user's settings
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-xcb}
echo "[run-tests] import contracts"
.venv/bin/lint-imports
echo "[run-tests] pytest"
exec .venv/bin/python -m pytest "$@"
