/* test_sign.c — signing (reports/sign.c) and verification (reports/verify.c)
 * on certificates made here with OpenSSL's C API:
 *   - our signature verifies with ours and with the stock `openssl cms
 *     -verify -binary -inform DER`; one made by `openssl cms -sign -binary
 *     -outform DER` verifies with ours;
 *   - tampering: one byte of the report, one byte of the signature, a
 *     truncated or missing signature, a signer of another CA, expired and
 *     not-yet-valid certificates, wrong key usage, a key that does not match
 *     the certificate, a manifest naming another signer, inputs changed,
 *     missing or with escaping paths: each fails with its own reason;
 *   - validity at the signing time (a past signing time, expired now);
 *   - keys: encrypted with --pass env:VAR and file:PATH, a plain value
 *     refused, a wrong passphrase, a key not matching the certificate;
 *   - the manifest read back from an xlsx written here with libxlsxwriter.
 *
 * Helper modes for tests/e2e/signing.sh (not tests themselves):
 *   test_sign sign KEY CERT CONTENT SIG [PASS_SRC|-] [CHAIN]
 *   test_sign xlsx OUT.xlsx DIR [KEY CERT]   a report-like xlsx whose manifest
 *                                            lists every file under DIR */
#include <CUnit/Basic.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>
#include <xlsxwriter.h>

#include "manifest.h"
#include "sign.h"
#include "verify.h"

/* ---- a small PKI ------------------------------------------------------------ */

#define DAY 86400L

typedef struct {
    EVP_PKEY *key;
    X509 *cert;
    char key_path[128], cert_path[128];
} ident;

static char g_dir[64];
static ident g_ca, g_signer, g_signer2, g_other_ca, g_other_signer, g_expired, g_future, g_kenc,
    g_ski_a, g_ski_b;
static bool g_have_openssl;

static void path_in(char *out, size_t size, const char *name)
{
    snprintf(out, size, "%s/%s", g_dir, name);
}

static bool add_ext(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(NULL, ctx, nid, value);
    bool ok = ext && X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    return ok;
}

/* A certificate valid from nb to na seconds from now. ku, eku may be NULL;
 * ski: "hash" or explicit hex. */
static X509 *mk_cert(EVP_PKEY *key, const char *cn, const ident *issuer, bool ca, long nb, long na,
                     const char *ku, const char *eku, const char *ski)
{
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    unsigned char serial[12];
    BIGNUM *bn = BN_new();
    bool ok = x && name && bn && RAND_bytes(serial, sizeof serial) == 1;
    serial[0] = (unsigned char)((serial[0] & 0x7F) | 1);
    ok = ok && BN_bin2bn(serial, sizeof serial, bn) &&
         BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) && X509_set_version(x, 2) &&
         X509_gmtime_adj(X509_getm_notBefore(x), nb) &&
         X509_gmtime_adj(X509_getm_notAfter(x), na) && X509_set_pubkey(x, key) &&
         X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8,
                                    (const unsigned char *)"recruitaudit unit test", -1, -1, 0) &&
         X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, (const unsigned char *)cn, -1, -1,
                                    0) &&
         X509_set_subject_name(x, name) &&
         X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer->cert) : name);
    X509V3_CTX ctx;
    X509V3_set_ctx(&ctx, issuer ? issuer->cert : x, x, NULL, NULL, 0);
    ok = ok && add_ext(x, &ctx, NID_basic_constraints, ca ? "critical,CA:TRUE" : "CA:FALSE");
    if (ku)
        ok = ok && add_ext(x, &ctx, NID_key_usage, ku);
    if (eku)
        ok = ok && add_ext(x, &ctx, NID_ext_key_usage, eku);
    ok = ok && add_ext(x, &ctx, NID_subject_key_identifier, ski ? ski : "hash") &&
         X509_sign(x, issuer ? issuer->key : key, EVP_sha256()) > 0;
    X509_NAME_free(name);
    BN_free(bn);
    if (!ok) {
        ERR_print_errors_fp(stderr);
        X509_free(x);
        return NULL;
    }
    return x;
}

