#!/usr/bin/env bash
# signing.sh — signed reports and `recruitaudit verify`, end to end, with the
# stock openssl tool on the other side (SPEC sections 3-4, issue 7):
#   - `recruitaudit keygen` makes a test CA and signer (digitalSignature,
#     keys 0600, subjects saying TEST);
#   - a report signed by our code verifies with the stock
#     `openssl cms -verify -binary -inform DER` and with `recruitaudit verify`
#     (signer, manifest, --inputs, --json);
#   - a report signed by `openssl cms -sign -binary -outform DER` with another
#     certificate of the same CA verifies with `recruitaudit verify`;
#   - tampering, each failing with exit 1 and its own reason line: one byte
#     of the report, one byte of the signature, a truncated signature, a
#     signer from another CA, an expired and a not-yet-valid certificate
#     (made with `openssl ca -startdate/-enddate`), wrong key usage, a key
#     that does not match the certificate, the signature missing, an input
#     changed or missing under --inputs;
#   - the demo keys of fixtures/keys, the encrypted one with --pass
#     env:VAR and file:PATH, and a plain passphrase value refused.
# Signing goes through the library (ra_signer_load, ra_sign_file) by way of
# the unit test binary's helper mode (tests/unit/test_sign sign ...), which
# also writes small xlsx reports carrying a manifest (libxlsxwriter), so
# this test does not depend on the report writer.
# Prints one line per failed check and "N passed, N failed" at the end.
#
# Env: RA_BIN (the binary; default <repo>/build/recruitaudit), RA_SOURCE_DIR
# (repo root), RA_TEST_SIGN (the helper; default <dir of RA_BIN>/tests/unit/
# test_sign), RA_VERBOSE=1 to show outputs of failed checks. Needs bash,
# coreutils, openssl, python3 (JSON check).
set -u

. "$(dirname "${BASH_SOURCE[0]}")/paths.sh"
helper=${RA_TEST_SIGN:-$(dirname "$bin")/tests/unit/test_sign}
verbose=${RA_VERBOSE:-0}
keys=$src/fixtures/keys

passed=0 failed=0
pass() { passed=$((passed + 1)); }
fail() {
    failed=$((failed + 1))
    echo "FAIL: $*"
    if [ "$verbose" = 1 ] && [ -f "$tmp/out" ]; then sed 's/^/    | /' "$tmp/out" | head -n 40; fi
}
check() { # check DESCRIPTION COMMAND... : passes when the command succeeds
    local what=$1
    shift
    if "$@"; then pass; else fail "$what"; fi
}

for tool in "$bin" "$helper"; do
    if [ ! -x "$tool" ]; then
        echo "FAIL: not found or not executable: $tool"
        echo "0 passed, 1 failed"
        exit 1
    fi
done
if ! command -v openssl >/dev/null; then
    echo "FAIL: openssl not found (apt-get install openssl)"
    echo "0 passed, 1 failed"
    exit 1
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/ra-signing.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
cd "$tmp" || exit 1

# verify_ok REPORT [ARGS...]: exit 0 and "result: AUTHENTIC".
verify_ok() {
    local report=$1
    shift
    "$bin" verify "$report" "$@" >"$tmp/out" 2>&1
    local rc=$?
    [ "$rc" -eq 0 ] && grep -q '^result: AUTHENTIC' "$tmp/out"
}

# verify_fails TITLE REPORT [ARGS...]: exit 1, a "FAIL TITLE:" line, and no
# FAIL line of another kind.
verify_fails() {
    local title=$1 report=$2
    shift 2
    "$bin" verify "$report" "$@" >"$tmp/out" 2>&1
    local rc=$?
    [ "$rc" -eq 1 ] || return 1
    grep -q "^FAIL $title: " "$tmp/out" || return 1
    ! grep '^FAIL ' "$tmp/out" | grep -v -q "^FAIL $title: " || return 1
    case $title in
    input*) grep -q '^result: INPUTS DIFFER: ' "$tmp/out" ;;
    *) grep -q '^result: NOT AUTHENTIC' "$tmp/out" ;;
    esac
}

