/* test_indicators.c — SDG 10.7.1 and refunds due on a submission whose
 * figures are worked out by hand below (exact rationals, no rounding). */
#include <CUnit/Basic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "audit.h"
#include "rules/pack.h"

static char g_dir[64];

static void put(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", g_dir, name);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

/* Rates: SAR 0.25, QAR 0.27, HKD 0.128, PHP 0.0178 (JPY: none).
 * W1 F 1990 PH-SA domestic_work, wage 1000 SAR; paid 500 SAR herself:
 *    500 x 0.25 / (1000 x 0.25) = 0.5
 * W2 F 1985 PH-SA domestic_work, wage 1000 SAR; 250 SAR deducted from salary
 *    (paid_by employer, but worker-borne) + 1000 PHP paid by her:
 *    (62.5 + 17.8) / 250 = 0.3212
 * W3 M 1980 PH-QA construction, wage 2000 QAR; only employer-paid fees: 0
 * W4 M PH-QA construction, no wage: not averaged (no usable wage)
 * W5 F 1995 PH-HK domestic_work, 4000 HKD, paid 100 JPY (no rate): not averaged
 * W6 X 2000 PH-SA care, wage 0 SAR: not averaged (zero wage)
 * all: (0.5 + 0.3212 + 0) / 3 = 0.8212 / 3; median 0.3212
 * F: (0.5 + 0.3212) / 2 = 0.4106, median the same; M: 0 (W3 only)
 * ages on 2025-12-01: W1 35, W2 40 (35-44), W3 45 (45-54)
 * refunds (baseline: the employer pays every category): AG1 500 + 250 SAR and
 * 1000 PHP = 187.5 + 17.8 = 205.3 USD; AG2 100 JPY, USD unknown. */
static const char FEES_IN_ORDER[] = "worker_id,agency_id,category,amount,currency,paid_by,method\n"
                                    "W1,AG1,placement_fee,500,SAR,worker,cash\n"
                                    "W2,AG1,training,250,SAR,employer,salary_deduction\n"
                                    "W2,AG1,medical,1000,PHP,worker,cash\n"
                                    "W3,AG1,visa,300,QAR,employer,bank_transfer\n"
                                    "W5,AG2,medical,100,JPY,worker,cash\n";

/* The same rows, not worker by worker: refunds are then sorted whole. */
static const char FEES_SCATTERED[] = "worker_id,agency_id,category,amount,currency,paid_by,method\n"
                                     "W5,AG2,medical,100,JPY,worker,cash\n"
                                     "W2,AG1,medical,1000,PHP,worker,cash\n"
                                     "W1,AG1,placement_fee,500,SAR,worker,cash\n"
                                     "W3,AG1,visa,300,QAR,employer,bank_transfer\n"
                                     "W2,AG1,training,250,SAR,employer,salary_deduction\n";

static void write_submission(const char *fees)
{
    put("agencies.csv", "agency_id,name\nAG1,One\nAG2,Two\n");
    put("workers.csv",
        "worker_id,agency_id,sex,birth_year,origin_country,destination_country,sector,"
        "monthly_wage,wage_currency\n"
        "W1,AG1,F,1990,PH,SA,domestic_work,1000,SAR\n"
        "W2,AG1,F,1985,PH,SA,domestic_work,1000,SAR\n"
        "W3,AG1,M,1980,PH,QA,construction,2000,QAR\n"
        "W4,AG1,M,1980,PH,QA,construction,,\n"
        "W5,AG2,F,1995,PH,HK,domestic_work,4000,HKD\n"
        "W6,AG1,X,2000,PH,SA,care,0,SAR\n");
    put("rates.csv", "currency,usd_per_unit\nSAR,0.25\nQAR,0.27\nHKD,0.128\nPHP,0.0178\n");
    put("fees.csv", fees);
}

static const ra_sdg_cell *cell(const ra_indicators *ind, ra_sdg_dim dim, const char *key)
{
    for (size_t i = 0; i < ind->ncells; i++)
        if (ind->cells[i].dim == dim && !strcmp(ind->cells[i].key, key))
            return &ind->cells[i];
    return NULL;
}

static bool num_is(ra_num v, int64_t n, int64_t d)
{
    return ra_num_cmp(v, (ra_num){n, d}) == 0;
}

static int cmp_rows(const ra_refund *a, const ra_refund *b)
{
    if (a->owner != b->owner)
        return a->owner < b->owner ? -1 : 1;
    return (a->currency > b->currency) - (a->currency < b->currency);
}

/* The pack of rules/core (RA_SOURCE_DIR, else the working directory). */
static ra_pack *core_pack(ra_diags *diags)
{
    const char *src = getenv("RA_SOURCE_DIR");
    char rules[512];
    snprintf(rules, sizeof rules, "%s/rules/core", src ? src : ".");
    ra_pack *pack = NULL;
    ra_error err;
    CU_ASSERT_EQUAL_FATAL(ra_pack_load(rules, NULL, &pack, diags, &err), RA_OK);
    return pack;
}

/* The audit of g_dir as of 2025-12-01; its error printed when it fails. */
static void audit_g_dir(const ra_pack *pack, ra_audit *audit)
{
    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    ra_date_parse("2025-12-01", 10, &opts.as_of);
    ra_error err;
    ra_status st = ra_audit_run(g_dir, pack, &opts, audit, &err);
    if (st != RA_OK)
        fprintf(stderr, "\n  %s:%ld: %s\n", err.file, err.line, err.msg);
    CU_ASSERT_EQUAL_FATAL(st, RA_OK);
}

/* Frees what a case made and removes g_dir. */
static void end_case(ra_audit *audit, ra_pack *pack, ra_diags *diags)
{
    ra_audit_free(audit);
    ra_pack_free(pack);
    ra_diags_free(diags);
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_dir);
    CU_ASSERT_EQUAL(system(cmd), 0);
}

