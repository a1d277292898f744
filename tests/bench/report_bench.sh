#!/usr/bin/env bash
# Writing a big report: the 20-rule bench pack over ~1,000,000 fee rows gives
# ~800,000 findings; time and peak memory of the audit with and without -o.
#   bash tests/bench/report_bench.sh BUILD_DIR [N_WORKERS]   (default 125000)
set -euo pipefail
build=${1:?usage: report_bench.sh BUILD_DIR [N_WORKERS]}
workers=${2:-125000}
src=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/recruitaudit"
gen="$build/tests/bench/ra_gen"
[[ -x "$bin" && -x "$gen" ]] || { echo "build first: make" >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
data="${TMPDIR:-/tmp}/recruitaudit-rules-bench-$workers"
if [[ ! -f "$data/.done" ]]; then
    rm -rf "$data" "$data.partial"
    "$gen" --workers "$workers" "$data.partial" >/dev/null
    touch "$data.partial/.done"
    mv "$data.partial" "$data"
fi
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
run() { /usr/bin/time -f '%e %M' "$@" 2>&1 >/dev/null | tail -1; }
read -r t1 m1 <<< "$(run "$bin" audit "$data" --rules "$src/tests/bench/rules/core" \
    --as-of 2025-12-01 --findings "$out/f.jsonl")"
read -r t2 m2 <<< "$(run "$bin" audit "$data" --rules "$src/tests/bench/rules/core" \
    --as-of 2025-12-01 --findings "$out/f.jsonl" -o "$out/report.xlsx")"
findings=$(wc -l < "$out/f.jsonl")
echo "findings: $findings"
echo "audit + findings JSONL:             ${t1} s, peak ${m1} KiB"
echo "audit + findings JSONL + report:    ${t2} s, peak ${m2} KiB"
echo "report.xlsx: $(stat -c %s "$out/report.xlsx") bytes"
awk -v a="$t1" -v b="$t2" -v ma="$m1" -v mb="$m2" -v f="$findings" 'BEGIN {
    printf "report writing: %.1f s, %.0f findings/s, %+.0f MiB peak\n", b - a, f / (b - a),
           (mb - ma) / 1024 }'