# stock_ok REPORT SIG CA: the stock openssl accepts the signature.
stock_ok() {
    openssl cms -verify -binary -inform DER -in "$2" -content "$1" -CAfile "$3" \
        -out /dev/null >"$tmp/out" 2>&1
}

flip_byte() { # flip_byte FILE OFFSET
    local b
    b=$(od -An -tu1 -j "$2" -N1 "$1" | tr -d ' ')
    printf "$(printf '\\%03o' $(((b ^ 1) & 255)))" |
        dd of="$1" bs=1 seek="$2" conv=notrunc status=none
}

# ---- keygen -------------------------------------------------------------------
"$bin" keygen --out k >"$tmp/out" 2>&1
check "keygen exit 0" [ $? -eq 0 ]
for f in ca.pem ca.key signer.pem signer.key; do
    check "keygen wrote $f" [ -s "k/$f" ]
done
check "keygen keys are 0600" [ "$(stat -c %a k/signer.key)/$(stat -c %a k/ca.key)" = 600/600 ]
check "keygen refuses to overwrite without --force" \
    bash -c "! '$bin' keygen --out k >/dev/null 2>&1"
check "keygen subject says TEST" \
    bash -c "openssl x509 -in k/signer.pem -noout -subject | grep -q 'TEST'"
check "keygen signer has digitalSignature key usage" \
    bash -c "openssl x509 -in k/signer.pem -noout -ext keyUsage | grep -q 'Digital Signature'"
check "keygen signer has no extended key usage" \
    bash -c "! openssl x509 -in k/signer.pem -noout -text | grep -q 'Extended Key Usage'"
check "keygen signer verifies for S/MIME signing" \
    bash -c "openssl verify -purpose smimesign -CAfile k/ca.pem k/signer.pem >/dev/null 2>&1"
"$bin" keygen --out other >/dev/null 2>&1 || fail "keygen of another CA"

# ---- a submission and a report -------------------------------------------------
mkdir -p sub/contracts
printf 'agency_id,name\nAG1,Agency One\n' >sub/agencies.csv
printf 'worker_id,agency_id\nW1,AG1\nW2,AG1\n' >sub/workers.csv
printf 'The worker keeps the passport.\r\n' >sub/contracts/C-1.txt
"$helper" xlsx report.xlsx sub k/signer.key k/signer.pem
check "test report written" [ -s report.xlsx ]
cp report.xlsx pristine.xlsx

# ---- our signature, the stock verifier ---------------------------------------------
"$helper" sign k/signer.key k/signer.pem report.xlsx report.xlsx.p7s 2>"$tmp/out"
check "our code signs" [ -s report.xlsx.p7s ]
check "stock openssl cms -verify accepts our signature" stock_ok report.xlsx report.xlsx.p7s k/ca.pem
check "our signature is DER SignedData with ESS signing-certificate-v2 and signing time" \
    bash -c "openssl cms -cmsout -print -inform DER -in report.xlsx.p7s |
             grep -q 'id-smime-aa-signingCertificateV2' &&
             openssl cms -cmsout -print -inform DER -in report.xlsx.p7s | grep -q 'signingTime'"
check "recruitaudit verify accepts it" verify_ok report.xlsx --ca k/ca.pem
check "verify prints the signer" grep -q '^signer: .*TEST signer' "$tmp/out"
check "verify prints the issuer, serial, fingerprint, signing time" \
    bash -c "grep -q '^issuer: .*TEST CA' '$tmp/out' && grep -q '^serial: ' '$tmp/out' &&
             grep -Eq '^sha256: +[0-9a-f]{64}$' '$tmp/out' &&
             grep -q \"^signing time: .*signer's own claim\" '$tmp/out'"
check "verify prints the manifest" \
    bash -c "grep -q 'profile *baseline' '$tmp/out' && grep -q 'contracts/C-1.txt' '$tmp/out'"
