/* cmd_keygen.c — `recruitaudit keygen --out DIR [--days N] [--label WORD]
 * [--force]`: a TEST certificate authority and a TEST signing certificate,
 * for trying the signing and verification of reports (--label DEMO names
 * the demo set of fixtures/keys). Made with OpenSSL's C API:
 *   ca.pem      self-signed CA certificate (basicConstraints CA:TRUE,
 *               keyUsage keyCertSign, cRLSign)
 *   ca.key      its private key (mode 0600)
 *   signer.pem  signing certificate issued by the CA (keyUsage
 *               digitalSignature, no extended key usage: accepted by
 *               `openssl cms -verify` with its default S/MIME purpose)
 *   signer.key  its private key (mode 0600, unencrypted)
 * Keys are ECDSA P-256; certificates are signed with SHA-256. Every subject
 * says TEST ONLY (or the label) and NOT FOR REAL REPORTS: a report signed
 * with them proves nothing. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include "cli.h"

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "recruitaudit keygen: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
    fprintf(stderr, "usage: recruitaudit keygen --out DIR [--days N] [--label WORD] [--force]\n");
    return RA_EXIT_USAGE;
}

static void ossl_fail(const char *what)
{
    unsigned long e = ERR_peek_last_error();
    const char *r = e ? ERR_reason_error_string(e) : NULL;
    fprintf(stderr, "error: %s: %s\n", what, r ? r : "OpenSSL error");
    ERR_clear_error();
}

static bool add_ext(X509 *x, X509V3_CTX *ctx, int nid, const char *value)
{
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(NULL, ctx, nid, value);
    bool ok = ext && X509_add_ext(x, ext, -1);
    X509_EXTENSION_free(ext);
    return ok;
}

/* A certificate for key, issued by issuer (NULL: self-signed). */
static X509 *make_cert(EVP_PKEY *key, const char *org, const char *cn, X509 *issuer,
                       EVP_PKEY *issuer_key, bool ca, long days)
{
    X509 *x = X509_new();
    X509_NAME *name = X509_NAME_new();
    BIGNUM *bn = BN_new();
    unsigned char serial[16];
    bool ok = x && name && bn && RAND_bytes(serial, sizeof serial) == 1;
    if (ok) {
        serial[0] &= 0x7F; /* positive */
        serial[0] |= 0x01; /* and of full length */
        ok = BN_bin2bn(serial, sizeof serial, bn) &&
             BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(x)) &&
             X509_set_version(x, X509_VERSION_3) &&
             X509_gmtime_adj(X509_getm_notBefore(x), -300) && /* 5 minutes of clock skew */
             X509_time_adj_ex(X509_getm_notAfter(x), (int)days, 0, NULL) &&
             X509_set_pubkey(x, key) &&
             X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, (const unsigned char *)org, -1,
                                        -1, 0) &&
             X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, (const unsigned char *)cn, -1,
                                        -1, 0) &&
             X509_set_subject_name(x, name) &&
             X509_set_issuer_name(x, issuer ? X509_get_subject_name(issuer) : name);
    }
    if (ok) {
        X509V3_CTX ctx;
        X509V3_set_ctx(&ctx, issuer ? issuer : x, x, NULL, NULL, 0);
        ok = add_ext(x, &ctx, NID_basic_constraints,
                     ca ? "critical,CA:TRUE,pathlen:0" : "critical,CA:FALSE") &&
             add_ext(x, &ctx, NID_key_usage,
                     ca ? "critical,keyCertSign,cRLSign" : "critical,digitalSignature") &&
             add_ext(x, &ctx, NID_subject_key_identifier, "hash") &&
             add_ext(x, &ctx, NID_authority_key_identifier, "keyid:always") &&
             X509_sign(x, issuer_key ? issuer_key : key, EVP_sha256()) > 0;
    }
    X509_NAME_free(name);
    BN_free(bn);
    if (!ok) {
        X509_free(x);
        return NULL;
    }
    return x;
}

/* Writes PEM through a temporary file in the same folder, renamed into
 * place, with the given mode (0600 for keys). */
