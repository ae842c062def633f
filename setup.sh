#!/usr/bin/env bash
# Set up a working copy: chromium for the report test (from apt, when missing), then the venv and the package
# with its test dependencies. Run it again at any time; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
    echo "== chromium (for the HTML report test)"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    $sudo apt-get install -y --no-install-recommends chromium
fi

echo "== venv and package"
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -e ".[test]"
