/* test_basics.c — money, date, utf8, arena and intern. */
#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>

#include <stdalign.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "date.h"
#include "intern.h"
#include "money.h"
#include "rules/numvec.h"
#include "utf8.h"

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

/* ---- money ------------------------------------------------------------- */

static ra_num_result money(const char *s, ra_money *out)
{
    *out = -12345; /* sentinel */
    return ra_money_parse(s, strlen(s), out);
}

static ra_num_result rate(const char *s, ra_rate *out)
{
    *out = -12345;
    return ra_rate_parse(s, strlen(s), out);
}

static void check_money_ok(const char *s, ra_money want)
{
    ra_money v;
    ra_num_result r = money(s, &v);
    CU_ASSERT_EQUAL(r, RA_NUM_OK);
    CU_ASSERT_EQUAL(v, want);
    if (r != RA_NUM_OK || v != want)
        fprintf(stderr, "\n  money \"%s\": result %d value %lld, want %lld\n", s, (int)r,
                (long long)v, (long long)want);
}

static void check_money_bad(const char *s, ra_num_result want)
{
    ra_money v;
    ra_num_result r = money(s, &v);
    CU_ASSERT_EQUAL(r, want);
    if (r != want)
        fprintf(stderr, "\n  money \"%s\": result %d, want %d\n", s, (int)r, (int)want);
}

static void test_money_parse_ok(void)
{
    check_money_ok("0", 0);
    check_money_ok("0.0", 0);
    check_money_ok("0.0001", 1);
    check_money_ok("1", 10000);
    check_money_ok("1250.50", 12505000);
    check_money_ok("1250.5000", 12505000);
    check_money_ok("1250.5", 12505000);
    check_money_ok("1250.05", 12500500);
    check_money_ok("1250.0005", 12500005);
    check_money_ok("007", 70000);
    check_money_ok("123456789012345", INT64_C(1234567890123450000)); /* 15 digits */
    check_money_ok("100000000000000.0001", INT64_C(1000000000000000001));
    check_money_ok("922337203685477", INT64_C(9223372036854770000));
    check_money_ok("922337203685477.5807", INT64_MAX);

    /* len bytes only: no NUL needed. */
    ra_money v = 0;
    CU_ASSERT_EQUAL(ra_money_parse("12.34xyz", 5, &v), RA_NUM_OK);
    CU_ASSERT_EQUAL(v, 123400);
    CU_ASSERT_EQUAL(ra_money_parse("12.34xyz", 2, &v), RA_NUM_OK);
    CU_ASSERT_EQUAL(v, 120000);
}

static void test_money_parse_range(void)
{
    check_money_bad("922337203685477.5808", RA_NUM_RANGE);
    check_money_bad("922337203685477.6", RA_NUM_RANGE);
    check_money_bad("922337203685478", RA_NUM_RANGE);
    check_money_bad("999999999999999", RA_NUM_RANGE);
    check_money_bad("999999999999999.9999", RA_NUM_RANGE);
}

static void test_money_parse_format_errors(void)
{
    static const char *const bad[] = {"-1",
                                      "+1",
                                      "1,000",
                                      "12e3",
                                      "1.",
                                      ".5",
                                      "1.23456",
                                      "",
                                      " 1",
                                      "1 ",
                                      "1..2",
                                      "1.2.3",
                                      "0x10",
                                      "1.-1",
                                      "1.+1",
                                      "--1",
                                      "-0",
                                      ".",
                                      "1e",
                                      "١",
                                      "1\n",
                                      "\t1",
                                      "1_000",
                                      "1'000",
                                      "NaN",
                                      "inf",
                                      "1.2 ",
                                      "1000000000000000", /* 16 integer digits: format, not range */
                                      "0000000000000001",
                                      "1.00000"};
    for (size_t i = 0; i < COUNT(bad); i++)
        check_money_bad(bad[i], RA_NUM_FORMAT);
    ra_money v;
    CU_ASSERT_EQUAL(ra_money_parse("1\0", 2, &v), RA_NUM_FORMAT);
    CU_ASSERT_EQUAL(ra_money_parse("12", 0, &v), RA_NUM_FORMAT);
}

static void check_money_fmt(ra_money m, const char *want)
{
    char buf[RA_MONEY_FMT_MAX];
    memset(buf, 'x', sizeof buf);
    ra_money_format(m, buf);
    CU_ASSERT_STRING_EQUAL(buf, want);
    if (strcmp(buf, want) != 0)
        fprintf(stderr, "\n  format %lld: \"%s\", want \"%s\"\n", (long long)m, buf, want);
}

static void test_money_format(void)
{
    check_money_fmt(0, "0.00");
    check_money_fmt(1, "0.0001");
    check_money_fmt(10, "0.001");
    check_money_fmt(100, "0.01");
    check_money_fmt(1000, "0.10");
    check_money_fmt(10000, "1.00");
    check_money_fmt(12505000, "1250.50");
    check_money_fmt(12500500, "1250.05");
    check_money_fmt(12345678, "1234.5678");
    check_money_fmt(12345670, "1234.567");
    check_money_fmt(INT64_MAX, "922337203685477.5807");
    check_money_fmt(-12505000, "-1250.50");
    check_money_fmt(-1, "-0.0001");
    check_money_fmt(INT64_MIN, "-922337203685477.5808");

    /* format then parse gives the value back. */
    static const ra_money vals[] = {0,         1,          99,          10000,
                                    12505000,  123456789,  INT64_MAX,   INT64_MAX - 1,
                                    987654321, 5000000000, 10000000000, 4611686018427387904};
    for (size_t i = 0; i < COUNT(vals); i++) {
        char buf[RA_MONEY_FMT_MAX];
        ra_money_format(vals[i], buf);
        ra_money back = -1;
        CU_ASSERT_EQUAL(ra_money_parse(buf, strlen(buf), &back), RA_NUM_OK);
        CU_ASSERT_EQUAL(back, vals[i]);
    }
}

static void test_rate_parse(void)
{
    ra_rate r;
    CU_ASSERT_EQUAL(rate("0.0178", &r), RA_NUM_OK);
    CU_ASSERT_EQUAL(r, INT64_C(17800000000));
    CU_ASSERT_EQUAL(rate("1", &r), RA_NUM_OK);
    CU_ASSERT_EQUAL(r, RA_RATE_SCALE);
    CU_ASSERT_EQUAL(rate("0.000000000001", &r), RA_NUM_OK);
    CU_ASSERT_EQUAL(r, 1);
    CU_ASSERT_EQUAL(rate("3.75", &r), RA_NUM_OK);
    CU_ASSERT_EQUAL(r, INT64_C(3750000000000));
    CU_ASSERT_EQUAL(rate("999999.999999999999", &r), RA_NUM_OK);
    CU_ASSERT_EQUAL(r, INT64_C(999999999999999999));

    /* Zero is not a rate. */
    CU_ASSERT_EQUAL(rate("0", &r), RA_NUM_RANGE);
    CU_ASSERT_EQUAL(rate("0.0", &r), RA_NUM_RANGE);
    CU_ASSERT_EQUAL(rate("000000.000000000000", &r), RA_NUM_RANGE);

    static const char *const bad[] = {"",     "-1", "+1", "1234567", "1.0000000000001", ".5", "1.",
                                      "1e-3", " 1", "1 ", "1,5",     "0.01.0",          "abc"};
    for (size_t i = 0; i < COUNT(bad); i++) {
        ra_num_result res = rate(bad[i], &r);
        CU_ASSERT_EQUAL(res, RA_NUM_FORMAT);
        if (res != RA_NUM_FORMAT)
            fprintf(stderr, "\n  rate \"%s\": result %d\n", bad[i], (int)res);
    }
}

