#!/usr/bin/env bash
# Installs the Debian/Ubuntu libraries Qt needs (offscreen tests and a real window), when missing.
# `system-deps.sh bundle` also installs binutils, which PyInstaller needs (objdump) for `make bundle`.
set -euo pipefail
needed=(libegl1 libgl1 libglib2.0-0 libdbus-1-3 libfontconfig1 libxkbcommon0
        libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-randr0
        libxcb-render-util0 libxcb-image0 libxcb-xinerama0 libxcb-xkb1 fonts-wqy-microhei)
[ "${1:-}" = "bundle" ] && needed+=(binutils)
command -v dpkg >/dev/null 2>&1 || exit 0          # not a Debian-like system: nothing we can check
missing=()
for pkg in "${needed[@]}"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0
command="apt-get install --no-install-recommends ${missing[*]}"
tell() {                                            # the libraries, and the command that installs them
    echo "LeadInbox needs system libraries that are not installed: ${missing[*]}" >&2
    echo "$1, run:  sudo $command" >&2
    echo "(then run make again). Without root, ask whoever administers this machine." >&2
    exit 1
}
if [ "$(id -u)" -eq 0 ]; then sudo=""
elif command -v sudo >/dev/null 2>&1 && { sudo -n true 2>/dev/null || [ -t 0 ]; }; then sudo="sudo"
else tell "You have no root rights here (no sudo)"; fi   # never a failed apt-get: the command to run
echo "Installing system libraries Qt needs: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
if ! { $sudo apt-get update -qq >/dev/null && $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; }; then
    tell "They could not be installed (see above). As root"
fi
