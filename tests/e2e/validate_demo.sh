#!/usr/bin/env bash
# validate_demo.sh — `recruitaudit validate fixtures/demo` must accept every row:
# exit 0, no rejection line, and a table whose counts per file match the rows
# and blank lines counted here from the files themselves (RFC 4180-aware:
# a quoted line break does not end a row). Also checks the --json output.
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script). Needs bash, coreutils,
# grep, awk; python3 optional (JSON checks).
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
demo=$src/fixtures/demo

fails=()
fail() { fails+=("$*"); echo "FAIL: $*"; }

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    exit 1
fi
if [ ! -d "$demo" ]; then
    echo "FAIL: no demo submission: $demo"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-demo.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# Rows (records after the header) and blank lines of a CSV file, by quote
# parity: a record goes on while an odd number of quotes has been seen.
count_csv() {
    awk '
        { sub(/\r$/, "") }
        !inrec && $0 == "" { blank++; next }
        {
            if (!inrec) { records++; inrec = 1; q = 0 }
            q += gsub(/"/, "\"")
            if (q % 2 == 0) inrec = 0
        }
        END { printf "%d %d\n", (records > 0 ? records - 1 : 0), blank + 0 }' "$1"
}

(cd "$tmp" && "$bin" validate "$demo" >"$tmp/out" 2>"$tmp/err")
rc=$?
if [ "$rc" -ne 0 ]; then
    fail "validate exit $rc, expected 0"
    sed 's/^/    stderr| /' "$tmp/err" | head -n 20
fi

TYPES='missing-label|duplicate-label|blank-label|extra-cell|missing-cell|type-error|constraint-error|unique-error|foreign-key|encoding-error|format-error|limit-error'
if grep -E -q "^[^ :]+:[0-9]+: [^ :]+: ($TYPES): " "$tmp/out"; then
    fail "rows rejected:"
    grep -E "^[^ :]+:[0-9]+: [^ :]+: ($TYPES): " "$tmp/out" | head -n 20 | sed 's/^/    /'
fi
if grep -q '^note: ' "$tmp/out"; then
    echo "info: notes from validate (not failures):"
    grep '^note: ' "$tmp/out" | sed 's/^/    /'
fi

if ! grep -E -q '^file[[:space:]]+read[[:space:]]+accepted[[:space:]]+rejected[[:space:]]+blank' "$tmp/out"; then
    fail "no table header 'file read accepted rejected blank'"
fi
total=0
for f in agencies.csv workers.csv rates.csv fees.csv documents.csv; do
    if [ ! -f "$demo/$f" ]; then
        fail "the demo has no $f"
        continue
    fi
    set -- $(count_csv "$demo/$f")
    want_rows=$1 want_blank=$2
    total=$((total + want_rows))
    row=$(awk -v f="$f" '/^file[[:space:]]+read/ { t = 1; next } t && $1 == f { print; exit }' "$tmp/out")
    if [ -z "$row" ]; then
        fail "no table line for $f"
        continue
    fi
    set -- $row
    if [ $# -lt 5 ] || ! [[ "$2$3$4$5" =~ ^[0-9]+$ ]]; then
        fail "table line for $f is not 'file read accepted rejected blank': $row"
        continue
    fi
    [ "$2" -eq "$want_rows" ] || fail "$f: read $2, the file has $want_rows rows"
    [ "$3" -eq "$want_rows" ] || fail "$f: accepted $3, expected $want_rows"
    [ "$4" -eq 0 ] || fail "$f: rejected $4, expected 0"
    [ "$5" -eq "$want_blank" ] || fail "$f: blank $5, the file has $want_blank blank lines"
    [ "$2" -eq $(($3 + $4)) ] || fail "$f: read $2 != accepted $3 + rejected $4"
    echo "$f: $want_rows rows, $want_blank blank: table says read $2 accepted $3 rejected $4 blank $5"
done
grep -q '^contracts/: present$' "$tmp/out" || fail "no 'contracts/: present' line"
last=$(grep -v '^[[:space:]]*$' "$tmp/out" | tail -n 1)
[[ "$last" == result:* ]] || fail "last stdout line is not 'result: ...' ($last)"

if command -v python3 >/dev/null 2>&1; then
    (cd "$tmp" && "$bin" validate "$demo" --json >"$tmp/out.json" 2>"$tmp/err.json")
    rc_json=$?
    [ "$rc_json" -eq 0 ] || fail "validate --json exit $rc_json, expected 0"
    while IFS= read -r problem; do
        [ -n "$problem" ] && fail "$problem"
    done < <(python3 - "$tmp/out.json" "$demo" <<'PY'
import json, os, sys
path, demo = sys.argv[1], sys.argv[2]
try:
    doc = json.load(open(path, encoding="utf-8"))
except Exception as e:
    print("--json output does not parse: %s" % str(e).splitlines()[0][:120])
    sys.exit(0)
if doc.get("ok") is not True:
    print("--json ok is %r" % doc.get("ok"))
if doc.get("error") is not None:
    print("--json error is %r" % doc.get("error"))
if doc.get("rejections"):
    print("--json lists %d rejections" % len(doc["rejections"]))
files = {f.get("file"): f for f in doc.get("files") or [] if isinstance(f, dict)}
for name in ("agencies.csv", "workers.csv", "rates.csv", "fees.csv", "documents.csv"):
    f = files.get(name)
    if not f:
        print("--json has no files entry for %s" % name)
    elif not f.get("present") or f.get("rejected") != 0 or f.get("read") != f.get("accepted"):
        print("--json %s: %r" % (name, f))
PY
)
else
    echo "note: python3 not found: the --json checks are skipped"
fi

if [ ${#fails[@]} -eq 0 ]; then
    echo "ok: fixtures/demo validates ($total rows, nothing rejected)"
    exit 0
fi
echo "${#fails[@]} problem(s)"
exit 1