static void test_rate_format(void)
{
    char buf[RA_MONEY_FMT_MAX];
    ra_rate_format(INT64_C(17800000000), buf);
    CU_ASSERT_STRING_EQUAL(buf, "0.0178");
    ra_rate_format(1, buf);
    CU_ASSERT_STRING_EQUAL(buf, "0.000000000001");
    ra_rate_format(INT64_C(3750000000000), buf);
    CU_ASSERT_STRING_EQUAL(buf, "3.75");
    ra_rate_format(INT64_C(999999999999999999), buf);
    CU_ASSERT_STRING_EQUAL(buf, "999999.999999999999");

    /* format then parse gives the value back. */
    static const ra_rate vals[] = {
        1, 17800000000, 1000000000000, 2500000000000, 123456789012345678, 999999999999999999};
    for (size_t i = 0; i < COUNT(vals); i++) {
        ra_rate_format(vals[i], buf);
        ra_rate back = -1;
        CU_ASSERT_EQUAL(ra_rate_parse(buf, strlen(buf), &back), RA_NUM_OK);
        CU_ASSERT_EQUAL(back, vals[i]);
    }
}

static ra_money usd(ra_money amount, ra_rate r, bool *ok)
{
    ra_money out = -777;
    *ok = ra_money_to_usd(amount, r, &out);
    return out;
}

static void test_money_to_usd(void)
{
    bool ok;
    /* 1250.50 PHP × 0.0178 = 22.2589 USD exactly. */
    CU_ASSERT_EQUAL(usd(12505000, INT64_C(17800000000), &ok), 222589);
    CU_ASSERT_TRUE(ok);
    /* Identity and zero. */
    CU_ASSERT_EQUAL(usd(12505000, RA_RATE_SCALE, &ok), 12505000);
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(usd(0, INT64_C(17800000000), &ok), 0);
    CU_ASSERT_TRUE(ok);

    /* Rounding, half away from zero: 0.0001 × 0.5 = 0.00005 -> 0.0001. */
    const ra_rate half = RA_RATE_SCALE / 2;
    CU_ASSERT_EQUAL(usd(1, half, &ok), 1);
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(usd(1, half - 1, &ok), 0); /* 0.0000499999999999 -> 0 */
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(usd(1, half + 1, &ok), 1);
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(usd(3, half, &ok), 2); /* 1.5 -> 2 */
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(usd(5, half, &ok), 3); /* 2.5 -> 3, not banker's 2 */
    CU_ASSERT_TRUE(ok);
    CU_ASSERT_EQUAL(usd(7, half, &ok), 4);
    CU_ASSERT_TRUE(ok);
    /* 100.0000 × 0.123456789012 = 12.3456789012 -> 12.3457 */
    CU_ASSERT_EQUAL(usd(1000000, INT64_C(123456789012), &ok), 123457);
    CU_ASSERT_TRUE(ok);
    /* 100.0000 × 0.123444444444 = 12.3444444444 -> 12.3444 */
    CU_ASSERT_EQUAL(usd(1000000, INT64_C(123444444444), &ok), 123444);
    CU_ASSERT_TRUE(ok);
    /* 1.0000 × 0.00001 = 0.00001 -> 0.0000 */
    CU_ASSERT_EQUAL(usd(10000, 10000000, &ok), 0);
    CU_ASSERT_TRUE(ok);

    /* Largest amount, rate 1: exact. */
    CU_ASSERT_EQUAL(usd(INT64_MAX, RA_RATE_SCALE, &ok), INT64_MAX);
    CU_ASSERT_TRUE(ok);
    /* Overflow. */
    usd(INT64_MAX, 2 * RA_RATE_SCALE, &ok);
    CU_ASSERT_FALSE(ok);
    usd(INT64_MAX, RA_RATE_SCALE + 1, &ok);
    CU_ASSERT_FALSE(ok);
    usd(INT64_MAX, INT64_C(999999999999999999), &ok);
    CU_ASSERT_FALSE(ok);
    usd(INT64_MAX / 2 + 1, 2 * RA_RATE_SCALE, &ok);
    CU_ASSERT_FALSE(ok);
    /* Just fits: (INT64_MAX / 2) × 2 = INT64_MAX - 1. */
    CU_ASSERT_EQUAL(usd(INT64_MAX / 2, 2 * RA_RATE_SCALE, &ok), INT64_MAX - 1);
    CU_ASSERT_TRUE(ok);
}

static void test_money_add(void)
{
    ra_money s = -1;
    CU_ASSERT_TRUE(ra_money_add(12505000, 222589, &s));
    CU_ASSERT_EQUAL(s, 12727589);
    CU_ASSERT_TRUE(ra_money_add(INT64_MAX - 1, 1, &s));
    CU_ASSERT_EQUAL(s, INT64_MAX);
    CU_ASSERT_TRUE(ra_money_add(INT64_MAX, 0, &s));
    CU_ASSERT_EQUAL(s, INT64_MAX);
    CU_ASSERT_FALSE(ra_money_add(INT64_MAX, 1, &s));
    CU_ASSERT_FALSE(ra_money_add(INT64_MAX, INT64_MAX, &s));
    CU_ASSERT_FALSE(ra_money_add(INT64_MIN, -1, &s));
    CU_ASSERT_TRUE(ra_money_add(INT64_MIN, INT64_MAX, &s));
    CU_ASSERT_EQUAL(s, -1);
}

/* ---- date -------------------------------------------------------------- */

static bool date(const char *s, ra_date *out)
{
    *out = 424242;
    return ra_date_parse(s, strlen(s), out);
}

static void test_date_parse(void)
{
    ra_date d;
    CU_ASSERT_TRUE(date("1970-01-01", &d));
    CU_ASSERT_EQUAL(d, 0);
    CU_ASSERT_TRUE(date("1969-12-31", &d));
    CU_ASSERT_EQUAL(d, -1);
    CU_ASSERT_TRUE(date("2024-02-29", &d));
    CU_ASSERT_EQUAL(d, 19782);
    CU_ASSERT_TRUE(date("2024-03-01", &d));
    CU_ASSERT_EQUAL(d, 19783);
    CU_ASSERT_TRUE(date("2000-02-29", &d)); /* divisible by 400: leap */
    CU_ASSERT_TRUE(date("2000-03-01", &d));
    CU_ASSERT_EQUAL(d, 11017);
    CU_ASSERT_TRUE(date("1600-02-29", &d));
    CU_ASSERT_EQUAL(d, -135081);
    CU_ASSERT_TRUE(date("1000-01-01", &d));
    CU_ASSERT_EQUAL(d, -354285);
    CU_ASSERT_TRUE(date("9999-12-31", &d));
    CU_ASSERT_EQUAL(d, 2932896);
    CU_ASSERT_TRUE(date("2024-12-31", &d));
    CU_ASSERT_TRUE(date("2024-04-30", &d));

    /* len bytes only. */
    CU_ASSERT_TRUE(ra_date_parse("2024-02-29T10:00:00", 10, &d));
    CU_ASSERT_EQUAL(d, 19782);

    static const char *const bad[] = {
        "2023-02-29",  "2024-02-30", "2024-13-01", "2024-00-10",       "2024-01-00",
        "2024-01-32",  "2024-04-31", "2024-06-31", "2024-1-01",        "2024-01-1",
        "2024/01/01",  "2024.01.01", "2024-01/01", "2024/01-01",       "2024-01.01",
        "2024-01_01",  "24-01-01",   "20240101",   "2024-01-01T00:00", "2024-01-01 ",
        " 2024-01-01", "0999-12-31", "0000-01-01", "+024-01-01",       "-024-01-01",
        "2024-+1-01",  "2024-01-+1", "2024-0a-01", "2024-01-0a",       "1900-02-29",
        "2100-02-29",  "",           "2024-01-",   "10000-01-01",      "２０２４-01-01"};
    for (size_t i = 0; i < COUNT(bad); i++) {
        bool r = date(bad[i], &d);
        CU_ASSERT_FALSE(r);
        if (r)
            fprintf(stderr, "\n  date \"%s\" accepted as %ld\n", bad[i], (long)d);
    }
    CU_ASSERT_FALSE(ra_date_parse("2024-01-01", 9, &d));
    CU_ASSERT_FALSE(ra_date_parse("2024-01-01\0", 11, &d));
}

