/* idset.h — the set of ids seen in a column that must be unique (fees.csv's
 * fee_id): tells whether an id was seen before.
 *
 * Ids exported from a database are usually serial: a fixed text and a
 * number of fixed width ("F00000001", "F00000002"…), in increasing order.
 * Those are kept exactly, as runs of consecutive numbers per prefix and
 * width: eight million of them take a few bytes and no lookup in a table
 * larger than the caches. Other ids, and a prefix whose numbers scatter
 * into too many runs, are kept as 64-bit fingerprints in an open-addressed
 * table, 8 bytes an id: two distinct ids collide with probability about
 * n²/2^65 (2e-6 at 8M ids), and a collision reads as a repeat.
 *
 * The set owns its memory; zero-initialise it (or ra_idset_init), free it
 * with ra_idset_free. One thread at a time. */
#ifndef RA_IDSET_H
#define RA_IDSET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ra_idset_prefix ra_idset_prefix;

typedef struct {
    size_t count; /* distinct ids added */
    /* private */
    uint64_t *slots; /* fingerprints; 0 marks an empty slot */
    size_t nslots, nfp;
    ra_idset_prefix *prefixes;
    size_t nprefixes, cap_prefixes, last_prefix;
} ra_idset;

void ra_idset_init(ra_idset *s);
void ra_idset_free(ra_idset *s);

/* Adds id (len bytes, any bytes). *seen is true when it was already in the
 * set, which is then unchanged. false when out of memory. */
bool ra_idset_add(ra_idset *s, const char *id, size_t len, bool *seen);

/* Expects about n ids in all, of which the ids added so far are a sample:
 * sizes the fingerprint table once for the share of them that needs it,
 * instead of growing it step by step. false when out of memory. */
bool ra_idset_expect(ra_idset *s, size_t n);

/* Starts fetching from memory what adding id will read, for an add a few
 * rows ahead. */
void ra_idset_prefetch(const ra_idset *s, const char *id, size_t len);

#endif
