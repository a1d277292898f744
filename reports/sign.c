/* sign.c — loading a signer through OSSL_STORE and writing a detached CMS
 * signature (DER) with OpenSSL 3's CMS API. No cryptography is done here:
 * OpenSSL computes every digest and signature. */
#include "sign.h"
#include "ossl_text.h"
#include "tempfile.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <openssl/cms.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/store.h>
#include <openssl/ui.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

struct ra_signer {
    EVP_PKEY *key;
    X509 *cert;
    STACK_OF(X509) * chain; /* extra certificates to include, never NULL */
};

/* ---- passphrase sources -------------------------------------------------- */

#define PASS_MAX 1024

typedef struct {
    const char *src;  /* "env:VAR", "file:PATH", or NULL for a terminal prompt */
    const char *what; /* what the passphrase unlocks, for the prompt */
    int calls;
    char problem[300]; /* why no passphrase could be had, "" when none */
} pass_ctx;

static bool pass_src_valid(const char *src)
{
    if (!strncmp(src, "env:", 4))
        return src[4] != '\0';
    if (!strncmp(src, "file:", 5))
        return src[5] != '\0';
    return false;
}

/* Reads the first line of path into buf (NUL-terminated, no line end).
 * Unbuffered reads, so no copy is left in a stdio buffer. */
static int read_pass_file(const char *path, char *buf, size_t size, pass_ctx *pc)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        snprintf(pc->problem, sizeof pc->problem, "cannot open the passphrase file %s: %s", path,
                 strerror(errno));
        return -1;
    }
    size_t n = 0;
    for (;;) {
        ssize_t r = read(fd, buf + n, size - 1 - n);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            snprintf(pc->problem, sizeof pc->problem, "cannot read the passphrase file %s: %s",
                     path, strerror(errno));
            close(fd);
            return -1;
        }
        n += (size_t)r;
        if (r == 0 || n == size - 1 || memchr(buf, '\n', n))
            break;
    }
    close(fd);
    buf[n] = '\0';
    char *nl = memchr(buf, '\n', n);
    if (nl)
        *nl = '\0';
    else if (n == size - 1) {
        snprintf(pc->problem, sizeof pc->problem, "the passphrase in %s is too long", path);
        return -1;
    }
    size_t len = strlen(buf);
    if (len && buf[len - 1] == '\r')
        buf[len - 1] = '\0';
    return 0;
}

/* pem_password_cb: called by OpenSSL (through a UI method) only when the key
 * is encrypted or the token wants a PIN. */
static int pass_cb(char *buf, int size, int rwflag, void *u)
{
    (void)rwflag;
    pass_ctx *pc = u;
    if (!pc || size <= 0)
        return -1;
    if (++pc->calls > 3) /* a wrong passphrase is not asked for forever */
        return -1;
    char local[PASS_MAX];
    int rc = 0;
    if (!pc->src) {
        int tty = open("/dev/tty", O_RDWR | O_CLOEXEC);
        if (tty < 0) {
            snprintf(pc->problem, sizeof pc->problem,
                     "the key is encrypted and there is no terminal to ask for its passphrase: "
                     "give --pass env:VAR or --pass file:PATH");
            return -1;
        }
        close(tty);
        char prompt[400];
        snprintf(prompt, sizeof prompt, "Passphrase for %.300s: ", pc->what);
        if (EVP_read_pw_string_min(local, 0, sizeof local - 1, prompt, 0) != 0) {
            snprintf(pc->problem, sizeof pc->problem, "no passphrase was entered");
            rc = -1;
        }
    } else if (!strncmp(pc->src, "env:", 4)) {
        const char *v = getenv(pc->src + 4);
        if (!v) {
            snprintf(pc->problem, sizeof pc->problem,
                     "the environment variable %.100s (from --pass %.100s) is not set", pc->src + 4,
                     pc->src);
            rc = -1;
        } else if (strlen(v) >= sizeof local) {
            snprintf(pc->problem, sizeof pc->problem, "the passphrase in %.200s is too long",
                     pc->src + 4);
            rc = -1;
        } else {
            memcpy(local, v, strlen(v) + 1);
        }
    } else {
        rc = read_pass_file(pc->src + 5, local, sizeof local, pc);
    }
    int len = -1;
    if (rc == 0) {
        size_t n = strlen(local);
        if (n > (size_t)size) {
            snprintf(pc->problem, sizeof pc->problem, "the passphrase is longer than %d bytes",
                     size);
        } else {
            memcpy(buf, local, n);
            len = (int)n;
        }
    }
    OPENSSL_cleanse(local, sizeof local);
    return len;
}

