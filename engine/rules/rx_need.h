/* rx_need.h — what every match of a clause pattern must contain, read off
 * the pattern's source when the pack loads: a few sets of ASCII words such
 * that any text the pattern matches holds at least one word of each set
 * ("assign", "cede" or "sign", and "lender", "creditor", "agenc" ...).
 * regex.c asks it before running PCRE2 on a sentence: most clause patterns
 * need words that most sentences lack, and looking for a few words costs a
 * small fraction of a backtracking attempt from every start position.
 *
 * The reading is conservative: a construct it does not follow (a
 * backreference, a conditional, extended mode) leaves the pattern without
 * need, to be tried on every sentence. Patterns are matched caselessly, so
 * words are lower case, and subjects are seen through their trigrams.
 *
 * ra_rx_need_of allocates; ra_rx_need_free frees. A need is read-only once
 * made and may be shared between threads. Private to the rules library. */
#ifndef RA_RULES_RX_NEED_H
#define RA_RULES_RX_NEED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct ra_rx_need ra_rx_need;

/* The need of a pattern (PCRE2 syntax, compiled caseless in UTF mode), or
 * NULL when nothing useful is known or memory ran out: then every subject may
 * match. */
ra_rx_need *ra_rx_need_of(const char *pattern);
void ra_rx_need_free(ra_rx_need *need);

/* The trigrams of a subject as a caseless match sees it (ASCII letters in
 * lower case, and the non-ASCII letters that match an ASCII letter
 * caselessly as that letter: KELVIN SIGN as k, LONG S as s, dotted and
 * dotless I as i), hashed into a set of bits. A word is in the subject only
 * if all its trigrams are in the set; a collision can only let a subject
 * through to PCRE2, never keep a match from it. */
#define RA_RX_GRAM_BITS 13
typedef struct {
    uint64_t bits[(1u << RA_RX_GRAM_BITS) / 64];
} ra_rx_grams;

void ra_rx_grams_of(const char *subject, size_t len, ra_rx_grams *grams);

/* Could a match lie in the subject whose trigrams are `grams`? False:
 * surely not. A NULL need is always met. */
bool ra_rx_need_met(const ra_rx_need *need, const ra_rx_grams *grams);

/* The need as text, one set per line ("assign|cede|sign"), for the tests;
 * writes at most size bytes (NUL-terminated) and returns the length it
 * needed. */
size_t ra_rx_need_describe(const ra_rx_need *need, char *buf, size_t size);

#endif