static void test_date_valid_ymd(void)
{
    CU_ASSERT_TRUE(ra_date_valid_ymd(2024, 2, 29));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2023, 2, 29));
    CU_ASSERT_TRUE(ra_date_valid_ymd(2023, 2, 28));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, 2, 30));
    CU_ASSERT_TRUE(ra_date_valid_ymd(2024, 12, 31));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, 11, 31));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, 0, 1));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, 13, 1));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, 1, 0));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, 1, -1));
    CU_ASSERT_FALSE(ra_date_valid_ymd(2024, -1, 1));
    CU_ASSERT_FALSE(ra_date_valid_ymd(999, 1, 1));
    CU_ASSERT_FALSE(ra_date_valid_ymd(10000, 1, 1));
    CU_ASSERT_TRUE(ra_date_valid_ymd(1000, 1, 1));
    CU_ASSERT_TRUE(ra_date_valid_ymd(9999, 12, 31));
}

static int days_in_month(int y, int m)
{
    static const int md[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return md[m - 1] + (m == 2 && leap);
}

/* Walks every day from 1000-01-01 to 9999-12-31 with an independent
 * calendar: each date is one more than the previous, converts back to the
 * same y/m/d, formats as YYYY-MM-DD and parses back. */
static void test_date_round_trip_all(void)
{
    int y = 1000, m = 1, d = 1;
    ra_date prev = ra_date_from_ymd(y, m, d);
    CU_ASSERT_EQUAL(prev, -354285);
    long bad = 0, days = 0;
    for (;;) {
        ra_date z = ra_date_from_ymd(y, m, d);
        int yy, mm, dd;
        ra_date_to_ymd(z, &yy, &mm, &dd);
        char want[48], buf[RA_DATE_FMT_MAX];
        snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
        ra_date_format(z, buf);
        ra_date back = RA_DATE_NULL;
        bool parsed = ra_date_parse(buf, strlen(buf), &back);
        bool good = (days == 0 || z == prev + 1) && yy == y && mm == m && dd == d &&
                    ra_date_year(z) == y && ra_date_valid_ymd(y, m, d) && strcmp(buf, want) == 0 &&
                    parsed && back == z;
        if (!good && bad++ < 5)
            fprintf(stderr, "\n  round trip %s: day %ld -> %d-%d-%d \"%s\"\n", want, (long)z, yy,
                    mm, dd, buf);
        prev = z;
        days++;
        if (y == 9999 && m == 12 && d == 31)
            break;
        if (++d > days_in_month(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
    }
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT_EQUAL(days, 3287182);
    CU_ASSERT_EQUAL(prev, 2932896);
}

static void test_date_difference(void)
{
    ra_date a, b;
    CU_ASSERT_TRUE_FATAL(date("2024-02-28", &a));
    CU_ASSERT_TRUE_FATAL(date("2024-03-01", &b));
    CU_ASSERT_EQUAL(b - a, 2);
    CU_ASSERT_TRUE_FATAL(date("2023-02-28", &a));
    CU_ASSERT_TRUE_FATAL(date("2023-03-01", &b));
    CU_ASSERT_EQUAL(b - a, 1);
    CU_ASSERT_TRUE_FATAL(date("1970-01-01", &a));
    CU_ASSERT_TRUE_FATAL(date("2000-01-01", &b));
    CU_ASSERT_EQUAL(b - a, 10957);
    CU_ASSERT_TRUE_FATAL(date("2023-01-01", &a));
    CU_ASSERT_TRUE_FATAL(date("2024-01-01", &b));
    CU_ASSERT_EQUAL(b - a, 365);
    CU_ASSERT_TRUE_FATAL(date("2024-01-01", &a));
    CU_ASSERT_TRUE_FATAL(date("2025-01-01", &b));
    CU_ASSERT_EQUAL(b - a, 366);
    CU_ASSERT_TRUE_FATAL(date("1000-01-01", &a));
    CU_ASSERT_TRUE_FATAL(date("9999-12-31", &b));
    CU_ASSERT_EQUAL(b - a, 3287181);
    CU_ASSERT_EQUAL(ra_date_from_ymd(2024, 2, 29) - ra_date_from_ymd(2020, 2, 29), 1461);
}

static void test_date_format_null(void)
{
    char buf[RA_DATE_FMT_MAX];
    memcpy(buf, "xxxxxxxxxx", RA_DATE_FMT_MAX);
    ra_date_format(RA_DATE_NULL, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    ra_date_format(19782, buf);
    CU_ASSERT_STRING_EQUAL(buf, "2024-02-29");
    ra_date_format(-1, buf);
    CU_ASSERT_STRING_EQUAL(buf, "1969-12-31");
}

static void test_date_from_unix(void)
{
    CU_ASSERT_EQUAL(ra_date_from_unix(0), 0);
    CU_ASSERT_EQUAL(ra_date_from_unix(1), 0);
    CU_ASSERT_EQUAL(ra_date_from_unix(86399), 0);
    CU_ASSERT_EQUAL(ra_date_from_unix(86400), 1);
    CU_ASSERT_EQUAL(ra_date_from_unix(-1), -1);
    CU_ASSERT_EQUAL(ra_date_from_unix(-86399), -1);
    CU_ASSERT_EQUAL(ra_date_from_unix(-86400), -1);
    CU_ASSERT_EQUAL(ra_date_from_unix(-86401), -2);
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(1709164800)), 19782); /* 2024-02-29T00:00Z */
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(1709251199)), 19782); /* 23:59:59Z */
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(1709251200)), 19783);
    /* 1000-01-01T00:00Z and one second before it. */
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(-354285) * 86400), -354285);
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(-354285) * 86400 - 1), -354286);
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(-354285) * 86400 + 1), -354285);
    /* 9999-12-31T23:59:59Z */
    CU_ASSERT_EQUAL(ra_date_from_unix(INT64_C(2932897) * 86400 - 1), 2932896);

    char buf[RA_DATE_FMT_MAX];
    ra_date_format(ra_date_from_unix(INT64_C(-1)), buf);
    CU_ASSERT_STRING_EQUAL(buf, "1969-12-31");
    ra_date_format(ra_date_from_unix(INT64_C(951782400)), buf); /* 2000-02-29T00:00Z */
    CU_ASSERT_STRING_EQUAL(buf, "2000-02-29");
}

/* ---- utf8 -------------------------------------------------------------- */

static size_t u8(const char *s, size_t len)
{
    return ra_utf8_check((const unsigned char *)s, len);
}

#define U8(lit) u8((lit), sizeof(lit) - 1)

static void test_utf8_valid(void)
{
    CU_ASSERT_EQUAL(u8("", 0), 0);
    CU_ASSERT_EQUAL(U8("hello"), 5);
    CU_ASSERT_EQUAL(U8("hello, world: plain ASCII longer than eight"), 43);
    CU_ASSERT_EQUAL(U8("\x00\x01\x7F"), 3);
    CU_ASSERT_EQUAL(U8("\xC2\x80"), 2);         /* U+0080 */
    CU_ASSERT_EQUAL(U8("\xC3\xA9"), 2);         /* é */
    CU_ASSERT_EQUAL(U8("\xDF\xBF"), 2);         /* U+07FF */
    CU_ASSERT_EQUAL(U8("\xE0\xA0\x80"), 3);     /* U+0800 */
    CU_ASSERT_EQUAL(U8("\xE2\x82\xAC"), 3);     /* € */
    CU_ASSERT_EQUAL(U8("\xED\x9F\xBF"), 3);     /* U+D7FF */
    CU_ASSERT_EQUAL(U8("\xEE\x80\x80"), 3);     /* U+E000 */
    CU_ASSERT_EQUAL(U8("\xEF\xBF\xBF"), 3);     /* U+FFFF */
    CU_ASSERT_EQUAL(U8("\xF0\x90\x80\x80"), 4); /* U+10000 */
    CU_ASSERT_EQUAL(U8("\xF0\x9D\x84\x9E"), 4); /* 𝄞 */
    CU_ASSERT_EQUAL(U8("\xF4\x8F\xBF\xBF"), 4); /* U+10FFFF */
    /* "José Rizal, नेपाल, العربية": 13 + 15 + 2 + 14 bytes. */
    static const char mixed[] =
        "Jos\xC3\xA9 Rizal, \xE0\xA4\xA8\xE0\xA5\x87\xE0\xA4\xAA\xE0\xA4\xBE"
        "\xE0\xA4\xB2, \xD8\xA7\xD9\x84\xD8\xB9\xD8\xB1\xD8\xA8\xD9\x8A\xD8\xA9";
    CU_ASSERT_EQUAL(sizeof mixed - 1, 44);
    CU_ASSERT_EQUAL(u8(mixed, sizeof mixed - 1), 44);
}