check "verify with --inputs: all match" verify_ok report.xlsx --ca k/ca.pem --inputs sub
check "verify --at-signing-time" verify_ok report.xlsx --ca k/ca.pem --at-signing-time
check "verify --sig" verify_ok report.xlsx --sig report.xlsx.p7s --ca k/ca.pem
"$bin" verify report.xlsx --ca k/ca.pem --inputs sub --json >"$tmp/out.json" 2>&1
check "verify --json: exit 0" [ $? -eq 0 ]
if command -v python3 >/dev/null; then
    check "verify --json: authentic, signer, manifest inputs" python3 -c '
import json, sys
d = json.load(open(sys.argv[1]))
assert d["authentic"] is True and d["failures"] == []
assert "TEST signer" in d["signer"]["subject"]
assert d["signer"]["signing_time_is_signer_claim"] is True
assert [i["path"] for i in d["manifest"]["inputs"]] == ["agencies.csv", "contracts/C-1.txt", "workers.csv"]
assert d["inputs_checked"] == 3
' "$tmp/out.json"
fi

# ---- the stock signer, our verifier --------------------------------------------------
openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout s2.key \
    -subj "/O=recruitaudit test/CN=Signer made by openssl" -out s2.csr 2>/dev/null
cat >s2.ext <<'EOF'
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
EOF
openssl x509 -req -in s2.csr -CA k/ca.pem -CAkey k/ca.key -CAcreateserial -days 30 \
    -extfile s2.ext -out s2.pem 2>/dev/null
"$helper" xlsx plain.xlsx sub # a manifest naming no signer
openssl cms -sign -binary -outform DER -in plain.xlsx -signer s2.pem -inkey s2.key \
    -out plain.xlsx.p7s 2>"$tmp/out"
check "openssl cms -sign (no ESS) verifies with recruitaudit" \
    verify_ok plain.xlsx --ca k/ca.pem --inputs sub
check "verify names the openssl signer" grep -q '^signer: .*Signer made by openssl' "$tmp/out"
openssl cms -sign -binary -outform DER -cades -in plain.xlsx -signer s2.pem -inkey s2.key \
    -out plain.xlsx.p7s 2>"$tmp/out"
check "openssl cms -sign -cades verifies with recruitaudit" verify_ok plain.xlsx --ca k/ca.pem

# ---- tampering -------------------------------------------------------------------------
cp pristine.xlsx t1.xlsx
cp report.xlsx.p7s t1.xlsx.p7s
flip_byte t1.xlsx $(($(stat -c %s t1.xlsx) / 2))
check "one byte of the report: report altered" verify_fails "report altered" t1.xlsx --ca k/ca.pem
check "one byte of the report: stock openssl refuses too" \
    bash -c "! openssl cms -verify -binary -inform DER -in t1.xlsx.p7s -content t1.xlsx -CAfile k/ca.pem -out /dev/null 2>/dev/null"

cp pristine.xlsx t2.xlsx
cp report.xlsx.p7s t2.xlsx.p7s
flip_byte t2.xlsx.p7s $(($(stat -c %s t2.xlsx.p7s) - 8))
check "one byte of the signature: signature altered" \
    verify_fails "signature altered or truncated" t2.xlsx --ca k/ca.pem
check "one byte of the signature: stock openssl refuses too" \
    bash -c "! openssl cms -verify -binary -inform DER -in t2.xlsx.p7s -content t2.xlsx -CAfile k/ca.pem -out /dev/null 2>/dev/null"

cp pristine.xlsx t3.xlsx
head -c $(($(stat -c %s report.xlsx.p7s) - 100)) report.xlsx.p7s >t3.xlsx.p7s
check "truncated signature: signature altered or truncated" \
    verify_fails "signature altered or truncated" t3.xlsx --ca k/ca.pem

cp pristine.xlsx t4.xlsx
check "signature missing" verify_fails "signature missing" t4.xlsx --ca k/ca.pem

"$helper" xlsx t5.xlsx sub
"$helper" sign other/signer.key other/signer.pem t5.xlsx t5.xlsx.p7s
check "signer from another CA: untrusted signer" \
    verify_fails "untrusted signer" t5.xlsx --ca k/ca.pem
check "our signer against another CA file: untrusted signer" \
    verify_fails "untrusted signer" report.xlsx --ca other/ca.pem

