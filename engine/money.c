/* money.c — parsing, converting and formatting exact amounts. */
#include "money.h"

#include <stdio.h>
#include <string.h>

/* Parses ^[0-9]{1,int_max}(\.[0-9]{1,frac_max})?$ into value × 10^frac_max. */
static ra_num_result parse_fixed(const char *s, size_t len, int int_max, int frac_max, int64_t *out)
{
    size_t i = 0;
    unsigned __int128 v = 0;
    int nint = 0, nfrac = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9') {
        if (++nint > int_max)
            return RA_NUM_FORMAT;
        v = v * 10 + (unsigned)(s[i++] - '0');
    }
    if (nint == 0)
        return RA_NUM_FORMAT;
    if (i < len && s[i] == '.') {
        i++;
        while (i < len && s[i] >= '0' && s[i] <= '9') {
            if (++nfrac > frac_max)
                return RA_NUM_FORMAT;
            v = v * 10 + (unsigned)(s[i++] - '0');
        }
        if (nfrac == 0)
            return RA_NUM_FORMAT;
    }
    if (i != len)
        return RA_NUM_FORMAT;
    for (; nfrac < frac_max; nfrac++)
        v *= 10;
    if (v > INT64_MAX)
        return RA_NUM_RANGE;
    *out = (int64_t)v;
    return RA_NUM_OK;
}

ra_num_result ra_money_parse(const char *s, size_t len, ra_money *out)
{
    return parse_fixed(s, len, 15, 4, out);
}

ra_num_result ra_rate_parse(const char *s, size_t len, ra_rate *out)
{
    ra_num_result r = parse_fixed(s, len, 6, 12, out);
    if (r == RA_NUM_OK && *out == 0)
        return RA_NUM_RANGE;
    return r;
}

bool ra_money_to_usd(ra_money amount, ra_rate rate, ra_money *usd)
{
    if (amount < 0 || rate < 0)
        return false;
    unsigned __int128 p = (unsigned __int128)amount * (unsigned __int128)rate;
    p = (p + RA_RATE_SCALE / 2) / RA_RATE_SCALE;
    if (p > INT64_MAX)
        return false;
    *usd = (ra_money)p;
    return true;
}

bool ra_money_add(ra_money a, ra_money b, ra_money *sum)
{
    return !__builtin_add_overflow(a, b, sum);
}

/* Writes v / scale in decimal with between min_dec and all decimals. */
static void format_fixed(int64_t v, int64_t scale, int min_dec, char *buf, size_t size)
{
    unsigned long long mag = v < 0 ? 0ULL - (unsigned long long)v : (unsigned long long)v;
    unsigned long long ip = mag / (unsigned long long)scale, fp = mag % (unsigned long long)scale;
    char frac[20];
    int digits = 0;
    for (int64_t s = scale; s > 1; s /= 10)
        digits++;
    for (int k = digits - 1; k >= 0; k--, fp /= 10)
        frac[k] = (char)('0' + fp % 10);
    int keep = digits;
    while (keep > min_dec && frac[keep - 1] == '0')
        keep--;
    int n = snprintf(buf, size, "%s%llu", v < 0 ? "-" : "", ip);
    if (n < 0 || (size_t)n + 1 + (size_t)keep >= size)
        return;
    if (keep) {
        buf[n++] = '.';
        memcpy(buf + n, frac, (size_t)keep);
        n += keep;
    }
    buf[n] = '\0';
}

void ra_money_format(ra_money m, char buf[RA_MONEY_FMT_MAX])
{
    format_fixed(m, RA_MONEY_SCALE, 2, buf, RA_MONEY_FMT_MAX);
}

void ra_rate_format(ra_rate r, char buf[RA_MONEY_FMT_MAX])
{
    format_fixed(r, RA_RATE_SCALE, 1, buf, RA_MONEY_FMT_MAX);
}
