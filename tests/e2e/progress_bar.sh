#!/usr/bin/env bash
# progress_bar.sh — the progress bar of `audit` and `validate` (SPEC section
# 4: a progress bar shows on long work when stderr is a terminal):
#   on a terminal      the bar is drawn on stderr as the audit starts and
#                      erased before the summary, which then reads exactly as
#                      it does without a terminal
#   off a terminal     no bar: stderr holds no carriage return
#   --explain          no bar: the explanation goes to the terminal as the
#                      audit runs, and a bar would break its lines
#   validate           the bar while the files are read, erased before the
#                      report of rejected rows
# script(1) (util-linux) provides the terminal; the terminal cases are
# skipped where no pseudo-terminal can be had (a chroot without /dev/pts).
# How far each stage has come is checked by unit.test_audit.
#
# Env: RA_BIN, RA_SOURCE_DIR (see paths.sh).
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
demo=$src/fixtures/demo
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"

"$bin" audit "$demo" --as-of 2025-12-01 > "$tmp/plain.out" 2> "$tmp/plain.err"
check "an audit off a terminal exits 0" test $? -eq 0
check "no bar off a terminal" bash -c "! grep -q $'\r' '$tmp/plain.err'"

# untty LOG: what a program wrote to script's terminal, as it would have
# written it to a file: without script's header and trailer (after an empty
# line), lines ending in LF, not CR LF, and the bar (everything up to the
# erase) gone.
untty() {
    sed -e '/^Script started on /d' -e '/^Script done on /d' "$1" |
        sed -e $'s/^.*\r\e\\[K//' -e $'s/\r$//' | sed -e '${/^$/d;}'
}

if command -v script > /dev/null && script -qec true /dev/null > /dev/null 2>&1; then
    script -qec "'$bin' audit '$demo' --as-of 2025-12-01" "$tmp/tty.log" > /dev/null 2>&1
    check "an audit on a terminal exits 0" test $? -eq 0
    check "the bar is drawn" grep -q $'\r\\[[#.]*\\] .*reading the files' "$tmp/tty.log"
    check "the bar is erased" grep -q $'\r\e\\[Kaudit of ' "$tmp/tty.log"
    untty "$tmp/tty.log" > "$tmp/tty.out"
    check "the summary is the same on a terminal" cmp -s "$tmp/plain.out" "$tmp/tty.out"

    script -qec "'$bin' audit '$demo' --as-of 2025-12-01 --explain W-0001" "$tmp/explain.log" \
        > /dev/null 2>&1
    check "--explain runs on a terminal" grep -q "W-0001" "$tmp/explain.log"
    check "no bar with --explain" bash -c "! grep -q 'reading the files' '$tmp/explain.log'"

    "$bin" validate "$demo" > "$tmp/validate.out" 2>&1
    script -qec "'$bin' validate '$demo'" "$tmp/validate.log" > /dev/null 2>&1
    check "validate draws the bar" grep -q $'\r\\[[#.]*\\] .*reading the files' "$tmp/validate.log"
    untty "$tmp/validate.log" > "$tmp/validate.tty"
    check "validate's report is the same on a terminal" cmp -s "$tmp/validate.out" "$tmp/validate.tty"
else
    echo "skip the terminal cases: no script(1) or no pseudo-terminal"
fi

checks_done
