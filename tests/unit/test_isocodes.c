/* test_isocodes.c — ISO 3166-1 / 4217 / 639-1 lookups over the generated
 * tables (engine/isocodes_data.c). */
#include <CUnit/Basic.h>
#include <CUnit/CUnit.h>

#include <stdio.h>
#include <string.h>

#include "isocodes.h"
#include "isocodes_data.h"
#include "utf8.h"

typedef ra_code (*lookup_fn)(const char *s, size_t len);
typedef void (*str_fn)(ra_code c, char buf[RA_CODE_STR_MAX]);

static ra_code lk(lookup_fn f, const char *s)
{
    return f(s, strlen(s));
}

/* Asserts s is accepted and that str(lookup(s)) gives s back. */
static void check_known(lookup_fn f, str_fn to_str, const char *s)
{
    ra_code c = lk(f, s);
    CU_ASSERT_NOT_EQUAL(c, RA_CODE_NONE);
    if (c == RA_CODE_NONE) {
        fprintf(stderr, "\n  not accepted: \"%s\"\n", s);
        return;
    }
    char buf[RA_CODE_STR_MAX];
    memset(buf, 'x', sizeof buf);
    to_str(c, buf);
    CU_ASSERT_STRING_EQUAL(buf, s);
}

static void check_rejected(lookup_fn f, const char *s, size_t len)
{
    ra_code c = f(s, len);
    CU_ASSERT_EQUAL(c, RA_CODE_NONE);
    if (c != RA_CODE_NONE)
        fprintf(stderr, "\n  wrongly accepted: \"%.*s\" (len %zu)\n", (int)len, s ? s : "", len);
}

static const char *const known_countries[] = {"PH", "SA", "HK", "QA", "AE", "NP", "BD", "LK", "MY",
                                              "SG", "ID", "IN", "US", "TL", "AD", "ZW", "ZA", "CI"};
static const char *const known_currencies[] = {"PHP", "USD", "SAR", "HKD", "QAR", "AED",
                                               "NPR", "BDT", "LKR", "MYR", "SGD", "IDR",
                                               "INR", "EUR", "XXX", "XAU", "ZAR"};
static const char *const known_languages[] = {"tl", "en", "ar", "ne", "bn", "si",
                                              "ms", "id", "hi", "aa", "zu", "he"};

#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void test_known_countries(void)
{
    for (size_t i = 0; i < COUNT(known_countries); i++)
        check_known(ra_country_lookup, ra_country_str, known_countries[i]);
}

static void test_known_currencies(void)
{
    for (size_t i = 0; i < COUNT(known_currencies); i++)
        check_known(ra_currency_lookup, ra_currency_str, known_currencies[i]);
}

static void test_known_languages(void)
{
    for (size_t i = 0; i < COUNT(known_languages); i++)
        check_known(ra_language_lookup, ra_language_str, known_languages[i]);
}

static void test_packed_values(void)
{
    /* Letters are base-26 digits plus one. */
    CU_ASSERT_EQUAL(lk(ra_country_lookup, "AD"), 0 * 26 + 3 + 1);
    CU_ASSERT_EQUAL(lk(ra_country_lookup, "PH"), 15 * 26 + 7 + 1);
    CU_ASSERT_EQUAL(lk(ra_country_lookup, "ZW"), 25 * 26 + 22 + 1);
    CU_ASSERT_EQUAL(lk(ra_currency_lookup, "AED"), 0 * 676 + 4 * 26 + 3 + 1);
    CU_ASSERT_EQUAL(lk(ra_currency_lookup, "PHP"), 15 * 676 + 7 * 26 + 15 + 1);
    CU_ASSERT_EQUAL(lk(ra_currency_lookup, "ZAR"), 25 * 676 + 0 * 26 + 17 + 1);
    /* the constants the engine compares with */
    CU_ASSERT_EQUAL(lk(ra_currency_lookup, "USD"), RA_USD);
    CU_ASSERT_EQUAL(lk(ra_currency_lookup, "PHP"), RA_CURRENCY('P', 'H', 'P'));
    CU_ASSERT_EQUAL(lk(ra_language_lookup, "aa"), 1);
    CU_ASSERT_EQUAL(lk(ra_language_lookup, "tl"), 19 * 26 + 11 + 1);
    CU_ASSERT_EQUAL(lk(ra_language_lookup, "zu"), 25 * 26 + 20 + 1);
    /* Different codes, different values; the same code, the same value. */
    CU_ASSERT_NOT_EQUAL(lk(ra_country_lookup, "PH"), lk(ra_country_lookup, "HK"));
    CU_ASSERT_EQUAL(lk(ra_country_lookup, "PH"), ra_country_lookup("PH", 2));
}

