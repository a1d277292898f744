/* money.h — exact decimal amounts and exchange rates (no binary floating point).
 *
 * An amount is an int64 count of ten-thousandths of a currency unit, parsed
 * from the SPEC format ^[0-9]{1,15}(\.[0-9]{1,4})?$. Amounts whose scaled value
 * exceeds INT64_MAX (above 922,337,203,685,477.5807) are refused as out of range.
 * A rate (USD per unit) is an int64 count of 10^-12 USD. Nothing here allocates. */
#ifndef RA_MONEY_H
#define RA_MONEY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int64_t ra_money; /* 1 unit = 10^-4 of the currency */
typedef int64_t ra_rate;  /* 1 unit = 10^-12 USD per currency unit */

#define RA_MONEY_SCALE INT64_C(10000)
#define RA_RATE_SCALE INT64_C(1000000000000)
#define RA_MONEY_FMT_MAX 32 /* enough for any ra_money, sign and NUL */

typedef enum { RA_NUM_OK = 0, RA_NUM_FORMAT, RA_NUM_RANGE } ra_num_result;

/* Parses a money string (not NUL-terminated; len bytes). */
ra_num_result ra_money_parse(const char *s, size_t len, ra_money *out);

/* Parses a rate: ^[0-9]{1,6}(\.[0-9]{1,12})?$ and > 0. */
ra_num_result ra_rate_parse(const char *s, size_t len, ra_rate *out);

/* amount × rate in USD (ra_money scale), rounded half away from zero.
 * Returns false on overflow or a negative input. */
bool ra_money_to_usd(ra_money amount, ra_rate rate, ra_money *usd);

/* Checked addition; false on overflow. */
bool ra_money_add(ra_money a, ra_money b, ra_money *sum);

/* Writes "1250.50": at least two decimals, up to four when they are not zero. */
void ra_money_format(ra_money m, char buf[RA_MONEY_FMT_MAX]);

/* Writes a rate with up to 12 decimals, trailing zeros trimmed ("0.0178"). */
void ra_rate_format(ra_rate r, char buf[RA_MONEY_FMT_MAX]);

#endif
