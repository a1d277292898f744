/* regex.c — PCRE2 with JIT and limits. In PCRE2 10.42 the match limit
 * restarts at every start position of an unanchored pattern and JIT ignores
 * the depth limit, so the length bound on subjects (one sentence) is what
 * keeps the total cost bounded; the limits stop a single pathological
 * attempt. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "regex.h"

#include <pcre2.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ascii.h"
#include "rx_memo.h"
#include "rx_need.h"

struct ra_regex {
    pcre2_code *code;
    bool jit;
    ra_rx_need *need; /* words every match holds, or NULL */
};

struct ra_rx {
    pcre2_match_data *md;
    pcre2_match_context *mctx;
    pcre2_jit_stack *stack;
    rx_memo memo;
    /* The trigrams of the last subject a need was asked about, and a copy
     * of that subject: the rules ask many questions in a row about one
     * sentence. */
    ra_rx_grams grams;
    char *grams_of;
    size_t grams_len, grams_cap;
    bool has_grams;
};

ra_regex *ra_regex_compile(const char *pattern, char *msg, size_t msgsize, size_t *offset)
{
    int errcode;
    PCRE2_SIZE erroff;
    pcre2_code *code =
        pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                      PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &errcode, &erroff, NULL);
    if (!code) {
        PCRE2_UCHAR buf[256];
        pcre2_get_error_message(errcode, buf, sizeof buf);
        snprintf(msg, msgsize, "%s", (const char *)buf);
        *offset = erroff;
        return NULL;
    }
    ra_regex *re = malloc(sizeof *re);
    if (!re) {
        pcre2_code_free(code);
        snprintf(msg, msgsize, "out of memory");
        *offset = 0;
        return NULL;
    }
    re->code = code;
    re->jit = pcre2_jit_compile(code, PCRE2_JIT_COMPLETE) == 0;
    re->need = ra_rx_need_of(pattern); /* NULL: tried on every subject */
    return re;
}

void ra_regex_free(ra_regex *re)
{
    if (!re)
        return;
    pcre2_code_free(re->code);
    ra_rx_need_free(re->need);
    free(re);
}

ra_rx *ra_rx_new(void)
{
    ra_rx *rx = calloc(1, sizeof *rx);
    if (!rx)
        return NULL;
    rx_memo_init(&rx->memo);
    rx->md = pcre2_match_data_create(16, NULL);
    rx->mctx = pcre2_match_context_create(NULL);
    rx->stack = pcre2_jit_stack_create(32 * 1024, RA_RX_JIT_STACK_MAX, NULL);
    if (!rx->md || !rx->mctx || !rx->stack) {
        ra_rx_free(rx);
        return NULL;
    }
    pcre2_set_match_limit(rx->mctx, RA_RX_MATCH_LIMIT);
    pcre2_set_depth_limit(rx->mctx, RA_RX_DEPTH_LIMIT);
    pcre2_jit_stack_assign(rx->mctx, NULL, rx->stack);
    return rx;
}

void ra_rx_free(ra_rx *rx)
{
    if (!rx)
        return;
    pcre2_match_data_free(rx->md);
    pcre2_match_context_free(rx->mctx);
    pcre2_jit_stack_free(rx->stack);
    rx_memo_free(&rx->memo);
    free(rx->grams_of);
    free(rx);
}

/* One attempt from start: 1 match, 0 none, -1 a limit or another error. */
static int match_at(ra_rx *rx, const ra_regex *re, const char *s, size_t len, size_t start)
{
    int rc = re->jit ? pcre2_jit_match(re->code, (PCRE2_SPTR)s, len, start, 0, rx->md, rx->mctx)
                     : pcre2_match(re->code, (PCRE2_SPTR)s, len, start, 0, rx->md, rx->mctx);
    if (rc == PCRE2_ERROR_NOMATCH)
        return 0;
    return rc > 0 ? rc : -1; /* rc: 1 + the highest group that matched */
}

