/* manifest.h — the provenance of a report (SPEC section 3): engine version,
 * rules_sha256, profile, as-of date, rates table (source and SHA-256), case
 * reference and inspector, signer, and the path, size and SHA-256 of every
 * input file read. The xlsx writer puts it on the Manifest sheet and in
 * custom document properties; verify reads the properties back.
 *
 * Properties (each value at most 255 characters, as Excel allows):
 *   recruitaudit.engine_version, .rules_sha256, .profile, .as_of,
 *   .rates_source, .rates_sha256, .case, .inspector, .signer_subject,
 *   .signer_sha256, .inputs (the number of input files), and
 *   recruitaudit.input.N (N = 1..inputs) = "<sha256> <size> <path>".
 *
 * A ra_manifest owns its file list; free it with ra_manifest_free. */
#ifndef RA_MANIFEST_H
#define RA_MANIFEST_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "filehash.h"

#define RA_MANIFEST_PREFIX "recruitaudit."
#define RA_PROP_MAX 256 /* 255 characters and a NUL */

typedef struct {
    char path[200]; /* relative to the submission ("fees.csv", "contracts/C-1.txt") */
    uint64_t size;
    char sha256[RA_SHA256_HEX_MAX];
} ra_manifest_file;

typedef struct {
    char engine_version[32];
    char rules_sha256[RA_SHA256_HEX_MAX];
    char profile[64];
    char as_of[11];
    char rates_source[RA_PROP_MAX]; /* "" when no rates were used */
    char rates_sha256[RA_SHA256_HEX_MAX];
    char case_ref[RA_PROP_MAX];
    char inspector[RA_PROP_MAX];
    char signer_subject[RA_PROP_MAX];      /* "" when unsigned */
    char signer_sha256[RA_SHA256_HEX_MAX]; /* SHA-256 of the signer certificate (DER) */
    ra_manifest_file *files;
    size_t nfiles;
} ra_manifest;

struct ra_submission;
struct ra_pack;

/* Fills m for an audit of sub with pack: hashes the CSV files present, the
 * contract texts the accepted workers name (and their .origin.txt), and the
 * authority's rates file when one was given. case_ref, inspector may be NULL. */
ra_status ra_manifest_build(ra_manifest *m, const struct ra_submission *sub,
                            const struct ra_pack *pack, const char *as_of, const char *rates_file,
                            const char *case_ref, const char *inspector, ra_error *err);

void ra_manifest_free(ra_manifest *m);

/* The properties as name/value pairs, in a stable order: calls fn for each. */
typedef void (*ra_manifest_prop_fn)(void *ctx, const char *name, const char *value);
void ra_manifest_properties(const ra_manifest *m, ra_manifest_prop_fn fn, void *ctx);

/* Rebuilds a manifest from properties (as verify reads them); unknown names
 * are ignored. Call ra_manifest_set for each property, then nothing else. */
ra_status ra_manifest_set(ra_manifest *m, const char *name, const char *value, ra_error *err);

#endif