static bool write_ident(ident *id, const char *stem)
{
    char name[64];
    snprintf(name, sizeof name, "%s.key", stem);
    path_in(id->key_path, sizeof id->key_path, name);
    snprintf(name, sizeof name, "%s.pem", stem);
    path_in(id->cert_path, sizeof id->cert_path, name);
    int fd = open(id->key_path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FILE *k = fd >= 0 ? fdopen(fd, "w") : NULL;
    FILE *c = fopen(id->cert_path, "w");
    bool ok = k && c && PEM_write_PrivateKey(k, id->key, NULL, NULL, 0, NULL, NULL) &&
              PEM_write_X509(c, id->cert);
    if (k)
        fclose(k);
    if (c)
        fclose(c);
    return ok;
}

static bool make_ident(ident *id, const char *stem, const char *cn, const ident *issuer, bool ca,
                       long nb, long na, const char *ku, const char *eku, const char *ski)
{
    id->key = EVP_EC_gen("P-256");
    id->cert = id->key ? mk_cert(id->key, cn, issuer, ca, nb, na, ku, eku, ski) : NULL;
    return id->cert && write_ident(id, stem);
}

static void free_ident(ident *id)
{
    EVP_PKEY_free(id->key);
    X509_free(id->cert);
}

#define SIGNER_KU "critical,digitalSignature"
#define SAME_SKI "01:02:03:04:05:06:07:08:09:0A:0B:0C:0D:0E:0F:10:11:12:13:14"

static int suite_init(void)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/ra_sign_XXXXXX");
    if (!mkdtemp(g_dir))
        return 1;
    const char *ca_ku = "critical,keyCertSign,cRLSign";
    bool ok =
        make_ident(&g_ca, "ca", "Test CA", NULL, true, -100 * DAY, 3650 * DAY, ca_ku, NULL, NULL) &&
        make_ident(&g_signer, "signer", "Test Signer José", &g_ca, false, -DAY, 365 * DAY,
                   SIGNER_KU, NULL, NULL) &&
        make_ident(&g_signer2, "signer2", "Second Signer", &g_ca, false, -DAY, 365 * DAY, SIGNER_KU,
                   NULL, NULL) &&
        make_ident(&g_other_ca, "other_ca", "Other CA", NULL, true, -DAY, 3650 * DAY, ca_ku, NULL,
                   NULL) &&
        make_ident(&g_other_signer, "other_signer", "Other Signer", &g_other_ca, false, -DAY,
                   365 * DAY, SIGNER_KU, NULL, NULL) &&
        make_ident(&g_expired, "expired", "Expired Signer", &g_ca, false, -20 * DAY, -10 * DAY,
                   SIGNER_KU, NULL, NULL) &&
        make_ident(&g_future, "future", "Future Signer", &g_ca, false, 10 * DAY, 20 * DAY,
                   SIGNER_KU, NULL, NULL) &&
        make_ident(&g_kenc, "kenc", "Encipherment Only", &g_ca, false, -DAY, 365 * DAY,
                   "critical,keyEncipherment", NULL, NULL) &&
        make_ident(&g_ski_a, "ski_a", "Key A", &g_ca, false, -DAY, 365 * DAY, SIGNER_KU, NULL,
                   SAME_SKI) &&
        make_ident(&g_ski_b, "ski_b", "Key B", &g_ca, false, -DAY, 365 * DAY, SIGNER_KU, NULL,
                   SAME_SKI);
    g_have_openssl = system("openssl version >/dev/null 2>&1") == 0;
    return ok ? 0 : 1;
}

static int suite_clean(void)
{
    ident *all[] = {&g_ca,      &g_signer, &g_signer2, &g_other_ca, &g_other_signer,
                    &g_expired, &g_future, &g_kenc,    &g_ski_a,    &g_ski_b};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++)
        free_ident(all[i]);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_dir);
    return system(cmd) == 0 ? 0 : 1;
}

/* ---- files, reports, signatures ------------------------------------------------ */

static void put(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

static long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long)st.st_size : -1;
}

static void flip_byte(const char *path, long offset)
{
    FILE *f = fopen(path, "r+b");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fseek(f, offset, SEEK_SET);
    int c = fgetc(f);
    fseek(f, offset, SEEK_SET);
    fputc(c ^ 0x01, f);
    fclose(f);
}

static int g_prop_errors;

static void prop_cb(void *ctx, const char *name, const char *value)
{
    /* Empty values are simply left out. */
    if (*value && workbook_set_custom_property_string(ctx, name, value) != LXW_NO_ERROR)
        g_prop_errors++;
}

/* A small xlsx carrying m as custom document properties, as the report
 * writer does. */
static bool make_xlsx(const char *path, const ra_manifest *m)
{
    lxw_workbook *wb = workbook_new(path);
    if (!wb)
        return false;
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Manifest");
    worksheet_write_string(ws, 0, 0, "recruitaudit test report", NULL);
    g_prop_errors = 0;
    ra_manifest_properties(m, prop_cb, wb);
    return workbook_close(wb) == LXW_NO_ERROR && g_prop_errors == 0;
}

/* A submission folder with three inputs, and a manifest listing them. */
static void make_inputs(const char *sub, ra_manifest *m)
{
    char p[256];
    mkdir(sub, 0755);
    snprintf(p, sizeof p, "%s/contracts", sub);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/agencies.csv", sub);
    put(p, "agency_id,name\nAG1,Agency One\n");
    snprintf(p, sizeof p, "%s/workers.csv", sub);
    put(p, "worker_id,agency_id\nW1,AG1\n");
    snprintf(p, sizeof p, "%s/contracts/C-1.txt", sub);
    put(p, "The employer shall not retain the passport.\n");
    memset(m, 0, sizeof *m);
    snprintf(m->engine_version, sizeof m->engine_version, "0.1.0");
    snprintf(m->rules_sha256, sizeof m->rules_sha256, "%064d", 7);
    snprintf(m->profile, sizeof m->profile, "baseline");
    snprintf(m->as_of, sizeof m->as_of, "2025-12-01");
    snprintf(m->case_ref, sizeof m->case_ref, "CASE-42 <A&B>");
    snprintf(m->inspector, sizeof m->inspector, "Inés \"Q\" O'Neil");
    const char *rel[] = {"agencies.csv", "workers.csv", "contracts/C-1.txt"};
    m->files = calloc(3, sizeof *m->files);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m->files);
    m->nfiles = 3;
    for (int i = 0; i < 3; i++) {
        ra_error err;
        snprintf(m->files[i].path, sizeof m->files[i].path, "%s", rel[i]);
        snprintf(p, sizeof p, "%s/%s", sub, rel[i]);
        CU_ASSERT_EQUAL(ra_file_sha256(p, m->files[i].sha256, &m->files[i].size, &err), RA_OK);
    }
}

