/* date.h — calendar dates as day numbers (days since 1970-01-01, proleptic
 * Gregorian), parsed strictly from ISO 8601 YYYY-MM-DD. No time zones. */
#ifndef RA_DATE_H
#define RA_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int32_t ra_date;
#define RA_DATE_NULL INT32_MIN
#define RA_DATE_FMT_MAX 11 /* "YYYY-MM-DD" + NUL */

/* Accepts exactly YYYY-MM-DD with a real calendar day (2024-02-30 fails),
 * years 1000..9999. */
bool ra_date_parse(const char *s, size_t len, ra_date *out);

ra_date ra_date_from_ymd(int y, int m, int d);
void ra_date_to_ymd(ra_date d, int *y, int *m, int *day);
int ra_date_year(ra_date d);
bool ra_date_valid_ymd(int y, int m, int d);

/* Writes YYYY-MM-DD, or "" for RA_DATE_NULL. */
void ra_date_format(ra_date d, char buf[RA_DATE_FMT_MAX]);

/* The UTC date of a Unix time. */
ra_date ra_date_from_unix(int64_t seconds);

#endif
