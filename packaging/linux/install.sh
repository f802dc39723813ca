#!/bin/sh
# Install the unpacked plannerapp bundle for the current user (no root needed):
#   ~/.local/opt/plannerapp/          the bundle (this folder, copied)
#   ~/.local/bin/plannerapp           a link to its executable
#   ~/.local/share/applications/plannerapp.desktop and hicolor icons
# Run from inside the unpacked folder:  ./install.sh      Remove: ./install.sh --uninstall
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DEST="$PREFIX/opt/plannerapp"
APPS="$PREFIX/share/applications"
ICONS="$PREFIX/share/icons/hicolor"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DEST" "$PREFIX/bin/plannerapp" "$APPS/plannerapp.desktop"
    for s in 16 24 32 48 64 128 256 512; do rm -f "$ICONS/${s}x${s}/apps/plannerapp.png"; done
    rm -f "$ICONS/scalable/apps/plannerapp.svg"
    echo "plannerapp removed from $PREFIX"
    exit 0
fi

if [ "$HERE" != "$DEST" ]; then
    mkdir -p "$PREFIX/opt"
    rm -rf "$DEST"
    cp -a "$HERE" "$DEST"
fi
mkdir -p "$PREFIX/bin" "$APPS" "$ICONS/scalable/apps"
ln -sf "$DEST/plannerapp" "$PREFIX/bin/plannerapp"
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$ICONS/${s}x${s}/apps"
    cp "$DEST/icons/plannerapp-$s.png" "$ICONS/${s}x${s}/apps/plannerapp.png"
done
cp "$DEST/icons/plannerapp.svg" "$ICONS/scalable/apps/plannerapp.svg"
sed "s|^Exec=.*|Exec=$DEST/plannerapp %f|; s|^TryExec=.*|TryExec=$DEST/plannerapp|" \
    "$DEST/plannerapp.desktop" > "$APPS/plannerapp.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" >/dev/null 2>&1 || true
echo "plannerapp installed in $DEST; start it from the applications menu or as $PREFIX/bin/plannerapp"