# Back-dated and future certificates: openssl ca can set both dates.
mkdir -p ca/newcerts
: >ca/index.txt
echo 1000 >ca/serial
cat >ca.cnf <<EOF
[ ca ]
default_ca = test_ca
[ test_ca ]
dir = $tmp/ca
database = \$dir/index.txt
new_certs_dir = \$dir/newcerts
serial = \$dir/serial
default_md = sha256
policy = any
unique_subject = no
email_in_dn = no
[ any ]
commonName = supplied
organizationName = optional
[ signer ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
[ kenc ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,keyEncipherment
[ ski ]
basicConstraints = critical,CA:FALSE
keyUsage = critical,digitalSignature
subjectKeyIdentifier = 01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10:11:12:13:14
EOF
issue() { # issue NAME EXTENSIONS STARTDATE ENDDATE
    openssl req -new -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout "$1.key" \
        -subj "/O=recruitaudit test/CN=$1" -out "$1.csr" 2>/dev/null &&
        openssl ca -batch -config ca.cnf -cert k/ca.pem -keyfile k/ca.key -in "$1.csr" \
            -out "$1.pem" -extensions "$2" -startdate "$3" -enddate "$4" -notext \
            >/dev/null 2>&1
}
sign_stock() { # sign_stock CERT KEY CONTENT SIG [extra args]
    local c=$1 k=$2 in=$3 out=$4
    shift 4
    openssl cms -sign -binary -outform DER -cades -in "$in" -signer "$c" -inkey "$k" \
        -out "$out" "$@" 2>/dev/null
}
issue expired signer 20200101000000Z 20210101000000Z || fail "openssl ca: expired certificate"
issue future signer 20450101000000Z 20460101000000Z || fail "openssl ca: future certificate"
issue kenc kenc 20240101000000Z 20440101000000Z || fail "openssl ca: keyEncipherment certificate"
issue keya ski 20240101000000Z 20440101000000Z || fail "openssl ca: key A"
issue keyb ski 20240101000000Z 20440101000000Z || fail "openssl ca: key B"

for t in expired future kenc; do
    "$helper" xlsx "$t.xlsx" sub
    sign_stock "$t.pem" "$t.key" "$t.xlsx" "$t.xlsx.p7s" || fail "openssl cms -sign with $t"
done
check "expired certificate: certificate expired" \
    verify_fails "certificate expired" expired.xlsx --ca k/ca.pem
check "expired certificate: stock openssl refuses too" \
    bash -c "! openssl cms -verify -binary -inform DER -in expired.xlsx.p7s -content expired.xlsx -CAfile k/ca.pem -out /dev/null 2>/dev/null"
check "not-yet-valid certificate: certificate not yet valid" \
    verify_fails "certificate not yet valid" future.xlsx --ca k/ca.pem
check "keyEncipherment-only certificate: wrong key usage" \
    verify_fails "wrong key usage" kenc.xlsx --ca k/ca.pem
check "our code refuses to sign with an expired certificate" \
    bash -c "! '$helper' sign expired.key expired.pem expired.xlsx x.p7s 2>/dev/null && [ ! -e x.p7s ]"

# Key A signs; the signature carries certificate B (same key identifier,
# another key) instead of A's.
"$helper" xlsx wrongkey.xlsx sub
sign_stock keya.pem keya.key wrongkey.xlsx wrongkey.xlsx.p7s -keyid -nocerts -certfile keyb.pem ||
    fail "openssl cms -sign with key A and certificate B"
check "key not matching the certificate: its own reason" \
    verify_fails "key does not match the certificate" wrongkey.xlsx --ca k/ca.pem
"$helper" sign k/signer.key s2.pem report.xlsx x.p7s 2>"$tmp/out"
rc=$?
check "our code refuses a key that does not match the certificate (exit 3)" \
    bash -c "[ $rc -eq 3 ] && grep -q 'does not match' '$tmp/out' && [ ! -e x.p7s ]"

# Inputs changed or missing.
cp -r sub sub2
printf 'worker_id,agency_id\nW1,AG1\nW2,AG9\n' >sub2/workers.csv
check "an input changed: input differs" \
    verify_fails "input differs" report.xlsx --ca k/ca.pem --inputs sub2
check "the reason names the file" grep -q '^FAIL input differs: workers.csv: ' "$tmp/out"
rm sub2/contracts/C-1.txt
"$bin" verify report.xlsx --ca k/ca.pem --inputs sub2 >"$tmp/out" 2>&1
rc=$?
check "changed and missing inputs: exit 1, one line each" \
    bash -c "[ $rc -eq 1 ] && [ \$(grep -c '^FAIL ' '$tmp/out') -eq 2 ] &&
             grep -q '^FAIL input missing: contracts/C-1.txt' '$tmp/out'"

# Usage and unusable input.
"$bin" verify report.xlsx >/dev/null 2>&1
check "verify without --ca: exit 2" [ $? -eq 2 ]
"$bin" verify nonexistent.xlsx --ca k/ca.pem >/dev/null 2>&1
check "verify of a missing report: exit 3" [ $? -eq 3 ]
"$bin" verify report.xlsx --ca nonexistent.pem >/dev/null 2>&1
check "verify with a missing CA file: exit 3" [ $? -eq 3 ]

# ---- the demo keys ------------------------------------------------------------------------
if [ -d "$keys" ]; then
    check "demo signer chains to the demo CA" \
        bash -c "openssl verify -purpose smimesign -CAfile '$keys/ca.pem' '$keys/signer.pem' >/dev/null 2>&1"
    "$helper" xlsx demo.xlsx sub "$keys/signer.key" "$keys/signer.pem" 2>/dev/null
    "$helper" sign "$keys/signer.key" "$keys/signer.pem" demo.xlsx demo.xlsx.p7s 2>"$tmp/out"
    check "demo key signs, verify accepts" verify_ok demo.xlsx --ca "$keys/ca.pem"
    check "verify prints DEMO in the signer" grep -q '^signer: .*DEMO' "$tmp/out"
    rm -f demo.xlsx.p7s
    RA_DEMO_PASS=$(head -n1 "$keys/demo-passphrase.txt") \
        "$helper" sign "$keys/signer-enc.key" "$keys/signer.pem" demo.xlsx demo.xlsx.p7s \
        env:RA_DEMO_PASS 2>"$tmp/out"
    check "encrypted demo key with --pass env:VAR" verify_ok demo.xlsx --ca "$keys/ca.pem"
    rm -f demo.xlsx.p7s
    "$helper" sign "$keys/signer-enc.key" "$keys/signer.pem" demo.xlsx demo.xlsx.p7s \
        "file:$keys/demo-passphrase.txt" 2>"$tmp/out"
    check "encrypted demo key with --pass file:PATH" verify_ok demo.xlsx --ca "$keys/ca.pem"
    rm -f demo.xlsx.p7s
    "$helper" sign "$keys/signer-enc.key" "$keys/signer.pem" demo.xlsx demo.xlsx.p7s \
        "$(head -n1 "$keys/demo-passphrase.txt")" 2>"$tmp/out" </dev/null
    rc=$?
    check "a plain passphrase value is refused (exit 2, nothing signed)" \
        bash -c "[ $rc -eq 2 ] && grep -q 'never given on the command line' '$tmp/out' &&
                 [ ! -e demo.xlsx.p7s ]"
    RA_DEMO_PASS=wrong "$helper" sign "$keys/signer-enc.key" "$keys/signer.pem" demo.xlsx \
        demo.xlsx.p7s env:RA_DEMO_PASS 2>"$tmp/out"
    rc=$?
    check "a wrong passphrase: exit 3, nothing signed" \
        bash -c "[ $rc -eq 3 ] && grep -q 'wrong passphrase' '$tmp/out' && [ ! -e demo.xlsx.p7s ]"
    check "stock openssl reads the encrypted demo key with the demo passphrase" \
        bash -c "openssl pkey -in '$keys/signer-enc.key' -passin 'file:$keys/demo-passphrase.txt' -noout 2>/dev/null"
else
    fail "no demo keys: $keys"
fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
