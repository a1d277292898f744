#!/usr/bin/env bash
# national_bench.sh — the national-scale figures of SPEC section 6 and issue #8:
# wall time, rows/s and peak RSS of
#   audit   the big submission (N workers, one agency set) with findings JSONL
#           and no -o (the speed bar of SPEC section 6);
#   batch   the same rows split into K agency submissions (ra_gen --split K),
#           every output written (report.xlsx, findings, summary, national
#           report), with --jobs 1 and --jobs 2.
# Datasets are generated with ra_gen under ${TMPDIR:-/tmp}/recruitaudit-bench and
# reused while gen.c and the arguments are unchanged. Outputs go to a temporary
# folder there and are removed at the end.
#
# usage: bash tests/bench/national_bench.sh BUILD_DIR [N_WORKERS] [K]
#        (defaults 1000000 and 500; the audit needs about 6 GB free for the JSONL)
# env:   BENCH_RUNS=R  time each command R times, keep the fastest (default 1)
#        BENCH_SKIP_BATCH=1  only the audit
set -euo pipefail

usage() {
    echo "usage: bash tests/bench/national_bench.sh BUILD_DIR [N_WORKERS] [K]" >&2
    exit 2
}
[[ $# -ge 1 && $# -le 3 ]] || usage
BUILD=$1
N=${2:-1000000}
K=${3:-500}
RUNS=${BENCH_RUNS:-1}
[[ $N =~ ^[1-9][0-9]{0,8}$ && $K =~ ^[1-9][0-9]{0,4}$ && $RUNS =~ ^[1-9][0-9]*$ ]] || usage
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=${TMPDIR:-/tmp}/recruitaudit-bench
BIN=$BUILD/recruitaudit
GEN=$BUILD/tests/bench/ra_gen
[[ -x $BIN && -x $GEN ]] || { echo "bench: build first (cmake --build $BUILD)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench: needs GNU time: apt-get install time" >&2; exit 2; }
mkdir -p "$ROOT"

# dataset NAME ARGS...: $ROOT/NAME made by ra_gen ARGS, unless an identical one exists.
dataset() {
    local name=$1
    shift
    local dir=$ROOT/$name want
    want="gen.c $(sha256sum <"$HERE/gen.c" | cut -c1-64) $*"
    if [[ ! -d $dir || ! -f $dir.stamp || $(cat "$dir.stamp") != "$want" ]]; then
        rm -rf -- "$dir" "$dir.partial" "$dir.stamp"
        "$GEN" "$@" "$dir.partial" >/dev/null
        mv -- "$dir.partial" "$dir"
        printf '%s\n' "$want" >"$dir.stamp"
    fi
    echo "$dir"
}

# best CMD...: the fastest of RUNS runs as "wall user sys maxrss_kib"; the command's
# exit status must be 0 or 1 (1: findings at or above --fail-on, not an error).
best() {
    local b="" line rc
    for _ in $(seq "$RUNS"); do
        rc=0
        /usr/bin/time -f '%e %U %S %M' -o "$OUT/time" "$@" >"$OUT/stdout" 2>"$OUT/stderr" || rc=$?
        if [[ $rc -gt 1 ]]; then
            echo "bench: '$*' failed (exit $rc):" >&2
            tail -n 5 "$OUT/stderr" >&2
            exit 1
        fi
        line=$(tail -n 1 "$OUT/time")
        if [[ -z $b ]] || awk -v a="${line%% *}" -v c="${b%% *}" 'BEGIN { exit !(a < c) }'; then
            b=$line
        fi
    done
    echo "$b"
}

rows_of() { # data rows of the five CSV files under $1 (all submissions)
    find "$1" -name '*.csv' -exec tail -q -n +2 {} + | wc -l
}

report() { # LABEL "wall user sys kib" ROWS
    read -r w u s k <<<"$2"
    awk -v l="$1" -v w="$w" -v u="$u" -v s="$s" -v k="$k" -v r="$3" 'BEGIN {
        printf "%-28s %8.2f s wall %8.2f s user %7.2f s sys %8.1f MiB peak %10.0f rows/s\n",
               l, w, u, s, k / 1024, (w > 0 ? r / w : 0) }'
}

big=$(dataset "w$N" --workers "$N")
OUT=$(mktemp -d "$ROOT/national-out.XXXXXX")
trap 'rm -rf -- "$OUT"' EXIT
rows=$(rows_of "$big")
echo "dataset: $big ($N workers, $rows CSV rows, $(du -sm "$big" | cut -f1) MB)"
a=$(best "$BIN" audit "$big" --as-of 2025-12-01 --findings "$OUT/findings.jsonl")
findings=$(grep -m1 '^findings:' "$OUT/stdout" || true)
echo "audit: $findings; JSONL $(($(stat -c %s "$OUT/findings.jsonl") / 1000000)) MB"
report "audit --findings" "$a" "$rows"
rm -f -- "$OUT/findings.jsonl"

if [[ ${BENCH_SKIP_BATCH:-0} != 1 ]]; then
    split=$(dataset "w$N-split$K" --workers "$N" --split "$K")
    srows=$(rows_of "$split")
    echo "dataset: $split ($K submissions, $srows CSV rows)"
    for jobs in 1 2; do
        b=$(best bash -c 'rm -rf -- "$1" && exec "$2" batch "$3" -o "$1" --jobs "$4" --as-of 2025-12-01' \
            _ "$OUT/batch" "$BIN" "$split" "$jobs")
        report "batch --jobs $jobs" "$b" "$srows"
    done
fi
