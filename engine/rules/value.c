/* value.c — rational arithmetic with overflow checks, kept small by
 * reducing with gcd only when operands grow large. */
#include "value.h"

#include <stdio.h>
#include <string.h>

#include "utf8.h"

#define BIG ((__int128)1 << 100)

static __int128 abs128(__int128 x)
{
    return x < 0 ? -x : x;
}

/* gcd(x, y) for x, y > 0, by Stein's binary algorithm: shifts and
 * subtractions, several times faster than Euclid's divisions. */
static uint64_t gcd64(uint64_t x, uint64_t y)
{
    int twos = __builtin_ctzll(x | y);
    x >>= __builtin_ctzll(x);
    do {
        y >>= __builtin_ctzll(y);
        if (x > y) {
            uint64_t t = x;
            x = y;
            y = t;
        }
        y -= x;
    } while (y);
    return x << twos;
}

/* The greatest common divisor of |a| and |b|, 1 when both are 0. */
static __int128 gcd128(__int128 sa, __int128 sb)
{
    /* unsigned: the remainder of the usual 128-bit step is cheaper */
    unsigned __int128 a = (unsigned __int128)abs128(sa), b = (unsigned __int128)abs128(sb);
    while (b) {
        if (a <= UINT64_MAX && b <= UINT64_MAX) {
            /* The usual case, and every case's tail: 64 bits. */
            return a ? (__int128)gcd64((uint64_t)a, (uint64_t)b) : (__int128)b;
        }
        unsigned __int128 t = a % b;
        a = b;
        b = t;
    }
    return a ? (__int128)a : 1;
}

/* a / g for a divisor g of a: nothing to do for 1 (the usual case), and a
 * 64-bit division when both fit, several times cheaper than 128 bits. */
static __int128 div_exact(__int128 a, __int128 g)
{
    if (g == 1)
        return a;
    if (a >= INT64_MIN && a <= INT64_MAX && g <= INT64_MAX)
        return (int64_t)a / (int64_t)g;
    return a / g;
}

static ra_num reduce(ra_num x)
{
    if (abs128(x.n) < BIG && x.d < BIG)
        return x;
    __int128 g = gcd128(x.n, x.d);
    return (ra_num){div_exact(x.n, g), div_exact(x.d, g)};
}

bool ra_num_parse(const char *s, size_t len, ra_num *out)
{
    __int128 n = 0, d = 1;
    size_t i = 0, digits = 0;
    bool frac = false;
    if (len == 0)
        return false;
    for (; i < len; i++) {
        if (s[i] == '.' && !frac && i > 0 && i + 1 < len) {
            frac = true;
            continue;
        }
        if (s[i] < '0' || s[i] > '9' || ++digits > 30)
            return false;
        n = n * 10 + (s[i] - '0');
        if (frac)
            d *= 10;
    }
    *out = reduce((ra_num){n, d});
    return true;
}

bool ra_num_add(ra_num a, ra_num b, ra_num *r)
{
    __int128 x, y, n, d;
    if (a.d == b.d) {
        if (__builtin_add_overflow(a.n, b.n, &n))
            return false;
        *r = reduce((ra_num){n, a.d});
        return true;
    }
    /* Over the least common denominator, so sums of amounts stay small. */
    __int128 g = gcd128(a.d, b.d), fa = div_exact(b.d, g), fb = div_exact(a.d, g);
    if (__builtin_mul_overflow(a.n, fa, &x) || __builtin_mul_overflow(b.n, fb, &y) ||
        __builtin_add_overflow(x, y, &n) || __builtin_mul_overflow(a.d, fa, &d))
        return false;
    *r = reduce((ra_num){n, d});
    return true;
}

bool ra_num_sub(ra_num a, ra_num b, ra_num *r)
{
    __int128 neg;
    if (__builtin_sub_overflow((__int128)0, b.n, &neg))
        return false;
    return ra_num_add(a, (ra_num){neg, b.d}, r);
}

/* a * b, each numerator and the other's denominator first divided by
 * their gcd: g1 = gcd(a.n, b.d), g2 = gcd(b.n, a.d). */
static bool mul_reduced(ra_num a, ra_num b, __int128 g1, __int128 g2, ra_num *r)
{
    __int128 n, d;
    a.n = div_exact(a.n, g1);
    b.d = div_exact(b.d, g1);
    b.n = div_exact(b.n, g2);
    a.d = div_exact(a.d, g2);
    if (__builtin_mul_overflow(a.n, b.n, &n) || __builtin_mul_overflow(a.d, b.d, &d))
        return false;
    *r = reduce((ra_num){n, d});
    return true;
}

