/* rx_need.c — the words every match of a pattern needs, read off its source
 * (see rx_need.h). A recursive-descent reading of PCRE2 syntax that knows,
 * for each piece of the pattern, either the few strings it can match
 * (exact: "passports?" matches "passport" or "passports") or sets of words
 * one of which each of its matches contains. Runs of exact pieces join into
 * longer words; an alternation needs a word of either branch; a piece that
 * may match nothing (x?, x*, {0,n}, assertions) needs nothing. */
#include "rx_need.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WORD_MAX 48   /* longest word kept (a longer run is split: each part is needed) */
#define EXACT_MAX 24  /* strings a piece known exactly may match */
#define SET_MAX 64    /* words of one set */
#define NEEDS_MAX 4   /* sets a piece keeps, the most selective */
#define WORD_MIN 3    /* a set with a shorter word finds it nearly everywhere: dropped */
#define DEPTH_MAX 200 /* nested groups */

typedef struct {
    unsigned char len;
    char s[WORD_MAX];
} word;

typedef struct {
    word *w;
    size_t n, cap;
} wset;

/* What a piece of the pattern is known to match. */
typedef struct {
    bool exact;            /* every match is one of `set` */
    wset set;              /* exact: the strings; else unused */
    wset needs[NEEDS_MAX]; /* !exact: every match holds a word of each */
    size_t nneeds;
} info;

/* A word as a subject's trigram set sees it: its trigrams. */
typedef struct {
    uint16_t grams[WORD_MAX - 2];
    unsigned char n;
} gram_word;

struct ra_rx_need {
    wset sets[NEEDS_MAX];
    gram_word *grams[NEEDS_MAX]; /* per set, one per word */
    size_t n;
};

typedef struct {
    const unsigned char *p;
    size_t i;
    int depth;
    bool fail; /* a construct not followed, or no memory: no need */
} reader;

/* ---- sets of words */

static void set_free(wset *s)
{
    free(s->w);
    *s = (wset){0};
}

static bool set_has(const wset *s, const word *w)
{
    for (size_t k = 0; k < s->n; k++)
        if (s->w[k].len == w->len && memcmp(s->w[k].s, w->s, w->len) == 0)
            return true;
    return false;
}

static bool set_add(wset *s, const word *w)
{
    if (set_has(s, w))
        return true;
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 2;
        word *g = realloc(s->w, cap * sizeof *g);
        if (!g)
            return false;
        s->w = g;
        s->cap = cap;
    }
    s->w[s->n++] = *w;
    return true;
}

static size_t set_min_len(const wset *s)
{
    size_t m = SIZE_MAX;
    for (size_t k = 0; k < s->n; k++)
        if (s->w[k].len < m)
            m = s->w[k].len;
    return s->n ? m : 0;
}

/* Drops every word that holds another word of the set: a text that holds
 * the longer one holds the shorter. */
/* Does big hold small? (Words are short: a plain search.) */
static bool holds(const word *big, const word *small)
{
    if (small->len == 0)
        return true;
    for (size_t i = 0; i + small->len <= big->len; i++)
        if (big->s[i] == small->s[0] && memcmp(big->s + i, small->s, small->len) == 0)
            return true;
    return false;
}

static void set_simplify(wset *s)
{
    size_t out = 0;
    for (size_t k = 0; k < s->n; k++) {
        bool held = false;
        for (size_t j = 0; j < s->n && !held; j++)
            held = j != k && s->w[j].len <= s->w[k].len && !(s->w[j].len == s->w[k].len && j > k) &&
                   holds(&s->w[k], &s->w[j]);
        if (!held)
            s->w[out++] = s->w[k];
    }
    s->n = out;
}

/* Is a more selective than b: longer shortest word, then fewer words? */
static bool set_better(const wset *a, const wset *b)
{
    size_t la = set_min_len(a), lb = set_min_len(b);
    return la != lb ? la > lb : a->n < b->n;
}

/* ---- what pieces match */

static info info_any(void)
{
    return (info){0};
}

static info info_exact(const char *s, size_t len, reader *r)
{
    info x = {.exact = true};
    word w = {.len = (unsigned char)len};
    memcpy(w.s, s, len);
    if (!set_add(&x.set, &w))
        r->fail = true;
    return x;
}