/* Does the word s[b, e) join the items of a list: one that ends in ','
 * ("deposit,"), a coordinator ("or", "and", "nor", "and/or") or an article
 * ("a deposit, a bond or any guarantee")? */
static bool list_joint(const char *s, size_t b, size_t e)
{
    static const char *const joints[] = {"or", "and", "nor", "and/or", "a",
                                         "an", "any", "the", NULL};
    return (e > b && s[e - 1] == ',') || ra_ascii_in_list(s + b, e - b, joints);
}

/* Does the word s[b, e) turn the sentence ("but", "however", "provided",
 * "except" ...)? A negation before it does not reach past it. */
static bool turn(const char *s, size_t b, size_t e)
{
    static const char *const turns[] = {"but",      "however", "provided", "whereas",
                                        "although", "though",  "except",   NULL};
    if (e > b && s[e - 1] == ',')
        e--;
    return ra_ascii_in_list(s + b, e - b, turns);
}

/* The start of the window `words` words before pos. The joints and articles of
 * a list do not count: a negation reaches every item of the list it stands
 * before ("shall not demand from her family any deposit, guarantee cheque,
 * surety or promissory note"). The window stops after a word that turns the
 * sentence ("Nothing ... shall restrict her religion; provided however that
 * she shall not marry"). It spans at most WINDOW_SPAN times `words` words in
 * all, so that a sentence of nothing but list items ("bond, bond, bond, ...")
 * cannot make every match's window reach back to its start. */
#define WINDOW_SPAN 3
static size_t window_start(const char *s, size_t pos, int words)
{
    size_t i = pos;
    const int most = WINDOW_SPAN * words;
    for (int walked = 0; words > 0 && walked < most; walked++) {
        size_t e = i;
        while (e > 0 && s[e - 1] == ' ')
            e--;
        size_t b = e;
        while (b > 0 && s[b - 1] != ' ')
            b--;
        if (b == e || turn(s, b, e))
            break;
        i = b;
        if (!list_joint(s, b, e))
            words--;
    }
    return i;
}

static int negated(ra_rx *rx, const ra_pattern *neg, ra_code lang, const char *s, size_t from,
                   size_t to)
{
    for (size_t k = 0; k < neg->nalts; k++) {
        const ra_pattern_alt_c *alt = &neg->alts[k];
        if (alt->lang != RA_CODE_NONE && alt->lang != lang)
            continue;
        /* The subject ends at the match's end: nothing after it counts. */
        int r = match_at(rx, alt->re, s, to, from);
        if (r != 0)
            return r < 0 ? -1 : 1;
    }
    return 0;
}

static size_t next_char(const char *s, size_t len, size_t i)
{
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
        i++;
    return i;
}

/* Words a coordinated phrase takes ("pregnancy or HIV", "passport and work"). */
#define PHRASE_WORDS 3

/* The start of the word PHRASE_WORDS words after ms, or me if that is sooner. */
static size_t phrase_end(const char *s, size_t ms, size_t me)
{
    size_t i = ms;
    for (int w = 0; w < PHRASE_WORDS && i < me; w++) {
        while (i < me && s[i] != ' ')
            i++;
        while (i < me && s[i] == ' ')
            i++;
    }
    return i;
}

/* rx->grams for subject (unless they are already). */
static void grams_for(ra_rx *rx, const char *subject, size_t len)
{
    if (rx->has_grams && len == rx->grams_len && memcmp(rx->grams_of, subject, len) == 0)
        return;
    ra_rx_grams_of(subject, len, &rx->grams);
    rx->has_grams = false;
    if (len > rx->grams_cap) {
        char *g = realloc(rx->grams_of, len);
        if (!g)
            return; /* computed again next time */
        rx->grams_of = g;
        rx->grams_cap = len;
    }
    memcpy(rx->grams_of, subject, len);
    rx->grams_len = len;
    rx->has_grams = true;
}

/* Could alternative re match subject? False when the subject lacks words
 * every match holds. *seen: the subject's trigrams are in rx->grams. */
