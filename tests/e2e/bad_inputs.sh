#!/usr/bin/env bash
# bad_inputs.sh — runs `recruitaudit validate` on every fixtures/bad/<case>/ and
# checks the outcome against <case>/expected.txt (format: fixtures/bad/README.md):
# exit code, every expected rejection and no other, stderr/stdout substrings,
# the per-file table (read = accepted + rejected, rejected = rejection lines),
# the --json output (parses, same rejections, same counts) and, for a usable
# submission, an audit: every rejected row is a DQ-001 finding and a row of the
# report's "Rejected rows" sheet (issue 9's conservation).
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script), RA_VERBOSE=1 to show the
# output of failing cases. Needs bash, coreutils, grep, awk; python3 optional.
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
root=$src/fixtures/bad
verbose=${RA_VERBOSE:-0}

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    echo "0 passed, 1 failed"
    exit 1
fi
if [ ! -d "$root" ]; then
    echo "FAIL: no fixtures directory: $root"
    echo "0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-bad.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

have_py=0
if command -v python3 >/dev/null 2>&1; then
    have_py=1
else
    echo "note: python3 not found: the --json checks are skipped"
fi
# The report is read with Debian's python3-openpyxl (through /usr/bin/python3,
# not a python3 earlier in PATH that may lack it); make test installs it.
xlsx_py=/usr/bin/python3
have_xlsx=1
if ! "$xlsx_py" -c 'import openpyxl' 2>/dev/null; then
    have_xlsx=0
    echo "FAIL: $xlsx_py cannot import openpyxl (apt-get install python3-openpyxl):" \
        "the report conservation checks cannot run"
fi
run_limit=()
if command -v timeout >/dev/null 2>&1; then
    run_limit=(timeout 60)
fi

TYPES='missing-label|duplicate-label|blank-label|extra-cell|missing-cell|type-error|constraint-error|unique-error|foreign-key|encoding-error|format-error|limit-error'
REJECT_RE="^[^ :]+:[0-9]+: [^ :]+: ($TYPES): "
TABLE_FILES='agencies.csv workers.csv rates.csv fees.csv documents.csv'

# Checks the JSON document in $1 against the text run. Args: json, expected
# rejections file (one "file:line: column: type" per line), text rejection
# count, exit code. Prints problems, one per line; nothing when all is well.
json_check() {
    python3 - "$@" <<'PY'
import json, sys
path, exp_path, text_count, rc = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
try:
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
except Exception as e:
    print("--json output does not parse: %s" % str(e).splitlines()[0][:120])
    sys.exit(0)
if not isinstance(doc, dict):
    print("--json output is not an object")
    sys.exit(0)
for k in ("submission", "ok", "error", "files", "rejections", "notes"):
    if k not in doc:
        print("--json output has no '%s'" % k)
rej = doc.get("rejections") or []
if len(rej) != text_count:
    print("--json has %d rejections, the text output %d" % (len(rej), text_count))
# "ok" is pinned only where its meaning is plain: exit 0 is ok, exit 3 is not.
if (rc == 0 and doc.get("ok") is not True) or (rc == 3 and doc.get("ok") is not False):
    print("--json ok is %r with exit %d" % (doc.get("ok"), rc))
if rc == 3 and not doc.get("error"):
    print("--json error is null with exit 3")
if rc != 3 and doc.get("error") not in (None,):
    print("--json error is set with exit %d" % rc)
def key(r):
    col = r.get("column")
    return "%s:%s: %s: %s" % (r.get("file"), r.get("line"), "-" if col in (None, "") else col,
                              r.get("type"))
got = sorted(key(r) for r in rej if isinstance(r, dict))
with open(exp_path, encoding="utf-8") as f:
    want = sorted(l.rstrip("\n") for l in f if l.strip())
if got != want:
    missing = [w for w in want if w not in got]
    extra = [g for g in got if g not in want]
    print("--json rejections differ (missing %s; extra %s)" % (missing[:3], extra[:3]))
for fe in doc.get("files") or []:
    try:
        if fe.get("present") and fe["read"] != fe["accepted"] + fe["rejected"]:
            print("--json %s: read %s != accepted %s + rejected %s"
                  % (fe.get("file"), fe["read"], fe["accepted"], fe["rejected"]))
    except (KeyError, TypeError, AttributeError):
        print("--json files entry malformed: %r" % (fe,))
PY
}