/* Signs with OpenSSL's CMS API directly (no checks on the certificate), as
 * a forger or another tool would: signing_time 0 lets OpenSSL add the
 * current time, otherwise that many seconds from now; extra is added to the
 * certificates; keyid_nocerts identifies the signer by key identifier and
 * leaves its certificate out. */
static bool raw_sign(const ident *id, const char *content, const char *sig, long signing_time,
                     const ident *extra, bool keyid_nocerts)
{
    BIO *in = BIO_new_file(content, "rb");
    CMS_ContentInfo *cms =
        CMS_sign(NULL, NULL, NULL, NULL, CMS_PARTIAL | CMS_BINARY | CMS_DETACHED);
    unsigned flags = CMS_BINARY | CMS_CADES | (keyid_nocerts ? CMS_USE_KEYID | CMS_NOCERTS : 0);
    CMS_SignerInfo *si = cms ? CMS_add1_signer(cms, id->cert, id->key, EVP_sha256(), flags) : NULL;
    bool ok = in && si;
    if (ok && signing_time) {
        ASN1_TIME *t = X509_gmtime_adj(NULL, signing_time);
        ok = t && CMS_signed_add1_attr_by_NID(si, NID_pkcs9_signingTime, t->type, t, -1);
        ASN1_TIME_free(t);
    }
    if (ok && extra)
        ok = CMS_add1_cert(cms, extra->cert);
    ok = ok && CMS_final(cms, in, NULL, CMS_BINARY | CMS_DETACHED);
    BIO *out = ok ? BIO_new_file(sig, "wb") : NULL;
    ok = out && i2d_CMS_bio(out, cms);
    BIO_free(out);
    BIO_free(in);
    CMS_ContentInfo_free(cms);
    if (!ok)
        ERR_print_errors_fp(stderr);
    return ok;
}

/* Signs content with our API. */
static ra_status our_sign(const ident *id, const char *content, const char *sig)
{
    ra_signer *s = NULL;
    ra_error err;
    ra_status st = ra_signer_load(id->key_path, id->cert_path, NULL, NULL, &s, &err);
    if (st == RA_OK)
        st = ra_sign_file(s, content, sig, &err);
    if (st != RA_OK)
        fprintf(stderr, "\n  sign: %s: %s\n", err.file, err.msg);
    ra_signer_free(s);
    return st;
}

typedef struct {
    const char *report, *sig, *ca, *inputs;
    bool at_signing_time;
} vq;

/* Verifies and returns a bit mask of the failed checks (0: authentic); -1
 * when the verification could not run. */
static long run_verify(vq q, ra_verify_result *keep)
{
    ra_verify_opts o = {.report = q.report,
                        .sig = q.sig,
                        .ca_file = q.ca ? q.ca : g_ca.cert_path,
                        .inputs_dir = q.inputs,
                        .at_signing_time = q.at_signing_time};
    ra_verify_result r;
    ra_error err;
    ra_error_clear(&err);
    if (ra_verify_report(&o, &r, &err) != RA_OK) {
        fprintf(stderr, "\n  verify: %s: %s\n", err.file, err.msg);
        ra_verify_result_free(&r);
        return -1;
    }
    long mask = 0;
    for (size_t i = 0; i < r.nfailures; i++) {
        mask |= 1L << r.failures[i].check;
        if (getenv("RA_TEST_VERBOSE"))
            fprintf(stderr, "\n  %s: %s", ra_verify_check_code(r.failures[i].check),
                    r.failures[i].detail);
    }
    CU_ASSERT_EQUAL(r.authentic, mask == 0);
    if (keep)
        *keep = r;
    else
        ra_verify_result_free(&r);
    return mask;
}

#define BIT(c) (1L << (c))

static char g_report[128], g_sig[160], g_sub[128];
static ra_manifest g_manifest;

/* The report of most tests: an xlsx naming g_signer, signed by it. */
static void fresh_report(void)
{
    path_in(g_sub, sizeof g_sub, "sub");
    path_in(g_report, sizeof g_report, "report.xlsx");
    snprintf(g_sig, sizeof g_sig, "%s.p7s", g_report);
    ra_manifest_free(&g_manifest);
    make_inputs(g_sub, &g_manifest);
    ra_signer *s = NULL;
    ra_error err;
    CU_ASSERT_EQUAL_FATAL(
        ra_signer_load(g_signer.key_path, g_signer.cert_path, NULL, NULL, &s, &err), RA_OK);
    ra_signer_describe(s, g_manifest.signer_subject, g_manifest.signer_sha256);
    CU_ASSERT_FATAL(make_xlsx(g_report, &g_manifest));
    CU_ASSERT_EQUAL_FATAL(ra_sign_file(s, g_report, g_sig, &err), RA_OK);
    ra_signer_free(s);
}

