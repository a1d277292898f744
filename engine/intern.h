/* intern.h — a string → uint32 map (open addressing), used both to intern
 * repeated strings (agency ids: memory grows with distinct values, not rows)
 * and to index records by id (worker_id → worker index).
 *
 * The map copies each key into its own arena on insertion; keys returned by
 * ra_strmap_key stay valid until ra_strmap_free. Not thread-safe for writers;
 * concurrent readers are fine once loading is done. */
#ifndef RA_INTERN_H
#define RA_INTERN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct {
    uint32_t *slots; /* entry index + 1, 0 = empty */
    uint32_t nslots; /* power of two */
    uint32_t count;
    uint32_t cap;      /* capacity of the entry arrays */
    const char **keys; /* entry → key (NUL-terminated, in arena) */
    uint32_t *lens;
    uint64_t *hashes;
    uint32_t *values;
    ra_arena arena;
} ra_strmap;

void ra_strmap_init(ra_strmap *m);
void ra_strmap_free(ra_strmap *m);

uint64_t ra_hash_bytes(const void *p, size_t len);

/* Looks s up; returns true and sets *value when present. */
bool ra_strmap_get(const ra_strmap *m, const char *s, size_t len, uint32_t *value);

/* Inserts s → value when absent. Returns 1 if inserted, 0 if it was already
 * present (then *existing, when non-NULL, gets the stored value), -1 when out
 * of memory. *key_out (optional) gets the map's copy of the key. */
int ra_strmap_put(ra_strmap *m, const char *s, size_t len, uint32_t value, uint32_t *existing,
                  const char **key_out);

/* Starts fetching the slot where s would be found or put: for a caller
 * that knows the key a few operations ahead, in a map larger than the
 * caches. Changes nothing. */
void ra_strmap_prefetch(const ra_strmap *m, const char *s, size_t len);

/* Interns s: returns the map's stable copy (value = entry number), NULL when
 * out of memory. */
const char *ra_strmap_intern(ra_strmap *m, const char *s, size_t len);

#endif
