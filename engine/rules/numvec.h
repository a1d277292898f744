/* numvec.h — an array of exact rationals at 16 bytes an element instead of
 * ra_num's 32: two int64 when the value fits (almost always: amounts have a
 * few decimals), else the value is kept in a side table. For the per-worker
 * totals of an audit, of which there are millions.
 *
 * The array owns its elements and side table; ra_numvec_free releases them.
 * Elements start at 0. Not thread-safe (one audit, one array). */
#ifndef RA_NUMVEC_H
#define RA_NUMVEC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef struct {
    int64_t n, d; /* d > 0: the value n/d; d == 0: 0 when n == 0, else big[n - 1] */
} ra_num64;

typedef struct {
    ra_num64 *v;
    size_t len;
    ra_num *big;
    size_t nbig, cap_big;
} ra_numvec;

/* len elements, all 0. false when out of memory (free is still safe). */
bool ra_numvec_init(ra_numvec *a, size_t len);
void ra_numvec_free(ra_numvec *a);

ra_num ra_numvec_get(const ra_numvec *a, size_t i);

/* false when out of memory (the element keeps its old value). */
bool ra_numvec_set(ra_numvec *a, size_t i, ra_num v);

#endif