# Checks an audit of the case against its validate run: every rejected row is
# a DQ-001 rejected-row finding and a row of the report's "Rejected rows"
# sheet, with the same file, line and type, and nothing else is. Args:
# findings.jsonl, report.xlsx, the validate output's rejection lines.
audit_check() {
    "$xlsx_py" - "$@" <<'PY'
import json, sys
import openpyxl
jsonl, xlsx, rej_path = sys.argv[1:4]
want = []
for l in open(rej_path, encoding="utf-8", errors="replace"):
    loc, col, typ = l.split(": ", 3)[:3]
    f, line = loc.rsplit(":", 1)
    want.append((f, int(line), typ))
want.sort()
got = []
for l in open(jsonl, encoding="utf-8"):
    d = json.loads(l)
    if d["rule"] == "DQ-001" and (d.get("evidence") or {}).get("kind") == "rejected-row":
        typ = d["message"].rsplit("type: ", 1)[-1].rstrip("]")
        got.append((d["file"], d["line"], typ))
got.sort()
if got != want:
    print("findings: %d DQ-001 rejected-row findings for %d rejections (first differences: %r)"
          % (len(got), len(want), sorted(set(got) ^ set(want))[:3]))
wb = openpyxl.load_workbook(xlsx, read_only=True)
sheet = []
for name in wb.sheetnames:
    if name == "Rejected rows" or name.startswith("Rejected rows ("):
        for row in wb[name].iter_rows(min_row=2, values_only=True):
            if row and row[0] and not str(row[0]).startswith("None") and row[1] is not None:
                sheet.append((row[0], int(row[1]), row[3]))
sheet.sort()
if sheet != want:
    print("report: %d rows on Rejected rows for %d rejections (first differences: %r)"
          % (len(sheet), len(want), sorted(set(sheet) ^ set(want))[:3]))
PY
}

