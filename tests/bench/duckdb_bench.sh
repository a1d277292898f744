#!/usr/bin/env bash
# The DuckDB comparison of issue #8 / SPEC section 6: `recruitaudit audit` with
# findings JSONL against the same checks written as SQL and run by DuckDB
# (2 threads) over the same CSV files, both measured in this run.
#   bash tests/bench/duckdb_bench.sh BUILD_DIR [DATA_DIR]
# DATA_DIR defaults to a 1,000,000-worker submission made by
# BUILD_DIR/tests/bench/ra_gen under ${TMPDIR:-/tmp}/recruitaudit-bench-1000000
# (reused when present). BENCH_RUNS=R keeps the fastest of R runs of each side.
#
# DuckDB comes from npm (@duckdb/node-api, pinned in tests/bench/duckdb/package.json),
# installed into ${TMPDIR:-/tmp}/recruitaudit-duckdb, never into the repository;
# it is a benchmark tool only, never a dependency of recruitaudit. Without
# access to the npm registry the script says so and exits 2.
#
# What is compared (tests/bench/duckdb/checks.sql, baseline profile only):
#   FEE-001..005, DOC-001..003, WRK-001..008, AGY-001..002, with the baseline
#   parameters inlined; money is DECIMAL and the rule conditions never divide
#   (paid > 3 * wage, not paid / wage > 3). The ratios shown in messages are
#   divided in DOUBLE (DuckDB divides DECIMALs that way); display only.
#   Both sides write every finding as one JSON line with a message built from
#   the row's values, with the keys SPEC section 4 asks of --findings (rule,
#   severity, scope, agency_id, worker_id, contract_id, fee_id, file, line,
#   message, evidence, citation, rules_sha256), in SPEC order: by scope,
#   agency, worker, file, line, rule id (the SQL's ORDER BY). recruitaudit's
#   also carry title and profile, so its file is larger (5.5 GB against 4.8
#   GB for the national set). The script checks that both files hold the
#   same findings in the same order (rule, scope, ids, file and line of each
#   line, recruitaudit's DQ, CAP and CTR findings left out).
# What is NOT compared:
#   - DQ-001 (data quality), CAP-001 (cap not checkable) and CTR-* (contract
#     text scanning): recruitaudit does this work in its timed run, the SQL
#     does not (it only lists contracts/*.txt for WRK-005). So the script also
#     times recruitaudit with the SQL's rules only: a pack of params.rules,
#     fees.rules, documents.rules, workers.rules and agency.rules from
#     rules/core with the baseline profile (no contract is read; CAP-001, in
#     workers.rules, stays). Same loader, same rejections, same output
#     format; only the rule set differs.
#   - No xlsx report, no signing (the audit runs without -o).
#   - Durability: recruitaudit writes its findings (5.5 GB for the national
#     set) to a temporary file it makes durable (O_DIRECT where the
#     filesystem takes it, fsync) before renaming it; DuckDB's COPY writes
#     4.8 GB and never syncs (no fsync, fdatasync, sync_file_range or msync
#     under strace). On a slow disk the audit's wall time is bounded by its
#     disk: see tests/bench/README.md.
#   - The SQL rejects a row with an invalid value (bad date by TRY_CAST, money
#     not matching ^[0-9]{1,15}(\.[0-9]{1,4})?$, enum not in the SPEC list,
#     orphan worker/agency) by skipping it; it does not report why, does not
#     check duplicate ids, ISO code lists or UTF-8, and relies on SPEC column
#     order (explicit read_csv columns) where recruitaudit matches headers.
#   - `line` in DuckDB's findings is rowid + 2 of a table loaded in file order
#     (CREATE TABLE AS keeps insertion order): right only when no record spans
#     several physical lines. ra_gen quotes fields with commas but never writes
#     line breaks inside a field, so it holds for its data.
# The table: wall and user seconds and peak RSS (GNU time %e %U %M) of the
# fastest run, rows/s = CSV data rows of the submission (physical lines minus
# headers) / wall, findings = lines of each JSONL; then the ratios recruitaudit
# wall / DuckDB wall (the full audit, and the SQL's rules only) against the
# goal (<= 0.25), and the per-rule finding counts of both sides. Exit 0 when
# the script ran (whatever the ratio), 2 on a usage or setup problem.
# Disk: about 11 GB free in TMPDIR for the national data: two findings files
# of about 5.5 GB at once (the second is counted and removed before DuckDB
# runs, whose 4.8 GB then sit next to the first). Memory: DuckDB's ORDER BY
# of 7.2 million findings peaks near 10 GiB.
set -euo pipefail
build=${1:?usage: duckdb_bench.sh BUILD_DIR [DATA_DIR]}
data=${2:-}
runs=${BENCH_RUNS:-1}
as_of=2025-12-01
src=$(cd "$(dirname "$0")/../.." && pwd)
here="$src/tests/bench/duckdb"
bin="$build/recruitaudit"
tmp=${TMPDIR:-/tmp}
[[ -x "$bin" ]] || { echo "no $bin: build first (make)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "needs GNU time: apt-get install time" >&2; exit 2; }
command -v node >/dev/null && command -v npm >/dev/null ||
    { echo "needs node and npm (Debian: apt-get install nodejs npm)" >&2; exit 2; }

# ---- DuckDB from npm, in a cache folder outside the repository
cache="$tmp/recruitaudit-duckdb"
want=$(node -p "require('$here/package.json').dependencies['@duckdb/node-api']")
have=$(node -p "try { require('$cache/node_modules/@duckdb/node-api/package.json').version } catch (e) { '' }" 2>/dev/null || true)
if [[ "$have" != "$want" ]]; then
    mkdir -p "$cache"
    cp "$here/package.json" "$cache/package.json"
    if ! (cd "$cache" && timeout 60 npm ping >/dev/null 2>&1); then
        echo "npm cannot reach the registry ($(npm config get registry)): cannot install @duckdb/node-api $want" >&2
        exit 2
    fi
    echo "installing @duckdb/node-api $want into $cache" >&2
    (cd "$cache" && npm install --no-audit --no-fund --loglevel=error >&2) ||
        { echo "npm install of @duckdb/node-api $want failed" >&2; exit 2; }
fi
cp "$here/run.mjs" "$cache/run.mjs"   # so that node resolves @duckdb/node-api from the cache

# ---- the data
if [[ -z "$data" ]]; then
    data="$tmp/recruitaudit-bench-1000000"
    if [[ ! -f "$data/.done" ]]; then
        gen="$build/tests/bench/ra_gen"
        [[ -x "$gen" ]] || { echo "no $gen: build first (make)" >&2; exit 2; }
        rm -rf "$data" "$data.partial"
        echo "generating 1,000,000 workers into $data" >&2
        "$gen" --workers 1000000 "$data.partial" >/dev/null
        touch "$data.partial/.done"
        mv "$data.partial" "$data"
    fi
fi
[[ -f "$data/workers.csv" && -f "$data/agencies.csv" ]] || { echo "$data: not a submission" >&2; exit 2; }
csvs=()
for f in agencies workers fees documents rates; do [[ -f "$data/$f.csv" ]] && csvs+=("$data/$f.csv"); done
rows=0
for f in "${csvs[@]}"; do rows=$((rows + $(wc -l < "$f") - 1)); done
cat "${csvs[@]}" > /dev/null   # both sides start from the page cache
# the contract texts too (recruitaudit reads them; the SQL only lists their names)
[[ -d "$data/contracts" ]] && find "$data/contracts" -type f -exec cat {} + > /dev/null

out=$(mktemp -d "$tmp/recruitaudit-duckdb-run.XXXXXX")
trap 'rm -rf "$out"' EXIT

# best_of NAME CMD...: runs CMD $runs times; keeps "wall user rss_kib" of the fastest in $out/NAME.time
best_of() {
    local name=$1; shift
    local i t u m rc best=""
    for ((i = 1; i <= runs; i++)); do
        set +e
        /usr/bin/time -o "$out/$name.t" -f '%e %U %M' "$@" > "$out/$name.out.new" 2> "$out/$name.err"
        rc=$?
        set -e
        if [[ $name == ra* && $rc -gt 1 || $name != ra* && $rc -ne 0 ]]; then
            echo "$name run failed (exit $rc):" >&2; tail -20 "$out/$name.err" >&2; exit 2
        fi
        read -r t u m < <(tail -1 "$out/$name.t")
        if [[ -z "$best" ]] || awk -v a="$t" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then
            best="$t $u $m"; mv "$out/$name.out.new" "$out/$name.out"
        fi
    done
    echo "$best" > "$out/$name.time"
}

echo "data: $data ($rows CSV rows), as of $as_of, best of $runs run(s)" >&2
best_of ra "$bin" audit "$data" --as-of "$as_of" --findings "$out/ra.jsonl"
# the SQL's rules only (see the header)
mkdir -p "$out/pack/core" "$out/pack/profiles"
for r in params fees documents workers agency; do cp "$src/rules/core/$r.rules" "$out/pack/core/"; done
cp "$src/rules/profiles/baseline.profile" "$out/pack/profiles/"
best_of rasql "$bin" audit "$data" --as-of "$as_of" --rules "$out/pack/core" --findings "$out/rasql.jsonl"
sql_n=$(wc -l < "$out/rasql.jsonl")
rm -f "$out/rasql.jsonl"
# the SQL writes each rule's citation (its cite lines joined with "; ") and
# the rules_sha256 of the full run, as recruitaudit does
awk 'BEGIN { print "rule,citation" }
     $1 == "rule" { if (id != "") print id ",\"" c "\""; id = $2; c = "" }
     $1 == "cite" { s = $0; sub(/^ *cite *"/, "", s); sub(/" *$/, "", s); gsub(/"/, "\"\"", s)
                    c = (c == "" ? s : c "; " s) }
     END { if (id != "") print id ",\"" c "\"" }' \
    "$out"/pack/core/{fees,documents,workers,agency}.rules > "$out/cites.csv"
rules_sha=$(sed -n 's/.*rules_sha256 \([0-9a-f]\{64\}\).*/\1/p' "$out/ra.out" | head -1)
[[ -n "$rules_sha" ]] || { echo "no rules_sha256 in the audit's output" >&2; exit 2; }
best_of duck node "$cache/run.mjs" "$here/checks.sql" "$data" "$out" "$as_of" 2 "$rules_sha"

# ---- per-rule counts
sed -n 's/^ *by rule: //p' "$out/ra.out" | tr ',' '\n' | awk 'NF == 2 { print $1, $2 }' | sort > "$out/ra.rules"
grep -o '"rule":"[A-Z0-9-]*"' "$out/duck.jsonl" | cut -d'"' -f4 | sort | uniq -c | awk '{ print $2, $1 }' > "$out/duck.rules"
ra_n=$(wc -l < "$out/ra.jsonl")
duck_n=$(wc -l < "$out/duck.jsonl")
# the identity and order of the findings in the SQL's scope: rule, scope,
# agency_id, worker_id, fee_id, file and line of every line, in file order
keys() {
    perl -ne 'print "$1 $2 $3 $4 $5 $6 $7\n" if /^\{"rule":"((?:FEE|DOC|WRK|AGY)-\d+)".*?"scope":"(\w+)","agency_id":("[^"]*"|null),"worker_id":("[^"]*"|null),"contract_id":(?:"[^"]*"|null),"fee_id":("[^"]*"|null),"file":"([^"]*)","line":(\d+|null),/' "$1"
}
if cmp -s <(keys "$out/ra.jsonl") <(keys "$out/duck.jsonl"); then
    same_order="the same findings in the same order (rule, scope, ids, file, line)"
else
    same_order="DIFFERENT findings or order: compare the keys of ra.jsonl and duck.jsonl"
fi
ra_scope=$(awk '$1 ~ /^(FEE|DOC|WRK|AGY)-/ { s += $2 } END { print s + 0 }' "$out/ra.rules")

read -r rt ru rm < "$out/ra.time"
read -r st su sm < "$out/rasql.time"
read -r dt du dm < "$out/duck.time"
echo
printf '%-22s %8s %8s %10s %12s %10s\n' engine 'wall s' 'user s' 'peak MiB' 'rows/s' findings
printf '%-22s %8.2f %8.2f %10.0f %12.0f %10d\n' "recruitaudit audit" "$rt" "$ru" "$(echo "$rm / 1024" | bc -l)" \
    "$(echo "$rows / $rt" | bc -l)" "$ra_n"
printf '%-22s %8.2f %8.2f %10.0f %12.0f %10d\n' "  the SQL's rules only" "$st" "$su" "$(echo "$sm / 1024" | bc -l)" \
    "$(echo "$rows / $st" | bc -l)" "$sql_n"
printf '%-22s %8.2f %8.2f %10.0f %12.0f %10d\n' "DuckDB 2 threads (SQL)" "$dt" "$du" "$(echo "$dm / 1024" | bc -l)" \
    "$(echo "$rows / $dt" | bc -l)" "$duck_n"
echo "recruitaudit findings in the SQL's scope (FEE, DOC, WRK, AGY): $ra_scope of $ra_n"
echo "both sides wrote $same_order"
awk -v a="$rt" -v s="$st" -v b="$dt" 'BEGIN { r = a / b; q = s / b
    printf "ratio recruitaudit wall / DuckDB wall: %.3f (goal <= 0.25): %s\n", r, (r <= 0.25 ? "met" : "NOT met")
    printf "  with the SQL'"'"'s rules only:         %.3f (goal <= 0.25): %s\n", q, (q <= 0.25 ? "met" : "NOT met") }'
echo
echo "findings per rule (rules outside the SQL: DQ-001, CAP-001, CTR-*):"
printf '%-9s %12s %12s\n' rule recruitaudit duckdb
join -a1 -a2 -e - -o 0,1.2,2.2 "$out/ra.rules" "$out/duck.rules" | sort -V | awk '
    { sql = ($1 ~ /^(FEE|DOC|WRK|AGY)-/); note = ""
      if (sql && $2 != $3) { note = "DIFFERS"; bad++ } else if (!sql) note = "(not in SQL)"
      printf "%-9s %12s %12s  %s\n", $1, $2, $3, note }
    END { if (bad) printf "%d rule(s) differ\n", bad; else print "all FEE, DOC, WRK and AGY counts are equal" }'