static void check_sdg_and_refunds(const char *fees)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/ra_ind_XXXXXX");
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(g_dir));
    write_submission(fees);
    ra_diags diags = {0};
    ra_pack *pack = core_pack(&diags);
    ra_audit audit;
    audit_g_dir(pack, &audit);
    const ra_indicators *ind = &audit.indicators;

    CU_ASSERT_EQUAL(ind->excluded[RA_SDG_OK], 3);
    CU_ASSERT_EQUAL(ind->excluded[RA_SDG_NO_WAGE], 1);
    CU_ASSERT_EQUAL(ind->excluded[RA_SDG_ZERO_WAGE], 1);
    CU_ASSERT_EQUAL(ind->excluded[RA_SDG_NO_RATE], 1);
    CU_ASSERT_TRUE(num_is(ind->ratio[0], 1, 2));
    CU_ASSERT_TRUE(num_is(ind->ratio[1], 3212, 10000));
    CU_ASSERT_TRUE(num_is(ind->ratio[2], 0, 1));

    const ra_sdg_cell *c = cell(ind, RA_DIM_ALL, "all");
    CU_ASSERT_PTR_NOT_NULL_FATAL(c);
    CU_ASSERT_EQUAL(c->n, 3);
    CU_ASSERT_TRUE(num_is(c->mean, 8212, 30000));
    CU_ASSERT_TRUE(num_is(c->median, 3212, 10000));
    CU_ASSERT_PTR_NOT_NULL_FATAL((c = cell(ind, RA_DIM_SEX, "F")));
    CU_ASSERT_EQUAL(c->n, 2);
    CU_ASSERT_TRUE(num_is(c->mean, 4106, 10000));
    CU_ASSERT_TRUE(num_is(c->median, 4106, 10000));
    CU_ASSERT_PTR_NOT_NULL_FATAL((c = cell(ind, RA_DIM_SEX, "M")));
    CU_ASSERT_TRUE(c->n == 1 && num_is(c->mean, 0, 1));
    CU_ASSERT_PTR_NULL(cell(ind, RA_DIM_SEX, "X")); /* W6 has a zero wage */
    CU_ASSERT_PTR_NOT_NULL_FATAL((c = cell(ind, RA_DIM_AGE, "35-44")));
    /* W1 is 2025 - 1990 = 35 and W2 40: both 35-44. */
    CU_ASSERT_TRUE(c->n == 2 && num_is(c->mean, 4106, 10000));
    CU_ASSERT_PTR_NULL(cell(ind, RA_DIM_AGE, "25-34"));
    CU_ASSERT_PTR_NOT_NULL_FATAL((c = cell(ind, RA_DIM_AGE, "45-54")));
    CU_ASSERT_TRUE(c->n == 1 && num_is(c->mean, 0, 1)); /* W3: 45 */
    CU_ASSERT_PTR_NOT_NULL_FATAL((c = cell(ind, RA_DIM_CORRIDOR, "PH-SA")));
    CU_ASSERT_TRUE(c->n == 2 && num_is(c->mean, 4106, 10000));
    CU_ASSERT_PTR_NOT_NULL_FATAL((c = cell(ind, RA_DIM_SECTOR, "construction")));
    CU_ASSERT_TRUE(c->n == 1 && num_is(c->mean, 0, 1));
    CU_ASSERT_PTR_NULL(cell(ind, RA_DIM_CORRIDOR, "PH-HK")); /* W5: no rate */

    /* Refunds, per agency and currency, and in USD. */
    CU_ASSERT_TRUE(num_is(ind->agency_refund_usd[0], 2053, 10));
    CU_ASSERT_FALSE(ind->agency_refund_no_rate[0]);
    CU_ASSERT_TRUE(ind->agency_refund_no_rate[1]);
    CU_ASSERT_EQUAL_FATAL(ind->nagency_refunds, 3);
    char code[RA_CODE_STR_MAX];
    size_t sar = 0, php = 0, jpy = 0;
    for (size_t i = 0; i < ind->nagency_refunds; i++) {
        ra_currency_str(ind->agency_refunds[i].currency, code);
        if (!strcmp(code, "SAR") && ind->agency_refunds[i].owner == 0)
            sar = (size_t)ind->agency_refunds[i].amount;
        if (!strcmp(code, "PHP") && ind->agency_refunds[i].owner == 0)
            php = (size_t)ind->agency_refunds[i].amount;
        if (!strcmp(code, "JPY") && ind->agency_refunds[i].owner == 1)
            jpy = (size_t)ind->agency_refunds[i].amount;
    }
    /* One row per owner and currency, in (owner, currency) order, whatever
     * the order of fees.csv: W1 SAR, W2 PHP and SAR, W5 JPY. */
    CU_ASSERT_EQUAL(ind->nworker_refunds, 4);
    for (size_t i = 1; i < ind->nworker_refunds; i++)
        CU_ASSERT_TRUE(cmp_rows(&ind->worker_refunds[i - 1], &ind->worker_refunds[i]) < 0);
    for (size_t i = 1; i < ind->nagency_refunds; i++)
        CU_ASSERT_TRUE(cmp_rows(&ind->agency_refunds[i - 1], &ind->agency_refunds[i]) < 0);
    CU_ASSERT_EQUAL(sar, 750 * 10000);
    CU_ASSERT_EQUAL(php, 1000 * 10000);
    CU_ASSERT_EQUAL(jpy, 100 * 10000);
    end_case(&audit, pack, &diags);
}

