#!/usr/bin/env bash
# make demo: checks the demo submission with the freshly built binary.
# (The audit, report and signature steps join here as those commands land.)
set -euo pipefail
build=${1:-build}
bin="$build/recruitaudit"
echo "== recruitaudit validate fixtures/demo"
"$bin" validate fixtures/demo
