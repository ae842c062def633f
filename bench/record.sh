#!/usr/bin/env bash
# Run one benchmark from the repository root and keep what it prints in bench/results/NAME.txt, between a first
# line that gives the date (UTC), the machine's load (/proc/loadavg) and the exact command, and a last line with
# the date and load at the end. The README cites these files; tests/test_readme.py checks that they exist and
# carry that first line. Run benchmarks one at a time: the machine is shared, and the load is part of the figure.
#
# Usage: bench/record.sh NAME COMMAND [ARG ...]
#   bench/record.sh batch .venv/bin/python bench/batch.py
set -euo pipefail
if [ $# -lt 2 ]; then
    echo "usage: bench/record.sh NAME COMMAND [ARG ...]" >&2
    exit 2
fi
name=$1
shift
cd "$(dirname "$0")/.."
out="bench/results/$name.txt"
# Written beside the result and moved over it only when the command succeeds, so a failed run keeps the old file.
partial="$out.partial"
{
    echo "# started $(date -u +%Y-%m-%dT%H:%M:%SZ); load $(cat /proc/loadavg); $(nproc) cores; command: $*"
    "$@"
    echo "# finished $(date -u +%Y-%m-%dT%H:%M:%SZ); load $(cat /proc/loadavg)"
} >"$partial"
mv "$partial" "$out"
echo "wrote $out" >&2