static void test_utf8_invalid(void)
{
    CU_ASSERT_EQUAL(U8("\xC0\x80"), 0);         /* overlong NUL */
    CU_ASSERT_EQUAL(U8("\xC1\xBF"), 0);         /* overlong U+007F */
    CU_ASSERT_EQUAL(U8("\xE0\x80\x80"), 0);     /* overlong 3-byte */
    CU_ASSERT_EQUAL(U8("\xE0\x9F\xBF"), 0);     /* overlong U+07FF */
    CU_ASSERT_EQUAL(U8("\xF0\x80\x80\x80"), 0); /* overlong 4-byte */
    CU_ASSERT_EQUAL(U8("\xF0\x8F\xBF\xBF"), 0); /* overlong U+FFFF */
    CU_ASSERT_EQUAL(U8("\xED\xA0\x80"), 0);     /* U+D800 surrogate */
    CU_ASSERT_EQUAL(U8("\xED\xBF\xBF"), 0);     /* U+DFFF surrogate */
    CU_ASSERT_EQUAL(U8("\xF4\x90\x80\x80"), 0); /* U+110000 */
    CU_ASSERT_EQUAL(U8("\xF5\x80\x80\x80"), 0);
    CU_ASSERT_EQUAL(U8("\xF7\xBF\xBF\xBF"), 0);
    CU_ASSERT_EQUAL(U8("\xF8\x88\x80\x80\x80"), 0);
    CU_ASSERT_EQUAL(U8("\xFE"), 0);
    CU_ASSERT_EQUAL(U8("\xFF"), 0);
    CU_ASSERT_EQUAL(U8("\x80"), 0); /* lone continuation */
    CU_ASSERT_EQUAL(U8("\xBF"), 0);
    CU_ASSERT_EQUAL(U8("\xE2\x28\xA1"), 0); /* bad second byte */
    CU_ASSERT_EQUAL(U8("\xE2\x82\x28"), 0); /* bad third byte */
    CU_ASSERT_EQUAL(U8("\xF0\x9D\x84\x41"), 0);
    CU_ASSERT_EQUAL(U8("\xC3\xC3\xA9"), 0);
    CU_ASSERT_EQUAL(U8("\xC3\xA9\xA9"), 2); /* extra continuation */
}

static void test_utf8_truncated(void)
{
    CU_ASSERT_EQUAL(U8("\xC3"), 0);
    CU_ASSERT_EQUAL(U8("ab\xE2\x82"), 2);
    CU_ASSERT_EQUAL(U8("x\xF0\x9D\x84"), 1);
    CU_ASSERT_EQUAL(U8("abcdefghij\xF0"), 10);
    /* len cuts a valid sequence. */
    CU_ASSERT_EQUAL(u8("\xC3\xA9", 1), 0);
    CU_ASSERT_EQUAL(u8("a\xE2\x82\xAC", 3), 1);
    CU_ASSERT_EQUAL(u8("a\xF0\x9D\x84\x9E", 4), 1);
    CU_ASSERT_EQUAL(u8("a\xF0\x9D\x84\x9E", 5), 5);
}

/* The offset of the first bad byte, at every position around the 8-byte
 * ASCII fast path. */
/* Encoding at each length boundary gives the bytes, and valid UTF-8. */
/* Every byte value at every position of strings of 0 to 40 bytes (in the
 * sixteen-byte blocks, the eight-byte words after them and the last,
 * partial word, each taken alone and after the others): the plain run
 * stops exactly at the first byte JSON must see (controls, '"', '\\', DEL,
 * >= 0x80), and never reads or counts past the length (the byte after it is
 * a bad one). */
static void test_json_plain_run(void)
{
    bool all_ok = true;
    char s[41];
    for (size_t len = 0; len < sizeof s && all_ok; len++)
        for (int b = 0; b < 256 && all_ok; b++) {
            bool plain = b >= 0x20 && b < 0x7f && b != '"' && b != '\\';
            for (size_t pos = 0; pos < len && all_ok; pos++) {
                memset(s, 'a', len);
                s[len] = '"';
                s[pos] = (char)b;
                size_t want = plain ? len : pos;
                size_t got = ra_json_plain_run(s, len);
                if (got != want) {
                    fprintf(stderr, "\n  %zu bytes, 0x%02x at %zu: run %zu, want %zu\n", len, b,
                            pos, got, want);
                    all_ok = false;
                }
            }
        }
    CU_ASSERT(all_ok);
    CU_ASSERT_EQUAL(ra_json_plain_run("", 0), 0);
    CU_ASSERT_EQUAL(ra_json_plain_run("abc\"", 3), 3); /* never past len */
    /* A byte just above a bad one must not hide it (borrows across bytes). */
    CU_ASSERT_EQUAL(ra_json_plain_run("abcdefg\x01"
                                      "\x21xyz",
                                      12),
                    7);
    CU_ASSERT_EQUAL(ra_json_plain_run("\x1f"
                                      "\x20"
                                      "aaaaaaaaaa",
                                      12),
                    0);
}

/* The escape of each byte the plain run stops at (but >= 0x80), and every
 * byte value at every position of a cell for the ASCII-without-NUL test. */
static void test_json_escape_and_ascii(void)
{
    char esc[6];
    CU_ASSERT_EQUAL(ra_json_escape_byte('"', esc), 2);
    CU_ASSERT_NSTRING_EQUAL(esc, "\\\"", 2);
    CU_ASSERT_EQUAL(ra_json_escape_byte('\\', esc), 2);
    CU_ASSERT_NSTRING_EQUAL(esc, "\\\\", 2);
    CU_ASSERT_EQUAL(ra_json_escape_byte(0x1f, esc), 6);
    CU_ASSERT_NSTRING_EQUAL(esc, "\\u001f", 6);
    CU_ASSERT_EQUAL(ra_json_escape_byte(0x7f, esc), 6);
    CU_ASSERT_NSTRING_EQUAL(esc, "\\u007f", 6);
    CU_ASSERT_EQUAL(ra_json_escape_byte(0x00, esc), 6);
    CU_ASSERT_NSTRING_EQUAL(esc, "\\u0000", 6);

    bool all_ok = true;
    char s[21];
    CU_ASSERT_TRUE(ra_ascii_no_nul("", 0));
    for (int b = 0; b < 256 && all_ok; b++)
        for (size_t pos = 0; pos < sizeof s && all_ok; pos++) {
            memset(s, 'a', sizeof s);
            s[pos] = (char)b;
            bool want = b >= 1 && b <= 0x7f;
            if (ra_ascii_no_nul(s, sizeof s) != want) {
                fprintf(stderr, "\n  byte 0x%02x at %zu: got %d\n", b, pos, !want);
                all_ok = false;
            }
        }
    CU_ASSERT(all_ok);
    CU_ASSERT_TRUE(ra_ascii_no_nul("abc\0", 3)); /* never past len */
}

/* ra_utf8_cut keeps whole characters: it backs up to the start of the one
 * a cut would split, and cuts text that is not UTF-8 where asked. */
