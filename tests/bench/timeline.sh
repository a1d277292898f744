#!/usr/bin/env bash
# timeline.sh — where an audit's time goes, thread by thread and second by
# second: runs `recruitaudit audit DIR --findings F` under `perf record` (F
# is a regular file in a temporary folder, removed after: a regular file, as
# users give, is what lets the fee and document findings be written as they
# are found), then prints, for each second of the run, the samples of
# each thread (at 499 Hz a thread busy for the whole second has about 499),
# and the hottest functions of the run. A phase where one thread is busy and
# the others are not is a phase a second core could help; a phase where the
# samples add up to twice 499 is CPU-bound on 2 cores. The last row is each
# thread's CPU over the whole run, in seconds (its samples / 499): the figure
# to compare when a change moves work off one thread.
#
# usage: bash tests/bench/timeline.sh BUILD_DIR DIR [AS_OF]   (AS_OF: 2025-12-01)
# needs: perf (Debian package linux-perf), permission to record (root, or
#        kernel.perf_event_paranoid <= 1), room in $TMPDIR for the findings
#        (5.5 GB for the 1,000,000-worker set)
set -euo pipefail
[[ $# -ge 2 && $# -le 3 ]] || { echo "usage: bash tests/bench/timeline.sh BUILD_DIR DIR [AS_OF]" >&2; exit 2; }
BIN=$1/recruitaudit
DIR=$2
AS_OF=${3:-2025-12-01}
[[ -x $BIN ]] || { echo "timeline: build first (cmake --build $1)" >&2; exit 2; }
command -v perf >/dev/null || { echo "timeline: needs perf: apt-get install linux-perf" >&2; exit 2; }
out=$(mktemp -d "${TMPDIR:-/tmp}/recruitaudit-timeline.XXXXXX")
trap 'rm -rf "$out"' EXIT
perf record -q -F 499 -o "$out/perf.data" "$BIN" audit "$DIR" --as-of "$AS_OF" \
    --findings "$out/findings.jsonl" >/dev/null 2>"$out/audit.err" || true
echo "samples per thread and second (thread ids in order of first sample; 499 = one core busy):"
perf script -i "$out/perf.data" -F tid,time 2>/dev/null | awk '
    { t = int($2); if (!(t in seen)) { seen[t] = 1; secs[ns++] = t }
      if (!($1 in order)) { order[$1] = nt; tids[nt++] = $1 }
      n[t, $1]++ }
    END {
        printf "%6s", "s"; for (k = 0; k < nt; k++) printf " %8s", tids[k]; printf "\n"
        for (i = 0; i < ns; i++) {
            printf "%6d", secs[i] - secs[0]
            for (k = 0; k < nt; k++) { printf " %8d", n[secs[i], tids[k]]; total[k] += n[secs[i], tids[k]] }
            printf "\n"
        }
        printf "%6s", "cpu s"; for (k = 0; k < nt; k++) printf " %8.2f", total[k] / 499; printf "\n"
    }'
echo
echo "hottest functions (share of all samples):"
perf report -i "$out/perf.data" --no-children -s sym --stdio 2>/dev/null |
    grep -v '^#' | grep -v '^$' | head -20
