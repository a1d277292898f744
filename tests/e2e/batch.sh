#!/usr/bin/env bash
# batch and merge end to end: a pool of threads over generated agency
# submissions plus a broken one, progress on and off a terminal, the national
# figures, resume, shards from --shard and from simulated Slurm and Kubernetes
# job-array environments, and merge of the shards giving exactly the
# unsharded figures; national.xlsx, byte-identical whether merged or not, read
# back with Debian's /usr/bin/python3 and python3-openpyxl (publication
# safety: no suppressed cell with figures, no worker id, no formula), and
# signed by merge.
set -u
bin=${RA_BIN:?}
gen="$(dirname "$bin")/tests/bench/ra_gen"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
. "$(dirname "${BASH_SOURCE[0]}")/check.sh"

"$gen" --workers 1200 --split 4 "$tmp/root" >/dev/null || { echo "FAIL generator"; exit 1; }
mkdir "$tmp/root/broken" && echo "not,a,submission" > "$tmp/root/broken/agencies.csv"

"$bin" batch "$tmp/root" -o "$tmp/out" --jobs 2 --as-of 2025-12-01 --min-cell 5 \
    > "$tmp/batch.log" 2>&1
code=$?
check "a failed submission makes exit 1" test "$code" -eq 1
check "the failure is recorded with its reason" grep -q "exit 3" "$tmp/out/broken/failed.txt"
for s in agency-0001 agency-0002 agency-0003 agency-0004; do
    check "$s outputs" test -s "$tmp/out/$s/report.xlsx" -a -s "$tmp/out/$s/findings.jsonl" \
        -a -s "$tmp/out/$s/summary/ratios.csv"
done
check "the as-of date is recorded" grep -qx 2025-12-01 "$tmp/out/as-of"
check "national.csv written" test -s "$tmp/out/national.csv"
check "national totals published" grep -q '^\*,\*,\*,\*,[0-9]' "$tmp/out/national.csv"
check "no individual rows in national.csv" bash -c \
    "! grep -q W- '$tmp/out/national.csv'"
check "national.xlsx written" test -s "$tmp/out/national.xlsx"
check "progress lines off a terminal, failures counted" \
    grep -q "^batch: 5/5 submissions, 1 failed, [0-9]* rows/s" "$tmp/batch.log"
# On a terminal, a bar on stderr (script(1) from util-linux gives the terminal,
# where a pseudo-terminal can be had: not in a chroot without /dev/pts).
if command -v script > /dev/null && script -qec true /dev/null > /dev/null 2>&1; then
    script -qec "'$bin' batch '$tmp/root' -o '$tmp/tty' --as-of 2025-12-01 > /dev/null" \
        "$tmp/tty.log" > /dev/null 2>&1
    check "a progress bar on a terminal, failures counted" \
        grep -q "\[#\{30\}\] 5/5 submissions, 1 failed, [0-9]* rows/s, 0 s left" "$tmp/tty.log"
else
    echo "skip progress bar on a terminal: no script(1) or no pseudo-terminal"
fi

# Resume: nothing changed, nothing redone; a changed input is audited again.
"$bin" batch "$tmp/root" -o "$tmp/out" --jobs 2 --resume > "$tmp/resume.log" 2>&1
check "resume skips up-to-date outputs" grep -q "0 submissions audited, 4 skipped" "$tmp/resume.log"
echo "W-X,$(head -2 "$tmp/root/agency-0002/workers.csv" | tail -1 | cut -d, -f2-)" \
    >> "$tmp/root/agency-0002/workers.csv"
"$bin" batch "$tmp/root" -o "$tmp/out" --jobs 2 --resume > "$tmp/resume2.log" 2>&1
check "a changed input is audited again" grep -q "1 submissions audited, 3 skipped" "$tmp/resume2.log"
"$bin" batch "$tmp/root" -o "$tmp/out" --as-of 2025-12-02 > /dev/null 2>&1
check "a second as-of date in one output folder is refused" test $? -eq 2
rm -rf "$tmp/root/broken"
"$bin" batch "$tmp/root" -o "$tmp/full" --as-of 2025-12-01 > /dev/null 2>&1
check "a clean batch exits 0" test $? -eq 0
check "national.xlsx written by an unsharded batch" test -s "$tmp/full/national.xlsx"
check "national.xlsx is not signed without a key" test ! -e "$tmp/full/national.xlsx.p7s"