passed=0
failed=0
for dir in "$root"/*/; do
    dir=${dir%/}
    name=$(basename "$dir")
    exp=$dir/expected.txt
    why=()
    if [ ! -f "$exp" ]; then
        echo "FAIL $name: no expected.txt"
        failed=$((failed + 1))
        continue
    fi

    # --- expected.txt --------------------------------------------------------
    want_exit=
    : >"$tmp/want_rejects"
    : >"$tmp/want_stderr"
    : >"$tmp/want_stdout"
    while IFS= read -r line || [ -n "$line" ]; do
        line=${line%$'\r'}
        case "$line" in
            '' | '#'*) ;;
            'exit: '*) want_exit=${line#exit: } ;;
            'reject: '*) printf '%s\n' "${line#reject: }" >>"$tmp/want_rejects" ;;
            'stderr: '*) printf '%s\n' "${line#stderr: }" >>"$tmp/want_stderr" ;;
            'stdout: '*) printf '%s\n' "${line#stdout: }" >>"$tmp/want_stdout" ;;
            *) why+=("expected.txt: unknown line '$line'") ;;
        esac
    done <"$exp"
    if ! [[ "$want_exit" =~ ^[0-9]+$ ]]; then
        why+=("expected.txt: no valid 'exit:' line")
    fi

    # --- the submission directory --------------------------------------------
    target=$dir
    if [ -f "$dir/submission-dir" ]; then
        rel=$(head -n 1 "$dir/submission-dir")
        target=$dir/$rel
    fi

    # --- text run (from a neutral directory: no dependence on the cwd) -------
    (cd "$tmp" && ${run_limit[@]+"${run_limit[@]}"} "$bin" validate "$target" >"$tmp/out" 2>"$tmp/err")
    rc=$?
    if [ "$rc" -eq 124 ] && [ ${#run_limit[@]} -gt 0 ]; then
        why+=("timed out after 60 s")
    elif [ "$rc" -gt 128 ]; then
        why+=("killed by signal $((rc - 128))")
    fi
    if [ -n "$want_exit" ] && [ "$rc" != "$want_exit" ]; then
        why+=("exit $rc, expected $want_exit")
    fi

    grep -E "$REJECT_RE" "$tmp/out" >"$tmp/got_rejects"
    n_got=$(wc -l <"$tmp/got_rejects")
    n_want=$(wc -l <"$tmp/want_rejects")
    while IFS= read -r r; do
        if ! awk -v p="$r: " 'index($0, p) == 1 { found = 1 } END { exit !found }' "$tmp/got_rejects"; then
            why+=("no rejection '$r'")
        fi
    done <"$tmp/want_rejects"
    if [ "$n_got" -ne "$n_want" ]; then
        extra=$(awk -v wf="$tmp/want_rejects" '
            BEGIN { while ((getline l < wf) > 0) want[++n] = l ": " }
            { ok = 0; for (i = 1; i <= n; i++) if (index($0, want[i]) == 1) ok = 1
              if (!ok) { sub(/: [^:]*$/, ""); printf "%s%s", sep, $0; sep = " | " } }' "$tmp/got_rejects" | cut -c1-300)
        why+=("$n_got rejection lines, expected $n_want${extra:+ (unexpected: $extra)}")
    fi

    while IFS= read -r s; do
        grep -F -q -- "$s" "$tmp/err" || why+=("stderr lacks '$s'")
    done <"$tmp/want_stderr"
    while IFS= read -r s; do
        if [[ "$s" =~ ^[A-Za-z0-9_.-]+\.csv:[0-9]+$ ]]; then
            # A file:line citation (of a parent row, a first occurrence): it
            # must appear inside a line, not only as a rejection's own location.
            awk -v p="$s" '{ i = index($0, p); if (i > 1) found = 1 } END { exit !found }' "$tmp/out" ||
                why+=("stdout cites no '$s'")
        else
            grep -F -q -- "$s" "$tmp/out" || why+=("stdout lacks '$s'")
        fi
    done <"$tmp/want_stdout"

    if [ "$rc" -eq 3 ]; then
        # Unusable: one clear error, not thousands.
        n_err=$(grep -c '^error: ' "$tmp/err")
        n_lines=$(wc -l <"$tmp/err")
        [ "$n_err" -ge 1 ] || why+=("exit 3 without an 'error: ' line on stderr")
        [ "$n_lines" -le 20 ] || why+=("$n_lines lines on stderr for an unusable submission")
    elif [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; then
        # The table: header, one line per file, contracts/, result.
        if ! grep -E -q '^file[[:space:]]+read[[:space:]]+accepted[[:space:]]+rejected[[:space:]]+blank' "$tmp/out"; then
            why+=("no table header")
        else
            for f in $TABLE_FILES; do
                row=$(awk -v f="$f" '/^file[[:space:]]+read/ { t = 1; next } t && $1 == f { print; exit }' "$tmp/out")
                if [ -z "$row" ]; then
                    why+=("no table line for $f")
                    continue
                fi
                set -- $row
                [ "${2:-}" = absent ] && continue
                if [ $# -lt 5 ] || ! [[ "$2$3$4$5" =~ ^[0-9]+$ ]]; then
                    why+=("table line for $f is not 'file read accepted rejected blank': $row")
                    continue
                fi
                [ "$2" -eq $(($3 + $4)) ] || why+=("$f: read $2 != accepted $3 + rejected $4")
                n_f=$(awk -v p="$f:" 'index($0, p) == 1 { n++ } END { print n + 0 }' "$tmp/got_rejects")
                [ "$4" -eq "$n_f" ] || why+=("$f: table says $4 rejected, $n_f rejection lines")
            done
            grep -E -q '^contracts/: (present|absent)$' "$tmp/out" || why+=("no 'contracts/: present|absent' line")
        fi
        last=$(grep -v '^[[:space:]]*$' "$tmp/out" | tail -n 1)
        [[ "$last" == result:* ]] || why+=("last stdout line is not 'result: ...'")
    fi

    # --- --json run -------------------------------------------------------------
    if [ "$have_py" -eq 1 ]; then
        (cd "$tmp" && ${run_limit[@]+"${run_limit[@]}"} "$bin" validate "$target" --json >"$tmp/out.json" 2>"$tmp/err.json")
        rc_json=$?
        if [ "$rc_json" != "$rc" ]; then
            why+=("--json exit $rc_json, text exit $rc")
        fi
        while IFS= read -r problem; do
            [ -n "$problem" ] && why+=("$problem")
        done < <(json_check "$tmp/out.json" "$tmp/want_rejects" "$n_got" "$rc")
    fi

    # --- audit: the rejected rows in the findings and the report --------------
    if [ "$have_xlsx" -eq 1 ] && { [ "$rc" -eq 0 ] || [ "$rc" -eq 1 ]; }; then
        rm -f "$tmp/audit.jsonl" "$tmp/audit.xlsx"
        (cd "$tmp" && ${run_limit[@]+"${run_limit[@]}"} "$bin" audit "$target" --as-of 2025-12-01 \
            --rules "$src/rules/core" --findings "$tmp/audit.jsonl" -o "$tmp/audit.xlsx" \
            >"$tmp/out.audit" 2>"$tmp/err.audit")
        arc=$?
        if [ "$arc" -ne 0 ]; then
            why+=("audit exit $arc: $(head -n 1 "$tmp/err.audit")")
        else
            while IFS= read -r problem; do
                [ -n "$problem" ] && why+=("$problem")
            done < <(audit_check "$tmp/audit.jsonl" "$tmp/audit.xlsx" "$tmp/got_rejects" 2>&1)
        fi
    fi

    if [ ${#why[@]} -eq 0 ]; then
        echo "ok $name"
        passed=$((passed + 1))
    else
        msg=$(printf '%s; ' "${why[@]}")
        echo "FAIL $name: ${msg%; }"
        failed=$((failed + 1))
        if [ "$verbose" = 1 ]; then
            sed 's/^/    stdout| /' "$tmp/out" | head -n 40
            sed 's/^/    stderr| /' "$tmp/err" | head -n 20
        fi
    fi
done

[ "$have_xlsx" -eq 1 ] || failed=$((failed + 1))
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