static void test_sdg_and_refunds(void)
{
    check_sdg_and_refunds(FEES_IN_ORDER);
    check_sdg_and_refunds(FEES_SCATTERED);
}

/* The age groups (SPEC section 1) at their boundaries, which the SDG cells
 * and the batch summaries share: age = year(as-of) - birth_year, so a birth
 * year after the as-of year is under 15, and no birth year is unknown. */
static void test_age_groups(void)
{
    ra_date as_of = RA_DATE_NULL;
    CU_ASSERT_TRUE_FATAL(ra_date_parse("2025-12-01", 10, &as_of));
    static const struct {
        int birth_year;
        const char *group;
    } cases[] = {{0, "unknown"},  {2030, "under 15"}, {2011, "under 15"}, {2010, "15-24"},
                 {2001, "15-24"}, {2000, "25-34"},    {1991, "25-34"},    {1990, "35-44"},
                 {1981, "35-44"}, {1980, "45-54"},    {1971, "45-54"},    {1970, "55+"},
                 {1900, "55+"}};
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        const char *got = ra_age_group(cases[i].birth_year, as_of);
        if (strcmp(got, cases[i].group))
            fprintf(stderr, "\n  born %d: %s, not %s", cases[i].birth_year, got, cases[i].group);
        CU_ASSERT_STRING_EQUAL(got, cases[i].group);
    }
}