/* ---- OSSL_STORE ------------------------------------------------------------ */

/* A scheme "xx:" (two characters or more, so "C:" is a path). */
static bool has_scheme(const char *s)
{
    size_t i = 0;
    if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
        return false;
    while (s[i] && s[i] != ':') {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '+' || c == '-' || c == '.'))
            return false;
        i++;
    }
    return s[i] == ':' && i >= 2;
}

/* The local file behind src, or NULL when src is a URI of another scheme. */
static const char *local_path(const char *src)
{
    struct stat st;
    if (stat(src, &st) == 0 || !has_scheme(src))
        return src;
    if (!strncmp(src, "file://", 7))
        return src + 7;
    if (!strncmp(src, "file:", 5))
        return src + 5;
    return NULL;
}

static ra_status check_local(const char *src, const char *what, bool secret, ra_error *err)
{
    const char *path = local_path(src);
    if (!path)
        return RA_OK;
    struct stat st;
    if (stat(path, &st) != 0)
        return ra_error_set(err, RA_ERR_INPUT, path, 0, 0, "cannot open the %s: %s", what,
                            strerror(errno));
    if (!S_ISREG(st.st_mode))
        return ra_error_set(err, RA_ERR_INPUT, path, 0, 0, "the %s is not a regular file", what);
    if (secret && (st.st_mode & (S_IRGRP | S_IROTH)))
        fprintf(stderr,
                "warning: %s: the private key file is readable by %s (mode %04o); "
                "run: chmod 600 %s\n",
                path, (st.st_mode & S_IROTH) ? "others" : "its group",
                (unsigned)(st.st_mode & 07777), path);
    return RA_OK;
}

/* Loads from src either the first private key (key != NULL) or every
 * certificate (certs != NULL). */
static ra_status store_load(const char *src, const char *what, pass_ctx *pc, EVP_PKEY **key,
                            STACK_OF(X509) * certs, ra_error *err)
{
    char why[256];
    UI_METHOD *ui = UI_UTIL_wrap_read_pem_callback(pass_cb, 0);
    if (!ui)
        return ra_error_set(err, RA_ERR_NOMEM, src, 0, 0, "out of memory");
    ERR_clear_error();
    /* OpenSSL wants file: URIs absolute; "file:keys/x.pem" is taken as the
     * relative path it names. */
    const char *uri = !strncmp(src, "file:", 5) && src[5] != '/' ? src + 5 : src;
    OSSL_STORE_CTX *ctx = OSSL_STORE_open_ex(uri, NULL, NULL, ui, pc, NULL, NULL, NULL);
    if (!ctx) {
        UI_destroy_method(ui);
        bool foreign = !local_path(src);
        return ra_error_set(err, RA_ERR_INPUT, src, 0, 0, "cannot open the %s: %s%s", what,
                            ra_ossl_reason(why, sizeof why),
                            foreign ? " (no OpenSSL provider here handles this URI scheme: "
                                      "configure one in openssl.cnf, see docs/auditors.md)"
                                    : "");
    }
    OSSL_STORE_expect(ctx, key ? OSSL_STORE_INFO_PKEY : OSSL_STORE_INFO_CERT);
    int found = 0;
    for (int guard = 0; guard < 10000 && !OSSL_STORE_eof(ctx); guard++) {
        OSSL_STORE_INFO *info = OSSL_STORE_load(ctx);
        if (!info) {
            if (OSSL_STORE_error(ctx) && pc->problem[0])
                break;
            continue;
        }
        int type = OSSL_STORE_INFO_get_type(info);
        if (key && type == OSSL_STORE_INFO_PKEY) {
            *key = OSSL_STORE_INFO_get1_PKEY(info);
            found = *key != NULL;
        } else if (certs && type == OSSL_STORE_INFO_CERT) {
            X509 *x = OSSL_STORE_INFO_get1_CERT(info);
            if (x && !sk_X509_push(certs, x))
                X509_free(x);
            else if (x)
                found++;
        }
        OSSL_STORE_INFO_free(info);
        if (key && found)
            break;
    }
    OSSL_STORE_close(ctx);
    UI_destroy_method(ui);
    if (found) {
        ERR_clear_error();
        return RA_OK;
    }
    if (pc->problem[0]) {
        ERR_clear_error();
        return ra_error_set(err, RA_ERR_INPUT, src, 0, 0, "cannot read the %s: %s", what,
                            pc->problem);
    }
    if (key && pc->calls > 0) {
        ERR_clear_error();
        return ra_error_set(err, RA_ERR_INPUT, src, 0, 0, "cannot decrypt the %s: wrong passphrase",
                            what);
    }
    if (ERR_peek_last_error())
        return ra_error_set(err, RA_ERR_INPUT, src, 0, 0, "no %s could be read: %s", what,
                            ra_ossl_reason(why, sizeof why));
    return ra_error_set(err, RA_ERR_INPUT, src, 0, 0, "no %s found there", what);
}