static void test_length_not_nul(void)
{
    /* Only len bytes count: no NUL terminator needed, trailing bytes ignored. */
    const char row[] = {'P', 'H', 'P', ',', 't', 'l'};
    CU_ASSERT_EQUAL(ra_country_lookup(row, 2), lk(ra_country_lookup, "PH"));
    CU_ASSERT_EQUAL(ra_currency_lookup(row, 3), lk(ra_currency_lookup, "PHP"));
    CU_ASSERT_EQUAL(ra_language_lookup(row + 4, 2), lk(ra_language_lookup, "tl"));
    CU_ASSERT_EQUAL(ra_country_lookup(row, 3), RA_CODE_NONE);
    CU_ASSERT_EQUAL(ra_currency_lookup(row, 2), RA_CODE_NONE);
}

static void test_rejected_countries(void)
{
    static const char *const bad[] = {
        "ph", "Ph", "pH", "XX", "ZZ",  "AA",   "YU", /* withdrawn: 3166-3 only */
        "AN", "UK", "EU", "P",  "PHL", "PHPX", "12", "P1", "P ",
        " P", "P-", "@A", "[A", "A@",  "A[",   "`a", "{a", "tl"};
    for (size_t i = 0; i < COUNT(bad); i++)
        check_rejected(ra_country_lookup, bad[i], strlen(bad[i]));
    check_rejected(ra_country_lookup, "", 0);
    check_rejected(ra_country_lookup, NULL, 0);
    check_rejected(ra_country_lookup, "P\0", 2);
    check_rejected(ra_country_lookup, "\0H", 2);
    check_rejected(ra_country_lookup, "\xC3\x84", 2); /* "Ä" */
    check_rejected(ra_country_lookup, "\xD0\xA0", 2);
    check_rejected(ra_country_lookup, "PH", 1);
    check_rejected(ra_country_lookup, "PH", 3); /* "PH\0" */
}

static void test_rejected_currencies(void)
{
    static const char *const bad[] = {"php",  "Php", "PHp", "ZZZ",  "AAA", "DEM",  "FRF",
                                      "US$",  "US",  "U",   "USDX", "12A", "1USD", " USD",
                                      "USD ", "@AA", "[AA", "AA@",  "AA[", "PH"};
    for (size_t i = 0; i < COUNT(bad); i++)
        check_rejected(ra_currency_lookup, bad[i], strlen(bad[i]));
    check_rejected(ra_currency_lookup, "", 0);
    check_rejected(ra_currency_lookup, NULL, 0);
    check_rejected(ra_currency_lookup, "US\0", 3);
    check_rejected(ra_currency_lookup, "\xE2\x82\xAC", 3); /* "€" */
}

static void test_rejected_languages(void)
{
    static const char *const bad[] = {"TL", "Tl",  "tL",   "EN", "xx", "qq", /* reserved */
                                      "iw", "in",                            /* deprecated 639-1 */
                                      "t",  "tgl", "engl", "t1", "`a", "{a", "a`", "a{", "PH"};
    for (size_t i = 0; i < COUNT(bad); i++)
        check_rejected(ra_language_lookup, bad[i], strlen(bad[i]));
    check_rejected(ra_language_lookup, "", 0);
    check_rejected(ra_language_lookup, NULL, 0);
    check_rejected(ra_language_lookup, "t\0", 2);
}

/* Tries every string of n letters from base; returns how many are accepted and
 * checks the round trip of each. */
static size_t exhaustive(lookup_fn f, str_fn to_str, int n, char base, unsigned ncodes)
{
    size_t accepted = 0;
    ra_code prev = RA_CODE_NONE;
    for (unsigned idx = 0; idx < ncodes; idx++) {
        char s[RA_CODE_STR_MAX];
        unsigned v = idx;
        for (int i = n - 1; i >= 0; i--) {
            s[i] = (char)(base + (char)(v % 26));
            v /= 26;
        }
        s[n] = '\0';
        ra_code c = f(s, (size_t)n);
        if (c == RA_CODE_NONE)
            continue;
        accepted++;
        CU_ASSERT_EQUAL(c, idx + 1);
        CU_ASSERT(c > prev); /* order of packed codes follows the letters */
        prev = c;
        char buf[RA_CODE_STR_MAX];
        to_str(c, buf);
        CU_ASSERT_STRING_EQUAL(buf, s);
    }
    return accepted;
}

static void test_exhaustive_counts(void)
{
    size_t nc = exhaustive(ra_country_lookup, ra_country_str, 2, 'A', 26 * 26);
    size_t ny = exhaustive(ra_currency_lookup, ra_currency_str, 3, 'A', 26 * 26 * 26);
    size_t nl = exhaustive(ra_language_lookup, ra_language_str, 2, 'a', 26 * 26);
    /* The generated counts agree with the bitmaps... */
    CU_ASSERT_EQUAL(nc, ra_iso_country_count);
    CU_ASSERT_EQUAL(ny, ra_iso_currency_count);
    CU_ASSERT_EQUAL(nl, ra_iso_language_count);
    CU_ASSERT_EQUAL(ra_iso_country_names_count, ra_iso_country_count);
    /* ...and are plausible (249 / 181 / 184 in iso-codes 4.15). */
    CU_ASSERT(nc >= 240 && nc <= 260);
    CU_ASSERT(ny >= 150 && ny <= 200);
    CU_ASSERT(nl >= 180 && nl <= 190);
}

