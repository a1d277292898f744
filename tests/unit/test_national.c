/* test_national.c — national figures from summaries: exact means and medians
 * whatever the split into shards, and primary and secondary suppression. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <string.h>

#include "national.h"

static ra_summary_ratio R(const char *sex, const char *age, const char *corridor,
                          const char *sector, int64_t n, int64_t d)
{
    ra_summary_ratio r;
    memset(&r, 0, sizeof r);
    snprintf(r.sex, sizeof r.sex, "%s", sex);
    snprintf(r.age_group, sizeof r.age_group, "%s", age);
    snprintf(r.corridor, sizeof r.corridor, "%s", corridor);
    snprintf(r.sector, sizeof r.sector, "%s", sector);
    r.ratio = (ra_num){n, d};
    return r;
}

/* 6 F 25-34 PH-SA domestic (0.1 .. 0.6), 2 M 25-34 PH-SA construction (0, 1),
 * 5 F 35-44 PH-HK domestic (0.2 each). */
static size_t ratios(ra_summary_ratio *out)
{
    size_t n = 0;
    for (int i = 1; i <= 6; i++)
        out[n++] = R("F", "25-34", "PH-SA", "domestic_work", i, 10);
    out[n++] = R("M", "25-34", "PH-SA", "construction", 0, 1);
    out[n++] = R("M", "25-34", "PH-SA", "construction", 1, 1);
    for (int i = 0; i < 5; i++)
        out[n++] = R("F", "35-44", "PH-HK", "domestic_work", 2, 10);
    return n;
}

static const ra_nat_cell *find(const ra_national *nat, const char *sex, const char *age,
                               const char *corridor, const char *sector)
{
    for (size_t i = 0; i < nat->ncells; i++) {
        const ra_nat_cell *c = &nat->cells[i];
        if (!strcmp(c->key[0], sex) && !strcmp(c->key[1], age) && !strcmp(c->key[2], corridor) &&
            !strcmp(c->key[3], sector))
            return c;
    }
    return NULL;
}

static void test_exact_and_suppressed(void)
{
    ra_summary_ratio all[16];
    ra_summary s = {0};
    s.ratios = all;
    s.nratios = ratios(all);
    const ra_summary *list[] = {&s};
    ra_national nat;
    ra_error err;
    CU_ASSERT_EQUAL_FATAL(ra_national_build(list, 1, NULL, 0, 5, &nat, &err), RA_OK);
    const ra_nat_cell *c = find(&nat, "*", "*", "*", "*");
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    /* (0.1+..+0.6) + (0+1) + 5 x 0.2 = 2.1 + 1 + 1 = 4.1, over 13 workers. */
    CU_ASSERT_EQUAL(c->n, 13);
    CU_ASSERT_EQUAL(ra_num_cmp(c->mean, (ra_num){41, 130}), 0);
    CU_ASSERT_EQUAL(ra_num_cmp(c->median, (ra_num){2, 10}), 0);
    CU_ASSERT_FALSE(c->suppressed);
    /* M has 2 workers: primary. F would give M away (13 - 11): secondary. */
    c = find(&nat, "M", "*", "*", "*");
    CU_ASSERT_TRUE(c && c->suppressed && c->primary);
    c = find(&nat, "F", "*", "*", "*");
    CU_ASSERT_TRUE(c && c->suppressed && !c->primary);
    /* Corridors: PH-SA 8 and PH-HK 5: both published. */
    c = find(&nat, "*", "*", "PH-SA", "*");
    CU_ASSERT_TRUE(c && !c->suppressed && c->n == 8);
    c = find(&nat, "*", "*", "PH-HK", "*");
    CU_ASSERT_TRUE(c && !c->suppressed && c->n == 5);
    CU_ASSERT_EQUAL(ra_num_cmp(c->mean, (ra_num){2, 10}), 0);
    /* No published total has exactly one suppressed child along a dimension. */
    for (size_t i = 0; i < nat.ncells; i++) {
        const ra_nat_cell *p = &nat.cells[i];
        if (p->suppressed)
            continue;
        for (int d = 0; d < RA_NAT_DIMS; d++) {
            if (strcmp(p->key[d], "*"))
                continue;
            size_t hidden = 0;
            for (size_t j = 0; j < nat.ncells; j++) {
                const ra_nat_cell *q = &nat.cells[j];
                bool child = strcmp(q->key[d], "*") != 0;
                for (int k = 0; k < RA_NAT_DIMS && child; k++)
                    if (k != d && strcmp(q->key[k], p->key[k]))
                        child = false;
                hidden += child && q->suppressed;
            }
            CU_ASSERT(hidden != 1);
        }
    }
    ra_national_free(&nat);
}

static void test_shards_give_the_same_figures(void)
{
    ra_summary_ratio all[16];
    size_t n = ratios(all);
    ra_summary one = {0}, a = {0}, b = {0};
    one.ratios = all;
    one.nratios = n;
    a.ratios = all;
    a.nratios = 5; /* any split */
    b.ratios = all + 5;
    b.nratios = n - 5;
    const ra_summary *l1[] = {&one}, *l2[] = {&b, &a};
    ra_national x, y;
    ra_error err;
    CU_ASSERT_EQUAL_FATAL(ra_national_build(l1, 1, NULL, 0, 3, &x, &err), RA_OK);
    CU_ASSERT_EQUAL_FATAL(ra_national_build(l2, 2, NULL, 0, 3, &y, &err), RA_OK);
    CU_ASSERT_EQUAL_FATAL(x.ncells, y.ncells);
    for (size_t i = 0; i < x.ncells; i++) {
        CU_ASSERT_EQUAL(memcmp(x.cells[i].key, y.cells[i].key, sizeof x.cells[i].key), 0);
        CU_ASSERT_EQUAL(x.cells[i].n, y.cells[i].n);
        CU_ASSERT_EQUAL(ra_num_cmp(x.cells[i].mean, y.cells[i].mean), 0);
        CU_ASSERT_EQUAL(ra_num_cmp(x.cells[i].median, y.cells[i].median), 0);
        CU_ASSERT_EQUAL(x.cells[i].suppressed, y.cells[i].suppressed);
    }
    ra_national_free(&x);
    ra_national_free(&y);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("national", NULL, NULL);
    CU_add_test(s, "exact figures, primary and secondary suppression", test_exact_and_suppressed);
    CU_add_test(s, "shards merge to the same figures", test_shards_give_the_same_figures);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
