/* rx_memo.c — ra_rx_find's answers remembered by subject (see rx_memo.h).
 * Three open-addressing tables with linear probing, each grown by doubling
 * at half full: the queries (a pack has a few hundred), the subjects (hash,
 * and the bytes in one text store), and the answers keyed by (query,
 * subject). Ids are 1-based so that 0 means "none". */
#include "rx_memo.h"

#include <stdlib.h>
#include <string.h>

struct rx_query {
    const void *pattern, *neg;
    int window;
    ra_code lang;
    uint32_t id; /* 0: empty slot */
};

struct rx_subject {
    uint64_t hash;
    uint32_t off, len;
    uint32_t id; /* 0: empty slot */
};

struct rx_slot {
    rx_question q; /* q.query 0: empty slot */
    rx_answer a;
};

void rx_memo_init(rx_memo *m)
{
    memset(m, 0, sizeof *m);
}

void rx_memo_free(rx_memo *m)
{
    free(m->answers);
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
    return m->answers_cap * sizeof(rx_slot) + m->subjects_cap * sizeof(rx_subject) + m->text_cap;
}

/* Forgets every subject and answer, keeping the memory (and the queries,
 * which a pack bounds). */
static void forget(rx_memo *m)
{
    if (m->answers)
        memset(m->answers, 0, m->answers_cap * sizeof *m->answers);
    if (m->subjects)
        memset(m->subjects, 0, m->subjects_cap * sizeof *m->subjects);
    m->nanswers = m->nsubjects = m->text_len = 0;
    m->last = NULL;
    m->last_len = 0;
    m->last_off = m->last_id = 0;
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

static uint32_t query_id(rx_memo *m, const void *pattern, const void *neg, int window,
                         ra_code lang)
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

static bool reserve_text(rx_memo *m, size_t len)
{
    if (m->text_len + len <= m->text_cap)
        return true;
    size_t cap = m->text_cap ? m->text_cap : 64 * 1024;
    while (cap < m->text_len + len)
        cap *= 2;
    if (!within_budget(m, cap - m->text_cap))
        return len <= m->text_cap; /* emptied */
    char *t = realloc(m->text, cap);
    if (!t)
        return false;
    m->text = t;
    m->text_cap = cap;
    return true;
}

/* The subject's id, adding it when new; 0 when it cannot be remembered. */
static uint32_t subject_id(rx_memo *m, const char *s, size_t len)
{
    /* The rules ask many questions in a row about one sentence. The bytes
     * are compared too: another text may since live at the same address. */
    if (m->last_id && s == m->last && len == m->last_len && !memcmp(m->text + m->last_off, s, len))
        return m->last_id;
    uint64_t h = hash_bytes(s, len);
    size_t mask = m->subjects_cap - 1;
    for (size_t j = (size_t)h & mask; m->subjects_cap && m->subjects[j].id; j = (j + 1) & mask) {
        const rx_subject *e = &m->subjects[j];
        if (e->hash == h && e->len == len && !memcmp(m->text + e->off, s, len)) {
            m->last = s;
            m->last_len = len;
            m->last_off = e->off;
            m->last_id = e->id;
            return e->id;
        }
    }
    /* New. Making room may forget everything; the tables then have room. */
    if (2 * (m->nsubjects + 1) > m->subjects_cap && !grow_subjects(m))
        return 0;
    if (!reserve_text(m, len))
        return 0;
    mask = m->subjects_cap - 1;
    size_t j = (size_t)h & mask;
    while (m->subjects[j].id)
        j = (j + 1) & mask;
    uint32_t id = (uint32_t)++m->nsubjects;
    m->subjects[j] = (rx_subject){h, (uint32_t)m->text_len, (uint32_t)len, id};
    memcpy(m->text + m->text_len, s, len);
    m->last = s;
    m->last_len = len;
    m->last_off = (uint32_t)m->text_len;
    m->last_id = id;
    m->text_len += len;
    return id;
}

/* ---- answers ------------------------------------------------------------------------------ */

static size_t question_hash(const rx_question *q)
{
    return (size_t)mix(((uint64_t)q->query << 32) ^ q->subject);
}

static bool grow_answers(rx_memo *m)
{
    size_t cap = m->answers_cap ? m->answers_cap * 2 : 4096;
    if (!within_budget(m, (cap - m->answers_cap) * sizeof(rx_slot)))
        return false; /* forgotten: the question's subject id is gone too */
    rx_slot *t = calloc(cap, sizeof *t);
    if (!t)
        return false;
    for (size_t i = 0; i < m->answers_cap; i++) {
        const rx_slot *e = &m->answers[i];
        if (!e->q.query)
            continue;
        size_t j = question_hash(&e->q) & (cap - 1);
        while (t[j].q.query)
            j = (j + 1) & (cap - 1);
        t[j] = *e;
    }
    free(m->answers);
    m->answers = t;
    m->answers_cap = cap;
    return true;
}

bool rx_memo_get(rx_memo *m, const void *pattern, const void *neg, int window, ra_code lang,
                 const char *subject, size_t len, rx_question *q, rx_answer *a)
{
    *q = (rx_question){0, 0};
    if (len == 0 || len > RA_RX_MEMO_SUBJECT_MAX)
        return false;
    uint32_t query = query_id(m, pattern, neg, window, lang);
    uint32_t sid = query ? subject_id(m, subject, len) : 0;
    if (!sid)
        return false;
    *q = (rx_question){query, sid};
    if (m->answers_cap) {
        size_t mask = m->answers_cap - 1;
        for (size_t j = question_hash(q) & mask; m->answers[j].q.query; j = (j + 1) & mask) {
            const rx_slot *e = &m->answers[j];
            if (e->q.query == query && e->q.subject == sid) {
                *a = e->a;
                return true;
            }
        }
    }
    return false;
}

void rx_memo_put(rx_memo *m, const rx_question *q, const rx_answer *a)
{
    if (!q->query || !q->subject || q->subject > m->nsubjects)
        return; /* not rememberable, or forgotten since it was asked */
    if (2 * (m->nanswers + 1) > m->answers_cap && !grow_answers(m))
        return;
    size_t mask = m->answers_cap - 1;
    size_t j = question_hash(q) & mask;
    while (m->answers[j].q.query)
        j = (j + 1) & mask;
    m->answers[j] = (rx_slot){*q, *a};
    m->nanswers++;
}