static bool may_match(ra_rx *rx, const ra_regex *re, const char *subject, size_t len, bool *seen)
{
    if (!re->need)
        return true;
    if (!*seen) {
        grams_for(rx, subject, len);
        *seen = true;
    }
    return ra_rx_need_met(re->need, &rx->grams);
}

/* A skipped alternative cannot match. Builds with assertions (the
 * sanitizer build, where CI runs every test) ask PCRE2 anyway and stop on a
 * wrong skip: a need read wrongly off a pattern would lose findings. */
static void check_skip(ra_rx *rx, const ra_pattern *p, size_t k, const char *subject, size_t len)
{
#ifndef NDEBUG
    if (match_at(rx, p->alts[k].re, subject, len, 0) > 0) {
        fprintf(stderr,
                "rx_need: pattern %s, alternative %zu, matches what its need rejects: %.*s\n",
                p->name, k + 1, (int)len, subject);
        abort();
    }
#else
    (void)rx, (void)p, (void)k, (void)subject, (void)len;
#endif
}

static ra_rx_result find(ra_rx *rx, const ra_pattern *p, ra_code lang, const char *subject,
                         size_t len, const ra_pattern *neg, int window, ra_rx_hit *hit)
{
    bool limit = false;
    bool seen = false; /* the subject's trigrams computed */
    for (size_t k = 0; k < p->nalts; k++) {
        const ra_pattern_alt_c *alt = &p->alts[k];
        if (alt->lang != RA_CODE_NONE && alt->lang != lang)
            continue;
        if (!may_match(rx, alt->re, subject, len, &seen)) {
            check_skip(rx, p, k, subject, len);
            continue;
        }
        size_t start = 0;
        while (start <= len) {
            int r = match_at(rx, alt->re, subject, len, start);
            int pairs = r;
            if (r < 0) {
                limit = true;
                break;
            }
            if (r == 0)
                break;
            PCRE2_SIZE *ov = pcre2_get_ovector_pointer(rx->md);
            size_t ms = ov[0], me = ov[1];
            size_t cs = ms, ce = me;
            if (pairs > 1 && ov[2] != PCRE2_UNSET) {
                cs = ov[2];
                ce = ov[3];
            }
            int n =
                neg ? negated(rx, neg, lang, subject, window_start(subject, ms, window), me) : 0;
            if (n < 0) {
                limit = true;
                break;
            }
            if (n == 0) {
                *hit = (ra_rx_hit){ms, cs, ce - cs};
                return RA_RX_YES;
            }
            /* Negated: look for another occurrence that starts later. One
             * that starts inside this one within its first words is the same
             * phrase ("HIV test" in "not ... a pregnancy or HIV test"), and
             * is negated with it. */
            start = phrase_end(subject, ms, me);
            if (start <= ms)
                start = next_char(subject, len, ms);
        }
    }
    return limit ? RA_RX_LIMIT : RA_RX_NO;
}

ra_rx_result ra_rx_find(ra_rx *rx, const ra_pattern *p, ra_code lang, const char *subject,
                        size_t len, const ra_pattern *neg, int window, ra_rx_hit *hit)
{
    rx_question q;
    rx_answer a;
    if (!rx_memo_get(&rx->memo, p, neg, window, lang, subject, len, &q, &a)) {
        ra_rx_hit h = {0, 0, 0};
        a.result = find(rx, p, lang, subject, len, neg, window, &h);
        a.start = (uint32_t)h.start;
        a.cap = (uint32_t)h.cap;
        a.cap_len = (uint32_t)h.cap_len;
        rx_memo_put(&rx->memo, &q, &a);
    }
    if (a.result == RA_RX_YES && hit)
        *hit = (ra_rx_hit){a.start, a.cap, a.cap_len};
    return (ra_rx_result)a.result;
}

void ra_rx_forget(ra_rx *rx)
{
    rx_memo_free(&rx->memo);
}
