/* isocodes.c — code lookups over the bitmaps and name table that
 * tools/gen_isocodes.py generates into isocodes_data.c. */
#include "isocodes.h"

#include "isocodes_data.h"

/* The base-26 index of len letters in [base, base + 25], or -1. */
static long letters_index(const char *s, size_t len, size_t want, char base)
{
    if (!s || len != want)
        return -1;
    long idx = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c < (unsigned char)base || c > (unsigned char)base + 25)
            return -1;
        idx = idx * 26 + (c - (unsigned char)base);
    }
    return idx;
}

static bool bit_set(const uint8_t *bits, long idx)
{
    return (bits[idx >> 3] >> (idx & 7)) & 1u;
}

static ra_code lookup(const char *s, size_t len, size_t want, char base, const uint8_t *bits)
{
    long idx = letters_index(s, len, want, base);
    if (idx < 0 || !bit_set(bits, idx))
        return RA_CODE_NONE;
    return (ra_code)(idx + 1);
}

ra_code ra_country_lookup(const char *s, size_t len)
{
    return lookup(s, len, 2, 'A', ra_iso_country_bits);
}

ra_code ra_currency_lookup(const char *s, size_t len)
{
    return lookup(s, len, 3, 'A', ra_iso_currency_bits);
}

ra_code ra_language_lookup(const char *s, size_t len)
{
    return lookup(s, len, 2, 'a', ra_iso_language_bits);
}

/* Writes the n letters of c, or "" when c is not a packed code of n letters. */
static void code_str(ra_code c, int n, char base, unsigned ncodes, char buf[RA_CODE_STR_MAX])
{
    if (c == RA_CODE_NONE || c > ncodes) {
        buf[0] = '\0';
        return;
    }
    unsigned idx = (unsigned)c - 1;
    for (int i = n - 1; i >= 0; i--) {
        buf[i] = (char)(base + (char)(idx % 26));
        idx /= 26;
    }
    buf[n] = '\0';
}

void ra_country_str(ra_code c, char buf[RA_CODE_STR_MAX])
{
    code_str(c, 2, 'A', RA_ISO_COUNTRY_CODES, buf);
}

void ra_currency_str(ra_code c, char buf[RA_CODE_STR_MAX])
{
    code_str(c, 3, 'A', RA_ISO_CURRENCY_CODES, buf);
}

void ra_language_str(ra_code c, char buf[RA_CODE_STR_MAX])
{
    code_str(c, 2, 'a', RA_ISO_LANGUAGE_CODES, buf);
}

const char *ra_country_name(ra_code c)
{
    size_t lo = 0, hi = ra_iso_country_names_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        ra_code m = ra_iso_country_names[mid].code;
        if (m == c)
            return ra_iso_country_names[mid].name;
        if (m < c)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}
