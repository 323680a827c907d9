#!/usr/bin/env bash
# The end-to-end tests drive Debian's Chromium; they never download a browser.
# Installs it when it is missing (root or sudo needed), otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM; installing Debian's chromium package…"
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Install it yourself: apt-get install -y chromium (or set CHROMIUM_PATH)." >&2; exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "chromium installed but not at $CHROMIUM; set CHROMIUM_PATH" >&2; exit 1; }
