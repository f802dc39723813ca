#!/usr/bin/env bash
# Install (see setup.sh) and start plannerapp on the bundled sample project.
# Extra arguments go to the plannerapp command, e.g. `bash scripts/run-app.sh open city.json`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "[run-app] no display: starting the app on a virtual X screen (Xvfb)" >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/plannerapp "$@"
fi
exec .venv/bin/plannerapp "$@"
