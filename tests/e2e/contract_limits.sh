#!/usr/bin/env bash
# contract_limits.sh — hostile contract text never hangs an audit (SPEC section 2).
#
# Part 1: the user pack tests/data/contract_limits/core has a catastrophically
# backtracking pattern. On a submission whose contract K-1 has a normal
# sentence (line 1), a 3,000-word run-on sentence (line 3) and a normal
# sentence (line 5), and a second contract K-2, `audit --rules` must:
#   - exit 0 and write the findings (the audit goes on);
#   - give exactly one DQ-001 "scan-incomplete" finding per rule that met the
#     long sentence, at contracts/K-1.txt:3, whose message names the pattern,
#     the rule (CTR-901 per sentence, CTR-903 missing-clause) and the line;
#   - make no CTR-901 finding, and a CTR-903 finding for K-2 only (an unknown
#     answer is neither a match nor a missing clause);
#   - still report the ordinary rule CTR-902 at K-1.txt:1, K-1.txt:5, K-2.txt:1;
#   - finish within a few seconds.
# Part 2: the default pack rules/core on a contract with a 200 KB run-on
# sentence made of the words its patterns look for (actors, documents, fees,
# negations ...) must finish quickly, hit no PCRE2 limit (no scan-incomplete
# event: its patterns are bounded), and still find the passport clause that
# follows the run-on text.
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script). Needs bash, coreutils,
# grep, python3 (to read the JSONL).
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
pack=$src/tests/data/contract_limits/core
limit_s=20 # generous: the runs take well under a second

pass=0
failn=0
ok() { pass=$((pass + 1)); }
fail() { failn=$((failn + 1)); echo "FAIL: $*"; }

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    echo "0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-contract-limits.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

# A submission with one agency, two workers, two contracts.
make_submission() { # DIR
    mkdir -p "$1/contracts"
    printf 'agency_id,name,licence_no,licence_valid_from,licence_valid_until,country\nAG-1,Test Recruitment Agency,L-0001,2023-01-01,2027-12-31,PH\n' >"$1/agencies.csv"
    printf 'currency,usd_per_unit\nSAR,0.2667\nUSD,1\n' >"$1/rates.csv"
    {
        echo 'worker_id,agency_id,sex,birth_year,origin_country,destination_country,sector,occupation,monthly_wage,wage_currency,language,contract_id,contract_language,contract_signed_on,recruited_on,deployed_on'
        echo 'W-1,AG-1,F,1990,PH,SA,domestic_work,household worker,1500,SAR,en,K-1,en,2024-05-01,2024-04-01,2024-06-01'
        echo 'W-2,AG-1,F,1991,PH,SA,domestic_work,household worker,1500,SAR,en,K-2,en,2024-05-01,2024-04-01,2024-06-01'
    } >"$1/workers.csv"
}

# Runs an audit; sets rc, secs. Args: SUBMISSION RULES FINDINGS
run_audit() {
    local t0 t1
    t0=$(date +%s%N)
    "$bin" audit "$1" --as-of 2025-12-01 --rules "$2" --findings "$3" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    t1=$(date +%s%N)
    secs=$(((t1 - t0) / 1000000000))
}

# rule<TAB>file<TAB>line<TAB>message, one finding a line.
findings_tsv() {
    python3 - "$1" <<'EOF'
import json, sys
for l in open(sys.argv[1], encoding="utf-8"):
    f = json.loads(l)
    line = "" if f.get("line") is None else str(f["line"])
    print("\t".join([f["rule"], f.get("file") or "", line, f.get("message", "").replace("\t", " ")]))
EOF
}

# ---- part 1: a pathological pattern in a user pack ----------------------------
sub=$tmp/sub1
make_submission "$sub"
long=$(for _ in $(seq 3000); do printf 'word '; done)
{
    echo 'The employer keeps the passport.'
    echo
    echo "${long% }"
    echo
    echo 'The employer keeps the passport again.'
} >"$sub/contracts/K-1.txt"
echo 'The employer keeps the passport.' >"$sub/contracts/K-2.txt"

run_audit "$sub" "$pack" "$tmp/f1.jsonl"
if [ "$rc" -eq 0 ]; then ok; else
    fail "part 1: audit exit $rc, expected 0 (the audit goes on)"
    head -n 5 "$tmp/err" | sed 's/^/    | /'
fi
if [ "$secs" -lt "$limit_s" ]; then ok; else fail "part 1: audit took ${secs}s (limit ${limit_s}s)"; fi
if [ -s "$tmp/f1.jsonl" ]; then
    findings_tsv "$tmp/f1.jsonl" >"$tmp/f1.tsv"
    ok
else
    fail "part 1: no findings written"
    : >"$tmp/f1.tsv"
fi

scan=$(awk -F'\t' '$1 == "DQ-001" && $4 ~ /^scan-incomplete:/' "$tmp/f1.tsv")
nscan=$(printf '%s' "$scan" | grep -c . || true)
if [ "$nscan" -eq 2 ]; then ok; else
    fail "part 1: $nscan scan-incomplete DQ-001 findings, expected 2 (CTR-901 and CTR-903)"
    printf '%s\n' "$scan" | sed 's/^/    | /'
