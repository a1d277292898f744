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
 * words are lower case and subjects are folded first with ra_rx_fold.
 *
 * ra_rx_need_of allocates; ra_rx_need_free frees. A need is read-only once
 * made and may be shared between threads. Private to the rules library. */
#ifndef RA_RULES_RX_NEED_H
#define RA_RULES_RX_NEED_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ra_rx_need ra_rx_need;

/* The need of a pattern (PCRE2 syntax, compiled caseless in UTF mode), or
 * NULL when nothing useful is known or memory ran out: then every subject may
 * match. */
ra_rx_need *ra_rx_need_of(const char *pattern);
void ra_rx_need_free(ra_rx_need *need);

/* Could a match lie in folded[0, len), a subject folded by ra_rx_fold?
 * False: surely not. A NULL need is always met. */
bool ra_rx_need_met(const ra_rx_need *need, const char *folded, size_t len);

/* Folds s[0, len) into out (room for len bytes) as a caseless match sees
 * it: ASCII letters to lower case, and the non-ASCII letters that match an
 * ASCII letter caselessly to that letter (KELVIN SIGN to k, LONG S to s,
 * dotted and dotless I to i); other bytes are copied. Returns the length
 * written (at most len). */
size_t ra_rx_fold(const char *s, size_t len, char *out);

/* The need as text, one set per line ("assign|cede|sign"), for the tests;
 * writes at most size bytes (NUL-terminated) and returns the length it
 * needed. */
size_t ra_rx_need_describe(const ra_rx_need *need, char *buf, size_t size);

#endif
