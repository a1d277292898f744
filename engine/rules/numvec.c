/* numvec.c — exact rationals in 16 bytes, with a side table for the rest. */
#include "numvec.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"

bool ra_numvec_init(ra_numvec *a, size_t len)
{
    memset(a, 0, sizeof *a);
    a->v = ra_zalloc(len, sizeof *a->v); /* read before written: see ra_zalloc */
    a->len = len;
    return a->v != NULL;
}

void ra_numvec_free(ra_numvec *a)
{
    free(a->v);
    free(a->big);
    memset(a, 0, sizeof *a);
}

ra_num ra_numvec_get(const ra_numvec *a, size_t i)
{
    ra_num64 e = a->v[i];
    if (e.d > 0)
        return (ra_num){e.n, e.d};
    return e.n ? a->big[e.n - 1] : ra_num_int(0);
}

bool ra_numvec_set(ra_numvec *a, size_t i, ra_num v)
{
    ra_num64 *e = &a->v[i];
    if (e->d == 0 && e->n) { /* already in the side table: stays there */
        a->big[e->n - 1] = v;
        return true;
    }
    if (v.n >= INT64_MIN && v.n <= INT64_MAX && v.d > 0 && v.d <= INT64_MAX) {
        *e = (ra_num64){(int64_t)v.n, (int64_t)v.d};
        return true;
    }
    if (a->nbig == a->cap_big) {
        size_t cap = a->cap_big ? a->cap_big * 2 : 64;
        ra_num *big = realloc(a->big, cap * sizeof *big);
        if (!big)
            return false;
        a->big = big;
        a->cap_big = cap;
    }
    a->big[a->nbig++] = v;
    *e = (ra_num64){(int64_t)a->nbig, 0};
    return true;
}
