/* verify.c — checking a detached CMS signature over a report, the signer's
 * chain to a trusted CA, the manifest inside the xlsx (read by
 * verify_manifest.c) and, optionally, the input files. Every cryptographic check is OpenSSL's (CMS,
 * X509, ESS); the work here is to run them one by one so each failure gets its own reason. */
#include "verify.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

#include <openssl/bn.h>
#include <openssl/cms.h>
#include <openssl/err.h>
#include <openssl/ess.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include "filehash.h"
#include "ossl_text.h"
#include "verify_internal.h"

#define SIG_MAX_BYTES (16u << 20) /* a signature is a few KiB */

static const struct {
    const char *code, *title;
} CHECKS[RA_VERIFY_CHECK_COUNT] = {
    [RA_VERIFY_SIG_MISSING] = {"signature-missing", "signature missing"},
    [RA_VERIFY_SIG_ALTERED] = {"signature-altered", "signature altered or truncated"},
    [RA_VERIFY_REPORT_ALTERED] = {"report-altered", "report altered"},
    [RA_VERIFY_WRONG_KEY] = {"wrong-key", "key does not match the certificate"},
    [RA_VERIFY_UNTRUSTED] = {"untrusted-signer", "untrusted signer"},
    [RA_VERIFY_EXPIRED] = {"certificate-expired", "certificate expired"},
    [RA_VERIFY_NOT_YET_VALID] = {"certificate-not-yet-valid", "certificate not yet valid"},
    [RA_VERIFY_KEY_USAGE] = {"wrong-key-usage", "wrong key usage"},
    [RA_VERIFY_NO_SIGNING_TIME] = {"no-signing-time", "no signing time"},
    [RA_VERIFY_SIGNER_MISMATCH] = {"signer-mismatch", "signer differs from the manifest"},
    [RA_VERIFY_MANIFEST] = {"manifest-unreadable", "manifest missing or unreadable"},
    [RA_VERIFY_INPUT_DIFFERS] = {"input-differs", "input differs"},
    [RA_VERIFY_INPUT_MISSING] = {"input-missing", "input missing"},
    [RA_VERIFY_INPUT_PATH] = {"input-path-refused", "input path refused"},
};

const char *ra_verify_check_code(ra_verify_check c)
{
    return (unsigned)c < RA_VERIFY_CHECK_COUNT ? CHECKS[c].code : "unknown";
}

const char *ra_verify_check_title(ra_verify_check c)
{
    return (unsigned)c < RA_VERIFY_CHECK_COUNT ? CHECKS[c].title : "unknown";
}

/* ---- results --------------------------------------------------------------- */

static bool has_failure(const ra_verify_result *r, ra_verify_check c)
{
    for (size_t i = 0; i < r->nfailures; i++)
        if (r->failures[i].check == c)
            return true;
    return false;
}

/* Records a failure; with once, only the first of its kind is kept. */
__attribute__((format(printf, 4, 5))) static ra_status
add_failure(ra_verify_result *r, ra_verify_check c, bool once, const char *fmt, ...)
{
    if (once && has_failure(r, c))
        return RA_OK;
    ra_verify_failure *f = realloc(r->failures, (r->nfailures + 1) * sizeof *f);
    if (!f)
        return RA_ERR_NOMEM;
    r->failures = f;
    f += r->nfailures++;
    f->check = c;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(f->detail, sizeof f->detail, fmt, ap);
    va_end(ap);
    return RA_OK;
}

void ra_verify_result_free(ra_verify_result *r)
{
    if (!r)
        return;
    free(r->failures);
    r->failures = NULL;
    r->nfailures = 0;
    ra_manifest_free(&r->manifest);
}

static void time_iso(time_t t, char *buf, size_t size)
{
    struct tm tm;
    if (gmtime_r(&t, &tm))
        strftime(buf, size, "%Y-%m-%dT%H:%M:%SZ", &tm);
    else
        snprintf(buf, size, "(time out of range)");
}