static void test_utf8_cut(void)
{
    CU_ASSERT_EQUAL(ra_utf8_cut("abc", 3, 5), 3); /* fits */
    CU_ASSERT_EQUAL(ra_utf8_cut("abc", 3, 3), 3);
    CU_ASSERT_EQUAL(ra_utf8_cut("abcdef", 6, 3), 3);
    CU_ASSERT_EQUAL(ra_utf8_cut("abc", 3, 0), 0);
    CU_ASSERT_EQUAL(ra_utf8_cut("a\xC3\xA9z", 4, 2), 1); /* e-acute: 2 bytes */
    CU_ASSERT_EQUAL(ra_utf8_cut("a\xC3\xA9z", 4, 3), 3);
    CU_ASSERT_EQUAL(ra_utf8_cut("a\xE0\xA4\x95z", 5, 3), 1); /* KA: 3 bytes */
    const char *emoji = "a\xF0\x9F\x98\x80z";                /* U+1F600: 4 bytes */
    for (size_t max = 1; max <= 4; max++)
        CU_ASSERT_EQUAL(ra_utf8_cut(emoji, 6, max), 1);
    CU_ASSERT_EQUAL(ra_utf8_cut(emoji, 6, 5), 5);
    /* not UTF-8: four continuation bytes in a row, cut where asked */
    CU_ASSERT_EQUAL(ra_utf8_cut("\x80\x80\x80\x80\x80", 5, 4), 4);
    CU_ASSERT_EQUAL(ra_utf8_cut("\x80\x80", 2, 1), 1);
}