/* ---- tests ---------------------------------------------------------------------- */

static void test_roundtrip(void)
{
    fresh_report();
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .inputs = g_sub}, &r), 0);
    CU_ASSERT(r.signer_found);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.subject, "CN = Test Signer José"));
    CU_ASSERT_PTR_NOT_NULL(strstr(r.issuer, "CN = Test CA"));
    CU_ASSERT(r.has_signing_time);
    CU_ASSERT(r.has_ess);
    CU_ASSERT_STRING_EQUAL(r.sha256, g_manifest.signer_sha256);
    CU_ASSERT_EQUAL(r.manifest_state, RA_MANIFEST_FOUND);
    CU_ASSERT_STRING_EQUAL(r.manifest.profile, "baseline");
    CU_ASSERT_STRING_EQUAL(r.manifest.as_of, "2025-12-01");
    CU_ASSERT_STRING_EQUAL(r.manifest.case_ref, "CASE-42 <A&B>");
    CU_ASSERT_STRING_EQUAL(r.manifest.inspector, "Inés \"Q\" O'Neil");
    CU_ASSERT_STRING_EQUAL(r.manifest.signer_subject, g_manifest.signer_subject);
    CU_ASSERT_EQUAL(r.manifest.nfiles, 3);
    CU_ASSERT_EQUAL(r.inputs_checked, 3);
    if (r.manifest.nfiles == 3) {
        CU_ASSERT_STRING_EQUAL(r.manifest.files[2].path, "contracts/C-1.txt");
        CU_ASSERT_STRING_EQUAL(r.manifest.files[2].sha256, g_manifest.files[2].sha256);
        CU_ASSERT_EQUAL(r.manifest.files[2].size, g_manifest.files[2].size);
    }
    ra_verify_result_free(&r);
    /* The signature is DER, binary, detached: the stock tool accepts it. */
    if (g_have_openssl) {
        char cmd[600];
        snprintf(cmd, sizeof cmd,
                 "openssl cms -verify -binary -inform DER -in '%s' -content '%s' -CAfile '%s' "
                 "-out /dev/null 2>/dev/null",
                 g_sig, g_report, g_ca.cert_path);
        CU_ASSERT_EQUAL(system(cmd), 0);
    }
}

static void test_describe(void)
{
    ra_signer *s = NULL;
    ra_error err;
    CU_ASSERT_EQUAL_FATAL(
        ra_signer_load(g_signer.key_path, g_signer.cert_path, NULL, NULL, &s, &err), RA_OK);
    char subject[RA_SIGNER_SUBJECT_MAX], hex[RA_SIGNER_SHA256_MAX], want[65];
    ra_signer_describe(s, subject, hex);
    CU_ASSERT_STRING_EQUAL(subject, "O = recruitaudit unit test, CN = Test Signer José");
    unsigned char md[32];
    unsigned n = 0;
    X509_digest(g_signer.cert, EVP_sha256(), md, &n);
    for (unsigned i = 0; i < 32; i++)
        snprintf(want + 2 * i, 3, "%02x", md[i]);
    CU_ASSERT_STRING_EQUAL(hex, want);
    ra_signer_free(s);
}

static void test_openssl_signed(void)
{
    if (!g_have_openssl)
        return;
    fresh_report();
    /* A report whose manifest names no signer, signed by the stock tool with
     * another certificate of the same CA (no -cades: no ESS attribute). */
    char report[128], sig[160], cmd[800];
    path_in(report, sizeof report, "plain.xlsx");
    snprintf(sig, sizeof sig, "%s.p7s", report);
    ra_manifest m = g_manifest;
    m.signer_subject[0] = m.signer_sha256[0] = '\0';
    CU_ASSERT_FATAL(make_xlsx(report, &m));
    snprintf(cmd, sizeof cmd,
             "openssl cms -sign -binary -outform DER -in '%s' -signer '%s' -inkey '%s' -out '%s'",
             report, g_signer2.cert_path, g_signer2.key_path, sig);
    CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = report, .inputs = g_sub}, &r), 0);
    CU_ASSERT_PTR_NOT_NULL(strstr(r.subject, "Second Signer"));
    CU_ASSERT(r.has_signing_time);
    CU_ASSERT(!r.has_ess);
    ra_verify_result_free(&r);
    /* The report naming g_signer, signed by g_signer2: the signature holds,
     * but it is not the signer the report claims. */
    snprintf(cmd, sizeof cmd,
             "openssl cms -sign -binary -outform DER -cades -in '%s' -signer '%s' -inkey '%s' "
             "-out '%s'",
             g_report, g_signer2.cert_path, g_signer2.key_path, sig);
    CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .sig = sig}, NULL),
                    BIT(RA_VERIFY_SIGNER_MISMATCH));
}

static void test_report_altered(void)
{
    fresh_report();
    flip_byte(g_report, file_size(g_report) / 2);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_REPORT_ALTERED));
}

