# check.sh — sourced by the e2e scripts that count named checks:
#   check NAME COMMAND...   runs COMMAND; prints "ok NAME" or "FAIL NAME" and counts it
#   checks_done             prints the counts; its status is 0 when none failed
pass=0 fail=0
check() {
    local name=$1
    shift
    if "$@"; then pass=$((pass + 1)); echo "ok $name"; else fail=$((fail + 1)); echo "FAIL $name"; fi
}
checks_done() {
    echo "$pass passed, $fail failed"
    [ "$fail" -eq 0 ]
}