static void test_utf8_encode(void)
{
    static const struct {
        unsigned long cp;
        const char *bytes;
    } cases[] = {
        {0x41, "A"},
        {0x7F, "\x7F"},
        {0x80, "\xC2\x80"},
        {0xE9, "\xC3\xA9"},
        {0x7FF, "\xDF\xBF"},
        {0x800, "\xE0\xA0\x80"},
        {0x20AC, "\xE2\x82\xAC"},
        {0xFFFD, "\xEF\xBF\xBD"},
        {0x10000, "\xF0\x90\x80\x80"},
        {0x10FFFF, "\xF4\x8F\xBF\xBF"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char out[4];
        size_t n = ra_utf8_encode(cases[i].cp, out);
        CU_ASSERT_EQUAL(n, strlen(cases[i].bytes));
        CU_ASSERT_EQUAL(memcmp(out, cases[i].bytes, n), 0);
        CU_ASSERT_EQUAL(ra_utf8_check((const unsigned char *)out, n), n);
    }
}

static void test_utf8_offsets(void)
{
    static const char *const bad[] = {"\xC0\x80", "\xED\xA0\x80", "\xF4\x90\x80\x80",
                                      "\xFF",     "\x80",         "\xE2\x82"};
    char buf[64];
    for (size_t k = 0; k < COUNT(bad); k++) {
        for (size_t p = 0; p < 24; p++) {
            size_t n = 0;
            for (size_t i = 0; i < p; i++)
                buf[n++] = (char)('a' + i % 26);
            size_t blen = strlen(bad[k]);
            memcpy(buf + n, bad[k], blen);
            n += blen;
            if (k != 5) /* the truncated one must stay at the end */
                for (int i = 0; i < 12; i++)
                    buf[n++] = 'z';
            size_t got = u8(buf, n);
            CU_ASSERT_EQUAL(got, p);
            if (got != p)
                fprintf(stderr, "\n  utf8 case %zu prefix %zu: %zu\n", k, p, got);
        }
    }
    /* Valid multi-byte characters before the bad byte. */
    for (size_t p = 0; p < 20; p++) {
        size_t n = 0;
        for (size_t i = 0; i < p; i++)
            buf[n++] = 'a';
        memcpy(buf + n, "\xC3\xA9\xE2\x82\xAC\xF0\x9D\x84\x9E", 9);
        n += 9;
        for (size_t i = 0; i < p; i++)
            buf[n++] = 'b';
        size_t want = n;
        buf[n++] = '\xC0';
        buf[n++] = '\xAF';
        CU_ASSERT_EQUAL(u8(buf, n), want);
        CU_ASSERT_EQUAL(u8(buf, want), want);
    }
}

/* ---- arena ------------------------------------------------------------- */

static bool aligned(const void *p)
{
    return (uintptr_t)p % alignof(max_align_t) == 0;
}

static void test_arena_many(void)
{
    ra_arena a;
    ra_arena_init(&a, 256);
    enum { N = 20000 };
    unsigned char **ptrs = calloc(N, sizeof *ptrs);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ptrs);
    size_t total = 0;
    long misaligned = 0, null = 0;
    for (size_t i = 0; i < N; i++) {
        size_t sz = 1 + (i * 7919) % 300; /* some larger than the block size */
        ptrs[i] = ra_arena_alloc(&a, sz);
        if (!ptrs[i]) {
            null++;
            continue;
        }
        if (!aligned(ptrs[i]))
            misaligned++;
        memset(ptrs[i], (int)(i & 0xFF), sz);
        total += sz;
    }
    CU_ASSERT_EQUAL(null, 0);
    CU_ASSERT_EQUAL(misaligned, 0);
    CU_ASSERT(a.used_bytes >= total);
    /* No allocation overlaps another: every pattern survived. */
    long corrupt = 0;
    for (size_t i = 0; i < N && !null; i++) {
        size_t sz = 1 + (i * 7919) % 300;
        for (size_t j = 0; j < sz; j++)
            if (ptrs[i][j] != (unsigned char)(i & 0xFF)) {
                corrupt++;
                break;
            }
    }
    CU_ASSERT_EQUAL(corrupt, 0);
    free(ptrs);
    ra_arena_free(&a);
    CU_ASSERT_PTR_NULL(a.head);
    CU_ASSERT_EQUAL(a.used_bytes, 0);

    /* Usable again after free. */
    char *p = ra_arena_strndup(&a, "again", 5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_STRING_EQUAL(p, "again");
    ra_arena_free(&a);
}

static void test_arena_big(void)
{
    ra_arena a;
    ra_arena_init(&a, 4096);
    char *small1 = ra_arena_alloc(&a, 100);
    CU_ASSERT_PTR_NOT_NULL_FATAL(small1);
    memset(small1, 'a', 100);
    const size_t big_size = 8u << 20; /* 8 MiB, far above the block size */
    unsigned char *big = ra_arena_alloc(&a, big_size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    CU_ASSERT(aligned(big));
    memset(big, 0xAB, big_size);
    /* Small allocations after the big one still work and do not overlap it. */
    char *small[50];
    for (int i = 0; i < 50; i++) {
        small[i] = ra_arena_alloc(&a, 100);
        CU_ASSERT_PTR_NOT_NULL_FATAL(small[i]);
        CU_ASSERT(aligned(small[i]));
        memset(small[i], 'A' + i % 26, 100);
    }
    size_t bad = 0;
    for (size_t i = 0; i < big_size; i++)
        bad += big[i] != 0xAB;
    CU_ASSERT_EQUAL(bad, 0);
    for (int i = 0; i < 100; i++)
        bad += small1[i] != 'a';
    for (int i = 0; i < 50; i++)
        for (int j = 0; j < 100; j++)
            bad += small[i][j] != 'A' + i % 26;
    CU_ASSERT_EQUAL(bad, 0);
    CU_ASSERT(a.used_bytes >= big_size + 51 * 100);
    ra_arena_free(&a);

    /* A big first allocation. */
    ra_arena_init(&a, 1024);
    big = ra_arena_alloc(&a, 1 << 20);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    memset(big, 1, 1 << 20);
    char *after = ra_arena_alloc(&a, 10);
    CU_ASSERT_PTR_NOT_NULL_FATAL(after);
    CU_ASSERT(after < (char *)big || after >= (char *)big + (1 << 20));
    ra_arena_free(&a);

    /* Sizes whose rounding or block header would overflow fail cleanly,
     * without reaching malloc (ASan would abort on a huge malloc). */
    ra_arena_init(&a, 0); /* default block size */
    CU_ASSERT(a.block_size > 0);
    CU_ASSERT_PTR_NULL(ra_arena_alloc(&a, SIZE_MAX));
    CU_ASSERT_PTR_NULL(ra_arena_alloc(&a, SIZE_MAX - 8));
    CU_ASSERT_PTR_NULL(ra_arena_alloc(&a, SIZE_MAX - 15));
    CU_ASSERT_PTR_NULL(ra_arena_strndup(&a, "x", SIZE_MAX));
    CU_ASSERT_PTR_NULL(ra_arena_strndup(&a, "x", SIZE_MAX - 1));
    CU_ASSERT_EQUAL(a.used_bytes, 0);
    ra_arena_free(&a);
}

static void test_zalloc(void)
{
    /* 8 MiB: glibc maps it, so without the memset its pages would be unwritten */
    const size_t n = (8u << 20) / sizeof(uint64_t);
    uint64_t *v = ra_zalloc(n, sizeof *v);
    CU_ASSERT_PTR_NOT_NULL_FATAL(v);
    uint64_t or = 0;
    for (size_t i = 0; i < n; i++)
        or |= v[i]++;
    CU_ASSERT_EQUAL(or, 0);
    CU_ASSERT_EQUAL(v[n - 1], 1);
    free(v);
    void *none = ra_zalloc(0, 16); /* a pointer free() takes, never NULL */
    CU_ASSERT_PTR_NOT_NULL(none);
    free(none);
    CU_ASSERT_PTR_NULL(ra_zalloc(SIZE_MAX / 8 + 1, 8)); /* n * size overflows */
    CU_ASSERT_PTR_NULL(ra_zalloc(2, SIZE_MAX / 2 + 1));
}

static void test_arena_alignment(void)
{
    ra_arena a;
    ra_arena_init(&a, 1000); /* not a multiple of the alignment */
    long bad = 0;
    for (size_t i = 0; i < 5000; i++) {
        void *p = ra_arena_alloc(&a, 1 + i % 37);
        if (!p || !aligned(p))
            bad++;
    }
    CU_ASSERT_EQUAL(bad, 0);
    /* A max_align_t-aligned type can live there. */
    long double *ld = ra_arena_alloc(&a, 4 * sizeof *ld);
    CU_ASSERT_PTR_NOT_NULL_FATAL(ld);
    for (int i = 0; i < 4; i++)
        ld[i] = (long double)i / 3;
    CU_ASSERT(ld[3] == 1.0L);
    ra_arena_free(&a);
}

static void test_arena_strndup_printf(void)
{
    ra_arena a;
    ra_arena_init(&a, 64);
    char *s = ra_arena_strndup(&a, "abcdef", 3);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s, "abc");
    char *e = ra_arena_strndup(&a, "", 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    CU_ASSERT_STRING_EQUAL(e, "");
    char *n = ra_arena_strndup(&a, NULL, 0);
    CU_ASSERT_PTR_NOT_NULL_FATAL(n);
    CU_ASSERT_STRING_EQUAL(n, "");
    char *z = ra_arena_strndup(&a, "a\0b", 3);
    CU_ASSERT_PTR_NOT_NULL_FATAL(z);
    CU_ASSERT(memcmp(z, "a\0b", 4) == 0);
    /* A copy, not the source. */
    char src[] = "mutable";
    char *c = ra_arena_strndup(&a, src, strlen(src));
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT(c != src);
    src[0] = 'M';
    CU_ASSERT_STRING_EQUAL(c, "mutable");
    /* Longer than a block. */
    char longsrc[500];
    for (size_t i = 0; i < sizeof longsrc; i++)
        longsrc[i] = (char)('a' + i % 26);
    char *l = ra_arena_strndup(&a, longsrc, sizeof longsrc);
    CU_ASSERT_PTR_NOT_NULL_FATAL(l);
    CU_ASSERT(memcmp(l, longsrc, sizeof longsrc) == 0);
    CU_ASSERT_EQUAL(l[sizeof longsrc], '\0');
    /* The earlier strings are intact. */
    CU_ASSERT_STRING_EQUAL(s, "abc");
    CU_ASSERT_STRING_EQUAL(c, "mutable");

    char *p = ra_arena_printf(&a, "%s-%d-%04.1f", "row", 42, 2.5);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_STRING_EQUAL(p, "row-42-02.5");
    char *q = ra_arena_printf(&a, "%.*s|%s", 300, longsrc, "end");
    CU_ASSERT_PTR_NOT_NULL_FATAL(q);
    CU_ASSERT_EQUAL(strlen(q), 304);
    CU_ASSERT(memcmp(q, longsrc, 300) == 0);
    CU_ASSERT_STRING_EQUAL(q + 300, "|end");
    ra_arena_free(&a);
}

/* ---- intern ------------------------------------------------------------ */

static void test_strmap_put_get(void)
{
    ra_strmap m;
    ra_strmap_init(&m);
    uint32_t v = 999;
    CU_ASSERT_FALSE(ra_strmap_get(&m, "alpha", 5, &v)); /* empty map */
    CU_ASSERT_EQUAL(v, 999);

    const char *k1 = NULL;
    char buf[] = "alpha";
    CU_ASSERT_EQUAL(ra_strmap_put(&m, buf, 5, 7, NULL, &k1), 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(k1);
    CU_ASSERT(k1 != buf);
    CU_ASSERT_STRING_EQUAL(k1, "alpha");
    CU_ASSERT_EQUAL(ra_strmap_put(&m, "beta", 4, 8, NULL, NULL), 1);
    CU_ASSERT_EQUAL(m.count, 2);
    buf[0] = 'A'; /* the map owns its copy */

    CU_ASSERT_TRUE(ra_strmap_get(&m, "alpha", 5, &v));
    CU_ASSERT_EQUAL(v, 7);
    CU_ASSERT_TRUE(ra_strmap_get(&m, "beta", 4, &v));
    CU_ASSERT_EQUAL(v, 8);
    CU_ASSERT_TRUE(ra_strmap_get(&m, "alpha", 5, NULL));
    CU_ASSERT_FALSE(ra_strmap_get(&m, "Alpha", 5, &v));
    CU_ASSERT_FALSE(ra_strmap_get(&m, "alph", 4, &v));
    CU_ASSERT_FALSE(ra_strmap_get(&m, "alphas", 6, &v));
    CU_ASSERT_FALSE(ra_strmap_get(&m, "", 0, &v));
    /* Length, not NUL, delimits the key. */
    CU_ASSERT_TRUE(ra_strmap_get(&m, "betamax", 4, &v));
    CU_ASSERT_EQUAL(v, 8);

    /* A duplicate: 0, the existing value, the existing key; nothing changes. */
    uint32_t existing = 0;
    const char *k2 = NULL;
    CU_ASSERT_EQUAL(ra_strmap_put(&m, "alpha", 5, 99, &existing, &k2), 0);
    CU_ASSERT_EQUAL(existing, 7);
    CU_ASSERT_PTR_EQUAL(k2, k1);
    CU_ASSERT_TRUE(ra_strmap_get(&m, "alpha", 5, &v));
    CU_ASSERT_EQUAL(v, 7);
    CU_ASSERT_EQUAL(ra_strmap_put(&m, "beta", 4, 100, NULL, NULL), 0);
    CU_ASSERT_EQUAL(m.count, 2);

    /* The empty key is a key like any other. */
    CU_ASSERT_EQUAL(ra_strmap_put(&m, "", 0, 5, NULL, NULL), 1);
    CU_ASSERT_TRUE(ra_strmap_get(&m, "", 0, &v));
    CU_ASSERT_EQUAL(v, 5);
    CU_ASSERT_EQUAL(ra_strmap_put(&m, "", 0, 6, &existing, NULL), 0);
    CU_ASSERT_EQUAL(existing, 5);
    ra_strmap_free(&m);
}

static void test_strmap_many(void)
{
    enum { N = 100000 };
    ra_strmap m;
    ra_strmap_init(&m);
    char key[32];
    long put_bad = 0, get_bad = 0, dup_bad = 0, miss_bad = 0;
    for (uint32_t i = 0; i < N; i++) {
        int len = snprintf(key, sizeof key, "worker-%u", i);
        if (ra_strmap_put(&m, key, (size_t)len, i * 3u, NULL, NULL) != 1)
            put_bad++;
    }
    CU_ASSERT_EQUAL(put_bad, 0);
    CU_ASSERT_EQUAL(m.count, N);
    for (uint32_t i = 0; i < N; i++) {
        int len = snprintf(key, sizeof key, "worker-%u", i);
        uint32_t v = UINT32_MAX;
        if (!ra_strmap_get(&m, key, (size_t)len, &v) || v != i * 3u)
            get_bad++;
        uint32_t ex = UINT32_MAX;
        if (ra_strmap_put(&m, key, (size_t)len, 1, &ex, NULL) != 0 || ex != i * 3u)
            dup_bad++;
        len = snprintf(key, sizeof key, "worker-%u", i + N);
        if (ra_strmap_get(&m, key, (size_t)len, &v))
            miss_bad++;
    }
    CU_ASSERT_EQUAL(get_bad, 0);
    CU_ASSERT_EQUAL(dup_bad, 0);
    CU_ASSERT_EQUAL(miss_bad, 0);
    CU_ASSERT_EQUAL(m.count, N);
    CU_ASSERT(m.nslots >= 2u * N); /* load factor under 1/2 */
    ra_strmap_free(&m);
    CU_ASSERT_EQUAL(m.count, 0);
    CU_ASSERT_PTR_NULL(m.slots);
}

static void test_strmap_embedded_nul(void)
{
    ra_strmap m;
    ra_strmap_init(&m);
    static const struct {
        const char *s;
        size_t len;
    } keys[] = {
        {"a", 1},
        {"a\0", 2},
        {"a\0b", 3},
        {"a\0c", 3},
        {"\0", 1},
        {"\0\0", 2},
        {"", 0},
        {"0123456\0x", 9},
        {"0123456\0y", 9},
        {"01234567\0\0\0\0\0\0\0\0", 16},
        {"01234567\0\0\0\0\0\0\0", 15},
    };
    for (size_t i = 0; i < COUNT(keys); i++)
        CU_ASSERT_EQUAL(ra_strmap_put(&m, keys[i].s, keys[i].len, (uint32_t)i, NULL, NULL), 1);
    CU_ASSERT_EQUAL(m.count, COUNT(keys));
    for (size_t i = 0; i < COUNT(keys); i++) {
        uint32_t v = UINT32_MAX;
        CU_ASSERT_TRUE(ra_strmap_get(&m, keys[i].s, keys[i].len, &v));
        CU_ASSERT_EQUAL(v, i);
        const char *k = NULL;
        CU_ASSERT_EQUAL(ra_strmap_put(&m, keys[i].s, keys[i].len, 0, NULL, &k), 0);
        CU_ASSERT_PTR_NOT_NULL_FATAL(k);
        CU_ASSERT(memcmp(k, keys[i].s, keys[i].len) == 0);
        CU_ASSERT_EQUAL(k[keys[i].len], '\0');
    }
    CU_ASSERT_FALSE(ra_strmap_get(&m, "a\0d", 3, NULL));
    CU_ASSERT_FALSE(ra_strmap_get(&m, "\0\0\0", 3, NULL));

    /* The hash depends on the length and every byte, wherever the bytes are. */
    CU_ASSERT_NOT_EQUAL(ra_hash_bytes("a", 1), ra_hash_bytes("a\0", 2));
    CU_ASSERT_NOT_EQUAL(ra_hash_bytes("", 0), ra_hash_bytes("\0", 1));
    char unaligned[32];
    memcpy(unaligned + 3, "0123456789abcdefXYZ", 19);
    CU_ASSERT_EQUAL(ra_hash_bytes(unaligned + 3, 19), ra_hash_bytes("0123456789abcdefXYZ", 19));
    CU_ASSERT_NOT_EQUAL(ra_hash_bytes("0123456789abcdefXYZ", 19),
                        ra_hash_bytes("0123456789abcdeFXYZ", 19));
    ra_strmap_free(&m);
}

static void test_strmap_intern(void)
{
    ra_strmap m;
    ra_strmap_init(&m);
    char a[] = "AGENCY-01";
    char b[] = "xAGENCY-01"; /* same bytes from another buffer */
    const char *p1 = ra_strmap_intern(&m, a, strlen(a));
    const char *p2 = ra_strmap_intern(&m, b + 1, strlen(b + 1));
    const char *p3 = ra_strmap_intern(&m, "AGENCY-02", 9);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(p3);
    CU_ASSERT_PTR_EQUAL(p1, p2);
    CU_ASSERT(p1 != a && p1 != b + 1);
    CU_ASSERT(p1 != p3);
    CU_ASSERT_STRING_EQUAL(p1, "AGENCY-01");
    CU_ASSERT_STRING_EQUAL(p3, "AGENCY-02");
    CU_ASSERT_EQUAL(m.count, 2);
    /* Values are entry numbers. */
    uint32_t v = UINT32_MAX;
    CU_ASSERT_TRUE(ra_strmap_get(&m, "AGENCY-01", 9, &v));
    CU_ASSERT_EQUAL(v, 0);
    CU_ASSERT_TRUE(ra_strmap_get(&m, "AGENCY-02", 9, &v));
    CU_ASSERT_EQUAL(v, 1);
    /* Pointers stay stable while the map grows. */
    char key[32];
    for (int i = 0; i < 50000; i++) {
        int len = snprintf(key, sizeof key, "AGENCY-%05d", i);
        CU_ASSERT_PTR_NOT_NULL_FATAL(ra_strmap_intern(&m, key, (size_t)len));
    }
    CU_ASSERT_PTR_EQUAL(ra_strmap_intern(&m, "AGENCY-01", 9), p1);
    CU_ASSERT_PTR_EQUAL(ra_strmap_intern(&m, "AGENCY-02", 9), p3);
    CU_ASSERT_STRING_EQUAL(p1, "AGENCY-01");
    CU_ASSERT_EQUAL(m.count, 50002);
    ra_strmap_free(&m);
}

/* ---- runner ------------------------------------------------------------ */

typedef struct {
    const char *name;
    CU_TestFunc fn;
} test_entry;

static const test_entry money_tests[] = {
    {"money parse ok", test_money_parse_ok},
    {"money parse range", test_money_parse_range},
    {"money parse format errors", test_money_parse_format_errors},
    {"money format", test_money_format},
    {"rate parse", test_rate_parse},
    {"rate format", test_rate_format},
    {"money to usd", test_money_to_usd},
    {"money add", test_money_add},
};
static const test_entry date_tests[] = {
    {"date parse", test_date_parse},
    {"date valid ymd", test_date_valid_ymd},
    {"date round trip 1000..9999", test_date_round_trip_all},
    {"date difference", test_date_difference},
    {"date format null", test_date_format_null},
    {"date from unix", test_date_from_unix},
};
/* ---- numvec: exact rationals in 16 bytes, the rest in a side table ---- */

/* ra_num_mul and ra_num_add on random reduced fractions: the exact value
 * (checked by cross-multiplying, which the small operands allow), and a
 * product of reduced fractions in lowest terms, so that the gcds they
 * reduce by are the greatest common divisors, not merely divisors. */
static uint64_t euclid(uint64_t a, uint64_t b)
{
    while (b) {
        uint64_t t = a % b;
        a = b;
        b = t;
    }
    return a;
}

static uint64_t next_random(uint64_t *state)
{
    uint64_t x = *state;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    return *state = x;
}

static ra_num random_fraction(uint64_t *state)
{
    /* below 2^31 (products fit in 64 bits), with small factors in common */
    uint64_t n = next_random(state) >> 36, d = (next_random(state) >> 36) | 1;
    unsigned k = (unsigned)(next_random(state) % 12);
    n <<= k % 4;
    d *= k < 6 ? 10 : 1;
    uint64_t g = euclid(n, d);
    return (ra_num){(__int128)(n / g), (__int128)(d / g)};
}

static unsigned __int128 euclid128(unsigned __int128 a, unsigned __int128 b)
{
    while (b) {
        unsigned __int128 t = a % b;
        a = b;
        b = t;
    }
    return a;
}

/* a / b in lowest terms (b > 0). */
static ra_num lowest(unsigned __int128 a, unsigned __int128 b)
{
    unsigned __int128 g = euclid128(a, b);
    return g ? (ra_num){(__int128)(a / g), (__int128)(b / g)} : (ra_num){0, 1};
}

/* Products whose cross gcds take 128 bits: a = an / (X G), b = (Y G) / bd
 * with G of 60 bits and X, Y of 40, so gcd(Y G, X G) is found on numbers
 * near 2^100. The product is an Y / (X bd), in lowest terms. */
static void test_num_gcd_past_64_bits(void)
{
    uint64_t state = 0x2545F4914F6CDD1Du;
    size_t wrong = 0, unreduced = 0;
    for (int i = 0; i < 50000; i++) {
        unsigned __int128 g = (next_random(&state) >> 4) | 1;
        unsigned __int128 x = (next_random(&state) >> 24) | 1, y = next_random(&state) >> 24;
        unsigned __int128 an = next_random(&state) >> 44, bd = (next_random(&state) >> 44) | 1;
        ra_num a = lowest(an, x * g), b = lowest(y * g, bd), r;
        CU_ASSERT_TRUE_FATAL(ra_num_mul(a, b, &r));
        /* r = an y / (x bd): cross products stay below 2^121 */
        if (r.n * (__int128)(x * bd) != (__int128)(an * y) * r.d)
            wrong++;
        if (r.n && euclid128((unsigned __int128)r.n, (unsigned __int128)r.d) != 1)
            unreduced++;
    }
    CU_ASSERT_EQUAL(wrong, 0);
    CU_ASSERT_EQUAL(unreduced, 0);
}

static void test_num_exact_and_reduced(void)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    size_t wrong = 0, unreduced = 0;
    for (int i = 0; i < 200000; i++) {
        ra_num a = random_fraction(&state), b = random_fraction(&state), r;
        CU_ASSERT_TRUE_FATAL(ra_num_mul(a, b, &r));
        if (ra_num_cmp(r, (ra_num){a.n * b.n, a.d * b.d}) != 0)
            wrong++;
        if (r.n && euclid((uint64_t)r.n, (uint64_t)r.d) != 1)
            unreduced++;
        CU_ASSERT_TRUE_FATAL(ra_num_add(a, b, &r));
        if (ra_num_cmp(r, (ra_num){a.n * b.d + b.n * a.d, a.d * b.d}) != 0)
            wrong++;
    }
    CU_ASSERT_EQUAL(wrong, 0);
    CU_ASSERT_EQUAL(unreduced, 0);
}

static void test_numvec(void)
{
    ra_numvec a;
    CU_ASSERT_TRUE_FATAL(ra_numvec_init(&a, 4));
    CU_ASSERT_EQUAL(sizeof(ra_num64), 16);
    ra_num zero = ra_numvec_get(&a, 3);
    CU_ASSERT_TRUE(zero.n == 0 && zero.d == 1);
    ra_num small = {-12345, 100};
    CU_ASSERT_TRUE(ra_numvec_set(&a, 0, small));
    ra_num got = ra_numvec_get(&a, 0);
    CU_ASSERT_TRUE(got.n == -12345 && got.d == 100);
    CU_ASSERT_EQUAL(a.nbig, 0);
    /* beyond int64: numerator 2^70, then denominator 2^65 */
    ra_num big = {(__int128)1 << 70, 3};
    CU_ASSERT_TRUE(ra_numvec_set(&a, 1, big));
    got = ra_numvec_get(&a, 1);
    CU_ASSERT_TRUE(got.n == big.n && got.d == 3);
    CU_ASSERT_EQUAL(a.nbig, 1);
    ra_num bigd = {7, (__int128)1 << 65};
    CU_ASSERT_TRUE(ra_numvec_set(&a, 2, bigd));
    got = ra_numvec_get(&a, 2);
    CU_ASSERT_TRUE(got.n == 7 && got.d == bigd.d);
    /* a small value into an element already in the side table keeps its slot */
    CU_ASSERT_TRUE(ra_numvec_set(&a, 1, small));
    got = ra_numvec_get(&a, 1);
    CU_ASSERT_TRUE(got.n == -12345 && got.d == 100);
    CU_ASSERT_EQUAL(a.nbig, 2);
    /* the others are untouched */
    got = ra_numvec_get(&a, 2);
    CU_ASSERT_TRUE(got.n == 7 && got.d == bigd.d);
    got = ra_numvec_get(&a, 3);
    CU_ASSERT_TRUE(got.n == 0 && got.d == 1);
    /* INT64_MIN and INT64_MAX fit */
    ra_num edge = {INT64_MIN, INT64_MAX};
    CU_ASSERT_TRUE(ra_numvec_set(&a, 3, edge));
    got = ra_numvec_get(&a, 3);
    CU_ASSERT_TRUE(got.n == INT64_MIN && got.d == INT64_MAX);
    CU_ASSERT_EQUAL(a.nbig, 2);
    ra_numvec_free(&a);
}
static const test_entry numvec_tests[] = {
    {"numvec small, big, slot kept", test_numvec},
    {"rational product and sum: exact, in lowest terms", test_num_exact_and_reduced},
    {"rational product: gcds past 64 bits", test_num_gcd_past_64_bits},
};

static const test_entry utf8_tests[] = {
    {"utf8 valid", test_utf8_valid},
    {"utf8 invalid", test_utf8_invalid},
    {"utf8 truncated", test_utf8_truncated},
    {"utf8 offsets", test_utf8_offsets},
    {"utf8 encode", test_utf8_encode},
    {"utf8 cut between characters", test_utf8_cut},
    {"JSON plain run", test_json_plain_run},
    {"JSON byte escapes, ASCII without NUL", test_json_escape_and_ascii},
};
static const test_entry arena_tests[] = {
    {"arena many", test_arena_many},
    {"arena big", test_arena_big},
    {"zalloc: zeroed, overflow refused", test_zalloc},
    {"arena alignment", test_arena_alignment},
    {"arena strndup printf", test_arena_strndup_printf},
};
static const test_entry intern_tests[] = {
    {"strmap put get", test_strmap_put_get},
    {"strmap 100000 keys", test_strmap_many},
    {"strmap embedded NUL", test_strmap_embedded_nul},
    {"strmap intern", test_strmap_intern},
};

static bool add_suite(const char *name, const test_entry *t, size_t n)
{
    CU_pSuite s = CU_add_suite(name, NULL, NULL);
    if (!s)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!CU_add_test(s, t[i].name, t[i].fn))
            return false;
    return true;
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    if (!add_suite("money", money_tests, COUNT(money_tests)) ||
        !add_suite("date", date_tests, COUNT(date_tests)) ||
        !add_suite("utf8", utf8_tests, COUNT(utf8_tests)) ||
        !add_suite("arena", arena_tests, COUNT(arena_tests)) ||
        !add_suite("intern", intern_tests, COUNT(intern_tests)) ||
        !add_suite("numvec", numvec_tests, COUNT(numvec_tests))) {
        CU_cleanup_registry();
        return 2;
    }
    unsigned expected = (unsigned)(COUNT(money_tests) + COUNT(date_tests) + COUNT(utf8_tests) +
                                   COUNT(arena_tests) + COUNT(intern_tests) + COUNT(numvec_tests));
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_ErrorCode rc = CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures();
    unsigned run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    if (rc != CUE_SUCCESS)
        return 2;
    return (failures == 0 && run == expected) ? 0 : 1;
}
