/* test_rx_need.c — the words a pattern needs (rx_need.h): what is read off
 * each construct of PCRE2 syntax, the constructs that leave a pattern
 * without need, case folding, and that a need never rejects a subject PCRE2
 * matches. (The shipped rules against the labelled contract sets are
 * checked the same way by every test in builds with assertions: regex.c
 * asks PCRE2 about each subject a need rejects and stops on a match.) */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <CUnit/Basic.h>
#include <pcre2.h>
#include <stdio.h>
#include <string.h>

#include "rx_need.h"

/* The need of pattern as text ("" for none). */
static const char *describe(const char *pattern)
{
    static char buf[4096];
    ra_rx_need *need = ra_rx_need_of(pattern);
    buf[0] = '\0';
    if (need)
        CU_ASSERT(ra_rx_need_describe(need, buf, sizeof buf) < sizeof buf);
    ra_rx_need_free(need);
    return buf;
}

static void test_read_constructs(void)
{
    static const struct {
        const char *pattern, *need;
    } cases[] = {
        {"deposit", "deposit\n"},
        {"Deposit", "deposit\n"},
        /* optional pieces: the strings a run can be */
        {"colou?r", "colour|color\n"},
        {"seam[ae]n's", "seaman's|seamen's\n"},
        {"(?:signs? over|cedes?)", "signs over|sign over|cede\n"},
        {"(?<amt>fee)s?", "fee\n"}, /* "fees" holds "fee" */
        /* a piece not known exactly ends the run */
        {"[a-z]+ment\\b", "ment\n"},
        {"wages?\\s+into\\s+(?:the\\s+)?account", "account\n"
                                                  "wage\n"
                                                  "into\n"},
        {"x{0,2}abc", "abc\n"},
        {"(?:abc){2,}", "abc\n"},
        /* assertions, comments and option settings match nothing */
        {"(?<!not )deposit(?= paid)(?!\\w)", "deposit\n"},
        {"(?#a note)(?i)deposit(?-i)", "deposit\n"},
        {"(?i:Passport)\\b", "passport\n"},
        {"\\x41\\x{42}c\\.d", "abc.d\n"},
        /* an alternation needs a word of either branch */
        {"(?:loan|debt)\\b.{0,40}?\\brepay", "repay\n"
                                             "loan|debt\n"},
        {"(?|(?:MYR)\\s?([0-9]+)|([0-9]+)\\s?ringgit)", "myr|ringgit\n"},
        /* nothing useful, or not followed: no need */
        {"ab", ""},                         /* too short to be worth a look */
        {"a|bcdef", ""},                    /* one branch too short */
        {"deposit|\\w+", ""},               /* one branch needs nothing */
        {"(deposit) \\1", ""},              /* a backreference */
        {"(?x) d e p o s i t", ""},         /* extended: spaces are not literal */
        {"(?R)deposit", ""},                /* recursion */
        {"\\Qdeposit\\E", ""},              /* quoting */
        {"(?(1)deposit|bond)", ""},         /* a conditional */
        {"(*UTF)deposit", ""},              /* a verb */
        {"deposit?", "deposi\n"},           /* the optional t is not needed */
        {"(?:deposit){0,2}bond", "bond\n"}, /* up to two copies: not x? */
        {"[^a]bcd", "bcd\n"},
        {"[a-c]xyz", "xyz\n"},
        {"d[\\w]posit", "posit\n"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = describe(cases[i].pattern);
        if (strcmp(got, cases[i].need) != 0)
            fprintf(stderr, "\n%s: need %s, want %s", cases[i].pattern, got, cases[i].need);
        CU_ASSERT_STRING_EQUAL(got, cases[i].need);
    }
}

static bool need_says(const char *pattern, const char *subject)
{
    ra_rx_grams grams;
    ra_rx_grams_of(subject, strlen(subject), &grams);
    ra_rx_need *need = ra_rx_need_of(pattern);
    bool met = ra_rx_need_met(need, &grams);
    ra_rx_need_free(need);
    return met;
}

/* Subjects are seen as a caseless match sees them. */
static void test_fold(void)
{
    CU_ASSERT_TRUE(need_says("passport", "HER PASSPORT"));
    CU_ASSERT_TRUE(need_says("kafala", "\xE2\x84\xAA"
                                       "AFALA"));                    /* KELVIN SIGN */
    CU_ASSERT_TRUE(need_says("passport", "pa\xC5\xBF\xC5\xBFport")); /* LONG S */
    CU_ASSERT_TRUE(need_says("visit", "V\xC4\xB0S\xC4\xB1T"));       /* dotted, dotless I */
    CU_ASSERT_TRUE(need_says("caf\xC3\xA9 owner", "caf\xC3\xA9 OWNER"));
    CU_ASSERT_FALSE(need_says("passport", "pass port"));
    CU_ASSERT_FALSE(need_says("kafala", "\xE2\x84"
                                        "AFALA")); /* a cut sequence is not K */
}

/* Does PCRE2, compiled as regex.c compiles, match subject? */
static bool pcre2_says(const char *pattern, const char *subject)
{
    int err;
    PCRE2_SIZE off;
    pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED,
                                     PCRE2_UTF | PCRE2_UCP | PCRE2_CASELESS, &err, &off, NULL);
    CU_ASSERT_PTR_NOT_NULL_FATAL(code);
    pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
    int rc = pcre2_match(code, (PCRE2_SPTR)subject, strlen(subject), 0, 0, md, NULL);
    pcre2_match_data_free(md);
    pcre2_code_free(code);
    return rc > 0;
}