/* Seconds since the epoch of an ASN1_TIME, without timegm(). */
static bool asn1_time_unix(const ASN1_TIME *t, time_t *out)
{
    ASN1_TIME *epoch = ASN1_TIME_set(NULL, 0);
    int days = 0, secs = 0;
    bool ok = epoch && ASN1_TIME_diff(&days, &secs, epoch, t);
    ASN1_TIME_free(epoch);
    if (ok)
        *out = (time_t)days * 86400 + secs;
    return ok;
}

static void name_oneline(const X509_NAME *name, char *buf, size_t size)
{
    buf[0] = '\0';
    BIO *b = BIO_new(BIO_s_mem());
    if (b && X509_NAME_print_ex(b, name, 0, XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB) >= 0) {
        char *data;
        long n = BIO_get_mem_data(b, &data);
        size_t len = n > 0 ? (size_t)n : 0;
        if (len > size - 1) {
            len = size - 1;
            while (len > 0 && ((unsigned char)data[len] & 0xC0) == 0x80)
                len--;
        }
        memcpy(buf, data, len);
        buf[len] = '\0';
    }
    BIO_free(b);
}

static void describe_signer(X509 *x, ra_verify_result *r)
{
    r->signer_found = true;
    name_oneline(X509_get_subject_name(x), r->subject, sizeof r->subject);
    name_oneline(X509_get_issuer_name(x), r->issuer, sizeof r->issuer);
    BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
    char *hex = bn ? BN_bn2hex(bn) : NULL;
    snprintf(r->serial, sizeof r->serial, "%s", hex ? hex : "(unreadable)");
    OPENSSL_free(hex);
    BN_free(bn);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (X509_digest(x, EVP_sha256(), md, &mdlen) && mdlen == 32)
        for (unsigned i = 0; i < mdlen; i++)
            snprintf(r->sha256 + 2 * i, 3, "%02x", md[i]);
    ra_asn1_time_iso(X509_get0_notBefore(x), r->not_before, sizeof r->not_before);
    ra_asn1_time_iso(X509_get0_notAfter(x), r->not_after, sizeof r->not_after);
    ERR_clear_error();
}

/* ---- inputs ------------------------------------------------------------------ */

/* A manifest path must stay inside the submission: relative, no "..". */
static bool safe_relative(const char *p)
{
    if (!*p || *p == '/')
        return false;
    for (const char *s = p; *s;) {
        const char *e = strchr(s, '/');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        if (n == 2 && s[0] == '.' && s[1] == '.')
            return false;
        s += n + (e != NULL);
    }
    return true;
}

static ra_status check_inputs(const char *dir, ra_verify_result *r)
{
    ra_status st = RA_OK;
    if (r->manifest_state != RA_MANIFEST_FOUND)
        return add_failure(r, RA_VERIFY_MANIFEST, true, "cannot check the inputs: %s",
                           r->manifest_error);
    for (size_t i = 0; i < r->manifest.nfiles && st == RA_OK; i++) {
        const ra_manifest_file *f = &r->manifest.files[i];
        if (!safe_relative(f->path)) {
            st = add_failure(r, RA_VERIFY_INPUT_PATH, false,
                             "%s: the manifest path is absolute or contains '..': refused, "
                             "inputs are read only inside %s",
                             f->path, dir);
            continue;
        }
        size_t len = strlen(dir) + strlen(f->path) + 2;
        char *path = malloc(len);
        if (!path)
            return RA_ERR_NOMEM;
        snprintf(path, len, "%s/%s", dir, f->path);
        struct stat sb;
        if (stat(path, &sb) != 0) {
            st = add_failure(r, RA_VERIFY_INPUT_MISSING, false, "%s: not found in %s (%s)", f->path,
                             dir, strerror(errno));
        } else if (!S_ISREG(sb.st_mode)) {
            st = add_failure(r, RA_VERIFY_INPUT_MISSING, false, "%s: not a regular file in %s",
                             f->path, dir);
        } else {
            char hex[RA_SHA256_HEX_MAX];
            uint64_t size = 0;
            ra_error e;
            ra_error_clear(&e);
            if (ra_file_sha256(path, hex, &size, &e) != RA_OK)
                st = add_failure(r, RA_VERIFY_INPUT_MISSING, false, "%s: cannot be read: %s",
                                 f->path, e.msg);
            else if (strcasecmp(hex, f->sha256) || size != f->size)
                st = add_failure(r, RA_VERIFY_INPUT_DIFFERS, false,
                                 "%s: SHA-256 %s, %llu bytes; the report was made from SHA-256 "
                                 "%s, %llu bytes",
                                 f->path, hex, (unsigned long long)size, f->sha256,
                                 (unsigned long long)f->size);
            r->inputs_checked++;
        }
        free(path);
    }
    return st;
}

