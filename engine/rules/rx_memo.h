/* rx_memo.h — the answers ra_rx_find gave, remembered by the text they were
 * about. Contracts written from one template repeat most of their sentences
 * word for word (a national submission: 8% of its contract lines are
 * distinct), and a question already answered for a sentence is answered
 * from memory instead of by PCRE2 again. The answer of ra_rx_find depends on
 * nothing but the pattern, the negation, the window, the language and the
 * subject's bytes, so a remembered answer is exactly the computed one.
 *
 * A memo belongs to one ra_rx, hence to one thread. It owns copies of the
 * subjects it remembers, each with the answers about it side by side (the
 * rules ask many questions of one sentence), and is bounded: past
 * RA_RX_MEMO_MAX bytes it forgets everything and starts again. Empty
 * subjects, and subjects longer than RA_RX_MEMO_SUBJECT_MAX bytes, are not
 * remembered. Private to the rules library (regex.c). */
#ifndef RA_RULES_RX_MEMO_H
#define RA_RULES_RX_MEMO_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "isocodes.h"

#define RA_RX_MEMO_MAX (8u * 1024 * 1024)
#define RA_RX_MEMO_SUBJECT_MAX 4096u

/* One answer: ra_rx_result and, on a match, ra_rx_hit's offsets. */
typedef struct {
    int32_t result;
    uint32_t start, cap, cap_len;
} rx_answer;

/* A question: which query on which subject (query 0: not remembered). */
typedef struct {
    uint32_t query, subject, slot; /* slot: the subject's place in its table */
} rx_question;

typedef struct rx_query rx_query;
typedef struct rx_subject rx_subject;
typedef struct rx_packed rx_packed;

typedef struct {
    rx_query *queries; /* open addressing on (pattern, negation, window, lang) */
    size_t queries_cap, nqueries;
    rx_subject *subjects; /* open addressing on the text */
    size_t subjects_cap, nsubjects;
    char *text; /* the subjects' bytes, one after another */
    size_t text_cap, text_len;
    /* The answers, a block of the pool per subject: the queries in pool_q
     * (scanned for the one asked) and their answers in pool_a. */
    uint16_t *pool_q;
    rx_packed *pool_a;
    size_t pool_cap, pool_len;
    const char *last; /* the last subject asked about, where the caller holds it */
    size_t last_len;
    uint32_t last_slot;
    bool has_last;
} rx_memo;

void rx_memo_init(rx_memo *m);

/* Frees what m holds; m may be reused after rx_memo_init. */
void rx_memo_free(rx_memo *m);

/* Is this question answered? True: *a is the answer. False: the caller
 * computes it and gives it to rx_memo_put with *q (which is zero when the
 * memo cannot remember it: a long subject, or no memory). */
bool rx_memo_get(rx_memo *m, const void *pattern, const void *neg, int window, ra_code lang,
                 const char *subject, size_t len, rx_question *q, rx_answer *a);

/* Remembers the answer to *q (nothing when q is zero or memory runs out). */
void rx_memo_put(rx_memo *m, const rx_question *q, const rx_answer *a);

#endif
