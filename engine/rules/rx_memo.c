/* rx_memo.c — ra_rx_find's answers remembered by subject (see rx_memo.h).
 * Two open-addressing tables with linear probing, each grown by doubling at
 * half full: the queries (a pack has a few hundred) and the subjects (hash,
 * and the bytes in one text store). Each subject owns a block of the answer
 * pool, grown by doubling from 8: the queries asked of it as 16-bit ids,
 * scanned eight at a time for the one asked (a block's room is a multiple of
 * 8, and so is where it starts; room not yet used holds 0, which no query
 * id is), and their answers packed in 8 bytes (a subject is at most
 * RA_RX_MEMO_SUBJECT_MAX bytes, so its offsets fit in 16 bits). Ids are
 * 1-based so that 0 means "none". */
#include "rx_memo.h"

#include <stdlib.h>
#include <string.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

struct rx_query {
    const void *pattern, *neg;
    int window;
    ra_code lang;
    uint32_t id; /* 0: empty slot */
};

struct rx_subject {
    uint64_t hash;
    uint32_t off, len;
    uint32_t id;    /* 0: empty slot */
    uint32_t block; /* its answers: pool[block .. block + nanswers) */
    uint32_t nanswers, answers_cap;
};

struct rx_packed {
    uint16_t start, cap, cap_len;
    int8_t result;
};

_Static_assert(RA_RX_MEMO_SUBJECT_MAX <= UINT16_MAX, "a subject's offsets fit in 16 bits");

void rx_memo_init(rx_memo *m)
{
    memset(m, 0, sizeof *m);
}

void rx_memo_free(rx_memo *m)
{
    free(m->pool_q);
    free(m->pool_a);
    free(m->queries);
    free(m->subjects);
    free(m->text);
    rx_memo_init(m);
}

/* ---- hashing ------------------------------------------------------------------------------ */

static uint64_t mix(uint64_t h)
{
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

/* Eight bytes at a time; the tail is read byte by byte (no read past len). */
static uint64_t hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0x9e3779b97f4a7c15ULL ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ mix(w)) * 0x100000001b3ULL;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < len; i++, k += 8)
        tail |= (uint64_t)(unsigned char)s[i] << k;
    return mix(h ^ mix(tail));
}

static size_t pointer_hash(const void *p)
{
    return (size_t)mix((uint64_t)(uintptr_t)p);
}

/* ---- the budget --------------------------------------------------------------------------- */

static size_t bytes_held(const rx_memo *m)
{
    return m->pool_cap * (sizeof(uint16_t) + sizeof(rx_packed)) +
           m->subjects_cap * sizeof(rx_subject) + m->text_cap;
}

/* Forgets every subject and answer, keeping the memory (and the queries,
 * which a pack bounds). */
static void forget(rx_memo *m)
{
    if (m->subjects)
        memset(m->subjects, 0, m->subjects_cap * sizeof *m->subjects);
    m->nsubjects = m->text_len = m->pool_len = 0;
    m->last = NULL;
    m->last_len = 0;
    m->has_last = false;
}

/* Room for `more` bytes of growth within the budget? When not, forgets
 * everything (the tables then have room again) and says so. */
static bool within_budget(rx_memo *m, size_t more)
{
    if (bytes_held(m) + more <= RA_RX_MEMO_MAX)
        return true;
    forget(m);
    return false;
}

/* ---- queries ------------------------------------------------------------------------------ */

static uint32_t query_id(rx_memo *m, const void *pattern, const void *neg, int window, ra_code lang)
{
    if (2 * (m->nqueries + 1) > m->queries_cap) {
        size_t cap = m->queries_cap ? m->queries_cap * 2 : 256;
        rx_query *t = calloc(cap, sizeof *t);
        if (!t)
            return 0;
        for (size_t i = 0; i < m->queries_cap; i++) {
            const rx_query *e = &m->queries[i];
            if (!e->id)
                continue;
            size_t j = pointer_hash(e->pattern) & (cap - 1);
            while (t[j].id)
                j = (j + 1) & (cap - 1);
            t[j] = *e;
        }
        free(m->queries);
        m->queries = t;
        m->queries_cap = cap;
    }
    size_t mask = m->queries_cap - 1;
    for (size_t j = pointer_hash(pattern) & mask;; j = (j + 1) & mask) {
        rx_query *e = &m->queries[j];
        if (!e->id) {
            if (m->nqueries == UINT16_MAX)
                return 0; /* its id would not fit in the pool's 16 bits */
            *e = (rx_query){pattern, neg, window, lang, (uint32_t)++m->nqueries};
            return e->id;
        }
        if (e->pattern == pattern && e->neg == neg && e->window == window && e->lang == lang)
            return e->id;
    }
}

