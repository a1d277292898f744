#!/usr/bin/env bash
# Cost of evaluating rules relative to loading alone: the 20-rule pack in
# tests/bench/rules over a generated submission of about 1,000,000 fee rows.
#   bash tests/bench/rules_bench.sh BUILD_DIR [N_WORKERS]   (default 125000 ≈ 1M fees)
set -euo pipefail
build=${1:?usage: rules_bench.sh BUILD_DIR [N_WORKERS]}
workers=${2:-125000}
src=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/recruitaudit"
gen="$build/tests/bench/ra_gen"
[[ -x "$bin" && -x "$gen" ]] || { echo "build first: make" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >/dev/null; else
        echo "needs GNU time: sudo apt-get install time" >&2; exit 2; fi
fi
data="${TMPDIR:-/tmp}/recruitaudit-rules-bench-$workers"
if [[ ! -f "$data/.done" ]]; then
    rm -rf "$data" "$data.partial"
    "$gen" --workers "$workers" "$data.partial" >/dev/null
    touch "$data.partial/.done"
    mv "$data.partial" "$data"
fi
fees=$(($(wc -l < "$data/fees.csv") - 1))
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

best() { # best of 3 runs: prints "seconds maxrss_kb"
    local b="" line
    for _ in 1 2 3; do
        line=$( { /usr/bin/time -f '%e %M' "$@" >/dev/null; } 2>&1 >/dev/null | tail -1 )
        if [[ -z "$b" ]] || awk -v a="${line% *}" -v c="${b% *}" 'BEGIN{exit !(a<c)}'; then b=$line; fi
    done
    echo "$b"
}
load=$(best "$bin" validate "$data")
audit=$(best "$bin" audit "$data" --rules "$src/tests/bench/rules/core" --as-of 2025-12-01 \
        --findings "$out/findings.jsonl")
findings=$(wc -l < "$out/findings.jsonl")
# The same rules with every condition ending in "and false": the whole
# condition and every aggregate are still evaluated on every row (and is
# evaluated left to right), but nothing fires, so this is evaluation alone.
mkdir -p "$out/quiet/core" "$out/quiet/profiles"
cp "$src/tests/bench/rules/profiles/baseline.profile" "$out/quiet/profiles/"
sed -E 's/^(  when +)(.*)$/\1(\2) and false/' "$src/tests/bench/rules/core/bench.rules" \
    > "$out/quiet/core/bench.rules"
quiet=$(best "$bin" audit "$data" --rules "$out/quiet/core" --as-of 2025-12-01)
read -r lt lm <<< "$load"
read -r at am <<< "$audit"
read -r qt qm <<< "$quiet"
echo "dataset: $data ($workers workers, $fees fee rows)"
echo "load only (validate):      ${lt} s, peak ${lm} KiB"
echo "load + 20 rules (audit):   ${at} s, peak ${am} KiB, $findings findings"
echo "load + 20 rules evaluated, none firing: ${qt} s, peak ${qm} KiB"
awk -v l="$lt" -v a="$at" -v q="$qt" -v f="$fees" 'BEGIN {
    printf "rule evaluation cost: %.1f%% of load time (goal < 30%%)\n", (q - l) / l * 100
    printf "evaluation + findings JSONL cost: %.1f%% of load time\n", (a - l) / l * 100
    printf "audit throughput: %.0f fee rows/s (with findings)\n", f / a }'
