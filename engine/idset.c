/* idset.c — the set of ids seen in a unique column: serial ids as runs of
 * numbers per prefix, the others as fingerprints (idset.h). */
#include "idset.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "intern.h"

#define DIGITS_MAX 18   /* a serial id's number: below 10^18, so n + 1 cannot overflow */
#define PREFIX_MAX 32   /* bytes of text before the number */
#define PREFIXES_MAX 64 /* prefixes kept as runs; the ids of any other are fingerprints */
/* A prefix's ids become fingerprints when it has more than RUNS_FEW runs
 * and they cost more memory than fingerprints (fewer than 4 ids a run: 16
 * bytes a run, about 11 an id in the table), or when ids out of order have
 * moved more than MOVED_PER_ID bytes of runs per id to make room. */
#define RUNS_FEW 1024
#define MOVED_PER_ID 64

typedef struct {
    uint64_t lo, hi; /* inclusive */
} run;

struct ra_idset_prefix {
    char text[PREFIX_MAX];
    size_t len;
    unsigned width; /* digits of the number, leading zeros included */
    bool scattered; /* too many runs: its ids are fingerprints now */
    run *runs;      /* in order; neither overlapping nor touching */
    size_t nruns, cap;
    size_t cur;     /* the run the last id of this prefix was in */
    uint64_t ids;   /* in the runs */
    uint64_t moved; /* bytes of runs moved to make room, or to close a gap */
};

/* An id cut into its text and the number that ends it. */
typedef struct {
    const char *text;
    size_t len;
    unsigned width;
    uint64_t number;
} serial;

static bool serial_parse(const char *id, size_t len, serial *x)
{
    size_t d = 0;
    while (d < len && d <= DIGITS_MAX && id[len - 1 - d] >= '0' && id[len - 1 - d] <= '9')
        d++;
    if (d == 0 || d > DIGITS_MAX || len - d > PREFIX_MAX)
        return false;
    x->text = id;
    x->len = len - d;
    x->width = (unsigned)d;
    x->number = 0;
    for (size_t i = len - d; i < len; i++)
        x->number = x->number * 10 + (uint64_t)(id[i] - '0');
    return true;
}

void ra_idset_init(ra_idset *s)
{
    memset(s, 0, sizeof *s);
}

void ra_idset_free(ra_idset *s)
{
    for (size_t i = 0; i < s->nprefixes; i++)
        free(s->prefixes[i].runs);
    free(s->prefixes);
    free(s->slots);
    memset(s, 0, sizeof *s);
}

/* ---- fingerprints ------------------------------------------------------------------ */

/* Slot of a fingerprint: the high bits scaled to the table (any size). */
static size_t fp_home(const ra_idset *s, uint64_t fp)
{
    return (size_t)(((unsigned __int128)fp * s->nslots) >> 64);
}

/* Rehashes into n slots (n > nfp). */
static bool fp_resize(ra_idset *s, size_t n)
{
    uint64_t *slots = calloc(n, sizeof *slots);
    if (!slots)
        return false;
    uint64_t *old = s->slots;
    size_t nold = s->nslots;
    s->slots = slots;
    s->nslots = n;
    for (size_t i = 0; i < nold; i++) {
        if (!old[i])
            continue;
        size_t j = fp_home(s, old[i]);
        while (slots[j])
            j = j + 1 == n ? 0 : j + 1;
        slots[j] = old[i];
    }
    free(old);
    return true;
}

/* Room for n fingerprints at a load of 0.75. */
static bool fp_reserve(ra_idset *s, size_t n)
{
    size_t slots = n + n / 3;
    return slots <= s->nslots || fp_resize(s, slots);
}

static bool fp_add(ra_idset *s, uint64_t fp, bool *seen)
{
    fp |= 1;                                /* 0 marks an empty slot */
    if ((s->nfp + 1) * 5 > s->nslots * 4 && /* load above 0.8 */
        !fp_resize(s, s->nslots ? s->nslots + s->nslots / 2 : 1024))
        return false;
    size_t j = fp_home(s, fp);
    while (s->slots[j]) {
        if (s->slots[j] == fp) {
            *seen = true;
            return true;
        }
        j = j + 1 == s->nslots ? 0 : j + 1;
    }
    s->slots[j] = fp;
    s->nfp++;
    *seen = false;
    return true;
}

/* ---- runs of serial numbers -------------------------------------------------------- */

static bool prefix_is(const ra_idset_prefix *p, const serial *x)
{
    return p->len == x->len && p->width == x->width && !memcmp(p->text, x->text, x->len);
}

/* x's prefix, or NULL when it has none yet. */
static ra_idset_prefix *prefix_find(const ra_idset *s, const serial *x)
{
    if (s->last_prefix < s->nprefixes && prefix_is(&s->prefixes[s->last_prefix], x))
        return &s->prefixes[s->last_prefix];
    for (size_t i = 0; i < s->nprefixes; i++)
        if (prefix_is(&s->prefixes[i], x))
            return &s->prefixes[i];
    return NULL;
}

/* x's prefix, made when it is new; *p NULL when the table is full. false
 * when out of memory. */