/* ---- the signature ------------------------------------------------------------ */

typedef struct {
    ra_verify_result *r;
    ra_status st;
} chain_ctx;

/* Collects every chain error and lets verification go on, so that an
 * untrusted and expired certificate yields both reasons. */
static int chain_cb(int ok, X509_STORE_CTX *ctx)
{
    if (ok)
        return ok;
    chain_ctx *cc = X509_STORE_CTX_get_app_data(ctx);
    if (!cc)
        return ok;
    int e = X509_STORE_CTX_get_error(ctx);
    int depth = X509_STORE_CTX_get_error_depth(ctx);
    X509 *x = X509_STORE_CTX_get_current_cert(ctx);
    char who[300], when[40];
    char subject[256] = "?";
    if (x)
        name_oneline(X509_get_subject_name(x), subject, sizeof subject);
    snprintf(who, sizeof who, "%s certificate '%s'", depth ? "the CA" : "the signer", subject);
    ra_verify_result *r = cc->r;
    ra_status st = RA_OK;
    switch (e) {
    case X509_V_ERR_CERT_HAS_EXPIRED:
        ra_asn1_time_iso(x ? X509_get0_notAfter(x) : NULL, when, sizeof when);
        st = add_failure(r, RA_VERIFY_EXPIRED, true, "%s expired on %s (checked at %s)", who, when,
                         r->checked_at);
        break;
    case X509_V_ERR_CERT_NOT_YET_VALID:
        ra_asn1_time_iso(x ? X509_get0_notBefore(x) : NULL, when, sizeof when);
        st = add_failure(r, RA_VERIFY_NOT_YET_VALID, true,
                         "%s is valid only from %s (checked at %s)", who, when, r->checked_at);
        break;
    case X509_V_ERR_INVALID_PURPOSE:
    case X509_V_ERR_KEYUSAGE_NO_DIGITAL_SIGNATURE:
    case X509_V_ERR_KEYUSAGE_NO_CERTSIGN:
        st = add_failure(r, RA_VERIFY_KEY_USAGE, true,
                         "%s may not be used for signing documents (%s): a signer certificate "
                         "needs key usage digitalSignature and no extended key usage other than "
                         "emailProtection",
                         who, X509_verify_cert_error_string(e));
        break;
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT_LOCALLY:
    case X509_V_ERR_UNABLE_TO_GET_ISSUER_CERT:
    case X509_V_ERR_UNABLE_TO_VERIFY_LEAF_SIGNATURE:
    case X509_V_ERR_DEPTH_ZERO_SELF_SIGNED_CERT:
    case X509_V_ERR_SELF_SIGNED_CERT_IN_CHAIN:
    case X509_V_ERR_CERT_UNTRUSTED:
        st = add_failure(r, RA_VERIFY_UNTRUSTED, true,
                         "%s does not chain to a CA of the trusted CA file (%s)", who,
                         X509_verify_cert_error_string(e));
        break;
    default:
        st = add_failure(r, RA_VERIFY_UNTRUSTED, true, "%s: %s", who,
                         X509_verify_cert_error_string(e));
        break;
    }
    if (st != RA_OK)
        cc->st = st;
    return 1;
}

/* The ESS signing-certificate(-v2) attribute against the signer certificate:
 * -1 absent, 0 names another certificate (or unreadable), 1 matches. */
