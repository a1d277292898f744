#!/usr/bin/env bash
# run.sh — load benchmark: generates a national-scale submission with ra_gen (gen.c)
# and measures `recruitaudit validate` on it with GNU time: wall seconds, MB/s, rows/s
# and peak RSS, overall and for a 1,000,000-row fees.csv alone. Plain text, one
# figure per line. Datasets are kept under ${TMPDIR:-/tmp}/recruitaudit-bench and
# reused while gen.c and the arguments are unchanged.
#
# usage: bash tests/bench/run.sh BUILD_DIR [N_WORKERS]     (default 1000000)
# env:   BENCH_RUNS=R  time each command R times, keep the fastest (default 1)
#        BENCH_SEED=S  generator seed (default 1)
set -euo pipefail

usage() {
    echo "usage: bash tests/bench/run.sh BUILD_DIR [N_WORKERS]   (default 1000000)" >&2
    exit 2
}
[[ $# -ge 1 && $# -le 2 ]] || usage
BUILD=$1
N=${2:-1000000}
[[ $N =~ ^[1-9][0-9]{0,8}$ ]] || usage
SEED=${BENCH_SEED:-1}
RUNS=${BENCH_RUNS:-1}
[[ $SEED =~ ^[0-9]+$ && $RUNS =~ ^[1-9][0-9]*$ ]] || usage
FEES_N=125000 # 125,000 workers x 8 fee rows = about 1,000,000 fee rows

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=${TMPDIR:-/tmp}/recruitaudit-bench
BIN=$BUILD/recruitaudit
TIME=/usr/bin/time
mkdir -p "$ROOT"

die() {
    echo "bench: $*" >&2
    exit 1
}

# ---- tools -------------------------------------------------------------------
if [[ ! -x $TIME ]]; then
    if [[ $(id -u) -eq 0 ]]; then
        echo "bench: installing GNU time (Debian package 'time')" >&2
        export DEBIAN_FRONTEND=noninteractive
        apt-get install -y -qq time >/dev/null 2>&1 ||
            { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
    fi
    [[ -x $TIME ]] || die "$TIME (GNU time) is missing: as root, run 'apt-get install time'"
fi

# The generator: the CMake target when it is up to date, else built standalone under
# $ROOT (it needs only libc), leaving BUILD_DIR alone.
GEN=$BUILD/tests/bench/ra_gen
if [[ ! -x $GEN || $GEN -ot $HERE/gen.c ]]; then
    GEN=$ROOT/ra_gen
    if [[ ! -x $GEN || $GEN -ot $HERE/gen.c ]]; then
        cc -std=c11 -O2 -D_POSIX_C_SOURCE=200809L "$HERE/gen.c" -o "$GEN" ||
            die "cannot build the generator from $HERE/gen.c"
    fi
fi

# ---- helpers -----------------------------------------------------------------
# gen_dir N: sets DIR to a dataset of N workers, generating it unless an identical
# one (same gen.c, same arguments) is already there; sets GEN_NOTE.
gen_dir() {
    local n=$1
    DIR=$ROOT/w$n-s$SEED
    local stamp=$DIR.stamp
    local want
    want="gen.c $(sha256sum <"$HERE/gen.c" | cut -c1-64) --workers $n --seed $SEED"
    if [[ -d $DIR && -f $stamp && $(cat "$stamp") == "$want" ]]; then
        GEN_NOTE="reused"
        return
    fi
    rm -rf -- "$DIR" "$DIR.partial" "$stamp"
    "$TIME" -f '%e' -o "$ROOT/gen.time" "$GEN" --workers "$n" --seed "$SEED" "$DIR.partial" ||
        die "generator failed for $n workers"
    mv -- "$DIR.partial" "$DIR"
    printf '%s\n' "$want" >"$stamp"
    GEN_NOTE="generated in $(tail -n 1 "$ROOT/gen.time") s"
}

bytes() { stat -c %s "$1"; }
rows() { echo $(($(wc -l <"$1") - 1)); } # ra_gen writes no quoted line breaks
mb() { awk -v b="$1" 'BEGIN { printf "%.2f", b / 1e6 }'; }
ratio() { awk -v a="$1" -v b="$2" -v f="$3" 'BEGIN { if (b > 0) printf f, a / b; else printf "n/a" }'; }

# subset SRC DST FILE...: a submission holding only the given files (hard links).
subset() {
    local src=$1 dst=$2 f
    shift 2
    rm -rf -- "$dst"
    mkdir -p "$dst"
    for f in "$@"; do
        ln -f "$src/$f" "$dst/$f" 2>/dev/null || cp "$src/$f" "$dst/$f"
    done
}

# measure DIR: runs `recruitaudit validate DIR` RUNS times; sets M_WALL (fastest,
# seconds), M_KIB (largest peak RSS, KiB), M_RC and M_OUT (stdout of the last run).
measure() {
    local dir=$1 i rc wall kib
    M_OUT=$ROOT/validate-$(basename "$dir").out
    M_WALL=""
    M_KIB=0
    # Read the inputs once so the figures measure the loader, not the disk.
    find "$dir" -type f -exec cat {} + >/dev/null
    for ((i = 1; i <= RUNS; i++)); do
        rc=0
        "$TIME" -f '%e %M' -o "$ROOT/validate.time" "$BIN" validate "$dir" \
            >"$M_OUT" 2>"$M_OUT.err" || rc=$?
        if [[ $rc -ne 0 && $rc -ne 1 ]]; then
            echo "bench: '$BIN validate $dir' exited with status $rc; its stderr ends with:" >&2
            tail -n 20 "$M_OUT.err" >&2
            exit 1
        fi
        # GNU time writes "Command exited with non-zero status 1" first: the figures
        # are on the last line.
        read -r wall kib < <(tail -n 1 "$ROOT/validate.time")
        if [[ -z $M_WALL ]] || awk -v a="$wall" -v b="$M_WALL" 'BEGIN { exit !(a < b) }'; then
            M_WALL=$wall
        fi
        if ((kib > M_KIB)); then
            M_KIB=$kib
        fi
        M_RC=$rc
    done
}

# ---- the national-scale dataset ------------------------------------------------
gen_dir "$N"
FULL=$DIR
echo "recruitaudit validate benchmark"
echo "date (UTC): $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "host: $(nproc) cores, $(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB RAM"
echo "command: $BIN validate DIR (best of $RUNS run(s), inputs in page cache)"
echo "dataset: $FULL ($GEN_NOTE)"
echo "workers: $N"

total_bytes=0
total_rows=0
for f in agencies.csv workers.csv fees.csv documents.csv rates.csv; do
    b=$(bytes "$FULL/$f")
    r=$(rows "$FULL/$f")
    total_bytes=$((total_bytes + b))
    total_rows=$((total_rows + r))
    echo "input $f: $(mb "$b") MB, $r rows"
done
ctr_files=$(find "$FULL/contracts" -type f | wc -l)
ctr_bytes=$(find "$FULL/contracts" -type f -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
total_bytes=$((total_bytes + ctr_bytes))
echo "input contracts/: $(mb "$ctr_bytes") MB, $ctr_files files"
echo "input total: $(mb "$total_bytes") MB, $total_rows CSV rows, $ctr_files contract files"

[[ -x $BIN ]] || die "$BIN not found: build it first (make), then run this again"

measure "$FULL"
echo "validate exit status: $M_RC$([[ $M_RC -eq 1 ]] && echo " (rows rejected, as planted)")"
echo "validate rejected-row lines: $(grep -cE '^[a-z_]+\.csv:[0-9]+:' "$M_OUT" || true)"
echo "validate wall: $M_WALL s"
echo "validate throughput: $(ratio "$total_bytes" "$(awk -v w="$M_WALL" 'BEGIN { print w * 1e6 }')" '%.1f') MB/s"
echo "validate rows/s: $(ratio "$total_rows" "$M_WALL" '%.0f')"
echo "validate peak RSS: $(awk -v k="$M_KIB" 'BEGIN { printf "%.1f", k / 1024 }') MiB"

# ---- fees.csv alone: 1,000,000 fee rows ------------------------------------------
# validate on agencies+workers+fees minus validate on agencies+workers isolates the
# time spent loading fees.csv.
gen_dir "$FEES_N"
SMALL=$DIR
subset "$SMALL" "$ROOT/fees-awf" agencies.csv workers.csv fees.csv
subset "$SMALL" "$ROOT/fees-aw" agencies.csv workers.csv
fee_bytes=$(bytes "$SMALL/fees.csv")
fee_rows=$(rows "$SMALL/fees.csv")
echo "fees-only dataset: $ROOT/fees-awf ($FEES_N workers, $GEN_NOTE)"
echo "fees-only fees.csv: $(mb "$fee_bytes") MB, $fee_rows rows"
measure "$ROOT/fees-awf"
awf_wall=$M_WALL
awf_kib=$M_KIB
measure "$ROOT/fees-aw"
aw_wall=$M_WALL
fees_wall=$(awk -v a="$awf_wall" -v b="$aw_wall" 'BEGIN { printf "%.2f", a - b }')
echo "fees-only wall, agencies+workers+fees: $awf_wall s"
echo "fees-only wall, agencies+workers: $aw_wall s"
echo "fees.csv load wall (difference): $fees_wall s"
echo "fees.csv load rows/s: $(ratio "$fee_rows" "$fees_wall" '%.0f')"
echo "fees.csv load throughput: $(ratio "$fee_bytes" "$(awk -v w="$fees_wall" 'BEGIN { print w * 1e6 }')" '%.1f') MB/s"
echo "fees-only rows/s, agencies+workers+fees overall: $(ratio "$((fee_rows + $(rows "$SMALL/workers.csv") + $(rows "$SMALL/agencies.csv")))" "$awf_wall" '%.0f')"
echo "fees-only peak RSS, agencies+workers+fees: $(awk -v k="$awf_kib" 'BEGIN { printf "%.1f", k / 1024 }') MiB"
echo "validate output: $ROOT/validate-*.out"