static bool prefix_get(ra_idset *s, const serial *x, ra_idset_prefix **p)
{
    *p = prefix_find(s, x);
    if (!*p && s->nprefixes < PREFIXES_MAX) {
        if (!ra_grow((void **)&s->prefixes, &s->cap_prefixes, s->nprefixes + 1,
                     sizeof *s->prefixes))
            return false;
        *p = &s->prefixes[s->nprefixes++];
        **p = (ra_idset_prefix){.len = x->len, .width = x->width};
        memcpy((*p)->text, x->text, x->len);
    }
    if (*p)
        s->last_prefix = (size_t)(*p - s->prefixes);
    return true;
}

/* Adds n to p's runs. 1: added, or *seen; 0: out of memory; -1: the runs
 * would cost more than fingerprints (RUNS_FEW). */
static int runs_add(ra_idset_prefix *p, uint64_t n, bool *seen)
{
    *seen = false;
    if (p->nruns) { /* the usual case: n follows the last id */
        run *r = &p->runs[p->cur];
        if (n == r->hi + 1 && (p->cur + 1 == p->nruns || r[1].lo > n + 1)) {
            r->hi = n;
            p->ids++;
            return 1;
        }
    }
    size_t i = 0, end = p->nruns; /* i: the first run that ends at n or after */
    while (i < end) {
        size_t mid = i + (end - i) / 2;
        if (p->runs[mid].hi < n)
            i = mid + 1;
        else
            end = mid;
    }
    if (i < p->nruns && p->runs[i].lo <= n) {
        *seen = true;
        p->cur = i;
        return 1;
    }
    bool after = i > 0 && p->runs[i - 1].hi + 1 == n;
    bool before = i < p->nruns && p->runs[i].lo == n + 1;
    size_t tail = (p->nruns - i) * sizeof *p->runs; /* bytes of the runs after n */
    if (after && before) {
        p->runs[i - 1].hi = p->runs[i].hi; /* n joins two runs */
        memmove(&p->runs[i], &p->runs[i + 1], tail - sizeof *p->runs);
        p->moved += tail;
        p->nruns--;
        p->cur = i - 1;
    } else if (after) {
        p->runs[i - 1].hi = n;
        p->cur = i - 1;
    } else if (before) {
        p->runs[i].lo = n;
        p->cur = i;
    } else {
        if (p->nruns >= RUNS_FEW &&
            ((p->nruns + 1) * 4 > p->ids + 1 || p->moved + tail > MOVED_PER_ID * (p->ids + 1)))
            return -1;
        if (!ra_grow((void **)&p->runs, &p->cap, p->nruns + 1, sizeof *p->runs))
            return 0;
        memmove(&p->runs[i + 1], &p->runs[i], tail);
        p->moved += tail;
        p->runs[i] = (run){n, n};
        p->nruns++;
        p->cur = i;
    }
    p->ids++;
    return 1;
}

/* Moves p's ids to the fingerprints: each is written out again, exactly as
 * it was read (the prefix, then the number in width digits). */
static bool scatter(ra_idset *s, ra_idset_prefix *p)
{
    if (!fp_reserve(s, s->nfp + (size_t)p->ids))
        return false;
    char id[PREFIX_MAX + DIGITS_MAX];
    memcpy(id, p->text, p->len);
    for (size_t i = 0; i < p->nruns; i++)
        for (uint64_t n = p->runs[i].lo;; n++) {
            uint64_t v = n;
            for (unsigned d = p->width; d-- > 0; v /= 10)
                id[p->len + d] = (char)('0' + v % 10);
            bool seen;
            if (!fp_add(s, ra_hash_bytes(id, p->len + p->width), &seen))
                return false;
            if (n == p->runs[i].hi)
                break;
        }
    free(p->runs);
    p->runs = NULL;
    p->nruns = p->cap = p->cur = 0;
    p->scattered = true;
    return true;
}

/* ---- the set ----------------------------------------------------------------------- */

bool ra_idset_add(ra_idset *s, const char *id, size_t len, bool *seen)
{
    serial x;
    ra_idset_prefix *p = NULL;
    if (serial_parse(id, len, &x) && !prefix_get(s, &x, &p))
        return false;
    if (p && !p->scattered) {
        int r = runs_add(p, x.number, seen);
        if (r == 0)
            return false;
        if (r > 0) {
            s->count += !*seen;
            return true;
        }
        if (!scatter(s, p))
            return false;
    }
    if (!fp_add(s, ra_hash_bytes(id, len), seen))
        return false;
    s->count += !*seen;
    return true;
}

bool ra_idset_expect(ra_idset *s, size_t n)
{
    if (!s->nfp || !s->count)
        return true;
    double share = (double)s->nfp / (double)s->count;
    return fp_reserve(s, (size_t)((double)n * share));
}

void ra_idset_prefetch(const ra_idset *s, const char *id, size_t len)
{
    if (!s->nslots)
        return;
    serial x;
    if (serial_parse(id, len, &x)) {
        const ra_idset_prefix *p = prefix_find(s, &x);
        if (p ? !p->scattered : s->nprefixes < PREFIXES_MAX)
            return; /* its runs: a few bytes, already at hand */
    }
    __builtin_prefetch(&s->slots[fp_home(s, ra_hash_bytes(id, len) | 1)]);
}