/* ---- subjects ----------------------------------------------------------------------------- */

static bool grow_subjects(rx_memo *m)
{
    size_t cap = m->subjects_cap ? m->subjects_cap * 2 : 1024;
    if (!within_budget(m, (cap - m->subjects_cap) * sizeof(rx_subject)))
        return m->subjects_cap > 0; /* emptied: the table has room again */
    rx_subject *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < m->subjects_cap; i++) {
        const rx_subject *e = &m->subjects[i];
        if (!e->id)
            continue;
        size_t j = (size_t)e->hash & (cap - 1);
        while (t[j].id)
            j = (j + 1) & (cap - 1);
        t[j] = *e;
    }
    free(m->subjects);
    m->subjects = t;
    m->subjects_cap = cap;
    return true;
}

/* The capacity for need items: cap doubled (first: first) until it holds them. */
static size_t doubled(size_t cap, size_t first, size_t need)
{
    cap = cap ? cap : first;
    while (cap < need)
        cap *= 2;
    return cap;
}

static bool reserve_text(rx_memo *m, size_t len)
{
    if (m->text_len + len <= m->text_cap)
        return true;
    size_t cap = doubled(m->text_cap, 64 * 1024, m->text_len + len);
    if (!within_budget(m, cap - m->text_cap))
        return len <= m->text_cap; /* emptied */
    char *t = realloc(m->text, cap);
    if (!t)
        return false;
    m->text = t;
    m->text_cap = cap;
    return true;
}

/* The subject's slot, adding it when new; NULL when it cannot be
 * remembered. */
static rx_subject *subject_get(rx_memo *m, const char *s, size_t len)
{
    /* The rules ask many questions in a row about one sentence. The bytes
     * are compared too: another text may since live at the same address. */
    if (m->has_last && s == m->last && len == m->last_len) {
        rx_subject *e = &m->subjects[m->last_slot];
        if (!memcmp(m->text + e->off, s, len))
            return e;
    }
    uint64_t h = hash_bytes(s, len);
    size_t mask = m->subjects_cap - 1;
    for (size_t j = (size_t)h & mask; m->subjects_cap && m->subjects[j].id; j = (j + 1) & mask) {
        rx_subject *e = &m->subjects[j];
        if (e->hash == h && e->len == len && !memcmp(m->text + e->off, s, len)) {
            m->last = s;
            m->last_len = len;
            m->last_slot = (uint32_t)j;
            m->has_last = true;
            return e;
        }
    }
    /* New. Making room may forget everything; the tables then have room. */
    if (2 * (m->nsubjects + 1) > m->subjects_cap && !grow_subjects(m))
        return NULL;
    if (!reserve_text(m, len))
        return NULL;
    mask = m->subjects_cap - 1;
    size_t j = (size_t)h & mask;
    while (m->subjects[j].id)
        j = (j + 1) & mask;
    m->subjects[j] = (rx_subject){.hash = h,
                                  .off = (uint32_t)m->text_len,
                                  .len = (uint32_t)len,
                                  .id = (uint32_t)++m->nsubjects};
    memcpy(m->text + m->text_len, s, len);
    m->text_len += len;
    m->last = s;
    m->last_len = len;
    m->last_slot = (uint32_t)j;
    m->has_last = true;
    return &m->subjects[j];
}

/* ---- answers ------------------------------------------------------------------------------ */

/* Room for n more answers at the pool's end? Growing may forget everything
 * (false: e is then gone). */
