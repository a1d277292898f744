#!/usr/bin/env bash
# no_threads.sh — the CLI when no thread can start: pthread_create fails, as
# it does for a process out of threads or memory. Every stage that asks for a
# thread then does its work on the threads it has, and the outputs are those
# of a run with threads:
#   audit        the findings JSONL and the summary, byte for byte
#   batch        each submission's findings and summary files, national.csv
#                and the closing line, with every thread refused (the job
#                pool runs on the main thread) and with only the first one
#                started (one pool thread, whose audits start none)
#   progress bar on a terminal, the bar's thread cannot start: no bar is
#                left behind and the summary reads as off a terminal
# A preloaded test library (refuse_threads.c, RA_REFUSE_LIB) refuses the
# threads and counts the refusals, so each case also checks that threads
# were asked for and refused. Under AddressSanitizer the library is preloaded
# before the sanitizer's runtime, which ASAN_OPTIONS allows here.
#
# Env: RA_BIN, RA_SOURCE_DIR (see paths.sh), RA_REFUSE_LIB.
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
lib=${RA_REFUSE_LIB:?RA_REFUSE_LIB: the refuse_threads library}
demo=$src/fixtures/demo
gen="$(dirname "$bin")/tests/bench/ra_gen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}verify_asan_link_order=0"

# refused NAME AFTER COMMAND...: runs COMMAND with threads refused after the
# first AFTER; the count of refusals goes to $tmp/NAME.refused.
refused() {
    local name=$1 after=$2
    shift 2
    LD_PRELOAD="$lib" RA_REFUSE_THREADS_AFTER="$after" \
        RA_REFUSE_THREADS_LOG="$tmp/$name.refused" "$@"
}
# asked NAME MIN: at least MIN pthread_create calls were refused.
asked() {
    local n
    n=$(cat "$tmp/$1.refused" 2> /dev/null || echo 0)
    echo "  $1: $n thread(s) refused"
    test "$n" -ge "$2"
}

# audit
"$bin" audit "$demo" --as-of 2025-12-01 --findings "$tmp/a.jsonl" > "$tmp/a.out" 2>&1
a=$?
refused audit 0 "$bin" audit "$demo" --as-of 2025-12-01 --findings "$tmp/b.jsonl" \
    > "$tmp/b.out" 2>&1
b=$?
check "audit: threads were asked for and refused" asked audit 3
check "audit: the same exit code without threads ($a)" test "$a" -eq "$b"
check "audit: the same findings without threads" cmp -s "$tmp/a.jsonl" "$tmp/b.jsonl"
check "audit: the same summary without threads" cmp -s "$tmp/a.out" "$tmp/b.out"

# batch
"$gen" --workers 900 --split 3 "$tmp/root" > /dev/null || { echo "FAIL generator"; exit 1; }
# batch NAME COMMAND...: COMMAND batch into $tmp/NAME, its log in $tmp/NAME.log;
# returns the batch's exit code
batch() {
    local name=$1
    shift
    "$@" batch "$tmp/root" -o "$tmp/$name" --jobs 2 --as-of 2025-12-01 > "$tmp/$name.log" 2>&1
}
batch threads "$bin"
t=$?
batch none refused none 0 "$bin"
n=$?
batch one refused one 1 "$bin"
o=$?
check "batch: threads were refused to the pool and its audits" asked none 2
check "batch: with one pool thread, its audits' threads were refused" asked one 2
check "batch: the same exit code without threads ($t)" test "$t" -eq "$n" -a "$t" -eq "$o"
for s in agency-0001 agency-0002 agency-0003; do
    for f in findings.jsonl summary/ratios.csv; do
        check "batch: $s/$f the same without threads" cmp -s "$tmp/threads/$s/$f" "$tmp/none/$s/$f"
        check "batch: $s/$f the same with one thread" cmp -s "$tmp/threads/$s/$f" "$tmp/one/$s/$f"
    done
done
check "batch: national.csv the same without threads" \
    cmp -s "$tmp/threads/national.csv" "$tmp/none/national.csv"
check "batch: national.csv the same with one thread" \
    cmp -s "$tmp/threads/national.csv" "$tmp/one/national.csv"
closing() { grep '^batch: .* submissions audited' "$tmp/$1.log"; }
check "batch: the same closing line without threads" \
    test "$(closing threads)" = "$(closing none)" -a -n "$(closing threads)"

# progress bar (script(1) gives the terminal, where a pseudo-terminal can be had)
if command -v script > /dev/null && script -qec true /dev/null > /dev/null 2>&1; then
    script -qec "env LD_PRELOAD='$lib' RA_REFUSE_THREADS_LOG='$tmp/bar.refused' \
        '$bin' audit '$demo' --as-of 2025-12-01" "$tmp/bar.log" > /dev/null 2>&1
    check "bar: an audit on a terminal without threads exits as with them" test $? -eq "$a"
    refused base 0 "$bin" audit "$demo" --as-of 2025-12-01 > /dev/null 2>&1
    check "bar: its thread was asked for and refused, besides the audit's" \
        test "$(cat "$tmp/bar.refused")" -eq $(($(cat "$tmp/base.refused") + 1))
    sed -e '/^Script started on /d' -e '/^Script done on /d' "$tmp/bar.log" |
        sed -e $'s/^.*\r\e\\[K//' -e $'s/\r$//' | sed -e '${/^$/d;}' > "$tmp/bar.out"
    check "bar: nothing of the bar is left" bash -c "! grep -q $'\r' '$tmp/bar.out'"
    check "bar: the summary reads as off a terminal" cmp -s "$tmp/a.out" "$tmp/bar.out"
else
    echo "skip the terminal case: no script(1) or no pseudo-terminal"
fi

checks_done
