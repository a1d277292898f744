#!/usr/bin/env bash
# Contract scanning speed (SPEC section 6: contract scanning at least as fast as
# `grep -P`): the contract rules of rules/core/contract*.rules against GNU grep
# -P running their per-sentence clause patterns, joined in one alternation, on
# the same contract files.
#
#   bash tests/bench/contracts_bench.sh BUILD_DIR [N_WORKERS]   (default 200000)
#
# Data: `ra_gen --workers N` (N/100 contracts: 2,000 for the default, about 15%
# with an origin version) under ${TMPDIR:-/tmp}, reused while it exists. The
# audited submission keeps agencies.csv, rates.csv, the contracts and ONE worker
# per contract (the first worker that names an existing contract file), and
# leaves fees.csv and documents.csv out: each contract is read and scanned once
# whatever the number of its workers, so this is the same contract work, without
# the cost of loading 1.6 million fee rows. (It also steps around a quadratic
# de-duplication of contract ids in the report manifest, reports/manifest.c,
# which costs minutes of every audit at 200,000 workers, contract rules or not.)
#
# Timings (best of BENCH_RUNS runs, default 3; wall and user CPU seconds):
#   params only       audit --rules PACK_P, PACK_P = params.rules alone (no contract rule:
#                     the contracts are not even read)
#   contract rules    audit --rules PACK_C, PACK_C = params.rules + contracts.rules + contract_terms.rules
#   clause rules      the same pack with a profile that disables CTR-010 and CTR-011,
#                     i.e. only the per-sentence rules CTR-001..CTR-009
#   grep -P           LC_ALL=C.UTF-8 grep -Pci -f ALT on the contracts/<id>.txt files,
#                     ALT = the en/any lines of every pattern a per-sentence rule
#                     tests with `sentence ~ P` (topics and negations left out),
#                     each wrapped in (?:...) and joined with |. When that one
#                     alternation is over grep -P's compiled-size limit, grep runs
#                     once per group of patterns under 6,000 bytes and the times add.
# The contract part = contract rules - params only (clause part likewise).
set -euo pipefail
build=${1:?usage: contracts_bench.sh BUILD_DIR [N_WORKERS]}
workers=${2:-200000}
runs=${BENCH_RUNS:-3}
src=$(cd "$(dirname "$0")/../.." && pwd)
bin="$build/recruitaudit"
gen="$build/tests/bench/ra_gen"
[[ -x "$bin" && -x "$gen" ]] || { echo "build first: cmake --build $build" >&2; exit 2; }
if [[ ! -x /usr/bin/time ]]; then
    if [[ $(id -u) -eq 0 ]]; then apt-get install -y -qq time >/dev/null; else
        echo "needs GNU time: sudo apt-get install time" >&2; exit 2; fi
fi
command -v python3 >/dev/null || { echo "needs python3" >&2; exit 2; }

data="${TMPDIR:-/tmp}/recruitaudit-contracts-bench-$workers"
if [[ ! -f "$data/.done" ]]; then
    rm -rf "$data" "$data.partial"
    mkdir -p "$data.partial"
    "$gen" --workers "$workers" "$data.partial/full" >/dev/null
    sub="$data.partial/sub"
    mkdir -p "$sub"
    cp "$data.partial/full/agencies.csv" "$data.partial/full/rates.csv" "$sub/"
    cp -r "$data.partial/full/contracts" "$sub/contracts"
    python3 - "$data.partial/full/workers.csv" "$sub" <<'EOF'
import csv, os, sys
src, sub = sys.argv[1], sys.argv[2]
rows = csv.reader(open(src, newline="", encoding="utf-8"))
head = next(rows)
ci = head.index("contract_id")
seen, out = set(), [head]
for r in rows:
    c = r[ci] if len(r) > ci else ""
    if c and c not in seen and os.path.isfile(os.path.join(sub, "contracts", c + ".txt")):
        seen.add(c)
        out.append(r)
csv.writer(open(os.path.join(sub, "workers.csv"), "w", newline="", encoding="utf-8"),
           lineterminator="\n").writerows(out)
EOF
    rm -rf "$data.partial/full"
    touch "$data.partial/.done"
    mv "$data.partial" "$data"