static info info_empty(reader *r)
{
    return info_exact("", 0, r);
}

static void info_free(info *x)
{
    set_free(&x->set);
    for (size_t k = 0; k < x->nneeds; k++)
        set_free(&x->needs[k]);
    *x = info_any();
}

/* Adds set s (taken over) to x's needs, keeping the NEEDS_MAX best. */
static void add_need(info *x, wset s)
{
    set_simplify(&s);
    if (s.n == 0 || s.n > SET_MAX || set_min_len(&s) < WORD_MIN) {
        set_free(&s);
        return;
    }
    if (x->nneeds < NEEDS_MAX) {
        x->needs[x->nneeds++] = s;
        return;
    }
    size_t worst = 0;
    for (size_t k = 1; k < x->nneeds; k++)
        if (set_better(&x->needs[worst], &x->needs[k]))
            worst = k;
    if (set_better(&s, &x->needs[worst])) {
        set_free(&x->needs[worst]);
        x->needs[worst] = s;
    } else {
        set_free(&s);
    }
}

/* x's exact strings become a need (none when one of them is empty). */
static void exact_to_need(info *x)
{
    if (!x->exact)
        return;
    wset s = x->set;
    x->set = (wset){0};
    x->exact = false;
    if (set_min_len(&s) == 0)
        set_free(&s);
    else
        add_need(x, s);
}

/* Moves b's needs into acc. */
static void merge_needs(info *acc, info *b)
{
    for (size_t k = 0; k < b->nneeds; k++)
        add_need(acc, b->needs[k]);
    b->nneeds = 0;
    info_free(b);
}

/* The exact strings of run followed by those of b, or false when there
 * would be too many or too long ones. */
static bool product(const wset *run, const wset *b, wset *out, reader *r)
{
    *out = (wset){0};
    if (run->n * b->n > EXACT_MAX)
        return false;
    for (size_t i = 0; i < run->n; i++)
        for (size_t j = 0; j < b->n; j++) {
            size_t len = (size_t)run->w[i].len + b->w[j].len;
            if (len > WORD_MAX) {
                set_free(out);
                return false;
            }
            word w = {.len = (unsigned char)len};
            memcpy(w.s, run->w[i].s, run->w[i].len);
            memcpy(w.s + run->w[i].len, b->w[j].s, b->w[j].len);
            if (!set_add(out, &w)) {
                r->fail = true;
                set_free(out);
                return false;
            }
        }
    return true;
}

/* The best single set of x's words (taken from x), or an empty set when x
 * needs nothing. */
static wset best_need(info *x)
{
    exact_to_need(x);
    wset best = {0};
    size_t at = SIZE_MAX;
    for (size_t k = 0; k < x->nneeds; k++)
        if (at == SIZE_MAX || set_better(&x->needs[k], &x->needs[at]))
            at = k;
    if (at != SIZE_MAX) {
        best = x->needs[at];
        x->needs[at] = (wset){0};
    }
    info_free(x);
    return best;
}

/* ---- reading the pattern */

static info read_alternation(reader *r);

static bool is_digit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

