#!/usr/bin/env bash
# rules_cases.sh — the default rule pack's own test cases must pass:
#   $RA_BIN rules test --rules $RA_SOURCE_DIR/rules/core --cases $RA_SOURCE_DIR/fixtures/cases
# exits 0 and ends with "N passed, 0 failed"; and every rule of the SPEC
# catalogue that the pack implements (all but the contract rules) has at least
# one case that expects findings (a positive) and one that expects none (a
# negative look-alike), each of which ran and passed.
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script). Needs bash, coreutils, grep.
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
rules=$src/rules/core
cases=$src/fixtures/cases

RULE_IDS="FEE-001 FEE-002 FEE-003 FEE-004 FEE-005
WRK-001 WRK-002 WRK-003 WRK-004 WRK-005 WRK-006 WRK-007 WRK-008
DOC-001 DOC-002 DOC-003 AGY-001 AGY-002 DQ-001"

fails=()
fail() { fails+=("$*"); echo "FAIL: $*"; }

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    exit 1
fi
if [ ! -d "$cases" ]; then
    echo "FAIL: no case folder: $cases"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-cases.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# Run from an empty directory, so nothing depends on the current directory.
(cd "$tmp" && "$bin" rules test --rules "$rules" --cases "$cases" >"$tmp/out" 2>"$tmp/err")
rc=$?
if [ "$rc" -ne 0 ]; then
    fail "rules test exit $rc, expected 0"
    grep -v '^ok ' "$tmp/out" | head -n 40 | sed 's/^/    | /'
    head -n 20 "$tmp/err" | sed 's/^/    stderr| /'
fi
last=$(tail -n 1 "$tmp/out")
if ! printf '%s\n' "$last" | grep -Eq '^[0-9]+ passed, 0 failed$'; then
    fail "last line is '$last', expected 'N passed, 0 failed'"
fi
if grep -q '^FAIL ' "$tmp/out"; then
    fail "failing cases:"
    grep '^FAIL ' "$tmp/out" | head -n 40 | sed 's/^/    /'
fi

# What a case expects of its rule: "positive" (finding: lines), "negative"
# (none), or "" (not a valid expect file). A `rule:` line naming another rule
# makes the case count for that rule instead of its folder's.
expects() {
    local f=$1/expect
    [ -f "$f" ] || return 0
    if grep -Eq '^finding:' "$f"; then
        echo positive
    elif grep -Eq '^none[[:space:]]*$' "$f"; then
        echo negative
    fi
}
rule_of() {
    local d=$1 r
    r=$(sed -n 's/^rule:[[:space:]]*//p' "$d/expect" 2>/dev/null | head -n 1 | tr -d '\r')
    [ -n "$r" ] && echo "$r" || basename "$(dirname "$d")"
}

declare -A pos neg
for d in "$cases"/*/*/; do
    d=${d%/}
    [ -f "$d/expect" ] || continue
    kind=$(expects "$d")
    rule=$(rule_of "$d")
    name="$(basename "$(dirname "$d")")/$(basename "$d")"
    # The case must have run and passed ("ok NAME" in the output).
    grep -Fxq "ok $name" "$tmp/out" || continue
    case $kind in
        positive) pos[$rule]=$(( ${pos[$rule]:-0} + 1 )) ;;
        negative) neg[$rule]=$(( ${neg[$rule]:-0} + 1 )) ;;
    esac
done

for id in $RULE_IDS; do
    [ "${pos[$id]:-0}" -ge 1 ] || fail "$id: no passing positive case (an expect with finding: lines) in $cases/$id/"
    [ "${neg[$id]:-0}" -ge 1 ] || fail "$id: no passing negative case (an expect with 'none') in $cases/$id/"
done

total=$(grep -c '^ok ' "$tmp/out")
if [ ${#fails[@]} -ne 0 ]; then
    echo "rules_cases: ${#fails[@]} problem(s)"
    exit 1
fi
echo "rules_cases: $total cases passed; every catalogue rule (non-contract) has a positive and a negative case"
exit 0