static int ess_check(CMS_SignerInfo *si, X509 *signer)
{
    const ASN1_STRING *v2 = CMS_signed_get0_data_by_OBJ(
        si, OBJ_nid2obj(NID_id_smime_aa_signingCertificateV2), -3, V_ASN1_SEQUENCE);
    const ASN1_STRING *v1 = CMS_signed_get0_data_by_OBJ(
        si, OBJ_nid2obj(NID_id_smime_aa_signingCertificate), -3, V_ASN1_SEQUENCE);
    bool any = CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1) >= 0 ||
               CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificate, -1) >= 0;
    ERR_clear_error();
    if (!any)
        return -1;
    if (!v1 && !v2)
        return 0;
    ESS_SIGNING_CERT *ss = NULL;
    ESS_SIGNING_CERT_V2 *ss2 = NULL;
    const unsigned char *p;
    if (v1) {
        p = ASN1_STRING_get0_data(v1);
        ss = d2i_ESS_SIGNING_CERT(NULL, &p, ASN1_STRING_length(v1));
    }
    if (v2) {
        p = ASN1_STRING_get0_data(v2);
        ss2 = d2i_ESS_SIGNING_CERT_V2(NULL, &p, ASN1_STRING_length(v2));
    }
    int ok = 0;
    STACK_OF(X509) *chain = sk_X509_new_null();
    if ((!v1 || ss) && (!v2 || ss2) && chain && sk_X509_push(chain, signer))
        ok = OSSL_ESS_check_signing_certs(ss, ss2, chain, 1) > 0;
    sk_X509_free(chain);
    ESS_SIGNING_CERT_free(ss);
    ESS_SIGNING_CERT_V2_free(ss2);
    ERR_clear_error();
    return ok;
}

/* Reads the whole signature file; NULL with *missing when it does not exist. */
static unsigned char *read_sig(const char *path, size_t *len, bool *missing, char *why,
                               size_t whysize)
{
    *missing = false;
    FILE *f = fopen(path, "rb");
    struct stat sb;
    if (!f || fstat(fileno(f), &sb) != 0) {
        *missing = errno == ENOENT || errno == ENOTDIR;
        snprintf(why, whysize, "%s", strerror(errno));
        if (f)
            fclose(f);
        return NULL;
    }
    if (!S_ISREG(sb.st_mode) || sb.st_size > (off_t)SIG_MAX_BYTES) {
        snprintf(why, whysize, "%s",
                 S_ISREG(sb.st_mode) ? "larger than any signature" : "not a file");
        fclose(f);
        return NULL;
    }
    size_t want = (size_t)sb.st_size;
    unsigned char *buf = malloc(want + 1);
    size_t n = buf ? fread(buf, 1, want + 1, f) : 0;
    bool bad = !buf || ferror(f);
    fclose(f);
    if (bad || n != want) {
        snprintf(why, whysize, "%s", bad ? "cannot be read" : "changed while it was read");
        free(buf);
        return NULL;
    }
    *len = n;
    return buf;
}

