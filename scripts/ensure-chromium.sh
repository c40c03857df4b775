#!/usr/bin/env bash
# Debian's Chromium for the end-to-end tests (src/api/e2e.test.ts drives it with
# playwright-core; Playwright's own browser download is not used). Installs the `chromium`
# package when /usr/bin/chromium is missing; does nothing otherwise.
set -euo pipefail
CHROMIUM="${WARTA_CHROMIUM:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "ensure-chromium: $CHROMIUM is missing and installing it needs root (apt-get install -y chromium)" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
echo "ensure-chromium: installing Debian's chromium package" >&2
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq chromium >/dev/null
test -x "$CHROMIUM"
