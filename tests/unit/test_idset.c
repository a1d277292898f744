/* test_idset.c — the unique-id set (idset.h): serial ids in runs, in and
 * out of order; ids moved to fingerprints when their runs cost too much;
 * ids that are not serial; prefixes past the table. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>

#include "idset.h"

/* Adds id; returns whether it was seen before. */
static bool add(ra_idset *s, const char *id)
{
    bool seen = false;
    CU_ASSERT_FATAL(ra_idset_add(s, id, strlen(id), &seen));
    ra_idset_prefetch(s, id, strlen(id));
    return seen;
}

static bool add_serial(ra_idset *s, const char *prefix, int width, unsigned long n)
{
    char id[64];
    snprintf(id, sizeof id, "%s%0*lu", prefix, width, n);
    return add(s, id);
}

static void test_serial_in_order(void)
{
    ra_idset s;
    ra_idset_init(&s);
    for (unsigned long n = 1; n <= 100000; n++)
        if (n % 1000 != 0) /* gaps, as rejected rows leave */
            CU_ASSERT_FALSE(add_serial(&s, "F", 8, n));
    CU_ASSERT_EQUAL(s.count, 99900);
    CU_ASSERT_TRUE(add_serial(&s, "F", 8, 1));
    CU_ASSERT_TRUE(add_serial(&s, "F", 8, 54321));
    CU_ASSERT_TRUE(add_serial(&s, "F", 8, 100000 - 1));
    CU_ASSERT_FALSE(add_serial(&s, "F", 8, 3000)); /* a gap */
    CU_ASSERT_TRUE(add_serial(&s, "F", 8, 3000));
    CU_ASSERT_FALSE(add_serial(&s, "F", 9, 54321)); /* another width: another id */
    CU_ASSERT_FALSE(add_serial(&s, "G", 8, 54321));
    CU_ASSERT_FALSE(add(&s, "54321"));
    CU_ASSERT_EQUAL(s.count, 99904);
    CU_ASSERT_EQUAL(s.nslots, 0); /* no fingerprint was needed */
    ra_idset_free(&s);
}

static void test_serial_out_of_order(void)
{
    ra_idset s;
    ra_idset_init(&s);
    const char *ids[] = {"F5", "F3", "F4", "F1", "F9", "F7", "F8", "F2", "F6"};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        CU_ASSERT_FALSE(add(&s, ids[i]));
    for (int n = 1; n <= 9; n++)
        CU_ASSERT_TRUE(add_serial(&s, "F", 1, (unsigned long)n));
    CU_ASSERT_FALSE(add(&s, "F0"));
    CU_ASSERT_FALSE(add(&s, "F10"));
    CU_ASSERT_FALSE(add(&s, "F01"));
    CU_ASSERT_TRUE(add(&s, "F5"));
    CU_ASSERT_EQUAL(s.count, 12);
    ra_idset_free(&s);
    ra_idset_init(&s);
    for (unsigned long n = 5000; n > 0; n--) /* each joins the run after it */
        CU_ASSERT_FALSE(add_serial(&s, "D", 4, n));
    for (unsigned long n = 1; n <= 5000; n += 7)
        CU_ASSERT_TRUE(add_serial(&s, "D", 4, n));
    CU_ASSERT_EQUAL(s.nslots, 0); /* one run */
    ra_idset_free(&s);
    ra_idset_init(&s);
    for (unsigned long n = 1; n <= 2500; n++) { /* two sequences, one id of each in turn */
        CU_ASSERT_FALSE(add_serial(&s, "T", 4, n));
        CU_ASSERT_FALSE(add_serial(&s, "T", 4, 5000 + n));
    }
    CU_ASSERT_TRUE(add_serial(&s, "T", 4, 1234));
    CU_ASSERT_TRUE(add_serial(&s, "T", 4, 6234));
    CU_ASSERT_FALSE(add_serial(&s, "T", 4, 4321));
    CU_ASSERT_EQUAL(s.nslots, 0); /* two runs */
    ra_idset_free(&s);
}

/* Every other number: a run per id, dearer than fingerprints. */
static void test_scattered_ids_become_fingerprints(void)
{
    ra_idset s;
    ra_idset_init(&s);
    for (unsigned long n = 0; n < 10000; n += 2)
        CU_ASSERT_FALSE(add_serial(&s, "W-", 6, n));
    CU_ASSERT_NOT_EQUAL(s.nslots, 0);
    for (unsigned long n = 0; n < 10000; n++)
        CU_ASSERT_EQUAL(add_serial(&s, "W-", 6, n), n % 2 == 0);
    CU_ASSERT_EQUAL(s.count, 10000);
    ra_idset_free(&s);
}

