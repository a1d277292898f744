/* filehash.h — SHA-256 of input files for the report's Manifest (SPEC
 * section 3), through OpenSSL's EVP interface. Nothing is allocated for the
 * caller; the digest is written as 64 lowercase hex digits. */
#ifndef RA_FILEHASH_H
#define RA_FILEHASH_H

#include <stdint.h>

#include "error.h"

#define RA_SHA256_HEX_MAX 65

/* Hashes the file at path; *size gets its length in bytes. */
ra_status ra_file_sha256(const char *path, char hex[RA_SHA256_HEX_MAX], uint64_t *size,
                         ra_error *err);

#endif
