#!/usr/bin/env bash
# Installs Azurite 3.35.0, the Azure Storage emulator the tests run the Azure Table lead source against, into
# .tools/ of this checkout (gitignored). 3.35.0 is the last Azurite that runs on Node 20 (3.36 needs Node 21);
# Node.js and npm come from the system's packages when they are missing. Does nothing when it is there.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=3.35.0
installed=.tools/node_modules/azurite/package.json
if [ -x .tools/node_modules/.bin/azurite-table ] && grep -q "\"version\": \"$version\"" "$installed" 2>/dev/null; then
    exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
    echo "Installing Node.js and npm (for Azurite, the Azure Storage emulator the tests use)"
    if [ "$(id -u)" -eq 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
        echo "Please install Node.js and npm as root: apt-get install nodejs npm" >&2; exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq >/dev/null
    $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
fi
echo "Installing Azurite $version into .tools/ (the tests' Azure Table emulator)"
npm install --prefix .tools --no-audit --no-fund --loglevel=error --save-exact "azurite@$version" >/dev/null
