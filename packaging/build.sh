#!/usr/bin/env bash
# One command builds the plannerapp bundle (Linux):
#
#   packaging/build.sh              # dist/plannerapp/ + dist/plannerapp-<version>-linux-<arch>.tar.gz, then self-test
#   packaging/build.sh --appdir     # also dist/plannerapp.AppDir (input for appimagetool, see docs/packaging.md)
#   packaging/build.sh --no-test    # skip the bundle's --self-test
#
# Uses $PYTHON (default: .venv/bin/python) with PyInstaller installed
# (pip install -e .[package]).  Takes several minutes and ~2 GB of disk (build/ + dist/).
# The self-test runs the built bundle with a bare environment (no Python on PATH) and,
# when run as root with `unshare`, with no network at all.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
PY=${PYTHON:-$ROOT/.venv/bin/python}
# bundle the plannerapp of THIS tree, even when $PY has another checkout installed (editable)
export PYTHONPATH="$ROOT${PYTHONPATH:+:$PYTHONPATH}"
APPDIR=0
TEST=1
for arg in "$@"; do
    case "$arg" in
        --appdir) APPDIR=1 ;;
        --no-test) TEST=0 ;;
        -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
        *) echo "unknown option $arg" >&2; exit 2 ;;
    esac
done

VERSION=$("$PY" -c 'import plannerapp; print(plannerapp.__version__)')
ARCH=$(uname -m)
NAME="plannerapp-$VERSION-linux-$ARCH"
t0=$(date +%s)

# CJK font for Chinese text in the 3D view (SIL OFL 1.1; Debian fonts-noto-cjk):
# copied in at build time, not committed (19 MB); plannerapp/scene/fonts.py looks in resources/fonts
CJK_FONT=/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc
if [ -f "$CJK_FONT" ]; then
  mkdir -p resources/fonts
  cp -u "$CJK_FONT" resources/fonts/
  cp -u /usr/share/doc/fonts-noto-cjk/copyright resources/fonts/NotoSansCJK-LICENCE.txt 2>/dev/null || true
else
  echo "warning: $CJK_FONT missing (apt-get install fonts-noto-cjk): Chinese labels in the 3D view will fall back" >&2
fi
echo "== PyInstaller ($("$PY" -m PyInstaller --version)), plannerapp $VERSION"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/plannerapp.spec
t1=$(date +%s)

# Linux desktop integration files at the top of the bundle folder
B=dist/plannerapp
cp packaging/linux/plannerapp.desktop packaging/linux/install.sh "$B/"
mkdir -p "$B/icons"
cp resources/icons/plannerapp.svg resources/icons/plannerapp-*.png "$B/icons/"
cp build/licences/THIRD-PARTY-NOTICES.txt "$B/THIRD-PARTY-NOTICES.txt"
cat > "$B/README.txt" <<EOF
plannerapp $VERSION for Linux ($ARCH), a self-contained bundle: no Python or other install needed.

  ./plannerapp                  start the desktop application (opens the Delft sample project)
  ./plannerapp --self-test      check this computer: sample project, review, sunlight, screenshot
  ./plannerapp --help           command-line tools (review, sunhours, screenshot, batch, ...)
  ./install.sh                  add it to your applications menu (~/.local), ./install.sh --uninstall

Needs an X11 or Wayland desktop with OpenGL 3.2 (Mesa is fine) and glibc 2.31 or newer.
Licences: THIRD-PARTY-NOTICES.txt and _internal/licences/.
EOF

echo "== archive"
tar -C dist --transform "s|^plannerapp|$NAME|" -czf "dist/$NAME.tar.gz" plannerapp
t2=$(date +%s)

if [ "$APPDIR" = 1 ]; then
    echo "== AppDir"
    A=dist/plannerapp.AppDir
    rm -rf "$A"
    mkdir -p "$A/usr/share/icons/hicolor/256x256/apps"
    cp -a "$B" "$A/usr/plannerapp"
    cp packaging/linux/plannerapp.desktop "$A/plannerapp.desktop"
    cp resources/icons/plannerapp-256.png "$A/plannerapp.png"
    cp resources/icons/plannerapp-256.png "$A/usr/share/icons/hicolor/256x256/apps/plannerapp.png"
    ln -s plannerapp.png "$A/.DirIcon"
    cat > "$A/AppRun" <<'EOF'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/plannerapp/plannerapp" "$@"
EOF
    chmod +x "$A/AppRun"
    if command -v appimagetool >/dev/null 2>&1; then
        ARCH=$ARCH appimagetool "$A" "dist/$NAME.AppImage"
    else
        echo "appimagetool not found: $A is ready; on a machine with appimagetool run: appimagetool $A dist/$NAME.AppImage"
    fi
fi

SIZE=$(du -sm "$B" | cut -f1)
FILES=$(find "$B" -type f | wc -l)
TGZ=$(du -sm "dist/$NAME.tar.gz" | cut -f1)
echo "== bundle: $B ($SIZE MB, $FILES files); archive dist/$NAME.tar.gz ($TGZ MB)"
echo "== time: PyInstaller $((t1 - t0)) s, archive $((t2 - t1)) s"

if [ "$TEST" = 1 ]; then
    echo "== self-test of the built bundle (bare environment$( [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && echo ', no network'))"
    HOME_T=$(mktemp -d)
    RUN=(env -i PATH=/usr/bin:/bin HOME="$HOME_T" LANG=C.UTF-8)
    if [ "$(id -u)" = 0 ] && command -v unshare >/dev/null && unshare -n true 2>/dev/null; then
        RUN=(unshare -n "${RUN[@]}")
    fi
    "${RUN[@]}" "$B/plannerapp" self-test --out "$ROOT/build/selftest"
    rm -rf "$HOME_T"
    echo "== screenshot: build/selftest/self-test.png"
fi