/* Blocks of 8 in decreasing order: each block's first id moves every run. */
static void test_ids_that_move_runs_become_fingerprints(void)
{
    ra_idset s;
    ra_idset_init(&s);
    for (unsigned long b = 3000; b-- > 0;)
        for (unsigned long n = b * 10; n < b * 10 + 8; n++)
            CU_ASSERT_FALSE(add_serial(&s, "", 7, n));
    CU_ASSERT_NOT_EQUAL(s.nslots, 0);
    for (unsigned long b = 0; b < 3000; b++)
        for (unsigned long n = b * 10; n < b * 10 + 10; n++)
            CU_ASSERT_EQUAL(add_serial(&s, "", 7, n), n % 10 < 8);
    CU_ASSERT_EQUAL(s.count, 30000);
    ra_idset_free(&s);
}

static void test_ids_that_are_not_serial(void)
{
    ra_idset s;
    ra_idset_init(&s);
    const char *ids[] = {"abc",
                         "FEE-7a",
                         "1234567890123456789", /* 19 digits */
                         "a prefix longer than thirty-two bytes 1",
                         "",
                         "F 1 "};
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        CU_ASSERT_FALSE(add(&s, ids[i]));
    for (size_t i = 0; i < sizeof ids / sizeof *ids; i++)
        CU_ASSERT_TRUE(add(&s, ids[i]));
    CU_ASSERT_FALSE(add(&s, "123456789012345678")); /* 18 digits: serial */
    CU_ASSERT_TRUE(add(&s, "123456789012345678"));
    CU_ASSERT_FALSE(add(&s, "123456789012345679")); /* the largest numbers follow on */
    CU_ASSERT_FALSE(add(&s, "999999999999999999"));
    CU_ASSERT_TRUE(add(&s, "999999999999999999"));
    CU_ASSERT_EQUAL(s.count, 9);
    ra_idset_free(&s);
}

/* More prefixes than the table keeps: the others' ids are fingerprints. */
static void test_many_prefixes(void)
{
    ra_idset s;
    ra_idset_init(&s);
    char prefix[16];
    for (int round = 0; round < 2; round++)
        for (int p = 0; p < 100; p++) {
            snprintf(prefix, sizeof prefix, "AG%03d-F", p);
            for (unsigned long n = 1; n <= 5; n++)
                CU_ASSERT_EQUAL(add_serial(&s, prefix, 4, n), round == 1);
        }
    CU_ASSERT_EQUAL(s.count, 500);
    CU_ASSERT_NOT_EQUAL(s.nslots, 0);
    ra_idset_free(&s);
}

/* A sample of ids that are not serial sizes the table for the rest at once. */
static void test_expect(void)
{
    ra_idset s;
    ra_idset_init(&s);
    char id[32];
    for (int i = 0; i < 100; i++) {
        snprintf(id, sizeof id, "x%dx", i);
        CU_ASSERT_FALSE(add(&s, id));
        CU_ASSERT_FALSE(add_serial(&s, "F", 5, (unsigned long)i));
    }
    CU_ASSERT_TRUE(ra_idset_expect(&s, 200000)); /* half of them fingerprints */
    CU_ASSERT_TRUE(s.nslots >= 100000 + 100000 / 3);
    CU_ASSERT_TRUE(s.nslots < 200000);
    size_t slots = s.nslots;
    for (int i = 100; i < 100000; i++) {
        snprintf(id, sizeof id, "x%dx", i);
        CU_ASSERT_FALSE(add(&s, id));
    }
    CU_ASSERT_EQUAL(s.nslots, slots); /* never grown */
    CU_ASSERT_EQUAL(s.count, 100100);
    ra_idset_free(&s);
    ra_idset_init(&s);
    add_serial(&s, "F", 5, 1);
    CU_ASSERT_TRUE(ra_idset_expect(&s, 1000000)); /* all serial: no table */
    CU_ASSERT_EQUAL(s.nslots, 0);
    ra_idset_free(&s);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("idset", NULL, NULL);
    CU_add_test(s, "serial ids in order, with gaps", test_serial_in_order);
    CU_add_test(s, "serial ids out of order", test_serial_out_of_order);
    CU_add_test(s, "scattered ids become fingerprints", test_scattered_ids_become_fingerprints);
    CU_add_test(s, "ids that move runs become fingerprints",
                test_ids_that_move_runs_become_fingerprints);
    CU_add_test(s, "ids that are not serial", test_ids_that_are_not_serial);
    CU_add_test(s, "more prefixes than the table keeps", test_many_prefixes);
    CU_add_test(s, "a sample sizes the fingerprint table", test_expect);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