bool ra_num_mul(ra_num a, ra_num b, ra_num *r)
{
    /* Cross-reduce first: keeps products of money and rates in range. */
    return mul_reduced(a, b, gcd128(a.n, b.d), gcd128(b.n, a.d), r);
}

bool ra_num_div(ra_num a, ra_num b, ra_num *r)
{
    if (b.n == 0)
        return false;
    ra_num inv = b.n < 0 ? (ra_num){-b.d, -b.n} : (ra_num){b.d, b.n};
    return ra_num_mul(a, inv, r);
}

int ra_num_cmp(ra_num a, ra_num b)
{
    __int128 x, y;
    if (a.d == b.d)
        return a.n < b.n ? -1 : a.n > b.n;
    if (!__builtin_mul_overflow(a.n, b.d, &x) && !__builtin_mul_overflow(b.n, a.d, &y))
        return x < y ? -1 : x > y;
    /* Rare: compare integer parts, then the fractions (exact, no overflow). */
    __int128 qa = a.n / a.d, qb = b.n / b.d;
    if (a.n % a.d < 0)
        qa--;
    if (b.n % b.d < 0)
        qb--;
    if (qa != qb)
        return qa < qb ? -1 : 1;
    ra_num fa = {a.n - qa * a.d, a.d}, fb = {b.n - qb * b.d, b.d};
    fa = reduce((ra_num){fa.n, fa.d});
    fb = reduce((ra_num){fb.n, fb.d});
    if (!__builtin_mul_overflow(fa.n, fb.d, &x) && !__builtin_mul_overflow(fb.n, fa.d, &y))
        return x < y ? -1 : x > y;
    return 0; /* unreachable for reduced fractions below 2^100 */
}

bool ra_num_is_zero(ra_num a)
{
    return a.n == 0;
}

/* a rounded to an integer multiple of 1/scale, half away from zero. */
static bool round_scaled(ra_num a, __int128 scale, __int128 *out)
{
    __int128 n;
    if (__builtin_mul_overflow(a.n, scale, &n))
        return false;
    if (n >= INT64_MIN && n <= INT64_MAX && a.d > 0 && a.d <= INT64_MAX) {
        /* The usual case: 64-bit division, several times cheaper than 128-bit. */
        int64_t n64 = (int64_t)n, d64 = (int64_t)a.d, q64 = n64 / d64, rem64 = n64 % d64;
        uint64_t arem = rem64 < 0 ? 0u - (uint64_t)rem64 : (uint64_t)rem64;
        if (arem >= (uint64_t)d64 - arem) /* |rem| * 2 >= d, without overflow */
            q64 += n64 < 0 ? -1 : 1;
        *out = q64;
        return true;
    }
    __int128 q = n / a.d, rem = n % a.d;
    if (abs128(rem) * 2 >= a.d)
        q += n < 0 ? -1 : 1;
    *out = q;
    return true;
}

bool ra_num_round(ra_num a, int decimals, ra_num *out)
{
    __int128 scale = 1;
    for (int i = 0; i < decimals && i < 30; i++)
        scale *= 10;
    __int128 q;
    if (!round_scaled(a, scale, &q))
        return false;
    *out = (ra_num){q, scale};
    return true;
}

bool ra_num_to_money(ra_num a, ra_money *m)
{
    __int128 q;
    if (!round_scaled(a, RA_MONEY_SCALE, &q) || q > INT64_MAX || q < INT64_MIN)
        return false;
    *m = (ra_money)q;
    return true;
}

static size_t put_text(char *buf, size_t size, const char *s, size_t n)
{
    if (!size)
        return 0;
    if (n >= size)
        n = ra_utf8_cut(s, n, size - 1);
    memcpy(buf, s, n);
    buf[n] = '\0';
    return n;
}

static const char digit_pairs[] =
    "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
    "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
    "8081828384858687888990919293949596979899";

/* v in decimal, ending at p, two digits per division; returns its start. */
static char *put_digits(char *p, uint64_t v)
{
    while (v >= 100) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (v >= 10) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * v, 2);
    } else {
        *--p = (char)('0' + (int)v);
    }
    return p;
}

