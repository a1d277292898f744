#!/usr/bin/env bash
# make demo: check the demo submission, audit it with the core rule pack,
# write the signed report with the DEMO key, and verify it (ours and openssl's).
set -euo pipefail
build=${1:-build}
bin="$build/recruitaudit"
out="$build/demo"
mkdir -p "$out"
chmod 600 fixtures/keys/*.key # git does not keep file modes; keys must not be world-readable
echo "== recruitaudit validate fixtures/demo"
"$bin" validate fixtures/demo
echo
echo "== recruitaudit rules check"
"$bin" rules check
echo
echo "== recruitaudit audit fixtures/demo -o $out/report.xlsx (signed with the DEMO key)"
"$bin" audit fixtures/demo --as-of 2025-12-01 --case DEMO-2025-001 --inspector "Demo Inspector" \
    -o "$out/report.xlsx" --findings "$out/findings.jsonl" \
    --key fixtures/keys/signer.key --cert fixtures/keys/signer.pem
echo
echo "== recruitaudit verify $out/report.xlsx --ca fixtures/keys/ca.pem --inputs fixtures/demo"
"$bin" verify "$out/report.xlsx" --ca fixtures/keys/ca.pem --inputs fixtures/demo
echo
echo "== openssl cms -verify (the stock tool accepts the same signature)"
openssl cms -verify -binary -inform DER -in "$out/report.xlsx.p7s" -content "$out/report.xlsx" \
    -CAfile fixtures/keys/ca.pem -out /dev/null