# Shards: --shard, Slurm and Kubernetes give disjoint parts that merge exactly.
"$bin" batch "$tmp/root" -o "$tmp/s1" --shard 1/3 --as-of 2025-12-01 > /dev/null 2>&1
SLURM_ARRAY_TASK_ID=5 SLURM_ARRAY_TASK_MIN=4 SLURM_ARRAY_TASK_COUNT=3 \
    "$bin" batch "$tmp/root" -o "$tmp/s2" --as-of 2025-12-01 > /dev/null 2>&1
JOB_COMPLETION_INDEX=2 "$bin" batch "$tmp/root" -o "$tmp/s3" --shard-count 3 \
    --as-of 2025-12-01 > /dev/null 2>&1
n=0
for d in "$tmp"/s1 "$tmp"/s2 "$tmp"/s3; do
    check "$(basename "$d") writes no national report" test ! -e "$d/national.csv"
    n=$((n + $(find "$d" -mindepth 1 -maxdepth 1 -type d | wc -l)))
done
check "the shards hold every submission once" test "$n" -eq 4
mkdir -p "$tmp/national"
"$bin" merge "$tmp/s1" "$tmp/s2" "$tmp/s3" -o "$tmp/national/national.xlsx" > /dev/null 2>&1
check "merge exits 0" test $? -eq 0
check "merged shards equal the unsharded run" cmp -s "$tmp/national/national.csv" \
    "$tmp/full/national.csv"
check "merge writes national.xlsx" test -s "$tmp/national/national.xlsx"
check "merged national.xlsx is byte-identical to the unsharded run's" \
    cmp -s "$tmp/national/national.xlsx" "$tmp/full/national.xlsx"

# Signed merge: the workbook, then its detached signature over the exact bytes.
"$bin" keygen --out "$tmp/k" > /dev/null 2>&1
mkdir -p "$tmp/signed"
"$bin" merge "$tmp/s1" "$tmp/s2" "$tmp/s3" -o "$tmp/signed/national.xlsx" \
    --key "$tmp/k/signer.key" --cert "$tmp/k/signer.pem" > /dev/null 2>&1
check "signed merge exits 0" test $? -eq 0
check "signed merge writes national.xlsx.p7s" test -s "$tmp/signed/national.xlsx.p7s"
openssl cms -verify -binary -inform DER -in "$tmp/signed/national.xlsx.p7s" \
    -content "$tmp/signed/national.xlsx" -CAfile "$tmp/k/ca.pem" -out /dev/null > /dev/null 2>&1
check "the national signature verifies with openssl cms" test $? -eq 0
"$bin" verify "$tmp/signed/national.xlsx" --ca "$tmp/k/ca.pem" > "$tmp/verify.log" 2>&1
check "recruitaudit verify accepts the signed national.xlsx" test $? -eq 0
"$bin" merge "$tmp/s1" -o "$tmp/signed/x.xlsx" --key "$tmp/k/signer.key" > /dev/null 2>&1
check "merge --key without --cert is a usage error" test $? -eq 2
"$bin" merge "$tmp/s1" "$tmp/s2" "$tmp/s3" -o "$tmp/signed/national.xlsx" > /dev/null 2>&1
check "an unsigned merge removes the old signature" test ! -e "$tmp/signed/national.xlsx.p7s"

