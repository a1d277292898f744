/* value.h — run-time values of the rule language and exact arithmetic.
 *
 * Numbers are exact rationals (int128 numerator / positive denominator), so
 * a ratio such as paid / wage compares exactly with a cap: "exceeds" is
 * strict and never off by a rounding. Money is a rational amount with an ISO
 * 4217 currency. Strings point into data owned elsewhere (the submission, the
 * rule pack); lists point into the rule pack. Values are plain structs:
 * evaluating rules never allocates. */
#ifndef RA_RULES_VALUE_H
#define RA_RULES_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "date.h"
#include "isocodes.h"
#include "money.h"

typedef struct {
    __int128 n, d; /* d > 0 */
} ra_num;

typedef enum { V_NULL, V_BOOL, V_NUM, V_MONEY, V_DATE, V_STR, V_LIST } ra_vkind;

typedef struct ra_vlist ra_vlist;

typedef struct {
    ra_vkind kind;
    ra_code currency; /* V_MONEY */
    union {
        bool b;
        ra_num num; /* V_NUM, V_MONEY */
        ra_date date;
        struct {
            const char *ptr;
            size_t len;
        } str;
        const ra_vlist *list;
    } u;
} ra_value;

struct ra_vlist {
    bool all; /* the word `all`: contains every value */
    size_t n;
    const ra_value *items;
};

#define RA_NULL ((ra_value){.kind = V_NULL})

/* Constructors, inline: rules build values for every field they read. */
static inline ra_num ra_num_int(int64_t i)
{
    return (ra_num){i, 1};
}

static inline ra_num ra_num_from_money(ra_money m)
{
    return (ra_num){m, RA_MONEY_SCALE};
}

static inline ra_value ra_v_bool(bool b)
{
    return (ra_value){.kind = V_BOOL, .u.b = b};
}

static inline ra_value ra_v_num(ra_num n)
{
    return (ra_value){.kind = V_NUM, .u.num = n};
}

static inline ra_value ra_v_int(int64_t i)
{
    return ra_v_num(ra_num_int(i));
}

/* from exact minor units */
static inline ra_value ra_v_money(ra_money m, ra_code currency)
{
    return (ra_value){.kind = V_MONEY, .currency = currency, .u.num = ra_num_from_money(m)};
}

static inline ra_value ra_v_date(ra_date d)
{
    return d == RA_DATE_NULL ? RA_NULL : (ra_value){.kind = V_DATE, .u.date = d};
}

static inline ra_value ra_v_str(const char *s, size_t len)
{
    return (ra_value){.kind = V_STR, .u.str = {s, len}};
}

/* NULL gives null */
static inline ra_value ra_v_cstr(const char *s)
{
    return s ? ra_v_str(s, strlen(s)) : RA_NULL;
}

/* ---- exact numbers ---------------------------------------------------------------- */

/* Parses 12, 12.5 (any number of decimals up to 30 digits in all). */
bool ra_num_parse(const char *s, size_t len, ra_num *out);
/* Each returns false on overflow (or division by zero). */
bool ra_num_add(ra_num a, ra_num b, ra_num *r);
bool ra_num_sub(ra_num a, ra_num b, ra_num *r);
bool ra_num_mul(ra_num a, ra_num b, ra_num *r);
bool ra_num_div(ra_num a, ra_num b, ra_num *r);
int ra_num_cmp(ra_num a, ra_num b); /* -1, 0, 1 (exact) */
bool ra_num_is_zero(ra_num a);
/* a rounded half away from zero to `decimals` places (at most 30), as a
 * rational over 10^decimals: sums of such values never grow their
 * denominators, unlike sums of arbitrary fractions. false if out of range. */
bool ra_num_round(ra_num a, int decimals, ra_num *out);

/* Rounded half away from zero to ten-thousandths; false if out of range. */
bool ra_num_to_money(ra_num a, ra_money *m);
/* Decimal text with `decimals` places, rounded half away from zero; returns
 * its length (strlen(buf)). */
size_t ra_num_format(ra_num a, int decimals, char *buf, size_t size);

/* Money in USD through a rate table indexed by ra_code (0 = no rate; USD is
 * always 1). false when no rate or on overflow. */
bool ra_money_in_usd(ra_num amount, ra_code currency, const ra_rate *rates, ra_num *usd);

/* A count written in words at the start of s[0..len): "one", "twelve", "twenty-four",
 * "twenty four" (English 0 to 99), "satu", "sebelas", "dua belas", "dua puluh"
 * (Indonesian 0 to 99). false when s does not start with such a word or the word
 * runs on ("oneself"). Letters are compared without case (ASCII). */
bool ra_num_from_words(const char *s, size_t len, ra_num *out);

/* A number as contracts write it, at the start of s[0..len): "1,500.00",
 * "SAR 1.800" in Indonesian, "1 800", "12,5". Where both ',' and '.' appear
 * the last is the decimal mark; a separator that appears more than once
 * groups thousands; a lone one is the language's decimal mark (',' when
 * decimal_comma, else '.') unless it is the other one followed by exactly
 * three digits, which groups thousands ("1,500" in English, "1.800" in
 * Indonesian). false when s does not start with a digit. */
bool ra_num_from_text(const char *s, size_t len, bool decimal_comma, ra_num *out);

/* ---- comparison ------------------------------------------------------------------- */

/* Equality of two non-null values of one kind (money: same currency and
 * amount). */
bool ra_value_equal(const ra_value *a, const ra_value *b);

/* Two texts are the same words: their letters and digits, ASCII case folded, are
 * equal in order; spaces, punctuation and other ASCII symbols are skipped, and
 * other (non-ASCII) bytes compare exactly. "Domestic Worker" and "domestic-worker"
 * are the same; "cook" and "cooks" are not. */
bool ra_str_same_words(const char *a, size_t alen, const char *b, size_t blen);

/* Membership in a list (`all` contains everything). */
bool ra_value_in(const ra_value *v, const ra_vlist *list);

/* Writes a value for messages and evidence: money as "1250.50 PHP", numbers
 * with up to 4 decimals, dates ISO, null as "null"; returns the length
 * written (strlen(buf)). */
size_t ra_value_format(const ra_value *v, char *buf, size_t size);

#endif