fi
sub="$data/sub"

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
# The two packs (a pack needs ../profiles/baseline.profile).
mkdir -p "$out/p/core" "$out/p/profiles" "$out/c/core" "$out/c/profiles"
cp "$src/rules/core/params.rules" "$out/p/core/"
cp "$src/rules/core/params.rules" "$src/rules/core/contracts.rules" \
    "$src/rules/core/contract_terms.rules" "$out/c/core/"
cp "$src/rules/profiles/baseline.profile" "$out/p/profiles/"
cp "$src/rules/profiles/baseline.profile" "$out/c/profiles/"
printf '%s\n' 'profile clauses "bench: per-sentence clause rules only"' \
    'disable CTR-010 cite "contracts_bench.sh"' 'disable CTR-011 cite "contracts_bench.sh"' \
    'disable CHG-001 cite "contracts_bench.sh"' \
    >"$out/c/profiles/clauses.profile"

# The grep alternation, from the pack itself.
read -r npat nalt < <(python3 - "$src/rules/core/contracts.rules" "$out/alt.txt" <<'EOF'
import os, re, subprocess, sys
text = open(sys.argv[1], encoding="utf-8").read()
pats, cur = {}, None
for line in text.split("\n"):
    m = re.match(r"pattern (\w+)", line)
    if m:
        cur = m.group(1); pats[cur] = []; continue
    m = re.match(r'\s+(en|any)\s+"(.*)"\s*$', line)
    if m and cur:
        pats[cur].append(m.group(2).replace('\\"', '"').replace("\\\\", "\\"))
    elif line.strip() and not line.lstrip().startswith("#") and not re.match(r"\s+[a-z]{2}\s+\"", line):
        cur = None
used = []
for rule in re.split(r"\n(?=rule )", text):
    if not rule.startswith("rule ") or "for each sentence" not in rule:
        continue
    for m in re.finditer(r"(?<!unless )\bsentence\s*~\s*(\w+)", rule):
        name = m.group(1)
        if not name.startswith("topic_") and name not in used:
            used.append(name)
alts = [a for n in used for a in pats[n]]
open(sys.argv[2], "w").write("|".join("(?:%s)" % a for a in alts))
# The same patterns in groups small enough for grep -P to compile, for when
# the whole alternation is over PCRE2's compiled-size limit: under 6,000 bytes
# of source, and a group grep still cannot compile (large classes compile
# large) is cut in halves until each half compiles.
def compiles(g):
    r = subprocess.run(["grep", "-Pci", "|".join("(?:%s)" % a for a in g), os.devnull],
                       capture_output=True, env=dict(os.environ, LC_ALL="C.UTF-8"))
    return r.returncode <= 1
def fitted(g):
    if len(g) == 1 or compiles(g):
        return [g]
    return fitted(g[:len(g) // 2]) + fitted(g[len(g) // 2:])
groups, cur = [], []
for a in alts:
    if cur and len("|".join(cur + [a])) > 6000:
        groups.append(cur); cur = []
    cur.append(a)
if cur:
    groups.append(cur)
groups = [h for g in groups for h in fitted(g)]
for i, g in enumerate(groups):
    open("%s.%02d" % (sys.argv[2], i), "w").write("|".join("(?:%s)" % a for a in g))
print(len(used), len(alts))
EOF
)

best() { # best of $runs runs: prints "wall user"
    local b="" line
    for _ in $(seq "$runs"); do
        line=$( { /usr/bin/time -f '%e %U' "$@" >/dev/null; } 2>&1 | tail -1 )
        if [[ -z "$b" ]] || awk -v a="${line% *}" -v c="${b% *}" 'BEGIN{exit !(a<c)}'; then b=$line; fi
    done
    echo "$b"
}
audit=("$bin" audit "$sub" --as-of 2025-12-01 --findings "$out/f.jsonl")
# Warm the page cache.
cat "$sub"/contracts/* >/dev/null

p=$(best "${audit[@]}" --rules "$out/p/core")
c=$(best "${audit[@]}" --rules "$out/c/core")
findings=$(grep -c '"rule":"CTR-' "$out/f.jsonl" || true)
s=$(best "${audit[@]}" --rules "$out/c/core" --profile clauses)
files=("$sub"/contracts/*[0-9].txt)
# grep -P compiles the alternation into one PCRE2 program, whose size is limited
# (64 KiB of compiled code with the default link size): say so, not "0.00 s".
# When it is over that limit, grep runs once per group of patterns (alt.txt.NN,
# each under 6,000 bytes and compiled by grep, halved until it is) and the times
# are added: the same patterns, in as few passes as grep can take them.
grep_how="one alternation"
rc=0
LC_ALL=C.UTF-8 grep -Pci -f "$out/alt.txt" "${files[0]}" >/dev/null 2>"$out/grep.err" || rc=$?
if [ "$rc" -le 1 ]; then
    g=$(best env LC_ALL=C.UTF-8 grep -Pci -f "$out/alt.txt" "${files[@]}")
else
    parts=("$out"/alt.txt.[0-9]*)
    grep_how="${#parts[@]} passes: the one alternation is too large for grep -P ($(head -c 120 "$out/grep.err"))"
    gw=0 gu=0
    for part in "${parts[@]}"; do
        rc=0
        LC_ALL=C.UTF-8 grep -Pci -f "$part" "${files[0]}" >/dev/null 2>"$out/grep.err" || rc=$?
        [ "$rc" -le 1 ] || { echo "grep -P cannot compile $part: $(cat "$out/grep.err")"; exit 1; }
        read -r w u <<<"$(best env LC_ALL=C.UTF-8 grep -Pci -f "$part" "${files[@]}")"
        gw=$(awk -v a="$gw" -v b="$w" 'BEGIN{print a+b}')
        gu=$(awk -v a="$gu" -v b="$u" 'BEGIN{print a+b}')
    done
    g="$gw $gu"
fi
mb_txt=$(cat "${files[@]}" | wc -c)
mb_all=$(cat "$sub"/contracts/* | wc -c)
read -r pw pu <<<"$p"
read -r cw cu <<<"$c"
read -r sw su <<<"$s"
read -r gw gu <<<"$g"
echo "dataset: $sub"
echo "  $(( $(wc -l <"$sub/workers.csv") - 1 )) contracts (one worker each), $(ls "$sub"/contracts/*.origin.txt 2>/dev/null | wc -l) origin versions"
awk -v a="$mb_txt" -v b="$mb_all" 'BEGIN { printf "  contract text: %.2f MB (%.2f MB with the origin versions)\n", a/1e6, b/1e6 }'
echo "  $(cat "$src"/rules/core/contract*.rules | grep -c -E '^rule (CTR|CHG)-') contract rules, $findings contract findings"
echo "grep: $(grep --version | head -1); the $nalt lines of $npat clause patterns ($(wc -c <"$out/alt.txt") bytes), $grep_how"
echo "times (best of $runs; wall s / user s):"
echo "  params only                    $pw / $pu"
echo "  params + contract rules        $cw / $cu"
echo "  params + clause rules 001-009  $sw / $su"
echo "  grep -Pci (clause patterns)    $gw / $gu"
awk -v pw="$pw" -v pu="$pu" -v cw="$cw" -v cu="$cu" -v sw="$sw" -v su="$su" -v gw="$gw" -v gu="$gu" -v mb="$mb_txt" 'BEGIN {
    cpw = cw - pw; cpu = cu - pu; spw = sw - pw; spu = su - pu
    printf "contract part (all rules):     %.2f s wall, %.2f s user  = %.1f MB/s\n", cpw, cpu, (cpw > 0 ? mb / 1e6 / cpw : 0)
    printf "clause part (CTR-001..009):    %.2f s wall, %.2f s user  = %.1f MB/s\n", spw, spu, (spw > 0 ? mb / 1e6 / spw : 0)
    printf "grep -P:                       %.2f s wall, %.2f s user  = %.1f MB/s\n", gw, gu, (gw > 0 ? mb / 1e6 / gw : 0)
    printf "contract part / grep: %.2f (wall), %.2f (user); goal <= 1\n", (gw > 0 ? cpw / gw : 0), (gu > 0 ? cpu / gu : 0)
}'