static ra_status check_signature(const ra_verify_opts *o, X509_STORE *store, ra_verify_result *r)
{
    char why[256];
    size_t len = 0;
    bool missing;
    unsigned char *der = read_sig(r->sig_path, &len, &missing, why, sizeof why);
    if (!der)
        return missing ? add_failure(r, RA_VERIFY_SIG_MISSING, true,
                                     "%s: no signature file: the report is not signed, or its "
                                     "signature was removed (give it with --sig)",
                                     r->sig_path)
                       : add_failure(r, RA_VERIFY_SIG_ALTERED, true, "%s: %s", r->sig_path, why);
    const unsigned char *p = der;
    CMS_ContentInfo *cms = d2i_CMS_ContentInfo(NULL, &p, (long)len);
    size_t used = (size_t)(p - der);
    bool pem = len > 5 && (!memcmp(der, "-----", 5) || !memcmp(der, "MIME-", 5));
    free(der);
    ERR_clear_error();
    if (!cms)
        return add_failure(
            r, RA_VERIFY_SIG_ALTERED, true, "%s: not a DER CMS structure (%s)", r->sig_path,
            pem ? "it is PEM or S/MIME text: sign with -outform DER" : "truncated or altered");
    ra_status st = RA_OK;
    if (used != len)
        st = add_failure(r, RA_VERIFY_SIG_ALTERED, true,
                         "%s: %zu bytes follow the signature (data appended)", r->sig_path,
                         len - used);
    if (OBJ_obj2nid(CMS_get0_type(cms)) != NID_pkcs7_signed) {
        CMS_ContentInfo_free(cms);
        return add_failure(r, RA_VERIFY_SIG_ALTERED, true, "%s: not a CMS SignedData", r->sig_path);
    }
    if (CMS_is_detached(cms) != 1) {
        CMS_ContentInfo_free(cms);
        return add_failure(r, RA_VERIFY_SIG_ALTERED, true,
                           "%s: the signature embeds its own content; a report signature is "
                           "detached (signed with -binary, without -nodetach)",
                           r->sig_path);
    }
    STACK_OF(CMS_SignerInfo) *sinfos = CMS_get0_SignerInfos(cms);
    int nsi = sk_CMS_SignerInfo_num(sinfos);
    if (nsi <= 0) {
        CMS_ContentInfo_free(cms);
        return add_failure(r, RA_VERIFY_SIG_ALTERED, true, "%s: no signer in the signature",
                           r->sig_path);
    }
    CMS_set1_signers_certs(cms, NULL, 0);
    ERR_clear_error();
    STACK_OF(X509) *untrusted = CMS_get1_certs(cms);
    time_t at = time(NULL);
    bool all_signers = true;

    for (int i = 0; i < nsi && st == RA_OK; i++) {
        CMS_SignerInfo *si = sk_CMS_SignerInfo_value(sinfos, i);
        X509 *signer = NULL;
        CMS_SignerInfo_get0_algs(si, NULL, &signer, NULL, NULL);
        if (!signer) {
            all_signers = false;
            st = add_failure(r, RA_VERIFY_UNTRUSTED, true,
                             "the signature does not include the signer's certificate");
            continue;
        }
        if (i == 0) {
            describe_signer(signer, r);
            int idx = CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1);
            X509_ATTRIBUTE *attr = idx >= 0 ? CMS_signed_get_attr(si, idx) : NULL;
            ASN1_TYPE *t = attr ? X509_ATTRIBUTE_get0_type(attr, 0) : NULL;
            time_t signed_at;
            if (t && (t->type == V_ASN1_UTCTIME || t->type == V_ASN1_GENERALIZEDTIME) &&
                asn1_time_unix(t->value.utctime, &signed_at)) {
                r->has_signing_time = true;
                time_iso(signed_at, r->signing_time, sizeof r->signing_time);
                if (o->at_signing_time)
                    at = signed_at;
            }
            ERR_clear_error();
            if (o->at_signing_time && !r->has_signing_time)
                st = add_failure(r, RA_VERIFY_NO_SIGNING_TIME, true,
                                 "validity was to be checked at the signing time, but the "
                                 "signature carries no signing time");
            time_iso(at, r->checked_at, sizeof r->checked_at);
        }
        int ess = ess_check(si, signer);
        if (i == 0)
            r->has_ess = ess >= 0;
        /* The signer's signature over the signed attributes (which hold the
         * content digest, signing time and ESS attribute). */
        if (CMS_signed_get_attr_count(si) >= 0 && CMS_SignerInfo_verify(si) <= 0) {
            ERR_clear_error();
            if (ess == 0)
                st = add_failure(r, RA_VERIFY_WRONG_KEY, true,
                                 "the signature does not verify with the public key of the "
                                 "included signer certificate, and its signed "
                                 "signing-certificate attribute names another certificate: it "
                                 "was made with a key that does not match this certificate");
            else
                st = add_failure(r, RA_VERIFY_SIG_ALTERED, true,
                                 "the signer's signature does not verify: the signature was "
                                 "altered (or made with a key that does not match the "
                                 "certificate)");
        } else if (ess == 0) {
            st = add_failure(r, RA_VERIFY_SIG_ALTERED, true,
                             "the signed signing-certificate attribute names another "
                             "certificate than the one included (certificate substituted)");
        }
        if (st != RA_OK)
            break;
        /* The chain to a trusted CA, validity and key usage, with OpenSSL's
         * S/MIME signing purpose, as openssl cms -verify checks it. */
        X509_STORE_CTX *ctx = X509_STORE_CTX_new();
        chain_ctx cc = {.r = r, .st = RA_OK};
        if (!ctx || !X509_STORE_CTX_init(ctx, store, signer, untrusted) ||
            !X509_STORE_CTX_set_default(ctx, "smime_sign") ||
            !X509_STORE_CTX_set_app_data(ctx, &cc)) {
            X509_STORE_CTX_free(ctx);
            st = RA_ERR_NOMEM;
            break;
        }
        if (o->at_signing_time)
            X509_STORE_CTX_set_time(ctx, 0, at);
        X509_STORE_CTX_set_verify_cb(ctx, chain_cb);
        int ok = X509_verify_cert(ctx);
        int e = X509_STORE_CTX_get_error(ctx);
        X509_STORE_CTX_free(ctx);
        ERR_clear_error();
        st = cc.st;
        if (st == RA_OK && ok <= 0 && !has_failure(r, RA_VERIFY_UNTRUSTED) &&
            !has_failure(r, RA_VERIFY_EXPIRED) && !has_failure(r, RA_VERIFY_NOT_YET_VALID) &&
            !has_failure(r, RA_VERIFY_KEY_USAGE))
            st = add_failure(r, RA_VERIFY_UNTRUSTED, true, "the signer certificate: %s",
                             X509_verify_cert_error_string(e));
    }

    /* The report's bytes against the digest the signer signed. */
    if (st == RA_OK && all_signers) {
        BIO *content = BIO_new_file(o->report, "rb");
        if (!content) {
            st = RA_ERR_INPUT;
        } else if (CMS_verify(cms, NULL, NULL, content, NULL,
                              CMS_BINARY | CMS_NO_SIGNER_CERT_VERIFY | CMS_NO_ATTR_VERIFY) <= 0) {
            unsigned long e = ERR_peek_last_error();
            if (ERR_GET_LIB(e) == ERR_LIB_CMS && ERR_GET_REASON(e) == CMS_R_CONTENT_VERIFY_ERROR)
                st = add_failure(r, RA_VERIFY_REPORT_ALTERED, true,
                                 "%s: its bytes are not the ones signed (SHA-256 differs from "
                                 "the digest in the signature): the report was altered",
                                 o->report);
            else
                st = add_failure(r, RA_VERIFY_SIG_ALTERED, true,
                                 "the content digest cannot be checked: %s",
                                 ra_ossl_reason(why, sizeof why));
        }
        BIO_free(content);
        ERR_clear_error();
    }

    /* Belt and braces: the whole check as OpenSSL's CMS_verify does it (what
     * `openssl cms -verify` runs). It must agree with the checks above. */
    if (st == RA_OK && r->nfailures == 0) {
        BIO *content = BIO_new_file(o->report, "rb");
        X509_VERIFY_PARAM *vp = X509_STORE_get0_param(store);
        if (o->at_signing_time)
            X509_VERIFY_PARAM_set_time(vp, at);
        if (!content)
            st = RA_ERR_INPUT;
        else if (CMS_verify(cms, NULL, store, content, NULL,
                            CMS_BINARY | (r->has_ess ? CMS_CADES : 0)) <= 0)
            st = add_failure(r, RA_VERIFY_SIG_ALTERED, true, "OpenSSL's CMS verification fails: %s",
                             ra_ossl_reason(why, sizeof why));
        BIO_free(content);
        ERR_clear_error();
    }
    sk_X509_pop_free(untrusted, X509_free);
    CMS_ContentInfo_free(cms);
    return st;
}

