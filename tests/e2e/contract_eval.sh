#!/usr/bin/env bash
# contract_eval.sh — precision and recall of the contract clause rules
# (CTR-001..CTR-011) on the frozen labelled evaluation set tests/contracts/
# (written without seeing the patterns; see tests/contracts/README.md).
# contract_eval.py builds a submission from the set, runs
#   $RA_BIN audit DIR --as-of 2025-12-01 --findings F.jsonl --rules $RA_SOURCE_DIR/rules/core
# and prints a table per rule. Fails only below the regression floors
# (overall precision < 0.89 or recall < 0.75, just under the current scores);
# the goals are 0.95 / 0.90. RA_EVAL_VERBOSE=1 lists each false positive and
# negative; RA_EVAL_KEEP=1 keeps the submission built from the set.
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script). Needs /usr/bin/python3.
set -u

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${RA_SOURCE_DIR:-$(cd "$here/../.." && pwd)}
src=$(cd "$src" && pwd)
bin=${RA_BIN:-$src/build/recruitaudit}
case "$bin" in /*) ;; *) bin=$(pwd)/$bin ;; esac

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    echo "0 passed, 1 failed"
    exit 1
fi
exec /usr/bin/python3 "$here/contract_eval.py" "$bin" "$src"