fi
for rule in CTR-901 CTR-903; do
    line=$(printf '%s\n' "$scan" | grep -F "rule $rule " || true)
    if [ -z "$line" ]; then
        fail "part 1: no scan-incomplete DQ-001 finding names rule $rule"
        continue
    fi
    if printf '%s' "$line" | awk -F'\t' '$2 == "contracts/K-1.txt" && $3 == "3"' | grep -q .; then ok; else
        fail "part 1: $rule's DQ-001 is not at contracts/K-1.txt:3: $line"
    fi
    if printf '%s' "$line" | grep -Fq "pattern 'slow' of rule $rule reached the PCRE2 match limit on the sentence at contracts/K-1.txt:3"; then ok; else
        fail "part 1: $rule's DQ-001 message does not name the pattern, rule and line: $line"
    fi
done
n=$(awk -F'\t' '$1 == "CTR-901"' "$tmp/f1.tsv" | grep -c . || true)
if [ "$n" -eq 0 ]; then ok; else fail "part 1: CTR-901 made $n finding(s); an unknown answer must make none"; fi
# K-1's answer is unknown (not "missing"); K-2 has no long sentence, so there the
# clause is really missing.
got=$(awk -F'\t' '$1 == "CTR-903" { print $2 ":" $3 }' "$tmp/f1.tsv" | sort | tr '\n' ' ')
if [ "$got" = "contracts/K-2.txt: " ]; then ok; else
    fail "part 1: CTR-903 findings '$got', expected only 'contracts/K-2.txt:' (K-1 is unknown, not missing)"
fi
got=$(awk -F'\t' '$1 == "CTR-902" { print $2 ":" $3 }' "$tmp/f1.tsv" | sort | tr '\n' ' ')
want="contracts/K-1.txt:1 contracts/K-1.txt:5 contracts/K-2.txt:1 "
if [ "$got" = "$want" ]; then ok; else fail "part 1: CTR-902 findings '$got', expected '$want'"; fi

# ---- part 2: the default pack on a 200 KB run-on sentence ----------------------
sub=$tmp/sub2
make_submission "$sub"
python3 - "$sub/contracts/K-1.txt" <<'EOF'
import random, sys
random.seed(7)
words = ("the employer agency sponsor worker helper shall may not never no keep hold retain "
         "surrender passport iqama permit document fee cost charge placement recruitment salary "
         "wages deducted from withheld pay bear leave house without permission only with rest day "
         "available at any hour loan deposit bond guarantor penalty terminate resign reimburse "
         "pregnancy test HIV marry relationship boyfriend card PIN family sent transfer change "
         "release consent kingdom waive complaint union embassy disputes settled alone final "
         "SAR 1,500 per month hours a day week of and to is are by for in").split()
text = " ".join(random.choice(words) for _ in range(40000))
with open(sys.argv[1], "w") as f:
    f.write(text + "\n\n9.1 The Employer shall keep the Worker's passport for safekeeping.\n")
EOF
echo 'The Worker keeps her own passport.' >"$sub/contracts/K-2.txt"

run_audit "$sub" "$src/rules/core" "$tmp/f2.jsonl"
if [ "$rc" -eq 0 ]; then ok; else
    fail "part 2: audit with rules/core exit $rc, expected 0"
    head -n 5 "$tmp/err" | sed 's/^/    | /'
fi
if [ "$secs" -lt "$limit_s" ]; then ok; else fail "part 2: audit took ${secs}s (limit ${limit_s}s)"; fi
[ -s "$tmp/f2.jsonl" ] && findings_tsv "$tmp/f2.jsonl" >"$tmp/f2.tsv" || : >"$tmp/f2.tsv"
n=$(awk -F'\t' '$1 == "DQ-001" && $4 ~ /scan-incomplete/' "$tmp/f2.tsv" | grep -c . || true)
if [ "$n" -eq 0 ]; then ok; else
    fail "part 2: rules/core hit a PCRE2 limit $n time(s) on the run-on sentence"
    awk -F'\t' '$1 == "DQ-001" && $4 ~ /scan-incomplete/' "$tmp/f2.tsv" | head -n 5 | sed 's/^/    | /'
fi
last=$(wc -l <"$sub/contracts/K-1.txt")
if awk -F'\t' -v l="$last" '$1 == "CTR-001" && $2 == "contracts/K-1.txt" && $3 == l' "$tmp/f2.tsv" | grep -q .; then ok; else
    fail "part 2: CTR-001 not found at contracts/K-1.txt:$last after the run-on sentence"
fi
if awk -F'\t' '$1 == "CTR-001" && $2 == "contracts/K-2.txt"' "$tmp/f2.tsv" | grep -q .; then
    fail "part 2: CTR-001 fired on K-2 (the worker keeps her own passport)"
else ok; fi

echo "$pass passed, $failn failed"
[ "$failn" -eq 0 ]