/* ---- the whole check ------------------------------------------------------------ */

static ra_status load_ca(const char *ca_file, X509_STORE **out, ra_error *err)
{
    char why[256];
    struct stat sb;
    if (!ca_file)
        return ra_error_set(err, RA_ERR_USAGE, NULL, 0, 0, "a CA file is needed (--ca CA.pem)");
    if (stat(ca_file, &sb) != 0)
        return ra_error_set(err, RA_ERR_INPUT, ca_file, 0, 0, "cannot open the CA file: %s",
                            strerror(errno));
    X509_STORE *store = X509_STORE_new();
    if (!store)
        return ra_error_set(err, RA_ERR_NOMEM, ca_file, 0, 0, "out of memory");
    ERR_clear_error();
    if (!X509_STORE_load_file(store, ca_file)) {
        X509_STORE_free(store);
        return ra_error_set(err, RA_ERR_INPUT, ca_file, 0, 0,
                            "no CA certificate could be read (PEM expected): %s",
                            ra_ossl_reason(why, sizeof why));
    }
    STACK_OF(X509_OBJECT) *objs = X509_STORE_get0_objects(store);
    bool any = false;
    for (int i = 0; i < sk_X509_OBJECT_num(objs) && !any; i++)
        any = X509_OBJECT_get_type(sk_X509_OBJECT_value(objs, i)) == X509_LU_X509;
    if (!any) {
        X509_STORE_free(store);
        return ra_error_set(err, RA_ERR_INPUT, ca_file, 0, 0, "no CA certificate in the file");
    }
    *out = store;
    return RA_OK;
}