/* Every subject PCRE2 matches meets the need; the others, marked, do not
 * (a need that never rejects would make this test pass on nothing). */
static void test_never_rejects_a_match(void)
{
    static const struct {
        const char *pattern, *subject;
        bool match;
    } cases[] = {
        {"kafala",
         "the \xE2\x84\xAA"
         "AFALA system",
         true}, /* KELVIN SIGN matches k */
        {"passport", "her PASSPORT is kept", true},
        {"passport", "her passbook is kept", false},
        {"(?:salary|wages?)\\b.{0,40}?\\binto\\s+the\\s+lender's\\s+account",
         "Wages are paid into the Lender's account monthly", true},
        {"(?:salary|wages?)\\b.{0,40}?\\binto\\s+the\\s+lender's\\s+account",
         "Wages are paid into the worker's own account", false},
        {"per (?:(?:calendar|full) ){0,2}month", "RM 1,800 per full calendar month", true},
        {"MYR\\s?[0-9]+|[0-9]+\\s?ringgit", "1,700 ringgit (MYR)", true},
        {"MYR\\s?[0-9]+|[0-9]+\\s?ringgit", "1,700 dollars", false},
        {"seam[ae]n's book", "the SEAMEN'S BOOK", true},
        {"(?<![a-z])deposits?\\b", "no Deposit is taken", true},
        {"(?<![a-z])deposits?\\b", "no bond is taken", false},
        {"colou?r", "COLOR", true},
        {"\\x41bc", "xabcx", true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        bool pcre2 = pcre2_says(cases[i].pattern, cases[i].subject);
        bool need = need_says(cases[i].pattern, cases[i].subject);
        CU_ASSERT_EQUAL(pcre2, cases[i].match);
        CU_ASSERT_EQUAL(need, cases[i].match);
        if (pcre2 && !need)
            fprintf(stderr, "\n%s rejects %s", cases[i].pattern, cases[i].subject);
    }
    ra_rx_grams none;
    ra_rx_grams_of("", 0, &none);
    CU_ASSERT_TRUE(ra_rx_need_met(NULL, &none)); /* no need: everything may match */
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("rx_need", NULL, NULL);
    CU_add_test(s, "what each construct needs", test_read_constructs);
    CU_add_test(s, "subjects folded as caseless matching sees them", test_fold);
    CU_add_test(s, "a need never rejects what PCRE2 matches", test_never_rejects_a_match);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
