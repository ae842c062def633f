#!/usr/bin/env bash
# Set up a working copy: chromium and strace for the browser tests (from apt, when missing), then the venv and the package
# with its test dependencies and the Ray extra. Run it again at any time; it only installs what is missing.
set -euo pipefail
cd "$(dirname "$0")"

# chromium for the report and view tests; strace for the test that traces every address the browser tries.
missing=""
if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then missing="chromium"; fi
if ! command -v strace >/dev/null 2>&1; then missing="$missing strace"; fi
# A Chinese/Japanese font, so the HTML view's CJK test draws glyphs rather than empty boxes.
if [ -z "$(fc-list :lang=zh 2>/dev/null)" ]; then missing="$missing fonts-wqy-microhei"; fi
if [ -n "$missing" ]; then
    echo "== apt:$missing"
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    $sudo apt-get update -qq
    # shellcheck disable=SC2086
    $sudo apt-get install -y --no-install-recommends $missing
fi

echo "== venv and package"
if [ ! -x .venv/bin/python ]; then python3 -m venv .venv; fi
.venv/bin/pip install -e ".[test,ray]"
