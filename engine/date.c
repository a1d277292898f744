/* date.c — civil-date arithmetic (H. Hinnant's days_from_civil algorithm). */
#include "date.h"

#include <stdio.h>

static bool is_leap(int y)
{
    return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

bool ra_date_valid_ymd(int y, int m, int d)
{
    static const int mdays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1)
        return false;
    int max = mdays[m - 1] + (m == 2 && is_leap(y));
    return d <= max;
}

ra_date ra_date_from_ymd(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return (ra_date)(era * 146097 + doe - 719468);
}

void ra_date_to_ymd(ra_date z, int *y, int *m, int *d)
{
    int zz = z + 719468;
    int era = (zz >= 0 ? zz : zz - 146096) / 146097;
    int doe = zz - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    int dd = doy - (153 * mp + 2) / 5 + 1;
    int mm = mp < 10 ? mp + 3 : mp - 9;
    *y = yoe + era * 400 + (mm <= 2);
    *m = mm;
    *d = dd;
}

int ra_date_year(ra_date d)
{
    int y, m, day;
    ra_date_to_ymd(d, &y, &m, &day);
    return y;
}

static int digits(const char *s, int n)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

bool ra_date_parse(const char *s, size_t len, ra_date *out)
{
    if (len != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int y = digits(s, 4), m = digits(s + 5, 2), d = digits(s + 8, 2);
    if (y < 0 || m < 0 || d < 0 || !ra_date_valid_ymd(y, m, d))
        return false;
    *out = ra_date_from_ymd(y, m, d);
    return true;
}

void ra_date_format(ra_date d, char buf[RA_DATE_FMT_MAX])
{
    if (d == RA_DATE_NULL) {
        buf[0] = '\0';
        return;
    }
    int y, m, day;
    ra_date_to_ymd(d, &y, &m, &day);
    /* Years are 1000..9999 by construction of every ra_date we parse. */
    unsigned uy = (unsigned)y % 10000u, um = (unsigned)m % 100u, ud = (unsigned)day % 100u;
    char *p = buf;
    *p++ = (char)('0' + uy / 1000);
    *p++ = (char)('0' + uy / 100 % 10);
    *p++ = (char)('0' + uy / 10 % 10);
    *p++ = (char)('0' + uy % 10);
    *p++ = '-';
    *p++ = (char)('0' + um / 10);
    *p++ = (char)('0' + um % 10);
    *p++ = '-';
    *p++ = (char)('0' + ud / 10);
    *p++ = (char)('0' + ud % 10);
    *p = '\0';
}

ra_date ra_date_from_unix(int64_t seconds)
{
    int64_t days = seconds / 86400;
    if (seconds % 86400 < 0)
        days--;
    return (ra_date)days;
}