/* Medians need the workers in exact ratio order. The sort orders by a
 * float approximation and compares exactly only where floats cannot tell:
 * here every ratio is 1 + j * 1e-18 (wage 1e14 USD, fee 1e14 USD + j
 * hundredths of a cent), all one float and one double. Worker i has j
 * from a shuffle (the exact pass would move workers far: the sort falls
 * back to its exact merge sort) or from swapping neighbours (it moves each
 * one step). The medians of all, F (even i) and M (odd i) are checked
 * against a sort of the j done here; in file order, they would differ. */
static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

static bool median_is(const ra_indicators *ind, const char *sex, const int64_t *j, size_t n)
{
    const ra_sdg_cell *c = sex ? cell(ind, RA_DIM_SEX, sex) : cell(ind, RA_DIM_ALL, "all");
    if (!c || c->n != n)
        return false;
    const __int128 unit = (__int128)100000000000000 * 10000; /* the wage in 1e-4 USD */
    /* ratio = (unit + j) / unit; the median of an even count is the mean of two */
    __int128 lo = unit + j[(n - 1) / 2], hi = unit + j[n / 2];
    return ra_num_cmp(c->median, (ra_num){lo + hi, 2 * unit}) == 0;
}

static void close_ratios_case(size_t n, bool shuffled)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/ra_ind_XXXXXX");
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(g_dir));
    char path[256];
    snprintf(path, sizeof path, "%s/workers.csv", g_dir);
    FILE *w = fopen(path, "wb");
    snprintf(path, sizeof path, "%s/fees.csv", g_dir);
    FILE *f = fopen(path, "wb");
    snprintf(path, sizeof path, "%s/agencies.csv", g_dir);
    FILE *a = fopen(path, "wb"); /* an agency a worker: a sum of refunds fits its money type */
    CU_ASSERT_FATAL(w && f && a);
    fputs("agency_id,name\n", a);
    fputs("worker_id,agency_id,sex,birth_year,origin_country,destination_country,sector,"
          "monthly_wage,wage_currency\n",
          w);
    fputs("worker_id,agency_id,category,amount,currency,paid_by,method\n", f);
    int64_t *all = malloc(n * sizeof *all), *fem = malloc(n * sizeof *fem),
            *men = malloc(n * sizeof *men);
    CU_ASSERT_FATAL(all && fem && men);
    size_t nf = 0, nm = 0;
    for (size_t i = 0; i < n; i++) {
        int64_t j = shuffled ? (int64_t)(i * 1237 % n) + 1 : (int64_t)(i ^ 1) + 1;
        fprintf(a, "AG%zu,Agency %zu\n", i, i);
        fprintf(w, "W%zu,AG%zu,%s,1990,PH,SA,care,100000000000000,USD\n", i, i, i % 2 ? "M" : "F");
        fprintf(f, "W%zu,AG%zu,placement_fee,100000000000000.%04lld,USD,worker,cash\n", i, i,
                (long long)j);
        all[i] = j;
        if (i % 2)
            men[nm++] = j;
        else
            fem[nf++] = j;
    }
    fclose(w);
    fclose(f);
    fclose(a);
    put("rates.csv", "currency,usd_per_unit\nUSD,1\n");
    qsort(all, n, sizeof *all, cmp_i64);
    qsort(fem, nf, sizeof *fem, cmp_i64);
    qsort(men, nm, sizeof *men, cmp_i64);

    ra_diags diags = {0};
    ra_pack *pack = core_pack(&diags);
    ra_audit audit;
    audit_g_dir(pack, &audit);
    const ra_indicators *ind = &audit.indicators;
    CU_ASSERT_EQUAL(ind->excluded[RA_SDG_OK], n);
    CU_ASSERT_TRUE(median_is(ind, NULL, all, n));
    CU_ASSERT_TRUE(median_is(ind, "F", fem, nf));
    CU_ASSERT_TRUE(median_is(ind, "M", men, nm));
    free(all);
    free(fem);
    free(men);
    end_case(&audit, pack, &diags);
}