/* ---- the signer ------------------------------------------------------------ */

void ra_signer_free(ra_signer *s)
{
    if (!s)
        return;
    EVP_PKEY_free(s->key);
    X509_free(s->cert);
    sk_X509_pop_free(s->chain, X509_free);
    free(s);
}

/* The certificate must be one verify would accept for signing, now. */
static ra_status check_cert(const char *cert_path, X509 *cert, EVP_PKEY *key, ra_error *err)
{
    char when[40];
    if (X509_cmp_current_time(X509_get0_notBefore(cert)) > 0) {
        ra_asn1_time_iso(X509_get0_notBefore(cert), when, sizeof when);
        return ra_error_set(err, RA_ERR_INPUT, cert_path, 0, 0,
                            "the certificate is not valid yet (from %s)", when);
    }
    if (X509_cmp_current_time(X509_get0_notAfter(cert)) < 0) {
        ra_asn1_time_iso(X509_get0_notAfter(cert), when, sizeof when);
        return ra_error_set(err, RA_ERR_INPUT, cert_path, 0, 0, "the certificate expired on %s",
                            when);
    }
    if (X509_check_purpose(cert, X509_PURPOSE_SMIME_SIGN, 0) != 1) {
        ERR_clear_error();
        return ra_error_set(err, RA_ERR_INPUT, cert_path, 0, 0,
                            "the certificate's key usage does not allow signing documents "
                            "(it needs digitalSignature, and no extended key usage other than "
                            "emailProtection)");
    }
    if (X509_check_private_key(cert, key) != 1) {
        ERR_clear_error();
        return ra_error_set(err, RA_ERR_INPUT, cert_path, 0, 0,
                            "the private key does not match this certificate");
    }
    return RA_OK;
}