static bool write_pem(const char *dir, const char *file, mode_t mode, X509 *cert, EVP_PKEY *key)
{
    char path[4200], tmp[4300];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    snprintf(tmp, sizeof tmp, "%s.tmpXXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        fprintf(stderr, "error: %s: cannot write: %s\n", path, strerror(errno));
        return false;
    }
    bool ok = fchmod(fd, mode) == 0;
    FILE *f = ok ? fdopen(fd, "w") : NULL;
    if (!f) {
        close(fd);
        unlink(tmp);
        fprintf(stderr, "error: %s: cannot write: %s\n", path, strerror(errno));
        return false;
    }
    ok = cert ? PEM_write_X509(f, cert) == 1
              : PEM_write_PrivateKey(f, key, NULL, NULL, 0, NULL, NULL) == 1;
    ok = fflush(f) == 0 && ok;
    ok = fsync(fileno(f)) == 0 && ok;
    ok = fclose(f) == 0 && ok;
    if (ok && rename(tmp, path) != 0)
        ok = false;
    if (!ok) {
        unlink(tmp);
        fprintf(stderr, "error: %s: cannot write: %s\n", path, strerror(errno));
    }
    ERR_clear_error();
    return ok;
}

int cmd_keygen(int argc, char **argv)
{
    const char *out = NULL, *label = "TEST";
    long days = 3650;
    bool force = false;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "--out") || !strcmp(argv[i], "--days") ||
            !strcmp(argv[i], "--label")) {
            if (i + 1 >= argc)
                return usage("missing value", argv[i]);
            if (!strcmp(argv[i], "--out")) {
                out = argv[++i];
            } else if (!strcmp(argv[i], "--label")) {
                label = argv[++i];
                size_t n = strspn(label, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
                if (!*label || label[n] || n > 16)
                    return usage("--label takes 1 to 16 capital letters or digits", label);
            } else {
                char *end;
                errno = 0;
                days = strtol(argv[++i], &end, 10);
                if (errno || *end || days < 1 || days > 36500)
                    return usage("--days takes a number of days from 1 to 36500", argv[i]);
            }
        } else if (!strcmp(argv[i], "--force")) {
            force = true;
        } else {
            return usage("unknown argument", argv[i]);
        }
    }
    if (!out)
        return usage("--out DIR is required", NULL);
    if (mkdir(out, 0755) != 0 && errno != EEXIST) {
        fprintf(stderr, "error: %s: cannot create the directory: %s\n", out, strerror(errno));
        return RA_EXIT_IO;
    }
    const char *files[] = {"ca.pem", "ca.key", "signer.pem", "signer.key"};
    for (size_t i = 0; i < 4 && !force; i++) {
        char path[4200];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", out, files[i]);
        if (lstat(path, &st) == 0) {
            fprintf(stderr, "error: %s exists; give --force to replace the test keys\n", path);
            return RA_EXIT_IO;
        }
    }

    char org[80], ca_cn[80], signer_cn[80];
    snprintf(org, sizeof org, "recruitaudit %s ONLY - not for real reports", label);
    snprintf(ca_cn, sizeof ca_cn, "recruitaudit %s CA - NOT FOR REAL REPORTS", label);
    snprintf(signer_cn, sizeof signer_cn, "recruitaudit %s signer - NOT FOR REAL REPORTS", label);
    EVP_PKEY *ca_key = EVP_EC_gen("P-256");
    EVP_PKEY *signer_key = ca_key ? EVP_EC_gen("P-256") : NULL;
    X509 *ca = signer_key ? make_cert(ca_key, org, ca_cn, NULL, NULL, true, days) : NULL;
    X509 *signer = ca ? make_cert(signer_key, org, signer_cn, ca, ca_key, false, days) : NULL;
    int code = RA_EXIT_OK;
    if (!signer) {
        ossl_fail("cannot make the test certificates");
        code = RA_EXIT_INTERNAL;
    } else if (!write_pem(out, "ca.key", 0600, NULL, ca_key) ||
               !write_pem(out, "ca.pem", 0644, ca, NULL) ||
               !write_pem(out, "signer.key", 0600, NULL, signer_key) ||
               !write_pem(out, "signer.pem", 0644, signer, NULL)) {
        code = RA_EXIT_IO;
    }
    X509_free(signer);
    X509_free(ca);
    EVP_PKEY_free(signer_key);
    EVP_PKEY_free(ca_key);
    if (code != RA_EXIT_OK)
        return code;
    printf("wrote a %s certificate authority and signer, valid %ld days, in %s:\n", label, days,
           out);
    printf("  ca.pem      the test CA certificate (give it to verify with --ca)\n");
    printf("  ca.key      the test CA private key (0600)\n");
    printf("  signer.pem  the signing certificate: %s\n", signer_cn);
    printf("  signer.key  its private key (0600, unencrypted)\n");
    printf("%s ONLY: anyone can make these; a report signed with them proves nothing.\n", label);
    printf("try: recruitaudit audit DIR -o report.xlsx --key %s/signer.key --cert %s/signer.pem\n"
           "     recruitaudit verify report.xlsx --ca %s/ca.pem\n",
           out, out, out);
    return fflush(stdout) == 0 ? RA_EXIT_OK : RA_EXIT_IO;
}