static void test_close_ratios(void)
{
    close_ratios_case(3000, true);  /* even count: the median is a mean of two */
    close_ratios_case(3001, false); /* odd count: (i ^ 1) + 1 is out of order there */
}

/* Twenty workers of one agency, each charged 10^14 USD: each worker's
 * refund fits ra_money, their agency's sum does not. The audit still
 * finishes, and the agency's refund says it is beyond range. */
static void test_refund_beyond_range(void)
{
    snprintf(g_dir, sizeof g_dir, "/tmp/ra_ind_XXXXXX");
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(g_dir));
    char workers[4096] = "worker_id,agency_id,sex,birth_year,origin_country,"
                         "destination_country,sector,monthly_wage,wage_currency\n",
         fees[4096] = "worker_id,agency_id,category,amount,currency,paid_by,method\n";
    for (int i = 0; i < 20; i++) {
        size_t n = strlen(workers), m = strlen(fees);
        snprintf(workers + n, sizeof workers - n, "W%d,AG1,F,1990,PH,SA,care,1000,USD\n", i);
        snprintf(fees + m, sizeof fees - m,
                 "W%d,AG1,placement_fee,100000000000000,USD,worker,cash\n", i);
    }
    put("agencies.csv", "agency_id,name\nAG1,One\n");
    put("workers.csv", workers);
    put("fees.csv", fees);
    put("rates.csv", "currency,usd_per_unit\nUSD,1\n");
    ra_diags diags = {0};
    ra_pack *pack = core_pack(&diags);
    ra_audit audit;
    audit_g_dir(pack, &audit);
    const ra_indicators *ind = &audit.indicators;
    CU_ASSERT_EQUAL(ind->nworker_refunds, 20);
    for (size_t i = 0; i < ind->nworker_refunds; i++) {
        CU_ASSERT_FALSE(ind->worker_refunds[i].beyond_range);
        CU_ASSERT_EQUAL(ind->worker_refunds[i].amount, (ra_money)100000000000000 * 10000);
    }
    CU_ASSERT_EQUAL_FATAL(ind->nagency_refunds, 1);
    CU_ASSERT_TRUE(ind->agency_refunds[0].beyond_range);
    CU_ASSERT_FALSE(ind->agency_refund_no_rate[0]); /* the USD total is exact */
    CU_ASSERT_TRUE(num_is(ind->agency_refund_usd[0], 2000000000000000, 1));
    end_case(&audit, pack, &diags);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("indicators", NULL, NULL);
    CU_add_test(s, "SDG 10.7.1 and refunds worked by hand", test_sdg_and_refunds);
    CU_add_test(s, "age groups at their boundaries", test_age_groups);
    CU_add_test(s, "medians of ratios a float cannot tell apart", test_close_ratios);
    CU_add_test(s, "a refund past the money range is beyond range", test_refund_beyond_range);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