static void test_str_none_and_out_of_range(void)
{
    char buf[RA_CODE_STR_MAX];
    memcpy(buf, "abc", 4);
    ra_country_str(RA_CODE_NONE, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    memcpy(buf, "abc", 4);
    ra_currency_str(RA_CODE_NONE, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    memcpy(buf, "abc", 4);
    ra_language_str(RA_CODE_NONE, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    memcpy(buf, "abc", 4);
    ra_country_str(26 * 26 + 1, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    memcpy(buf, "abc", 4);
    ra_currency_str(26 * 26 * 26 + 1, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    memcpy(buf, "abc", 4);
    ra_language_str(UINT16_MAX, buf);
    CU_ASSERT_STRING_EQUAL(buf, "");
    /* Bounds of the valid ranges. */
    ra_country_str(1, buf);
    CU_ASSERT_STRING_EQUAL(buf, "AA");
    ra_country_str(26 * 26, buf);
    CU_ASSERT_STRING_EQUAL(buf, "ZZ");
    ra_currency_str(26 * 26 * 26, buf);
    CU_ASSERT_STRING_EQUAL(buf, "ZZZ");
    ra_language_str(1, buf);
    CU_ASSERT_STRING_EQUAL(buf, "aa");
}

static void test_country_names(void)
{
    const char *ph = ra_country_name(lk(ra_country_lookup, "PH"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(ph);
    CU_ASSERT_STRING_EQUAL(ph, "Philippines");
    const char *ae = ra_country_name(lk(ra_country_lookup, "AE"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(ae);
    CU_ASSERT_STRING_EQUAL(ae, "United Arab Emirates");
    const char *lkn = ra_country_name(lk(ra_country_lookup, "LK"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(lkn);
    CU_ASSERT_STRING_EQUAL(lkn, "Sri Lanka");
    /* First and last entries of the table. */
    const char *ad = ra_country_name(lk(ra_country_lookup, "AD"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(ad);
    CU_ASSERT_STRING_EQUAL(ad, "Andorra");
    const char *zw = ra_country_name(lk(ra_country_lookup, "ZW"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(zw);
    CU_ASSERT_STRING_EQUAL(zw, "Zimbabwe");
    /* Non-ASCII names are UTF-8. */
    const char *ci = ra_country_name(lk(ra_country_lookup, "CI"));
    CU_ASSERT_PTR_NOT_NULL_FATAL(ci);
    CU_ASSERT_STRING_EQUAL(ci, "C\xC3\xB4te d'Ivoire");

    CU_ASSERT_PTR_NULL(ra_country_name(RA_CODE_NONE));
    CU_ASSERT_PTR_NULL(ra_country_name(1));                  /* "AA" unassigned */
    CU_ASSERT_PTR_NULL(ra_country_name((23 * 26) + 23 + 1)); /* "XX" */
    CU_ASSERT_PTR_NULL(ra_country_name(26 * 26));            /* "ZZ" */
    CU_ASSERT_PTR_NULL(ra_country_name(26 * 26 + 1));
    CU_ASSERT_PTR_NULL(ra_country_name(UINT16_MAX));

    /* Every country has a non-empty, valid UTF-8 name; every name a country. */
    size_t named = 0;
    for (ra_code c = 1; c <= 26 * 26; c++) {
        char s[RA_CODE_STR_MAX];
        ra_country_str(c, s);
        bool listed = ra_country_lookup(s, 2) != RA_CODE_NONE;
        const char *name = ra_country_name(c);
        CU_ASSERT_EQUAL(listed, name != NULL);
        if (!name)
            continue;
        named++;
        size_t len = strlen(name);
        CU_ASSERT(len > 0);
        CU_ASSERT_EQUAL(ra_utf8_check((const unsigned char *)name, len), len);
    }
    CU_ASSERT_EQUAL(named, ra_iso_country_count);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("isocodes", NULL, NULL);
    if (!s) {
        CU_cleanup_registry();
        return 2;
    }
    struct {
        const char *name;
        CU_TestFunc fn;
    } tests[] = {
        {"known countries", test_known_countries},
        {"known currencies", test_known_currencies},
        {"known languages", test_known_languages},
        {"packed values", test_packed_values},
        {"length, not NUL", test_length_not_nul},
        {"rejected countries", test_rejected_countries},
        {"rejected currencies", test_rejected_currencies},
        {"rejected languages", test_rejected_languages},
        {"exhaustive round trip and counts", test_exhaustive_counts},
        {"str of none and out of range", test_str_none_and_out_of_range},
        {"country names", test_country_names},
    };
    for (size_t i = 0; i < COUNT(tests); i++) {
        if (!CU_add_test(s, tests[i].name, tests[i].fn)) {
            CU_cleanup_registry();
            return 2;
        }
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_ErrorCode rc = CU_basic_run_tests();
    unsigned failures = CU_get_number_of_failures();
    unsigned run = CU_get_number_of_tests_run();
    CU_cleanup_registry();
    if (rc != CUE_SUCCESS)
        return 2;
    return (failures == 0 && run == COUNT(tests)) ? 0 : 1;
}
