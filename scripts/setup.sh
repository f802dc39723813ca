#!/usr/bin/env bash
# Install everything plannerapp needs on a fresh Debian/Ubuntu machine:
# the Qt/X/OpenGL libraries, Xvfb and CJK fonts (apt), then a virtual
# environment .venv with plannerapp and its test tools (pip).
# Idempotent: a second run only checks and returns.
set -euo pipefail
cd "$(dirname "$0")/.."

DEB_PKGS="libgl1 libegl1 libxkbcommon0 libglib2.0-0 libx11-6 libdbus-1-3 libfontconfig1 \
xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 \
libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-image0 libxcb-xkb1 \
fonts-noto-cjk"

missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $DEB_PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO="sudo"
  echo "[setup] installing Debian packages:$missing"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  echo "[setup] creating .venv"
  "$PY" -m venv .venv
fi
stamp=.venv/.plannerapp-installed
want=$(cat pyproject.toml | sha1sum | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "[setup] installing Python packages into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi
# compiled translations (.qm) are build products of the committed .ts files
if [ -x scripts/i18n.sh ]; then bash scripts/i18n.sh --release-only >/dev/null 2>&1 || true; fi
