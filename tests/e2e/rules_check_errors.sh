#!/usr/bin/env bash
# rules_check_errors.sh — runs `recruitaudit rules check` on the deliberately
# broken pack tests/data/bad_pack/ and checks the diagnostics against
# tests/data/bad_pack/expected.txt (one "file-basename:line:col: substring of
# the message" per line; '#' lines are comments):
#   - the exit code is 3 (input unusable);
#   - every expected diagnostic is on stderr as ".../FILE:LINE:COL: error: MSG"
#     with that exact line:col and MSG containing the substring;
#   - the number of "FILE:LINE:COL: error:" lines equals the number expected
#     (no error is missing and none is extra), and the summary line counts
#     the same number.
# Prints one line per failed check and "N passed, N failed" at the end.
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script), RA_VERBOSE=1 to show
# stderr when something fails. Needs bash, coreutils, grep.
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
pack=$src/tests/data/bad_pack
expected=$pack/expected.txt
verbose=${RA_VERBOSE:-0}

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    echo "0 passed, 1 failed"
    exit 1
fi
if [ ! -f "$expected" ]; then
    echo "FAIL: no expectations: $expected"
    echo "0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-rules-check.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

run_limit=()
if command -v timeout >/dev/null 2>&1; then
    run_limit=(timeout 60)
fi

passed=0
failed=0
pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
}

"${run_limit[@]}" "$bin" rules check --rules "$pack/core" --profile baseline \
    >"$tmp/stdout" 2>"$tmp/stderr"
rc=$?

if [ "$rc" -eq 3 ]; then
    pass
else
    fail "exit code $rc, want 3"
fi

# The diagnostic lines only: "path:line:col: error: message".
grep -E '^.+:[0-9]+:[0-9]+: error: ' "$tmp/stderr" >"$tmp/diags" || true

n_expected=0
while IFS= read -r want || [ -n "$want" ]; do
    case "$want" in '' | '#'*) continue ;; esac
    n_expected=$((n_expected + 1))
    # file:line:col: substring
    if ! [[ "$want" =~ ^([^:/]+):([0-9]+):([0-9]+):\ (.+)$ ]]; then
        fail "expected.txt: malformed line: $want"
        continue
    fi
    file=${BASH_REMATCH[1]}
    line=${BASH_REMATCH[2]}
    col=${BASH_REMATCH[3]}
    text=${BASH_REMATCH[4]}
    prefix="$file:$line:$col: error: "
    found=0
    at_position=0
    while IFS= read -r got; do
        case "$got" in
        "$prefix"* | */"$prefix"*)
            at_position=1
            msg=${got#*"$prefix"}
            case "$msg" in *"$text"*) found=1 ;; esac
            ;;
        esac
    done <"$tmp/diags"
    if [ "$found" -eq 1 ]; then
        pass
    elif [ "$at_position" -eq 1 ]; then
        fail "$file:$line:$col: an error is there, but its message lacks: $text"
    else
        fail "missing: $want"
    fi
done <"$expected"

n_got=$(wc -l <"$tmp/diags" | tr -d ' ')
if [ "$n_got" -eq "$n_expected" ]; then
    pass
else
    fail "$n_got error lines on stderr, want $n_expected"
    # Name the ones nobody expected.
    while IFS= read -r got; do
        pos=$(printf '%s\n' "$got" | sed -E 's/^(.*\/)?([^/]+:[0-9]+:[0-9]+): error: .*/\2/')
        if ! grep -qF -- "$pos: " "$expected"; then
            echo "  unexpected: $got"
        fi
    done <"$tmp/diags"
fi

if grep -qE "the rule pack does not check: $n_expected errors?\$" "$tmp/stderr"; then
    pass
else
    fail "no summary line 'the rule pack does not check: $n_expected errors' on stderr"
fi

if [ "$failed" -gt 0 ] && [ "$verbose" = 1 ]; then
    echo "---- stderr ----"
    cat "$tmp/stderr"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