static void test_signature_altered(void)
{
    fresh_report();
    /* The last bytes of the DER are the signature value. */
    flip_byte(g_sig, file_size(g_sig) - 8);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_SIG_ALTERED));
    /* Truncated, by one byte or by half. */
    fresh_report();
    CU_ASSERT_EQUAL(truncate(g_sig, file_size(g_sig) - 1), 0);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_SIG_ALTERED));
    CU_ASSERT_EQUAL(truncate(g_sig, file_size(g_sig) / 2), 0);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_SIG_ALTERED));
    /* Bytes appended after the structure. */
    fresh_report();
    FILE *f = fopen(g_sig, "ab");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("junk", f);
    fclose(f);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_SIG_ALTERED));
    /* Not a signature at all. */
    put(g_sig, "-----BEGIN CMS-----\n");
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_SIG_ALTERED));
}

static void test_signature_missing(void)
{
    fresh_report();
    CU_ASSERT_EQUAL(unlink(g_sig), 0);
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, &r), BIT(RA_VERIFY_SIG_MISSING));
    /* The manifest is still shown. */
    CU_ASSERT_EQUAL(r.manifest_state, RA_MANIFEST_FOUND);
    CU_ASSERT(!r.report_authentic);
    ra_verify_result_free(&r);
}

static void test_untrusted(void)
{
    fresh_report();
    CU_ASSERT_EQUAL(our_sign(&g_other_signer, g_report, g_sig), RA_OK);
    /* Untrusted, and not the signer the report names. */
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL),
                    BIT(RA_VERIFY_UNTRUSTED) | BIT(RA_VERIFY_SIGNER_MISMATCH));
    /* Our signer, checked against a CA file that is not its issuer. */
    fresh_report();
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .ca = g_other_ca.cert_path}, NULL),
                    BIT(RA_VERIFY_UNTRUSTED));
}

static void test_validity(void)
{
    fresh_report();
    ra_manifest m = g_manifest;
    m.signer_subject[0] = m.signer_sha256[0] = '\0';
    CU_ASSERT_FATAL(make_xlsx(g_report, &m));
    /* Our API refuses to sign with an expired or not yet valid certificate. */
    CU_ASSERT_EQUAL(our_sign(&g_expired, g_report, g_sig), RA_ERR_INPUT);
    CU_ASSERT_EQUAL(our_sign(&g_future, g_report, g_sig), RA_ERR_INPUT);
    /* Signed anyway (by another tool): each fails with its own reason. */
    CU_ASSERT_FATAL(raw_sign(&g_expired, g_report, g_sig, 0, NULL, false));
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_EXPIRED));
    CU_ASSERT_FATAL(raw_sign(&g_future, g_report, g_sig, 0, NULL, false));
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_NOT_YET_VALID));
    /* Signed 15 days ago, when the certificate was valid: expired now, good
     * at the signing time. */
    CU_ASSERT_FATAL(raw_sign(&g_expired, g_report, g_sig, -15 * DAY, NULL, false));
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_EXPIRED));
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .at_signing_time = true}, &r), 0);
    CU_ASSERT_STRING_EQUAL(r.checked_at, r.signing_time);
    ra_verify_result_free(&r);
    /* A signing time after the expiry does not help. */
    CU_ASSERT_FATAL(raw_sign(&g_expired, g_report, g_sig, -5 * DAY, NULL, false));
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .at_signing_time = true}, NULL),
                    BIT(RA_VERIFY_EXPIRED));
}

static void test_key_usage(void)
{
    fresh_report();
    ra_manifest m = g_manifest;
    m.signer_subject[0] = m.signer_sha256[0] = '\0';
    CU_ASSERT_FATAL(make_xlsx(g_report, &m));
    CU_ASSERT_EQUAL(our_sign(&g_kenc, g_report, g_sig), RA_ERR_INPUT);
    CU_ASSERT_FATAL(raw_sign(&g_kenc, g_report, g_sig, 0, NULL, false));
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_KEY_USAGE));
}

static void test_wrong_key(void)
{
    fresh_report();
    ra_manifest m = g_manifest;
    m.signer_subject[0] = m.signer_sha256[0] = '\0';
    CU_ASSERT_FATAL(make_xlsx(g_report, &m));
    /* Our API refuses a key that does not match the certificate. */
    ra_signer *s = NULL;
    ra_error err;
    CU_ASSERT_EQUAL(ra_signer_load(g_signer2.key_path, g_signer.cert_path, NULL, NULL, &s, &err),
                    RA_ERR_INPUT);
    CU_ASSERT_PTR_NULL(s);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "does not match"));
    /* Key A signs; the signature carries certificate B, which has the same
     * key identifier but another key. */
    CU_ASSERT_FATAL(raw_sign(&g_ski_a, g_report, g_sig, 0, &g_ski_b, true));
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, &r), BIT(RA_VERIFY_WRONG_KEY));
    CU_ASSERT_PTR_NOT_NULL(strstr(r.subject, "Key B"));
    ra_verify_result_free(&r);
    /* Without any signer certificate in the signature: untrusted. */
    CU_ASSERT_FATAL(raw_sign(&g_ski_a, g_report, g_sig, 0, NULL, true));
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), BIT(RA_VERIFY_UNTRUSTED));
}