/* v (below 10^places) in exactly `places` digits, zeros first, ending at
 * p; returns its start. */
static char *put_places(char *p, uint64_t v, int places)
{
    for (; places >= 2; places -= 2) {
        p -= 2;
        memcpy(p, digit_pairs + 2 * (v % 100), 2);
        v /= 100;
    }
    if (places)
        *--p = (char)('0' + (int)(v % 10));
    return p;
}

size_t ra_num_format(ra_num a, int decimals, char *buf, size_t size)
{
    /* clang-format off */
    static const uint64_t pow10[] = {
        1u, 10u, 100u, 1000u, 10000u, 100000u, 1000000u, 10000000u, 100000000u, 1000000000u,
        10000000000u, 100000000000u, 1000000000000u, 10000000000000u, 100000000000000u,
        1000000000000000u, 10000000000000000u, 100000000000000000u, 1000000000000000000u};
    /* clang-format on */
    bool small = decimals >= 0 && decimals < (int)(sizeof pow10 / sizeof *pow10);
    __int128 scale = 1;
    if (small)
        scale = (__int128)pow10[decimals];
    else
        for (int i = 0; i < decimals; i++)
            scale *= 10;
    __int128 q;
    if (!round_scaled(a, scale, &q))
        return put_text(buf, size, "(out of range)", 14);
    bool neg = q < 0;
    unsigned __int128 mag = neg ? (unsigned __int128)(-q) : (unsigned __int128)q;
    char text[160];
    char *end = text + sizeof text, *p = end;
    if (small && mag <= UINT64_MAX) {
        /* the usual case: the fraction, then the whole part, in 64 bits */
        uint64_t m = (uint64_t)mag;
        if (decimals) {
            p = put_places(p, m % pow10[decimals], decimals);
            *--p = '.';
        }
        p = put_digits(p, m / pow10[decimals]);
    } else {
        for (int n = 0; (mag || n <= decimals) && p > text + 2; n++) {
            if (n == decimals && decimals > 0)
                *--p = '.';
            *--p = (char)('0' + (int)(mag % 10));
            mag /= 10;
        }
    }
    if (neg)
        *--p = '-';
    return put_text(buf, size, p, (size_t)(end - p));
}

/* gcd(x, 10^e) for e <= 18: the twos and fives x shares with 10^e, counted
 * by shifts and divisions by the constant 5 (multiplications), where
 * Euclid would divide by a variable at every step. gcd(0, 10^e) = 10^e. */
static uint64_t gcd_pow10(uint64_t x, unsigned e)
{
    uint64_t g = 1;
    if (!x) {
        while (e--)
            g *= 10;
        return g;
    }
    unsigned twos = (unsigned)__builtin_ctzll(x);
    g <<= twos < e ? twos : e;
    for (unsigned fives = 0; fives < e && x % 5 == 0; fives++) {
        x /= 5;
        g *= 5;
    }
    return g;
}

#define MONEY_DIGITS 4 /* RA_MONEY_SCALE = 10^MONEY_DIGITS */
#define RATE_DIGITS 12 /* RA_RATE_SCALE = 10^RATE_DIGITS */
_Static_assert(RA_MONEY_SCALE == 10000 && RA_RATE_SCALE == INT64_C(1000000000000),
               "MONEY_DIGITS and RATE_DIGITS follow the scales");

bool ra_money_in_usd(ra_num amount, ra_code currency, const ra_rate *rates, ra_num *usd)
{
    if (currency == RA_USD) {
        *usd = amount;
        return true;
    }
    ra_rate r = currency && rates ? rates[currency] : 0;
    if (!r)
        return false;
    ra_num rate = {r, RA_RATE_SCALE};
    if (r > 0 && amount.d == RA_MONEY_SCALE && abs128(amount.n) <= INT64_MAX) {
        /* An amount as it was read: ra_num_mul's gcds, taken against the
         * scales' powers of ten. */
        uint64_t g1 = gcd_pow10((uint64_t)abs128(amount.n), RATE_DIGITS);
        uint64_t g2 = gcd_pow10((uint64_t)r, MONEY_DIGITS);
        return mul_reduced(amount, rate, g1, g2, usd);
    }
    return ra_num_mul(amount, rate, usd);
}

/* ---- numbers in words ------------------------------------------------------------------ */

