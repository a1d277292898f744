#!/usr/bin/env bash
# findings_stdout.sh — `audit --findings -` writes the findings to standard
# output, as Unix tools do (it once wrote a file named "-"):
#   --findings -            exit 0; stdout is exactly the bytes --findings F.jsonl
#                           writes; the summary (and --explain) is on stderr, the
#                           same text a normal run prints on stdout; no file "-"
#   --findings ./-          still a file named "-", the summary on stdout
#   --findings /dev/stdout >F   the same as "-": F holds exactly the findings, the
#                           summary is on stderr (checked through a link to
#                           /proc/self/fd/1 in a temporary folder, so that a
#                           regression cannot replace the machine's /dev/stdout)
#   --findings - >/dev/full exit 4 and "cannot write the findings", not success
#   --findings - into a closed pipe, SIGPIPE ignored: exit 4 and "Broken pipe"
#                           (with SIGPIPE at its default the process dies of it,
#                           as any Unix filter does; python3 optional)
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script). Needs bash, coreutils,
# grep; python3 optional (the closed pipe).
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
demo=$src/fixtures/demo
fails=()
fail() { fails+=("$*"); echo "FAIL: $*"; }

if [ ! -x "$bin" ]; then
    echo "FAIL: recruitaudit binary not found or not executable: $bin"
    echo "0 passed, 1 failed"
    exit 1
fi
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-stdout.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
# Every run starts in an empty folder, so a file named "-" shows.
mkdir "$tmp/cwd" || exit 1
cd "$tmp/cwd" || exit 1
audit() { "$bin" audit "$demo" --as-of 2025-12-01 "$@"; }

# The reference: findings to a regular file, the summary on stdout.
audit --findings "$tmp/regular.jsonl" >"$tmp/regular.out" 2>"$tmp/regular.err" ||
    fail "audit with --findings to a regular file failed: $(cat "$tmp/regular.err")"
[ -s "$tmp/regular.jsonl" ] || fail "--findings F.jsonl: nothing was written"
grep -q '^findings: ' "$tmp/regular.out" || fail "--findings F.jsonl: no summary on stdout"

# --findings -: the same bytes on stdout, the same summary on stderr.
audit --findings - >"$tmp/dash.out" 2>"$tmp/dash.err"
rc=$?
[ "$rc" -eq 0 ] || fail "--findings -: exit $rc, expected 0: $(cat "$tmp/dash.err")"
cmp -s "$tmp/dash.out" "$tmp/regular.jsonl" ||
    fail "--findings -: stdout is not the bytes of --findings F.jsonl"
grep -q '^findings: ' "$tmp/dash.err" || fail "--findings -: no summary on stderr"
cmp -s "$tmp/dash.err" "$tmp/regular.out" ||
    fail "--findings -: stderr is not the summary a normal run prints"
[ -e "$tmp/cwd/-" ] && fail "--findings -: a file named - was created"
rm -f "$tmp/cwd/-"

# A path that names the file stdout already is: written as "-". Before, it was
# replaced by a new file (as root, the link /dev/stdout itself).
if [ -e /proc/self/fd/1 ]; then
    ln -s /proc/self/fd/1 "$tmp/stdout-link"
    audit --findings "$tmp/stdout-link" >"$tmp/devout.out" 2>"$tmp/devout.err"
    rc=$?
    [ "$rc" -eq 0 ] || fail "--findings /dev/stdout: exit $rc, expected 0: $(cat "$tmp/devout.err")"
    [ -L "$tmp/stdout-link" ] || fail "--findings /dev/stdout: the link was replaced"
    cmp -s "$tmp/devout.out" "$tmp/regular.jsonl" ||
        fail "--findings /dev/stdout >F: F is not the bytes of --findings F.jsonl"
    cmp -s "$tmp/devout.err" "$tmp/regular.out" ||
        fail "--findings /dev/stdout: stderr is not the summary a normal run prints"
else
    echo "note: no /proc/self/fd: the /dev/stdout check is skipped"
fi

# --explain with --findings -: the explanation goes to stderr too.
audit --findings - --explain W-0001 >"$tmp/explain.out" 2>"$tmp/explain.err"
rc=$?
[ "$rc" -eq 0 ] || fail "--findings - --explain: exit $rc, expected 0"
cmp -s "$tmp/explain.out" "$tmp/regular.jsonl" ||
    fail "--findings - --explain: stdout is not the bytes of --findings F.jsonl"
grep -q 'fire' "$tmp/explain.err" || fail "--findings - --explain: no explanation on stderr"

# ./- is a file named "-".
audit --findings ./- >"$tmp/dotdash.out" 2>"$tmp/dotdash.err"
rc=$?
[ "$rc" -eq 0 ] || fail "--findings ./-: exit $rc, expected 0"
cmp -s "$tmp/cwd/-" "$tmp/regular.jsonl" || fail "--findings ./-: no file named - with the findings"
cmp -s "$tmp/dotdash.out" "$tmp/regular.out" || fail "--findings ./-: the summary is not on stdout"
rm -f "$tmp/cwd/-"

# A full device: an error and a non-zero exit, never silent success.
if [ -w /dev/full ]; then
    audit --findings - >/dev/full 2>"$tmp/full.err"
    rc=$?
    [ "$rc" -eq 4 ] || fail "--findings - >/dev/full: exit $rc, expected 4 (I/O error)"
    grep -q 'cannot write the findings' "$tmp/full.err" ||
        fail "--findings - >/dev/full: no clear reason: $(cat "$tmp/full.err")"
else
    echo "note: no writable /dev/full: the full-device check is skipped"
fi

# A pipe whose reader is gone, SIGPIPE ignored (as some parents leave it):
# the write fails with EPIPE and must be reported.
if command -v python3 >/dev/null 2>&1; then
    python3 - "$bin" audit "$demo" --as-of 2025-12-01 --findings - >"$tmp/pipe.res" <<'PY'
import os, subprocess, sys
r, w = os.pipe()
os.close(r)
# restore_signals=False: the child inherits Python's SIG_IGN for SIGPIPE.
p = subprocess.run(sys.argv[1:], stdout=w, stderr=subprocess.PIPE, restore_signals=False)
print(p.returncode)
sys.stdout.write(p.stderr.decode(errors="replace"))
PY
    rc=$(head -n 1 "$tmp/pipe.res")
    [ "$rc" = 4 ] || fail "--findings - into a closed pipe: exit $rc, expected 4"
    grep -q 'cannot write the findings: Broken pipe' "$tmp/pipe.res" ||
        fail "--findings - into a closed pipe: no clear reason: $(cat "$tmp/pipe.res")"
else
    echo "note: python3 not found: the closed-pipe check is skipped"
fi

if [ ${#fails[@]} -eq 0 ]; then
    echo "1 passed, 0 failed"
    exit 0
fi
echo "0 passed, 1 failed"
exit 1