static void test_inputs(void)
{
    fresh_report();
    char p[256];
    snprintf(p, sizeof p, "%s/workers.csv", g_sub);
    put(p, "worker_id,agency_id\nW1,AG2\n");
    snprintf(p, sizeof p, "%s/contracts/C-1.txt", g_sub);
    CU_ASSERT_EQUAL(unlink(p), 0);
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .inputs = g_sub}, &r),
                    BIT(RA_VERIFY_INPUT_DIFFERS) | BIT(RA_VERIFY_INPUT_MISSING));
    CU_ASSERT_EQUAL(r.nfailures, 2);
    CU_ASSERT(r.report_authentic); /* the report itself is authentic */
    for (size_t i = 0; i < r.nfailures; i++)
        CU_ASSERT_PTR_NOT_NULL(strstr(
            r.failures[i].detail,
            r.failures[i].check == RA_VERIFY_INPUT_DIFFERS ? "workers.csv" : "contracts/C-1.txt"));
    ra_verify_result_free(&r);
    /* Without --inputs the inputs are not looked at. */
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), 0);
    /* Paths that escape the submission are refused, not read. */
    fresh_report();
    snprintf(g_manifest.files[0].path, sizeof g_manifest.files[0].path, "../sub/agencies.csv");
    snprintf(g_manifest.files[1].path, sizeof g_manifest.files[1].path, "%s/workers.csv", g_sub);
    CU_ASSERT_FATAL(make_xlsx(g_report, &g_manifest));
    CU_ASSERT_EQUAL(our_sign(&g_signer, g_report, g_sig), RA_OK);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report, .inputs = g_sub}, &r),
                    BIT(RA_VERIFY_INPUT_PATH));
    CU_ASSERT_EQUAL(r.nfailures, 2);
    CU_ASSERT_EQUAL(r.inputs_checked, 1);
    ra_verify_result_free(&r);
}

static void test_manifest_absent(void)
{
    /* A signed file that is no xlsx: authentic, no manifest; with inputs to
     * check, a failure. */
    char content[128], sig[160];
    path_in(content, sizeof content, "plain.txt");
    snprintf(sig, sizeof sig, "%s.p7s", content);
    put(content, "line one\r\nline two\n");
    CU_ASSERT_EQUAL(our_sign(&g_signer, content, sig), RA_OK);
    ra_verify_result r;
    CU_ASSERT_EQUAL(run_verify((vq){.report = content}, &r), 0);
    CU_ASSERT_EQUAL(r.manifest_state, RA_MANIFEST_INVALID);
    ra_verify_result_free(&r);
    path_in(g_sub, sizeof g_sub, "sub");
    CU_ASSERT_EQUAL(run_verify((vq){.report = content, .inputs = g_sub}, NULL),
                    BIT(RA_VERIFY_MANIFEST));
    /* An xlsx without our properties. */
    lxw_workbook *wb = workbook_new(content);
    CU_ASSERT_PTR_NOT_NULL_FATAL(wb);
    workbook_add_worksheet(wb, NULL);
    CU_ASSERT_EQUAL(workbook_close(wb), LXW_NO_ERROR);
    CU_ASSERT_EQUAL(our_sign(&g_signer, content, sig), RA_OK);
    CU_ASSERT_EQUAL(run_verify((vq){.report = content}, &r), 0);
    CU_ASSERT_EQUAL(r.manifest_state, RA_MANIFEST_ABSENT);
    ra_verify_result_free(&r);
}

static void test_verify_errors(void)
{
    fresh_report();
    ra_verify_opts o = {.report = g_report, .ca_file = "/nonexistent/ca.pem"};
    ra_verify_result r;
    ra_error err;
    CU_ASSERT_EQUAL(ra_verify_report(&o, &r, &err), RA_ERR_INPUT);
    ra_verify_result_free(&r);
    o.ca_file = g_report; /* not PEM */
    CU_ASSERT_EQUAL(ra_verify_report(&o, &r, &err), RA_ERR_INPUT);
    ra_verify_result_free(&r);
    o.ca_file = g_ca.cert_path;
    o.report = "/nonexistent/report.xlsx";
    CU_ASSERT_EQUAL(ra_verify_report(&o, &r, &err), RA_ERR_INPUT);
    ra_verify_result_free(&r);
    o.report = g_report;
    o.inputs_dir = "/nonexistent/dir";
    CU_ASSERT_EQUAL(ra_verify_report(&o, &r, &err), RA_ERR_INPUT);
    ra_verify_result_free(&r);
}