static const struct {
    const char *word;
    int value;
} NUMBER_WORDS[] = {
    {"zero", 0},      {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
    {"five", 5},      {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
    {"ten", 10},      {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
    {"fifteen", 15},  {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},   {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
    {"seventy", 70},  {"eighty", 80},  {"ninety", 90},    {"nol", 0},       {"satu", 1},
    {"dua", 2},       {"tiga", 3},     {"empat", 4},      {"lima", 5},      {"enam", 6},
    {"tujuh", 7},     {"delapan", 8},  {"sembilan", 9},   {"sepuluh", 10},  {"sebelas", 11},
    {"seratus", 100},
};

static bool ascii_alpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static char ascii_lower(char c)
{
    return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* The value of the word at s[*i..len) (advancing *i past it), or -1. */
static int number_word(const char *s, size_t len, size_t *i)
{
    size_t b = *i, e = b;
    while (e < len && ascii_alpha(s[e]))
        e++;
    if (e < len && ((unsigned char)s[e] >= 0x80 || (s[e] >= '0' && s[e] <= '9')))
        return -1; /* the word runs on */
    for (size_t k = 0; k < sizeof NUMBER_WORDS / sizeof NUMBER_WORDS[0]; k++) {
        const char *w = NUMBER_WORDS[k].word;
        size_t n = strlen(w), j = 0;
        if (n != e - b)
            continue;
        while (j < n && ascii_lower(s[b + j]) == w[j])
            j++;
        if (j == n) {
            *i = e;
            return NUMBER_WORDS[k].value;
        }
    }
    return -1;
}

/* "belas" (teen) or "puluh" (tens) after an Indonesian unit, with its separator. */
static bool next_word_is(const char *s, size_t len, size_t *i, const char *word)
{
    size_t j = *i, n = strlen(word);
    if (j >= len || s[j] != ' ')
        return false;
    j++;
    for (size_t k = 0; k < n; k++, j++)
        if (j >= len || ascii_lower(s[j]) != word[k])
            return false;
    if (j < len && ascii_alpha(s[j]))
        return false;
    *i = j;
    return true;
}

bool ra_num_from_words(const char *s, size_t len, ra_num *out)
{
    size_t i = 0;
    int v = number_word(s, len, &i);
    if (v < 0)
        return false;
    if (v >= 1 && v <= 9) {
        if (next_word_is(s, len, &i, "belas"))
            v += 10;
        else if (next_word_is(s, len, &i, "puluh")) {
            v *= 10;
            size_t j = i;
            if (j < len && s[j] == ' ') {
                j++;
                int u = number_word(s, len, &j);
                if (u >= 1 && u <= 9) {
                    v += u;
                    i = j;
                }
            }
        }
    } else if (v >= 20 && v <= 90 && v % 10 == 0 && i < len && (s[i] == '-' || s[i] == ' ')) {
        size_t j = i + 1;
        int u = number_word(s, len, &j); /* "twenty-four", "twenty four" */
        if (u >= 1 && u <= 9)
            v += u;
    }
    *out = ra_num_int(v);
    return true;
}

bool ra_str_same_words(const char *a, size_t alen, const char *b, size_t blen)
{
    size_t i = 0, j = 0;
    for (;;) {
        while (i < alen && (unsigned char)a[i] < 0x80 && !ascii_alpha(a[i]) &&
               !(a[i] >= '0' && a[i] <= '9'))
            i++;
        while (j < blen && (unsigned char)b[j] < 0x80 && !ascii_alpha(b[j]) &&
               !(b[j] >= '0' && b[j] <= '9'))
            j++;
        if (i == alen || j == blen)
            return i == alen && j == blen;
        if (ascii_lower(a[i]) != ascii_lower(b[j]))
            return false;
        i++;
        j++;
    }
}

bool ra_value_equal(const ra_value *a, const ra_value *b)
{
    if (a->kind != b->kind)
        return false;
    switch (a->kind) {
    case V_NULL:
        return true;
    case V_BOOL:
        return a->u.b == b->u.b;
    case V_MONEY:
        if (a->currency != b->currency)
            return false;
        /* fall through */
    case V_NUM:
        return ra_num_cmp(a->u.num, b->u.num) == 0;
    case V_DATE:
        return a->u.date == b->u.date;
    case V_STR:
        return a->u.str.len == b->u.str.len &&
               (a->u.str.len == 0 || memcmp(a->u.str.ptr, b->u.str.ptr, a->u.str.len) == 0);
    case V_LIST:
        return a->u.list == b->u.list;
    }
    return false;
}

bool ra_value_in(const ra_value *v, const ra_vlist *list)
{
    if (list->all)
        return true;
    for (size_t i = 0; i < list->n; i++)
        if (ra_value_equal(v, &list->items[i]))
            return true;
    return false;
}

/* buf = the n bytes of s, cut to size and NUL-terminated (snprintf("%.*s")
 * without its cost: values are formatted for every finding). */
size_t ra_value_format(const ra_value *v, char *buf, size_t size)
{
    char num[64], code[RA_CODE_STR_MAX];
    switch (v->kind) {
    case V_NULL:
        return put_text(buf, size, "null", 4);
    case V_BOOL:
        return v->u.b ? put_text(buf, size, "true", 4) : put_text(buf, size, "false", 5);
    case V_NUM: {
        /* Up to 4 decimals, trailing zeros trimmed. */
        size_t n = ra_num_format(v->u.num, 4, num, sizeof num);
        if (memchr(num, '.', n)) {
            while (num[n - 1] == '0')
                n--;
            if (num[n - 1] == '.')
                n--;
        }
        return put_text(buf, size, num, n);
    }
    case V_MONEY: {
        size_t n = ra_num_format(v->u.num, 2, num, sizeof num);
        ra_currency_str(v->currency, code);
        n = put_text(buf, size, num, n);
        n += put_text(buf + n, size - n, " ", 1);
        return n + put_text(buf + n, size - n, code, strlen(code));
    }
    case V_DATE:
        if (size >= RA_DATE_FMT_MAX) {
            ra_date_format(v->u.date, buf);
            return strlen(buf);
        }
        return put_text(buf, size, "", 0);
    case V_STR:
        return put_text(buf, size, v->u.str.ptr, ra_utf8_cut(v->u.str.ptr, v->u.str.len, 4000));
    case V_LIST: {
        if (v->u.list->all)
            return put_text(buf, size, "all", 3);
        if (!size)
            return 0;
        /* "[a, b]": items that fit whole, then the bracket */
        size_t o = 0;
        buf[0] = '\0';
        for (size_t i = 0; i < v->u.list->n && o + 8 < size; i++) {
            char item[128];
            size_t n = ra_value_format(&v->u.list->items[i], item, sizeof item);
            size_t sep = i ? 2 : 1;
            if (sep + n >= size - o)
                break;
            memcpy(buf + o, i ? ", " : "[", sep);
            memcpy(buf + o + sep, item, n);
            o += sep + n;
            buf[o] = '\0';
        }
        if (o + 2 <= size)
            o += put_text(buf + o, size - o, v->u.list->n ? "]" : "[]", v->u.list->n ? 1 : 2);
        return o;
    }
    }
    return put_text(buf, size, "", 0);
}

bool ra_num_from_text(const char *s, size_t len, bool decimal_comma, ra_num *out)
{
    char raw[64];
    size_t m = 0;
    for (size_t i = 0; i < len && m < sizeof raw; i++) {
        char c = s[i];
        if ((c >= '0' && c <= '9') || c == '.' || c == ',')
            raw[m++] = c;
        else if (c != ' ' && c != '\'')
            break;
    }
    while (m && (raw[m - 1] == '.' || raw[m - 1] == ','))
        m--; /* "1,500." at the end of a sentence */
    if (!m || raw[0] < '0' || raw[0] > '9')
        return false;
    size_t dots = 0, commas = 0, last_dot = 0, last_comma = 0;
    for (size_t i = 0; i < m; i++) {
        if (raw[i] == '.')
            dots++, last_dot = i;
        else if (raw[i] == ',')
            commas++, last_comma = i;
    }
    char mark = 0; /* the decimal mark, 0 = none */
    if (dots && commas) {
        mark = last_dot > last_comma ? '.' : ',';
    } else if (dots == 1 || commas == 1) {
        char sep = dots ? '.' : ',';
        size_t at = dots ? last_dot : last_comma;
        bool own = decimal_comma ? sep == ',' : sep == '.';
        mark = own || m - at - 1 != 3 ? sep : 0;
    }
    char digits[66];
    size_t n = 0;
    for (size_t i = 0; i < m; i++) {
        if (raw[i] >= '0' && raw[i] <= '9')
            digits[n++] = raw[i];
        else if (raw[i] == mark)
            digits[n++] = '.';
    }
    return ra_num_parse(digits, n, out);
}