# Read back: what the workbook publishes (openpyxl, and the raw XML parts).
py=/usr/bin/python3
if "$py" -c 'import openpyxl' 2>/dev/null; then
    cat "$tmp"/root/*/workers.csv | cut -d, -f1 | grep -v '^worker_id$' > "$tmp/worker_ids"
    for wb in "$tmp/full/national.xlsx" "$tmp/out/national.xlsx"; do
        "$py" - "$wb" "$tmp/worker_ids" > "$tmp/readback.log" 2>&1 <<'PY'
import re, sys, zipfile
import openpyxl

path, ids_file = sys.argv[1], sys.argv[2]
problems = []
SUPP = ("suppressed (fewer than k workers)", "suppressed (protects another cell)")
wb = openpyxl.load_workbook(path)
want = ["Summary", "SDG 10.7.1", "Agencies", "Systemic patterns", "Failed submissions",
        "Manifest"]
for name in want:
    if name not in wb.sheetnames:
        problems.append("no sheet " + name)
# SDG 10.7.1 (and its continuations): suppressed cells carry no figure, and
# every published cell has at least k = 5 workers.
sdg = [wb[n] for n in wb.sheetnames if n == "SDG 10.7.1" or n.startswith("SDG 10.7.1 (")]
rows = suppressed = 0
for ws in sdg:
    head = [c.value for c in ws[1]]
    iw, im, imed = head.index("Workers (n)"), head.index("Mean (months of wages)"),         head.index("Median (months of wages)")
    for r in ws.iter_rows(min_row=2, values_only=True):
        rows += 1
        w, mean, med = r[iw], r[im], r[imed]
        if isinstance(w, str):
            suppressed += 1
            if w not in SUPP or mean is not None or med is not None:
                problems.append("SDG row %r: a suppressed cell with figures" % (r,))
        elif not (isinstance(w, (int, float)) and w >= 5 and
                  isinstance(mean, (int, float)) and isinstance(med, (int, float))):
            problems.append("SDG row %r: a published cell without its figures" % (r,))
if not rows or not suppressed:
    problems.append("SDG sheet: %d rows, %d suppressed (want both)" % (rows, suppressed))
# Summary one-way tables: the same rule.
for r in wb["Summary"].iter_rows(values_only=True):
    label = r[0]
    if isinstance(label, str) and label.startswith("SDG 10.7.1 — "):
        figs = [v for v in r[4:7]]
        if isinstance(figs[0], str) and (figs[0] not in SUPP or figs[1:] != [None, None]):
            problems.append("Summary row %r: a suppressed cell with figures" % (r,))
# Agencies ranked by risk score, numbers as numbers.
scores = [r[5] for r in wb["Agencies"].iter_rows(min_row=2, values_only=True)]
if not scores or any(not isinstance(s, (int, float)) for s in scores) or         scores != sorted(scores, reverse=True):
    problems.append("Agencies not ranked by a numeric risk score: %r" % scores)
# Manifest: every submission with its report's SHA-256 (or as failed).
subs = [r for r in wb["Manifest"].iter_rows(min_row=2, values_only=True)
        if r[0] in ("Submission report", "Submission (failed)", "Submission")]
for r in subs:
    if r[0] == "Submission report" and not re.fullmatch(r"[0-9a-f]{64}", r[2] or ""):
        problems.append("Manifest row %r: no SHA-256" % (r,))
# No formula, no worker id anywhere: every XML part of the file, raw.
ids = set(open(ids_file).read().split())
with zipfile.ZipFile(path) as z:
    for part in z.namelist():
        text = z.read(part).decode("utf-8", "replace")
        if part.startswith("xl/worksheets/") and re.search(r"<f[ >]", text):
            problems.append(part + ": a formula cell")
        if re.search(r"W-", text):
            problems.append(part + ": a W-... worker id")
        hit = ids.intersection(re.findall(r"[A-Za-z0-9_-]+", text))
        if hit:
            problems.append(part + ": worker ids " + ", ".join(sorted(hit)[:5]))
    custom = z.read("docProps/custom.xml").decode()
    n = re.search(r'name="recruitaudit.submissions"><vt:lpwstr>(\d+)<', custom)
    if not n or int(n.group(1)) != len(subs):
        problems.append("recruitaudit.submissions does not count the Manifest's submissions")
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f":
                problems.append("%s!%s: a formula" % (ws.title, c.coordinate))
for p in problems[:20]:
    print("FAIL: " + p)
print("%d SDG rows, %d suppressed, %d submissions" % (rows, suppressed, len(subs)))
sys.exit(1 if problems else 0)
PY
        code=$?
        check "$(basename "$(dirname "$wb")")/national.xlsx reads back safe for publication" \
            test $code -eq 0
        [ $code -eq 0 ] || sed 's/^/    | /' "$tmp/readback.log"
    done
    check "the failed submission is on the Failed submissions sheet" "$py" -c '
import sys, openpyxl
ws = openpyxl.load_workbook(sys.argv[1])["Failed submissions"]
sys.exit(0 if any(r[0] == "broken" and "exit 3" in (r[1] or "")
                  for r in ws.iter_rows(min_row=2, values_only=True)) else 1)' \
        "$tmp/out/national.xlsx"
else
    check "/usr/bin/python3 imports openpyxl (apt-get install python3-openpyxl)" false
fi
JOB_COMPLETION_INDEX=0 "$bin" batch "$tmp/root" -o "$tmp/k" > /dev/null 2>&1
check "JOB_COMPLETION_INDEX without --shard-count is a usage error" test $? -eq 2

checks_done