ra_status ra_signer_load(const char *key_src, const char *cert_path, const char *chain_path,
                         const char *pass_src, ra_signer **out, ra_error *err)
{
    *out = NULL;
    if (!key_src || !*key_src || !cert_path || !*cert_path)
        return ra_error_set(err, RA_ERR_USAGE, NULL, 0, 0,
                            "signing needs both a key and a certificate");
    if (pass_src && !pass_src_valid(pass_src))
        return ra_error_set(err, RA_ERR_USAGE, NULL, 0, 0,
                            "--pass takes env:VAR or file:PATH; a passphrase is never given on "
                            "the command line (leave --pass out to be asked on the terminal)");
    ra_status st = check_local(key_src, "private key", true, err);
    if (st == RA_OK)
        st = check_local(cert_path, "certificate", false, err);
    if (st == RA_OK && chain_path)
        st = check_local(chain_path, "chain", false, err);
    if (st != RA_OK)
        return st;

    ra_signer *s = calloc(1, sizeof *s);
    if (!s || !(s->chain = sk_X509_new_null())) {
        free(s);
        return ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    pass_ctx pc = {.src = pass_src, .what = key_src};
    st = store_load(key_src, "private key", &pc, &s->key, NULL, err);
    STACK_OF(X509) *certs = NULL;
    if (st == RA_OK) {
        pass_ctx cpc = {.src = pass_src, .what = cert_path};
        certs = sk_X509_new_null();
        st = certs ? store_load(cert_path, "certificate", &cpc, NULL, certs, err)
                   : ra_error_set(err, RA_ERR_NOMEM, NULL, 0, 0, "out of memory");
    }
    if (st == RA_OK) {
        /* The first certificate is the signer's; any others join the chain. */
        s->cert = sk_X509_shift(certs);
        X509 *x;
        while ((x = sk_X509_shift(certs)))
            if (!sk_X509_push(s->chain, x))
                X509_free(x);
    }
    sk_X509_pop_free(certs, X509_free);
    if (st == RA_OK && chain_path) {
        pass_ctx cpc = {.src = pass_src, .what = chain_path};
        st = store_load(chain_path, "chain certificate", &cpc, NULL, s->chain, err);
    }
    if (st == RA_OK)
        st = check_cert(cert_path, s->cert, s->key, err);
    ERR_clear_error();
    if (st != RA_OK) {
        ra_signer_free(s);
        return st;
    }
    *out = s;
    return RA_OK;
}

void ra_signer_describe(const ra_signer *s, char subject[RA_SIGNER_SUBJECT_MAX],
                        char sha256_hex[RA_SIGNER_SHA256_MAX])
{
    subject[0] = '\0';
    sha256_hex[0] = '\0';
    BIO *b = BIO_new(BIO_s_mem());
    if (b && X509_NAME_print_ex(b, X509_get_subject_name(s->cert), 0,
                                XN_FLAG_ONELINE & ~ASN1_STRFLGS_ESC_MSB) >= 0) {
        char *data;
        long n = BIO_get_mem_data(b, &data);
        size_t len = n > 0 ? (size_t)n : 0;
        if (len > RA_SIGNER_SUBJECT_MAX - 1) {
            len = RA_SIGNER_SUBJECT_MAX - 1;
            while (len > 0 && ((unsigned char)data[len] & 0xC0) == 0x80)
                len--; /* do not cut a UTF-8 sequence */
        }
        memcpy(subject, data, len);
        subject[len] = '\0';
    }
    BIO_free(b);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (X509_digest(s->cert, EVP_sha256(), md, &mdlen) && mdlen == 32)
        for (unsigned i = 0; i < mdlen; i++)
            snprintf(sha256_hex + 2 * i, 3, "%02x", md[i]);
    ERR_clear_error();
}

/* ---- signing --------------------------------------------------------------- */

static bool same_file(const struct stat *a, const struct stat *b)
{
    return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

static bool write_all(int fd, const unsigned char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return false;
        p += w;
        n -= (size_t)w;
    }
    return true;
}

/* Builds the signature over the bytes read from in. */
static CMS_ContentInfo *make_cms(const ra_signer *s, BIO *in)
{
    const unsigned flags = CMS_BINARY | CMS_DETACHED;
    CMS_ContentInfo *cms = CMS_sign(NULL, NULL, NULL, NULL, flags | CMS_PARTIAL);
    if (!cms)
        return NULL;
    /* CMS_CADES: ESS signing-certificate-v2; the signing time is added by
     * OpenSSL when the signer info is signed. */
    if (!CMS_add1_signer(cms, s->cert, s->key, EVP_sha256(), flags | CMS_CADES | CMS_NOSMIMECAP)) {
        CMS_ContentInfo_free(cms);
        return NULL;
    }
    for (int i = 0; i < sk_X509_num(s->chain); i++) {
        X509 *x = sk_X509_value(s->chain, i);
        bool dup = !X509_cmp(x, s->cert);
        for (int k = 0; k < i && !dup; k++)
            dup = !X509_cmp(x, sk_X509_value(s->chain, k));
        if (!dup && !CMS_add1_cert(cms, x)) {
            CMS_ContentInfo_free(cms);
            return NULL;
        }
    }
    if (!CMS_final(cms, in, NULL, flags)) {
        CMS_ContentInfo_free(cms);
        return NULL;
    }
    return cms;
}

ra_status ra_sign_file(const ra_signer *s, const char *content_path, const char *sig_path,
                       ra_error *err)
{
    char why[256];
    int cfd = open(content_path, O_RDONLY | O_CLOEXEC);
    if (cfd < 0)
        return ra_error_set(err, RA_ERR_IO, content_path, 0, 0, "cannot open: %s", strerror(errno));
    struct stat before, after, named;
    if (fstat(cfd, &before) != 0 || !S_ISREG(before.st_mode)) {
        close(cfd);
        return ra_error_set(err, RA_ERR_IO, content_path, 0, 0,
                            "not a regular file: nothing signed");
    }
    BIO *in = BIO_new_fd(cfd, BIO_CLOSE);
    if (!in) {
        close(cfd);
        return ra_error_set(err, RA_ERR_NOMEM, content_path, 0, 0, "out of memory");
    }
    ERR_clear_error();
    CMS_ContentInfo *cms = make_cms(s, in);
    uint64_t nread = BIO_number_read(in);
    bool stable = fstat(cfd, &after) == 0 && stat(content_path, &named) == 0 &&
                  same_file(&before, &after) && same_file(&before, &named) &&
                  nread == (uint64_t)before.st_size;
    BIO_free(in);
    if (!cms)
        return ra_error_set(err, RA_ERR_INTERNAL, content_path, 0, 0, "cannot sign: %s",
                            ra_ossl_reason(why, sizeof why));
    if (!stable) {
        CMS_ContentInfo_free(cms);
        return ra_error_set(err, RA_ERR_IO, content_path, 0, 0,
                            "the file changed while it was signed: nothing written");
    }
    unsigned char *der = NULL;
    int len = i2d_CMS_ContentInfo(cms, &der);
    CMS_ContentInfo_free(cms);
    if (len <= 0) {
        OPENSSL_free(der);
        return ra_error_set(err, RA_ERR_INTERNAL, sig_path, 0, 0, "cannot encode: %s",
                            ra_ossl_reason(why, sizeof why));
    }

    /* The signature replaces the file sig_path names (a link's target). */
    char *target = ra_output_target(sig_path);
    if (!target) {
        int e = errno;
        OPENSSL_free(der);
        return ra_error_set(err, e == ENOMEM ? RA_ERR_NOMEM : RA_ERR_IO, sig_path, 0, 0,
                            "cannot write: %s", ra_output_target_reason(e));
    }
    size_t n = strlen(target) + 16;
    char *tmp = malloc(n);
    if (!tmp) {
        free(target);
        OPENSSL_free(der);
        return ra_error_set(err, RA_ERR_NOMEM, sig_path, 0, 0, "out of memory");
    }
    snprintf(tmp, n, "%s.tmpXXXXXX", target);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        ra_status st =
            ra_error_set(err, RA_ERR_IO, sig_path, 0, 0, "cannot write: %s", strerror(errno));
        free(tmp);
        free(target);
        OPENSSL_free(der);
        return st;
    }
    bool ok = fchmod(fd, 0644) == 0 && write_all(fd, der, (size_t)len) && fsync(fd) == 0;
    int saved = errno;
    ok = close(fd) == 0 && ok;
    if (ok && rename(tmp, target) != 0) {
        saved = errno;
        ok = false;
    }
    OPENSSL_free(der);
    if (!ok) {
        unlink(tmp);
        free(tmp);
        free(target);
        return ra_error_set(err, RA_ERR_IO, sig_path, 0, 0, "cannot write the signature: %s",
                            strerror(saved ? saved : EIO));
    }
    free(tmp);
    /* Make the rename durable too (best effort). */
    char *dir = target;
    if (dir) {
        char *slash = strrchr(dir, '/');
        const char *d = slash ? (slash == dir ? "/" : (*slash = '\0', dir)) : ".";
        int dfd = open(d, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (dfd >= 0) {
            (void)fsync(dfd);
            close(dfd);
        }
        free(dir);
    }
    return RA_OK;
}
