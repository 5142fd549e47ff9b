#!/usr/bin/env bash
# Registers LeadInbox with the desktop: menu entry, icons, AppStream data, and "Open with" for CSV/XLSX.
# Usage: packaging/linux/install-desktop.sh [LEADINBOX_EXECUTABLE]   (PREFIX defaults to ~/.local)
# The executable defaults to the bundle (dist/leadinbox/leadinbox) if built, else `leadinbox` on PATH.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app_id="io.github.leadinbox.LeadInbox"
prefix="${PREFIX:-$HOME/.local}"
exe="${1:-}"
if [ -z "$exe" ]; then
    if [ -x "$root/dist/leadinbox/leadinbox" ]; then exe="$root/dist/leadinbox/leadinbox"
    else exe="$(command -v leadinbox || true)"; fi
fi
[ -n "$exe" ] && [ -x "$exe" ] || { echo "No leadinbox executable found; pass its path." >&2; exit 1; }
exe="$(cd "$(dirname "$exe")" && pwd)/$(basename "$exe")"
share="$prefix/share"
mkdir -p "$share/applications" "$share/metainfo" "$share/icons/hicolor/scalable/apps"
# Exec and TryExec point at this executable; the Desktop Entry spec wants spaces in the path quoted.
sed -e "s|^Exec=leadinbox |Exec=\"$exe\" |" -e "s|^TryExec=leadinbox$|TryExec=$exe|" \
    "$here/$app_id.desktop" > "$share/applications/$app_id.desktop"
cp "$here/$app_id.metainfo.xml" "$share/metainfo/"
cp "$root/resources/icons/leadinbox.svg" "$share/icons/hicolor/scalable/apps/$app_id.svg"
for png in "$root"/leadinbox/assets/icons/leadinbox-*.png; do
    size="$(basename "$png" .png)"; size="${size#leadinbox-}"
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
done
# Caches are refreshed when the tools exist; desktops rescan on their own otherwise. An icon cache is only
# updated, never created: a stale one in a user's folder would hide icons other programs install later.
command -v update-desktop-database >/dev/null && update-desktop-database -q "$share/applications" || true
if [ -f "$share/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
    gtk-update-icon-cache -q -t "$share/icons/hicolor" || true
fi
echo "Installed $app_id for $exe under $share"