ra_status ra_verify_report(const ra_verify_opts *o, ra_verify_result *r, ra_error *err)
{
    memset(r, 0, sizeof *r);
    time_iso(time(NULL), r->checked_at, sizeof r->checked_at);
    if (!o->report)
        return ra_error_set(err, RA_ERR_USAGE, NULL, 0, 0, "no report to verify");
    if (o->sig)
        snprintf(r->sig_path_buf, sizeof r->sig_path_buf, "%s", o->sig);
    else
        snprintf(r->sig_path_buf, sizeof r->sig_path_buf, "%s.p7s", o->report);
    r->sig_path = r->sig_path_buf;
    struct stat sb;
    if (stat(o->report, &sb) != 0)
        return ra_error_set(err, RA_ERR_INPUT, o->report, 0, 0, "cannot open the report: %s",
                            strerror(errno));
    if (!S_ISREG(sb.st_mode))
        return ra_error_set(err, RA_ERR_INPUT, o->report, 0, 0, "the report is not a file");
    if (o->inputs_dir && (stat(o->inputs_dir, &sb) != 0 || !S_ISDIR(sb.st_mode)))
        return ra_error_set(err, RA_ERR_INPUT, o->inputs_dir, 0, 0,
                            "the inputs directory cannot be opened");
    X509_STORE *store = NULL;
    ra_status st = load_ca(o->ca_file, &store, err);
    if (st != RA_OK)
        return st;

    ra_verify_read_manifest(o->report, r);
    st = check_signature(o, store, r);
    X509_STORE_free(store);
    if (st == RA_OK && r->signer_found && r->manifest_state == RA_MANIFEST_FOUND &&
        r->manifest.signer_sha256[0] && strcasecmp(r->manifest.signer_sha256, r->sha256))
        st = add_failure(r, RA_VERIFY_SIGNER_MISMATCH, true,
                         "the report names the signer %s (certificate SHA-256 %s) but was "
                         "signed by certificate SHA-256 %s",
                         r->manifest.signer_subject[0] ? r->manifest.signer_subject : "(unnamed)",
                         r->manifest.signer_sha256, r->sha256);
    if (st == RA_OK && o->inputs_dir)
        st = check_inputs(o->inputs_dir, r);
    ERR_clear_error();
    if (st != RA_OK)
        return ra_error_set(err, st, o->report, 0, 0, "%s",
                            st == RA_ERR_NOMEM ? "out of memory" : "cannot read the report");
    r->authentic = r->nfailures == 0;
    r->report_authentic = true;
    for (size_t i = 0; i < r->nfailures; i++)
        if (r->failures[i].check < RA_VERIFY_MANIFEST)
            r->report_authentic = false;
    return RA_OK;
}
