/* regex.h — contract clause patterns: PCRE2 (8-bit, UTF, caseless, Unicode
 * properties) compiled once with JIT when the pack loads, and matched with
 * bounded cost: a match limit, a depth limit, a capped JIT stack, and
 * subjects never longer than one sentence (RA_SENTENCE_MAX).
 *
 * Compiled patterns belong to the pack and are read-only. A ra_rx holds what
 * one thread needs to match (match data, match context, JIT stack, and the
 * answers it already gave, rx_memo.h); create one per thread with ra_rx_new
 * and free it with ra_rx_free. */
#ifndef RA_RULES_REGEX_H
#define RA_RULES_REGEX_H

#include <stdbool.h>
#include <stddef.h>

#include "isocodes.h"

#define RA_RX_MATCH_LIMIT 1000000u
#define RA_RX_DEPTH_LIMIT 10000u
#define RA_RX_JIT_STACK_MAX (1024 * 1024)

typedef struct ra_regex ra_regex; /* one compiled expression */

typedef struct {
    ra_code lang; /* RA_CODE_NONE: any language */
    ra_regex *re;
} ra_pattern_alt_c;

typedef struct {
    const char *name;
    ra_pattern_alt_c *alts;
    size_t nalts;
} ra_pattern;

/* Compiles one expression; on error fills msg and *offset (in the pattern). */
ra_regex *ra_regex_compile(const char *pattern, char *msg, size_t msgsize, size_t *offset);
void ra_regex_free(ra_regex *re);

typedef struct ra_rx ra_rx;
ra_rx *ra_rx_new(void);
void ra_rx_free(ra_rx *rx);

typedef enum { RA_RX_NO = 0, RA_RX_YES = 1, RA_RX_LIMIT = -1 } ra_rx_result;

/* Where a match was found: the whole match's start, and the first capture
 * group (or the whole match when the pattern has none). Offsets are bytes
 * of the subject. */
typedef struct {
    size_t start;
    size_t cap, cap_len;
} ra_rx_hit;

/* Does p (its alternatives for lang, and those for any language) match
 * subject somewhere that neg (when non-NULL) does not negate? A match is
 * negated when neg matches in the window from `window` words before the match
 * to the match's end; a later match that starts inside a negated one, within
 * its first three words, is the same phrase and negated with it ("not ... a
 * pregnancy or HIV test" also negates "HIV test"). On RA_RX_YES, *hit (when
 * non-NULL) says where.
 * RA_RX_LIMIT: a limit was hit and the answer is unknown.
 * A question rx was asked before about the same bytes is answered from its
 * memory (the same answer; subjects are bounded by RA_RX_MEMO_SUBJECT_MAX). */
ra_rx_result ra_rx_find(ra_rx *rx, const ra_pattern *p, ra_code lang, const char *subject,
                        size_t len, const ra_pattern *neg, int window, ra_rx_hit *hit);

/* Frees the memory of past answers (at most RA_RX_MEMO_MAX bytes), when the
 * texts that repeat are done with. rx stays usable. */
void ra_rx_forget(ra_rx *rx);

#endif