static bool reserve_pool(rx_memo *m, size_t n)
{
    if (m->pool_len + n <= m->pool_cap)
        return true;
    size_t cap = doubled(m->pool_cap, 16 * 1024, m->pool_len + n);
    if (!within_budget(m, (cap - m->pool_cap) * (sizeof(uint16_t) + sizeof(rx_packed))))
        return false;
    uint16_t *q = realloc(m->pool_q, cap * sizeof *q);
    if (!q)
        return false;
    m->pool_q = q;
    rx_packed *a = realloc(m->pool_a, cap * sizeof *a);
    if (!a)
        return false;
    m->pool_a = a;
    m->pool_cap = cap;
    return true;
}

/* Room for one more answer in e's block: the block grows in place when it
 * ends the pool, else moves to the pool's end with twice the room. */
static bool grow_block(rx_memo *m, rx_subject *e)
{
    uint32_t cap = e->answers_cap ? 2 * e->answers_cap : 8;
    bool at_end = e->answers_cap && e->block + e->answers_cap == m->pool_len;
    if (!reserve_pool(m, at_end ? cap - e->answers_cap : cap))
        return false;
    uint32_t fresh = at_end ? e->block + e->answers_cap : (uint32_t)m->pool_len + e->nanswers;
    memset(m->pool_q + fresh, 0, (cap - e->nanswers) * sizeof *m->pool_q);
    if (!at_end) {
        memcpy(m->pool_q + m->pool_len, m->pool_q + e->block, e->nanswers * sizeof *m->pool_q);
        memcpy(m->pool_a + m->pool_len, m->pool_a + e->block, e->nanswers * sizeof *m->pool_a);
        e->block = (uint32_t)m->pool_len;
        m->pool_len += cap;
    } else {
        m->pool_len += cap - e->answers_cap;
    }
    e->answers_cap = cap;
    return true;
}

/* Where query is among the n ids of a block; -1 when it is not. */
static long find_query(const uint16_t *ids, uint32_t n, uint16_t query)
{
#ifdef __SSE2__
    const __m128i want = _mm_set1_epi16((short)query);
    for (uint32_t i = 0; i < n; i += 8) {
        __m128i v = _mm_load_si128((const __m128i *)(const void *)(ids + i));
        unsigned bits = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi16(v, want));
        if (bits)
            return (long)(i + (unsigned)__builtin_ctz(bits) / 2);
    }
#else
    for (uint32_t i = 0; i < n; i++)
        if (ids[i] == query)
            return (long)i;
#endif
    return -1;
}

bool rx_memo_get(rx_memo *m, const void *pattern, const void *neg, int window, ra_code lang,
                 const char *subject, size_t len, rx_question *q, rx_answer *a)
{
    *q = (rx_question){0, 0, 0};
    if (len == 0 || len > RA_RX_MEMO_SUBJECT_MAX)
        return false;
    uint32_t query = query_id(m, pattern, neg, window, lang);
    rx_subject *e = query ? subject_get(m, subject, len) : NULL;
    if (!e)
        return false;
    *q = (rx_question){query, e->id, (uint32_t)(e - m->subjects)};
    /* (a subject with no answer yet may have no pool to point into) */
    long i = e->nanswers ? find_query(m->pool_q + e->block, e->nanswers, (uint16_t)query) : -1;
    if (i < 0)
        return false;
    const rx_packed *p = &m->pool_a[e->block + (uint32_t)i];
    *a = (rx_answer){p->result, p->start, p->cap, p->cap_len};
    return true;
}

void rx_memo_put(rx_memo *m, const rx_question *q, const rx_answer *a)
{
    if (!q->query || !q->subject || q->slot >= m->subjects_cap)
        return; /* not rememberable */
    rx_subject *e = &m->subjects[q->slot];
    if (e->id != q->subject)
        return; /* forgotten since it was asked */
    if (e->nanswers == e->answers_cap && !grow_block(m, e))
        return; /* no memory, or room made by forgetting everything, e too */
    uint32_t i = e->block + e->nanswers++;
    m->pool_q[i] = (uint16_t)q->query;
    m->pool_a[i] =
        (rx_packed){(uint16_t)a->start, (uint16_t)a->cap, (uint16_t)a->cap_len, (int8_t)a->result};
}
