#!/usr/bin/env bash
# output_targets.sh — outputs that are not regular files. Regular outputs are
# written to a temporary file and renamed over the target, which would replace
# a device or a FIFO (`--findings /dev/null` once turned /dev/null into a
# regular file). Checked here on a FIFO made in a temporary folder, so a
# regression cannot damage the machine's /dev:
#   --findings FIFO   exit 0; a reader of the FIFO gets exactly the bytes of
#                     --findings to a regular file; the FIFO is still a FIFO
#   -o FIFO           refused before the audit: exit 2, "must go to a regular
#                     file", the FIFO left as it was, no temporary file left
# and outputs named by a symbolic link, which a rename would replace (as root,
# `--findings /dev/stdout > f` once replaced the link /dev/stdout itself):
#   --findings LINK, -o LINK.xlsx with LINK.xlsx.p7s a link too (signed):
#                     each link is still a link, the files they lead to hold
#                     the findings, the report and a signature of it that
#                     `verify` accepts; nothing is left beside the links
#   --findings DANGLING  exit 4, "a symbolic link to a file that does not exist",
#                     the link left as it was
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root; default two levels above this script). Needs bash, coreutils.
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
tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-outputs.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT

"$bin" audit "$demo" --as-of 2025-12-01 --findings "$tmp/regular.jsonl" >/dev/null 2>&1 ||
    fail "audit with --findings to a regular file failed"

# --findings into a FIFO, read by cat.
mkfifo "$tmp/fifo" || exit 1
timeout 120 cat "$tmp/fifo" >"$tmp/from_fifo" &
reader=$!
"$bin" audit "$demo" --as-of 2025-12-01 --findings "$tmp/fifo" >/dev/null 2>"$tmp/err"
rc=$?
# A regression replaces the FIFO, leaving the reader blocked on the old one.
[ -p "$tmp/fifo" ] || kill "$reader" 2>/dev/null
wait "$reader"
[ "$rc" -eq 0 ] || { fail "--findings FIFO: exit $rc, expected 0"; cat "$tmp/err"; }
[ -p "$tmp/fifo" ] || fail "--findings FIFO: the FIFO was replaced"
cmp -s "$tmp/from_fifo" "$tmp/regular.jsonl" ||
    fail "--findings FIFO: the reader did not get the same bytes as the regular file"
[ -s "$tmp/from_fifo" ] || fail "--findings FIFO: nothing was written"

# -o into a FIFO: refused up front.
"$bin" audit "$demo" --as-of 2025-12-01 -o "$tmp/fifo" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" -eq 2 ] || fail "-o FIFO: exit $rc, expected 2"
grep -q "must go to a regular file" "$tmp/err" || fail "-o FIFO: no clear reason: $(cat "$tmp/err")"
[ -p "$tmp/fifo" ] || fail "-o FIFO: the FIFO was replaced"
left=$(find "$tmp" -name 'fifo.tmp-*' | wc -l)
[ "$left" -eq 0 ] || fail "-o FIFO: $left temporary file(s) left"

# Outputs through symbolic links: the files they lead to are replaced.
mkdir "$tmp/links" "$tmp/real" || exit 1
"$bin" keygen --out "$tmp/k" >/dev/null 2>&1 || fail "keygen failed"
echo old >"$tmp/real/f.jsonl"
echo old >"$tmp/real/r.xlsx"
echo old >"$tmp/real/r.xlsx.p7s"
ln -s "$tmp/real/f.jsonl" "$tmp/links/f.jsonl"
ln -s ../real/r.xlsx "$tmp/links/r.xlsx"
ln -s "$tmp/real/r.xlsx.p7s" "$tmp/links/r.xlsx.p7s"
"$bin" audit "$demo" --as-of 2025-12-01 --findings "$tmp/links/f.jsonl" -o "$tmp/links/r.xlsx" \
    --key "$tmp/k/signer.key" --cert "$tmp/k/signer.pem" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" -eq 0 ] || fail "outputs through links: exit $rc, expected 0: $(cat "$tmp/err")"
for f in f.jsonl r.xlsx r.xlsx.p7s; do
    [ -L "$tmp/links/$f" ] || fail "outputs through links: $f is no longer a link"
done
cmp -s "$tmp/real/f.jsonl" "$tmp/regular.jsonl" ||
    fail "--findings LINK: the file it leads to does not hold the findings"
"$bin" verify "$tmp/real/r.xlsx" --ca "$tmp/k/ca.pem" >"$tmp/verify.out" 2>&1 ||
    fail "-o LINK: the report and signature the links lead to do not verify: $(cat "$tmp/verify.out")"
left=$(find "$tmp/links" "$tmp/real" -name '*.tmp*' | wc -l)
[ "$left" -eq 0 ] || fail "outputs through links: $left temporary file(s) left"

# A link that leads nowhere is refused, and left as it was.
ln -s "$tmp/nowhere/f.jsonl" "$tmp/links/dangling.jsonl"
"$bin" audit "$demo" --as-of 2025-12-01 --findings "$tmp/links/dangling.jsonl" >/dev/null 2>"$tmp/err"
rc=$?
[ "$rc" -eq 4 ] || fail "--findings DANGLING: exit $rc, expected 4"
grep -q "a symbolic link to a file that does not exist" "$tmp/err" ||
    fail "--findings DANGLING: no clear reason: $(cat "$tmp/err")"
[ -L "$tmp/links/dangling.jsonl" ] || fail "--findings DANGLING: the link was replaced"

if [ ${#fails[@]} -eq 0 ]; then
    echo "1 passed, 0 failed"
    exit 0
fi
echo "0 passed, 1 failed"
exit 1