static void test_passphrases(void)
{
    char enc[128], passfile[128], content[128], sig[160];
    path_in(enc, sizeof enc, "signer-enc.key");
    path_in(passfile, sizeof passfile, "pass.txt");
    path_in(content, sizeof content, "plain.txt");
    snprintf(sig, sizeof sig, "%s.p7s", content);
    put(content, "content\n");
    int fd = open(enc, O_WRONLY | O_CREAT | O_TRUNC, 0600);
    FILE *f = fdopen(fd, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT(PEM_write_PKCS8PrivateKey(f, g_signer.key, EVP_aes_256_cbc(), NULL, 0, NULL,
                                        (void *)"correct horse"));
    fclose(f);
    put(passfile, "correct horse\r\nsecond line ignored\n");
    chmod(passfile, 0600);

    ra_signer *s = NULL;
    ra_error err;
    setenv("RA_TEST_PASS", "correct horse", 1);
    CU_ASSERT_EQUAL(ra_signer_load(enc, g_signer.cert_path, NULL, "env:RA_TEST_PASS", &s, &err),
                    RA_OK);
    CU_ASSERT_PTR_NOT_NULL(s);
    if (s)
        CU_ASSERT_EQUAL(ra_sign_file(s, content, sig, &err), RA_OK);
    ra_signer_free(s);
    CU_ASSERT_EQUAL(run_verify((vq){.report = content}, NULL), 0);

    char uri[160];
    snprintf(uri, sizeof uri, "file:%s", enc);
    char pass_src[160];
    snprintf(pass_src, sizeof pass_src, "file:%s", passfile);
    s = NULL;
    CU_ASSERT_EQUAL(ra_signer_load(uri, g_signer.cert_path, NULL, pass_src, &s, &err), RA_OK);
    ra_signer_free(s);

    /* A plain value is refused before anything is read. */
    s = NULL;
    CU_ASSERT_EQUAL(ra_signer_load(enc, g_signer.cert_path, NULL, "correct horse", &s, &err),
                    RA_ERR_USAGE);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "env:VAR or file:PATH"));
    CU_ASSERT_EQUAL(ra_signer_load(enc, g_signer.cert_path, NULL, "pass:x", &s, &err),
                    RA_ERR_USAGE);
    CU_ASSERT_EQUAL(ra_signer_load(enc, g_signer.cert_path, NULL, "env:", &s, &err), RA_ERR_USAGE);
    /* Wrong passphrase, unset variable, missing file. */
    setenv("RA_TEST_PASS", "wrong horse", 1);
    CU_ASSERT_EQUAL(ra_signer_load(enc, g_signer.cert_path, NULL, "env:RA_TEST_PASS", &s, &err),
                    RA_ERR_INPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "passphrase"));
    unsetenv("RA_TEST_PASS");
    CU_ASSERT_EQUAL(ra_signer_load(enc, g_signer.cert_path, NULL, "env:RA_TEST_PASS", &s, &err),
                    RA_ERR_INPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "not set"));
    CU_ASSERT_EQUAL(
        ra_signer_load(enc, g_signer.cert_path, NULL, "file:/nonexistent/pass", &s, &err),
        RA_ERR_INPUT);
    CU_ASSERT_PTR_NULL(s);
    /* A key that is not encrypted needs no passphrase, whatever --pass says. */
    CU_ASSERT_EQUAL(
        ra_signer_load(g_signer.key_path, g_signer.cert_path, NULL, "env:RA_TEST_UNSET", &s, &err),
        RA_OK);
    ra_signer_free(s);
}

static void test_load_errors(void)
{
    ra_signer *s = NULL;
    ra_error err;
    CU_ASSERT_EQUAL(ra_signer_load("/nonexistent.key", g_signer.cert_path, NULL, NULL, &s, &err),
                    RA_ERR_INPUT);
    CU_ASSERT_EQUAL(ra_signer_load(g_signer.key_path, "/nonexistent.pem", NULL, NULL, &s, &err),
                    RA_ERR_INPUT);
    /* A certificate file given as the key: no key there. */
    CU_ASSERT_EQUAL(ra_signer_load(g_signer.cert_path, g_signer.cert_path, NULL, NULL, &s, &err),
                    RA_ERR_INPUT);
    CU_ASSERT_PTR_NULL(s);
    /* With a chain: the CA certificate is carried in the signature. */
    CU_ASSERT_EQUAL(
        ra_signer_load(g_signer.key_path, g_signer.cert_path, g_ca.cert_path, NULL, &s, &err),
        RA_OK);
    fresh_report();
    CU_ASSERT_EQUAL(ra_sign_file(s, g_report, g_sig, &err), RA_OK);
    CU_ASSERT_EQUAL(run_verify((vq){.report = g_report}, NULL), 0);
    /* Writing into a missing folder fails and leaves nothing. */
    CU_ASSERT_EQUAL(ra_sign_file(s, g_report, "/nonexistent/dir/r.p7s", &err), RA_ERR_IO);
    /* A missing report: nothing signed, the old signature kept. */
    long before = file_size(g_sig);
    char missing[128];
    path_in(missing, sizeof missing, "missing.xlsx");
    CU_ASSERT_EQUAL(ra_sign_file(s, missing, g_sig, &err), RA_ERR_IO);
    CU_ASSERT_EQUAL(file_size(g_sig), before);
    ra_signer_free(s);
    /* The signature is readable by others, the key file stays as it was. */
    struct stat st;
    CU_ASSERT_EQUAL(stat(g_sig, &st), 0);
    CU_ASSERT_EQUAL(st.st_mode & 0777, 0644);
}

/* ---- helper modes for tests/e2e/signing.sh ----------------------------------------- */

static int exit_for(ra_status st)
{
    return st == RA_OK          ? 0
           : st == RA_ERR_USAGE ? 2
           : st == RA_ERR_INPUT ? 3
           : st == RA_ERR_IO    ? 4
                                : 70;
}

