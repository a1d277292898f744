#!/usr/bin/env bash
# make demo: checks the demo submission and audits it with the core rule pack.
# (The Excel report, signature and verify steps join here as those land.)
set -euo pipefail
build=${1:-build}
bin="$build/recruitaudit"
out="$build/demo"
mkdir -p "$out"
echo "== recruitaudit validate fixtures/demo"
"$bin" validate fixtures/demo
echo
echo "== recruitaudit rules check"
"$bin" rules check
echo
echo "== recruitaudit audit fixtures/demo --as-of 2025-12-01 --findings $out/findings.jsonl"
"$bin" audit fixtures/demo --as-of 2025-12-01 --findings "$out/findings.jsonl"
echo
echo "first findings:"
head -n 3 "$out/findings.jsonl"
