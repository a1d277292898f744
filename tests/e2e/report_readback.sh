#!/usr/bin/env bash
# report_readback.sh — reads the Excel report back with an independent tool.
# Runs the report unit test (tests/unit/test_report, built next to RA_BIN)
# with RA_REPORT_OUT set, so that it leaves demo.xlsx and tricky.xlsx, their
# findings (.jsonl) and the tricky submission in a scratch folder; then
# report_readback.py checks them with Debian's python3-openpyxl.
#
# Env: RA_BIN (the recruitaudit binary; default <repo>/build/recruitaudit),
# RA_SOURCE_DIR (repo root; default two levels above this script).
# Needs /usr/bin/python3 with python3-openpyxl (apt-get install python3-openpyxl);
# never the python3 found first in PATH, which may lack it.
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
unit=$(dirname "$bin")/tests/unit/test_report
py=/usr/bin/python3

if [ ! -x "$unit" ]; then
    echo "FAIL: the report unit test is not built: $unit"
    echo "0 passed, 1 failed"
    exit 1
fi
if ! "$py" -c 'import openpyxl' 2>/dev/null; then
    echo "FAIL: $py cannot import openpyxl: apt-get install python3-openpyxl"
    echo "0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-readback.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

if ! RA_SOURCE_DIR=$src RA_REPORT_OUT=$tmp/out "$unit" >"$tmp/unit.log" 2>&1; then
    echo "FAIL: $unit failed:"
    sed 's/^/    | /' "$tmp/unit.log" | tail -n 30
    echo "0 passed, 1 failed"
    exit 1
fi
for f in demo.xlsx demo.jsonl tricky.xlsx tricky.jsonl tricky/workers.csv; do
    if [ ! -f "$tmp/out/$f" ]; then
        echo "FAIL: the unit test left no $f in RA_REPORT_OUT"
        echo "0 passed, 1 failed"
        exit 1
    fi
done

"$py" "$here/report_readback.py" "$tmp/out" "$src"
