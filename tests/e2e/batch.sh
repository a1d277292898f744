#!/usr/bin/env bash
# batch and merge end to end: a pool of threads over generated agency
# submissions plus a broken one, the national figures, resume, shards from
# --shard and from simulated Slurm and Kubernetes job-array environments, and
# merge of the shards giving exactly the unsharded figures.
set -u
bin=${RA_BIN:?}
gen="$(dirname "$bin")/tests/bench/ra_gen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
pass=0 fail=0
check() { # check NAME CONDITION...
    local name=$1; shift
    if "$@"; then pass=$((pass + 1)); echo "ok $name"; else fail=$((fail + 1)); echo "FAIL $name"; fi
}

"$gen" --workers 1200 --split 4 "$tmp/root" >/dev/null || { echo "FAIL generator"; exit 1; }
mkdir "$tmp/root/broken" && echo "not,a,submission" > "$tmp/root/broken/agencies.csv"

"$bin" batch "$tmp/root" -o "$tmp/out" --jobs 2 --as-of 2025-12-01 --min-cell 5 \
    > "$tmp/batch.log" 2>&1
code=$?
check "a failed submission makes exit 1" test "$code" -eq 1
check "the failure is recorded with its reason" grep -q "exit 3" "$tmp/out/broken/failed.txt"
for s in agency-0001 agency-0002 agency-0003 agency-0004; do
    check "$s outputs" test -s "$tmp/out/$s/report.xlsx" -a -s "$tmp/out/$s/findings.jsonl" \
        -a -s "$tmp/out/$s/summary/ratios.csv"
done
check "the as-of date is recorded" grep -qx 2025-12-01 "$tmp/out/as-of"
check "national.csv written" test -s "$tmp/out/national.csv"
check "national totals published" grep -q '^\*,\*,\*,\*,[0-9]' "$tmp/out/national.csv"
check "no individual rows in national.csv" bash -c \
    "! grep -q W- '$tmp/out/national.csv'"

# Resume: nothing changed, nothing redone; a changed input is audited again.
"$bin" batch "$tmp/root" -o "$tmp/out" --jobs 2 --resume > "$tmp/resume.log" 2>&1
check "resume skips up-to-date outputs" grep -q "0 submissions audited, 4 skipped" "$tmp/resume.log"
echo "W-X,$(head -2 "$tmp/root/agency-0002/workers.csv" | tail -1 | cut -d, -f2-)" \
    >> "$tmp/root/agency-0002/workers.csv"
"$bin" batch "$tmp/root" -o "$tmp/out" --jobs 2 --resume > "$tmp/resume2.log" 2>&1
check "a changed input is audited again" grep -q "1 submissions audited, 3 skipped" "$tmp/resume2.log"
"$bin" batch "$tmp/root" -o "$tmp/out" --as-of 2025-12-02 > /dev/null 2>&1
check "a second as-of date in one output folder is refused" test $? -eq 2
rm -rf "$tmp/root/broken"
"$bin" batch "$tmp/root" -o "$tmp/full" --as-of 2025-12-01 > /dev/null 2>&1
check "a clean batch exits 0" test $? -eq 0

# Shards: --shard, Slurm and Kubernetes give disjoint parts that merge exactly.
"$bin" batch "$tmp/root" -o "$tmp/s1" --shard 1/3 --as-of 2025-12-01 > /dev/null 2>&1
SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_MIN=4 SLURM_ARRAY_TASK_COUNT=3 \
    "$bin" batch "$tmp/root" -o "$tmp/s2" --as-of 2025-12-01 > /dev/null 2>&1
JOB_COMPLETION_INDEX=2 "$bin" batch "$tmp/root" -o "$tmp/s3" --shard-count 3 \
    --as-of 2025-12-01 > /dev/null 2>&1
n=0
for d in "$tmp"/s1 "$tmp"/s2 "$tmp"/s3; do
    check "$(basename "$d") writes no national report" test ! -e "$d/national.csv"
    n=$((n + $(find "$d" -mindepth 1 -maxdepth 1 -type d | wc -l)))
done
check "the shards hold every submission once" test "$n" -eq 4
mkdir -p "$tmp/national"
"$bin" merge "$tmp/s1" "$tmp/s2" "$tmp/s3" -o "$tmp/national/national.xlsx" > /dev/null 2>&1
check "merge exits 0" test $? -eq 0
check "merged shards equal the unsharded run" cmp -s "$tmp/national/national.csv" \
    "$tmp/full/national.csv"
JOB_COMPLETION_INDEX=0 "$bin" batch "$tmp/root" -o "$tmp/k" > /dev/null 2>&1
check "JOB_COMPLETION_INDEX without --shard-count is a usage error" test $? -eq 2

echo "$pass passed, $fail failed"
test "$fail" -eq 0
