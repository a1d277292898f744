/* filehash.c — streaming SHA-256 of a file with EVP_Digest*. */
#include "filehash.h"

#include <errno.h>
#include <openssl/evp.h>
#include <stdio.h>
#include <string.h>

ra_status ra_file_sha256(const char *path, char hex[RA_SHA256_HEX_MAX], uint64_t *size,
                         ra_error *err)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot open: %s", strerror(errno));
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!ctx || !EVP_DigestInit_ex(ctx, EVP_sha256(), NULL)) {
        EVP_MD_CTX_free(ctx);
        fclose(f);
        return ra_error_set(err, RA_ERR_INTERNAL, path, 0, 0, "SHA-256 unavailable");
    }
    unsigned char buf[1 << 16];
    uint64_t total = 0;
    size_t n;
    ra_status st = RA_OK;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) {
        if (!EVP_DigestUpdate(ctx, buf, n)) {
            st = ra_error_set(err, RA_ERR_INTERNAL, path, 0, 0, "SHA-256 update failed");
            break;
        }
        total += n;
    }
    if (st == RA_OK && ferror(f))
        st = ra_error_set(err, RA_ERR_IO, path, 0, 0, "read error: %s", strerror(errno));
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    if (st == RA_OK && !EVP_DigestFinal_ex(ctx, md, &mdlen))
        st = ra_error_set(err, RA_ERR_INTERNAL, path, 0, 0, "SHA-256 final failed");
    if (st == RA_OK) {
        for (unsigned i = 0; i < mdlen && i < 32; i++)
            snprintf(hex + 2 * i, 3, "%02x", md[i]);
        if (size)
            *size = total;
    }
    EVP_MD_CTX_free(ctx);
    fclose(f);
    return st;
}