static bool is_alnum(unsigned char c)
{
    return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char fold(unsigned char c)
{
    return (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
}

static info info_char(unsigned char c, reader *r)
{
    char f = fold(c);
    return info_exact(&f, 1, r);
}

/* Skips a UTF-8 sequence starting at r->i. */
static void skip_char(reader *r)
{
    r->i++;
    while ((r->p[r->i] & 0xC0) == 0x80)
        r->i++;
}

/* Skips to just past `close` (a braced argument: \x{...}, \p{...}). */
static void skip_past(reader *r, unsigned char close)
{
    while (r->p[r->i] && r->p[r->i] != close)
        r->i++;
    if (!r->p[r->i])
        r->fail = true;
    else
        r->i++;
}

/* \x{hh...} or \xhh, r->i after the x: an ASCII character is itself. */
static info read_hex(reader *r)
{
    unsigned long cp = 0;
    bool braced = r->p[r->i] == '{';
    const char *start = (const char *)r->p + r->i + braced;
    char *end;
    if (braced) {
        cp = strtoul(start, &end, 16);
        r->i = (size_t)((const unsigned char *)end - r->p);
        if (r->p[r->i] != '}') {
            r->fail = true;
            return info_any();
        }
        r->i++;
    } else {
        char two[3] = {0};
        for (int k = 0; k < 2 && strchr("0123456789abcdefABCDEF", r->p[r->i]) && r->p[r->i]; k++)
            two[k] = (char)r->p[r->i++];
        cp = strtoul(two, NULL, 16);
    }
    return cp < 0x80 && cp != 0 ? info_char((unsigned char)cp, r) : info_any();
}

/* An escape outside a class, r->i on the backslash. */
static info read_escape(reader *r)
{
    static const char zero_width[] = "bBAZzGKE";       /* assertions, \K, \E */
    static const char one_of_many[] = "dDwWsShHvVRXC"; /* kinds of characters */
    static const char controls[] = "n\nt\tr\rf\fe\x1B"
                                   "a\x07"; /* letter, then the byte */
    unsigned char e = r->p[r->i + 1];
    r->i += 2;
    const char *c = e ? strchr(controls, e) : NULL;
    if (e && strchr(zero_width, e))
        return info_empty(r);
    if (e && strchr(one_of_many, e))
        return info_any();
    if (c && (c - controls) % 2 == 0)
        return info_char((unsigned char)c[1], r);
    if (e == 'x')
        return read_hex(r);
    if (e == 'N' || e == 'p' || e == 'P' || e == 'o' || e == 'c') {
        /* \N{U+hh}, \p{..} or \pL, \o{..}, \cX: a character not known */
        if (r->p[r->i] == '{' && e != 'c')
            skip_past(r, '}');
        else if ((e == 'p' || e == 'P' || e == 'c') && r->p[r->i])
            r->i++;
        else if (e == 'o')
            r->fail = true;
        return info_any();
    }
    if (e == 0 || is_alnum(e)) {
        /* backreferences, octal, \Q...\E, \g, \k and what is unknown */
        r->fail = true;
        return info_any();
    }
    if (e >= 0x80) {
        r->i--;
        skip_char(r);
        return info_any();
    }
    return info_char(e, r); /* an escaped punctuation character is itself */
}

/* [...]: a few plain characters ([ae], [sz]) are known exactly; ranges,
 * negations, escapes for kinds of characters and POSIX classes are not. */
static info read_class(reader *r)
{
    r->i++;
    bool plain = r->p[r->i] != '^';
    if (!plain)
        r->i++;
    char members[4];
    size_t n = 0;
    for (bool first = true;; first = false) {
        unsigned char c = r->p[r->i];
        if (c == 0) {
            r->fail = true;
            return info_any();
        }
        if (c == ']' && !first) {
            r->i++;
            break;
        }
        if (c == '[' && r->p[r->i + 1] == ':') {
            plain = false;
            r->i += 2;
            while (r->p[r->i] && !(r->p[r->i] == ':' && r->p[r->i + 1] == ']'))
                r->i++;
            if (!r->p[r->i]) {
                r->fail = true;
                return info_any();
            }
            r->i += 2;
            continue;
        }
        if (c == '\\') {
            unsigned char e = r->p[r->i + 1];
            if (e == 'Q' || e == 0) {
                r->fail = true;
                return info_any();
            }
            r->i += 2;
            if (is_alnum(e) || e >= 0x80) {
                plain = false;
                if (e >= 0x80) {
                    r->i--;
                    skip_char(r);
                } else if (r->p[r->i] == '{' && strchr("xpPoN", e)) {
                    skip_past(r, '}');
                }
                continue;
            }
            c = e; /* an escaped punctuation character is itself */
        } else if (c >= 0x80) {
            plain = false;
            skip_char(r);
            continue;
        } else {
            r->i++;
        }
        if (r->p[r->i] == '-' && r->p[r->i + 1] != ']') {
            plain = false; /* a range: its end is read as a member next */
            r->i++;
            continue;
        }
        char f = fold(c);
        if (!memchr(members, f, n)) {
            if (n == sizeof members)
                plain = false;
            else
                members[n++] = f;
        }
    }
    if (!plain)
        return info_any();
    info x = {.exact = true};
    for (size_t k = 0; k < n; k++) {
        word w = {.len = 1, .s = {members[k]}};
        if (!set_add(&x.set, &w))
            r->fail = true;
    }
    return x;
}

/* (...), r->i on the parenthesis. */
static info read_group(reader *r)
{
    const unsigned char *p = r->p;
    size_t i = r->i + 1;
    bool assertion = false;
    if (p[i] == '*') {
        r->fail = true; /* (*VERB) */
        return info_any();
    }
    if (p[i] == '?') {
        unsigned char c = p[i + 1];
        if (c == ':' || c == '|' || c == '>') {
            i += 2;
        } else if (c == '=' || c == '!') {
            assertion = true;
            i += 2;
        } else if (c == '<' && (p[i + 2] == '=' || p[i + 2] == '!')) {
            assertion = true;
            i += 3;
        } else if (c == '<' || (c == 'P' && p[i + 2] == '<') || c == '\'') {
            unsigned char close = c == '\'' ? '\'' : '>';
            r->i = i + (c == 'P' ? 3 : 2);
            skip_past(r, close);
            i = r->i;
        } else if (c == '#') {
            r->i = i + 2;
            skip_past(r, ')');
            return info_empty(r);
        } else {
            /* option letters: (?i) sets them for what follows, (?i:...) is a group */
            size_t k = i + 1;
            while (p[k] && strchr("imnsJU^-x", p[k])) {
                if (p[k] == 'x') {
                    r->fail = true; /* extended: white space is not literal */
                    return info_any();
                }
                k++;
            }
            if (k == i + 1 || (p[k] != ')' && p[k] != ':')) {
                r->fail = true; /* recursion, conditionals, callouts */
                return info_any();
            }
            r->i = k + 1;
            if (p[k] == ')')
                return info_empty(r);
            i = k + 1;
        }
    }
    if (++r->depth > DEPTH_MAX) {
        r->fail = true;
        return info_any();
    }
    r->i = i;
    info inner = read_alternation(r);
    r->depth--;
    if (r->p[r->i] != ')') {
        r->fail = true;
        info_free(&inner);
        return info_any();
    }
    r->i++;
    if (assertion) {
        info_free(&inner);
        return info_empty(r);
    }
    return inner;
}

/* A quantifier at r->i: true with its bounds (max -1: none), else false and
 * nothing read ('{' that is not {n}, {n,} or {n,m} is a literal). */
static bool read_quantifier(reader *r, long *min, long *max)
{
    const unsigned char *p = r->p;
    size_t i = r->i;
    switch (p[i]) {
    case '?':
        *min = 0, *max = 1, i++;
        break;
    case '*':
        *min = 0, *max = -1, i++;
        break;
    case '+':
        *min = 1, *max = -1, i++;
        break;
    case '{': {
        if (!is_digit(p[i + 1]))
            return false;
        char *end;
        *min = strtol((const char *)p + i + 1, &end, 10);
        size_t k = (size_t)((const unsigned char *)end - p);
        *max = *min;
        if (p[k] == ',') {
            k++;
            *max = -1;
            if (is_digit(p[k])) {
                *max = strtol((const char *)p + k, &end, 10);
                k = (size_t)((const unsigned char *)end - p);
            }
        }
        if (p[k] != '}')
            return false;
        i = k + 1;
        break;
    }
    default:
        return false;
    }
    if (p[i] == '?' || p[i] == '+')
        i++; /* lazy or possessive: the same strings */
    r->i = i;
    return true;
}

/* One item of a sequence with its quantifier. */
static info read_item(reader *r)
{
    unsigned char c = r->p[r->i];
    info x;
    if (c == '(') {
        x = read_group(r);
    } else if (c == '[') {
        x = read_class(r);
    } else if (c == '\\') {
        x = read_escape(r);
    } else if (c == '.') {
        r->i++;
        x = info_any();
    } else if (c == '^' || c == '$') {
        r->i++;
        x = info_empty(r);
    } else if (c >= 0x80) {
        skip_char(r);
        x = info_any();
    } else if (c == '?' || c == '*' || c == '+') {
        r->fail = true;
        return info_any();
    } else {
        r->i++;
        x = info_char(c, r);
    }
    long min, max;
    while (!r->fail && read_quantifier(r, &min, &max)) {
        if (min == 0) {
            if (max == 1 && x.exact && x.set.n < EXACT_MAX) {
                word empty = {0};
                if (!set_add(&x.set, &empty))
                    r->fail = true;
            } else {
                info_free(&x); /* matches nothing, or some of what x does */
                x = info_any();
            }
        } else if (max != 1) {
            exact_to_need(&x); /* one copy at least: what it needs */
        }
    }
    return x;
}

/* Items up to '|', ')' or the end. Exact items join into a run of known
 * strings; an item not known exactly ends the run, which becomes a need. */
static info read_sequence(reader *r)
{
    info out = info_any();
    info run = info_empty(r);
    bool exact = true;
    while (!r->fail && r->p[r->i] && r->p[r->i] != '|' && r->p[r->i] != ')') {
        info x = read_item(r);
        if (x.exact && run.set.n == 1 && x.set.n == 1 &&
            run.set.w[0].len + x.set.w[0].len <= WORD_MAX) {
            word *w = &run.set.w[0]; /* a literal run grows in place */
            memcpy(w->s + w->len, x.set.w[0].s, x.set.w[0].len);
            w->len = (unsigned char)(w->len + x.set.w[0].len);
            info_free(&x);
            continue;
        }
        if (x.exact) {
            wset joined;
            if (product(&run.set, &x.set, &joined, r)) {
                set_free(&run.set);
                run.set = joined;
                info_free(&x);
                continue;
            }
            exact = false;
            exact_to_need(&run);
            merge_needs(&out, &run);
            run = x;
        } else {
            exact = false;
            exact_to_need(&run);
            merge_needs(&out, &run);
            merge_needs(&out, &x);
            run = info_empty(r);
        }
    }
    if (exact) {
        info_free(&out);
        return run;
    }
    exact_to_need(&run);
    merge_needs(&out, &run);
    return out;
}

/* Branches separated by '|': known exactly when every branch is and there
 * are few strings; otherwise a need of one word of any branch. */
static info read_alternation(reader *r)
{
    info acc = read_sequence(r);
    /* Once the branches are not known exactly: the words of all of them,
     * simplified and scored once, at the end. */
    wset words = {0};
    bool joined = false, none = false; /* none: a branch needs nothing */
    while (!r->fail && r->p[r->i] == '|') {
        r->i++;
        info b = read_sequence(r);
        if (!joined && acc.exact && b.exact && acc.set.n + b.set.n <= EXACT_MAX) {
            for (size_t k = 0; k < b.set.n && !r->fail; k++)
                if (!set_add(&acc.set, &b.set.w[k]))
                    r->fail = true;
            info_free(&b);
            continue;
        }
        if (!joined) {
            words = best_need(&acc);
            joined = true;
            none = words.n == 0;
        }
        wset sb = best_need(&b);
        none = none || sb.n == 0 || words.n + sb.n > 4 * SET_MAX;
        for (size_t k = 0; k < sb.n && !none && !r->fail; k++)
            if (!set_add(&words, &sb.w[k]))
                r->fail = true;
        set_free(&sb);
    }
    if (!joined)
        return acc;
    if (none || r->fail)
        set_free(&words);
    else
        add_need(&acc, words); /* acc was taken by best_need: it needs nothing yet */
    return acc;
}

/* ---- trigrams */

static unsigned gram(unsigned char a, unsigned char b, unsigned char c)
{
    uint32_t x = ((uint32_t)a << 16) | ((uint32_t)b << 8) | c;
    return (x * 2654435761u) >> (32 - RA_RX_GRAM_BITS);
}

static bool has_gram(const ra_rx_grams *g, unsigned h)
{
    return (g->bits[h / 64] >> (h % 64)) & 1;
}

static bool grams_of_words(ra_rx_need *need, size_t k)
{
    const wset *s = &need->sets[k];
    need->grams[k] = calloc(s->n, sizeof *need->grams[k]);
    if (!need->grams[k])
        return false;
    for (size_t j = 0; j < s->n; j++) {
        const unsigned char *w = (const unsigned char *)s->w[j].s;
        gram_word *g = &need->grams[k][j];
        for (size_t t = 0; t + 2 < s->w[j].len; t++)
            g->grams[g->n++] = (uint16_t)gram(w[t], w[t + 1], w[t + 2]);
    }
    return true;
}

ra_rx_need *ra_rx_need_of(const char *pattern)
{
    reader r = {.p = (const unsigned char *)pattern};
    info x = read_alternation(&r);
    if (r.p[r.i] != '\0')
        r.fail = true; /* an unbalanced ')' */
    exact_to_need(&x);
    ra_rx_need *need = NULL;
    if (!r.fail && x.nneeds && (need = calloc(1, sizeof *need))) {
        /* the most selective set first: it fails soonest */
        for (size_t k = 0; k < x.nneeds; k++) {
            size_t at = need->n;
            while (at > 0 && set_better(&x.needs[k], &need->sets[at - 1])) {
                need->sets[at] = need->sets[at - 1];
                at--;
            }
            need->sets[at] = x.needs[k];
            need->n++;
        }
        x.nneeds = 0;
        for (size_t k = 0; k < need->n; k++)
            if (!grams_of_words(need, k)) {
                ra_rx_need_free(need);
                need = NULL;
                break;
            }
    }
    info_free(&x);
    return need;
}

void ra_rx_need_free(ra_rx_need *need)
{
    if (!need)
        return;
    for (size_t k = 0; k < need->n; k++) {
        set_free(&need->sets[k]);
        free(need->grams[k]);
    }
    free(need);
}

bool ra_rx_need_met(const ra_rx_need *need, const ra_rx_grams *g)
{
    if (!need)
        return true;
    for (size_t k = 0; k < need->n; k++) {
        bool found = false;
        for (size_t j = 0; j < need->sets[k].n && !found; j++) {
            const gram_word *w = &need->grams[k][j];
            size_t t = 0;
            while (t < w->n && has_gram(g, w->grams[t]))
                t++;
            found = t == w->n;
        }
        if (!found)
            return false;
    }
    return true;
}

/* The next character of s as a caseless match sees it, from *i on. */
static unsigned char fold_next(const unsigned char *u, size_t len, size_t *i)
{
    unsigned char c = u[*i];
    if (c < 0x80) {
        ++*i;
        return (unsigned char)fold(c);
    }
    if (c == 0xE2 && *i + 2 < len && u[*i + 1] == 0x84 && u[*i + 2] == 0xAA) {
        *i += 3;
        return 'k'; /* U+212A KELVIN SIGN */
    }
    if (c == 0xC5 && *i + 1 < len && u[*i + 1] == 0xBF) {
        *i += 2;
        return 's'; /* U+017F LATIN SMALL LETTER LONG S */
    }
    if (c == 0xC4 && *i + 1 < len && (u[*i + 1] == 0xB0 || u[*i + 1] == 0xB1)) {
        *i += 2;
        return 'i'; /* U+0130, U+0131: dotted capital and dotless small I */
    }
    ++*i;
    return c;
}

void ra_rx_grams_of(const char *s, size_t len, ra_rx_grams *g)
{
    memset(g, 0, sizeof *g);
    const unsigned char *u = (const unsigned char *)s;
    unsigned char a = 0, b = 0;
    size_t n = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = fold_next(u, len, &i);
        if (++n >= 3) {
            unsigned h = gram(a, b, c);
            g->bits[h / 64] |= (uint64_t)1 << (h % 64);
        }
        a = b;
        b = c;
    }
}

size_t ra_rx_need_describe(const ra_rx_need *need, char *buf, size_t size)
{
    size_t len = 0;
    for (size_t k = 0; need && k < need->n; k++)
        for (size_t j = 0; j < need->sets[k].n; j++) {
            const word *w = &need->sets[k].w[j];
            const char *sep = j + 1 < need->sets[k].n ? "|" : "\n";
            int n = snprintf(buf + (len < size ? len : size), len < size ? size - len : 0, "%.*s%s",
                             (int)w->len, w->s, sep);
            len += n > 0 ? (size_t)n : 0;
        }
    if (size && len < size)
        buf[len] = '\0';
    return len;
}