static int helper_sign(int argc, char **argv)
{
    if (argc < 6)
        return 2;
    const char *pass = argc > 6 && strcmp(argv[6], "-") ? argv[6] : NULL;
    const char *chain = argc > 7 ? argv[7] : NULL;
    ra_signer *s = NULL;
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_signer_load(argv[2], argv[3], chain, pass, &s, &err);
    if (st == RA_OK)
        st = ra_sign_file(s, argv[4], argv[5], &err);
    ra_signer_free(s);
    if (st != RA_OK) {
        char msg[RA_ERROR_MSG_MAX + RA_ERROR_FILE_MAX + 8];
        ra_error_format(&err, msg, sizeof msg);
        fprintf(stderr, "error: %s\n", msg);
    }
    return exit_for(st);
}

static void list_files(const char *root, const char *rel, ra_manifest *m)
{
    char path[600];
    snprintf(path, sizeof path, "%s%s%s", root, *rel ? "/" : "", rel);
    struct dirent **names;
    int n = scandir(path, &names, NULL, alphasort);
    for (int i = 0; i < n; i++) {
        const char *d = names[i]->d_name;
        char sub[300], full[900];
        snprintf(sub, sizeof sub, "%s%s%s", rel, *rel ? "/" : "", d);
        snprintf(full, sizeof full, "%s/%s", root, sub);
        struct stat st;
        if (d[0] != '.' && stat(full, &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                list_files(root, sub, m);
            } else if (S_ISREG(st.st_mode)) {
                ra_manifest_file *f = realloc(m->files, (m->nfiles + 1) * sizeof *f);
                if (f) {
                    m->files = f;
                    f += m->nfiles;
                    memset(f, 0, sizeof *f);
                    snprintf(f->path, sizeof f->path, "%.199s", sub);
                    ra_error err;
                    if (ra_file_sha256(full, f->sha256, &f->size, &err) == RA_OK)
                        m->nfiles++;
                }
            }
        }
        free(names[i]);
    }
    if (n >= 0)
        free(names);
}

static int helper_xlsx(int argc, char **argv)
{
    if (argc != 4 && argc != 6)
        return 2;
    ra_manifest m;
    memset(&m, 0, sizeof m);
    snprintf(m.engine_version, sizeof m.engine_version, "%s", RA_VERSION);
    snprintf(m.rules_sha256, sizeof m.rules_sha256, "%064d", 0);
    snprintf(m.profile, sizeof m.profile, "baseline");
    snprintf(m.as_of, sizeof m.as_of, "2025-12-01");
    snprintf(m.case_ref, sizeof m.case_ref, "E2E-1");
    list_files(argv[3], "", &m);
    if (argc == 6) {
        ra_signer *s = NULL;
        ra_error err;
        if (ra_signer_load(argv[4], argv[5], NULL, NULL, &s, &err) != RA_OK) {
            fprintf(stderr, "error: %s: %s\n", err.file, err.msg);
            ra_manifest_free(&m);
            return 3;
        }
        ra_signer_describe(s, m.signer_subject, m.signer_sha256);
        ra_signer_free(s);
    }
    lxw_workbook *wb = workbook_new(argv[2]);
    bool ok = wb != NULL;
    if (ok) {
        lxw_worksheet *ws = workbook_add_worksheet(wb, "Manifest");
        worksheet_write_string(ws, 0, 0, "recruitaudit e2e test report", NULL);
        g_prop_errors = 0;
        ra_manifest_properties(&m, prop_cb, wb);
        ok = workbook_close(wb) == LXW_NO_ERROR && g_prop_errors == 0;
    }
    ra_manifest_free(&m);
    return ok ? 0 : 4;
}

int main(int argc, char **argv)
{
    if (argc > 1 && !strcmp(argv[1], "sign"))
        return helper_sign(argc, argv);
    if (argc > 1 && !strcmp(argv[1], "xlsx"))
        return helper_xlsx(argc, argv);
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("sign", suite_init, suite_clean);
    CU_add_test(s, "sign and verify, stock openssl accepts ours", test_roundtrip);
    CU_add_test(s, "describe: subject and fingerprint", test_describe);
    CU_add_test(s, "signed by openssl cms -sign, verified by ours", test_openssl_signed);
    CU_add_test(s, "report altered", test_report_altered);
    CU_add_test(s, "signature altered, truncated, appended", test_signature_altered);
    CU_add_test(s, "signature missing", test_signature_missing);
    CU_add_test(s, "untrusted signer", test_untrusted);
    CU_add_test(s, "expired, not yet valid, at signing time", test_validity);
    CU_add_test(s, "wrong key usage", test_key_usage);
    CU_add_test(s, "key not matching the certificate", test_wrong_key);
    CU_add_test(s, "inputs differ, missing, escaping", test_inputs);
    CU_add_test(s, "no manifest", test_manifest_absent);
    CU_add_test(s, "unusable report, CA, inputs", test_verify_errors);
    CU_add_test(s, "passphrases: env, file, plain refused", test_passphrases);
    CU_add_test(s, "load errors, chain, atomic writes", test_load_errors);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed() +
                      (CU_get_number_of_suites_failed() ? 1 : 0);
    ra_manifest_free(&g_manifest);
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
