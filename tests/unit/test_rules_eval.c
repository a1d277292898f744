/* test_rules_eval.c — the rule checker (engine/rules/check.c) and evaluator
 * (eval.c, run through audit.c): every operator, exact arithmetic, every
 * function, aggregates at worker and agency scope, table parameters,
 * profiles, every checker diagnostic with its exact line:col, and
 * rules_sha256 recomputed from the files as pack.c defines it.
 *
 * Packs are written into a mkdtemp directory (<tmp>/core/x.rules and
 * <tmp>/profiles/baseline.profile) and loaded with ra_pack_load. Expressions
 * are compiled as `let v = EXPR` of a one-rule worker pack and evaluated with
 * ra_eval against a hand-made worker and rate table; aggregates and fee,
 * document, worker and agency rules run through ra_audit_run on small
 * submissions written by the tests. */
#include <CUnit/Basic.h>
#include <inttypes.h>
#include <CUnit/CUnit.h>

#include <openssl/evp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "rules/eval.h"
#include "rules/pack.h"
#include "rules/program.h"

#define AS_OF "2025-06-30"
#define DEFAULT_PROFILE "profile baseline \"test\"\n"

/* ---- assertions with the values in the failure text ---------------------------- */

static void check_that(bool ok, unsigned line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
static void check_that(bool ok, unsigned line, const char *fmt, ...)
{
    char msg[1536];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (!ok)
        fprintf(stderr, "\n    FAILED (line %u): %s", line, msg);
    CU_assertImplementation(ok ? CU_TRUE : CU_FALSE, line, msg, __FILE__, "", CU_FALSE);
}

/* ---- files ------------------------------------------------------------------------ */

static void rm_rf(const char *dir)
{
    char cmd[512];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    if (system(cmd) != 0)
        fprintf(stderr, "cannot remove %s\n", dir);
}

static bool write_file(const char *dir, const char *name, const char *text)
{
    char path[512];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    if (!f)
        return false;
    size_t n = strlen(text);
    bool ok = fwrite(text, 1, n, f) == n;
    return fclose(f) == 0 && ok;
}

static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = malloc(cap);
    size_t k;
    while (buf && (k = fread(buf + n, 1, cap - n, f)) > 0) {
        n += k;
        if (n == cap) {
            char *nb = realloc(buf, cap *= 2);
            if (!nb)
                free(buf);
            buf = nb;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static ra_date D(const char *s)
{
    ra_date d = RA_DATE_NULL;
    if (!ra_date_parse(s, strlen(s), &d))
        fprintf(stderr, "bad date in the test: %s\n", s);
    return d;
}

/* ---- packs ---------------------------------------------------------------------------- */

typedef struct {
    char dir[64];   /* the mkdtemp directory */
    char core[128]; /* <dir>/<pack name> */
    char profiles[128];
    ra_pack *pack;
    ra_diags diags;
    ra_error err;
    ra_status st;
} packrun;

/* Writes <tmp>/<pack_name>/x.rules and <tmp>/profiles/baseline.profile. */
static bool pack_write(packrun *pr, const char *pack_name, const char *rules, const char *profile)
{
    memset(pr, 0, sizeof *pr);
    snprintf(pr->dir, sizeof pr->dir, "/tmp/ra_eval_XXXXXX");
    if (!mkdtemp(pr->dir))
        return false;
    snprintf(pr->core, sizeof pr->core, "%s/%s", pr->dir, pack_name);
    snprintf(pr->profiles, sizeof pr->profiles, "%s/profiles", pr->dir);
    return mkdir(pr->core, 0700) == 0 && mkdir(pr->profiles, 0700) == 0 &&
           write_file(pr->core, "x.rules", rules) &&
           write_file(pr->profiles, "baseline.profile", profile ? profile : DEFAULT_PROFILE);
}

static ra_status pack_load(packrun *pr, const char *profile_name)
{
    ra_pack_free(pr->pack);
    pr->pack = NULL;
    ra_diags_free(&pr->diags);
    memset(&pr->diags, 0, sizeof pr->diags);
    ra_error_clear(&pr->err);
    pr->st = ra_pack_load(pr->core, profile_name, &pr->pack, &pr->diags, &pr->err);
    return pr->st;
}

static ra_status pack_open(packrun *pr, const char *rules, const char *profile)
{
    if (!pack_write(pr, "core", rules, profile)) {
        CU_FAIL("cannot write the rule pack");
        return pr->st = RA_ERR_IO;
    }
    return pack_load(pr, NULL);
}

static void pack_close(packrun *pr)
{
    ra_pack_free(pr->pack);
    pr->pack = NULL;
    ra_diags_free(&pr->diags);
    if (pr->dir[0])
        rm_rf(pr->dir);
    pr->dir[0] = '\0';
}

/* "x.rules:5:8: msg [hint]; ..." for failure messages. */
static void diags_text(const ra_diags *d, char *out, size_t size)
{
    size_t o = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d->n && o + 1 < size; i++) {
        int w = snprintf(out + o, size - o, "%s%s:%d:%d: %s [%s]", i ? "; " : "",
                         base_name(d->items[i].file), d->items[i].line, d->items[i].col,
                         d->items[i].msg, d->items[i].hint);
        if (w < 0)
            break;
        o += (size_t)w;
    }
    if (d->n == 0)
        snprintf(out, size, "(no diagnostics)");
}

static bool diag_matches(const ra_diag *g, const char *file, int line, int col, const char *msg,
                         const char *hint)
{
    return !strcmp(base_name(g->file), file) && g->line == line && g->col == col &&
           strstr(g->msg, msg) && (!hint || strstr(g->hint, hint));
}

/* Some diagnostic is file:line:col with msg (and hint) in it. */
static void expect_diag(unsigned at, const char *what, const packrun *pr, const char *file,
                        int line, int col, const char *msg, const char *hint)
{
    bool found = false;
    for (size_t i = 0; i < pr->diags.n && !found; i++)
        found = diag_matches(&pr->diags.items[i], file, line, col, msg, hint);
    char all[1024];
    diags_text(&pr->diags, all, sizeof all);
    check_that(found, at, "%s: want %s:%d:%d: \"%s\" [%s]; got %s", what, file, line, col, msg,
               hint ? hint : "", all);
}

/* The pack does not check, with exactly this one diagnostic. */
static void expect_only_diag(unsigned at, const char *what, const packrun *pr, const char *file,
                             int line, int col, const char *msg, const char *hint)
{
    char all[1024];
    diags_text(&pr->diags, all, sizeof all);
    check_that(pr->st == RA_ERR_INPUT, at, "%s: status %d, want RA_ERR_INPUT (%s)", what,
               (int)pr->st, pr->err.msg);
    check_that(pr->diags.n == 1, at, "%s: %zu diagnostics, want 1: %s", what, pr->diags.n, all);
    if (pr->diags.n >= 1)
        expect_diag(at, what, pr, file, line, col, msg, hint);
}

static const ra_rule *rule_by_id(const ra_pack *p, const char *id)
{
    for (size_t i = 0; p && i < p->nrules; i++)
        if (!strcmp(p->rules[i].id, id))
            return &p->rules[i];
    return NULL;
}

/* ---- a hand-made submission for ra_eval --------------------------------------------- */

static ra_submission *g_sub;
static ra_agency g_agency;
static ra_worker g_worker;

static ra_code cur(const char *c)
{
    return ra_currency_lookup(c, strlen(c));
}

static ra_code country(const char *c)
{
    return ra_country_lookup(c, strlen(c));
}

static void set_rate(const char *currency, const char *usd_per_unit)
{
    ra_rate r = 0;
    if (ra_rate_parse(usd_per_unit, strlen(usd_per_unit), &r) != RA_NUM_OK)
        fprintf(stderr, "bad rate in the test: %s\n", usd_per_unit);
    g_sub->rate_by_currency[cur(currency)] = r;
}

/* W1: F, born 1990, PH → SA, domestic_work, 1000 SAR a month, recruited
 * 2025-01-15, deployed 2025-03-01, no contract date. */
static void reset_worker(void)
{
    g_worker = (ra_worker){
        .id = "W1",
        .agency = 0,
        .sex = RA_SEX_F,
        .birth_year = 1990,
        .origin = country("PH"),
        .destination = country("SA"),
        .sector = RA_SECTOR_DOMESTIC_WORK,
        .occupation = "domestic helper",
        .wage_usable = true,
        .monthly_wage = 1000 * RA_MONEY_SCALE,
        .wage_currency = cur("SAR"),
        .contract_signed_on = RA_DATE_NULL,
        .recruited_on = D("2025-01-15"),
        .deployed_on = D("2025-03-01"),
        .line = 2,
    };
}

static int eval_suite_init(void)
{
    g_sub = calloc(1, sizeof *g_sub);
    if (!g_sub)
        return 1;
    g_sub->rate_by_currency = calloc((size_t)1 << 16, sizeof *g_sub->rate_by_currency);
    if (!g_sub->rate_by_currency)
        return 1;
    /* Exact rates; JPY has none. */
    set_rate("SAR", "0.25");
    set_rate("EUR", "1.1");
    set_rate("PHP", "0.02");
    set_rate("HKD", "0.125");
    g_agency = (ra_agency){.id = "AG1",
                           .name = "Agency One",
                           .licence_valid_from = RA_DATE_NULL,
                           .licence_valid_until = RA_DATE_NULL,
                           .country = country("PH"),
                           .line = 2};
    g_sub->agencies = &g_agency;
    g_sub->nagencies = 1;
    reset_worker();
    g_sub->workers = &g_worker;
    g_sub->nworkers = 1;
    return 0;
}

static int eval_suite_clean(void)
{
    if (g_sub)
        free(g_sub->rate_by_currency);
    free(g_sub);
    g_sub = NULL;
    return 0;
}

static const char *EVAL_PARAMS = "param cap = 50%\n"
                                 "param cats = [visa, medical]\n"
                                 "param tbl = table by destination, sector {\n"
                                 "  SA, domestic_work: 1\n"
                                 "  SA, *: 2\n"
                                 "  *, care: 3\n"
                                 "}\n"
                                 "param by_sex = table by sex {\n"
                                 "  F: 10%\n"
                                 "  *: 0\n"
                                 "}\n";

/* Compiles expr as `let v = expr` (and, when as_when, as the condition too)
 * of a worker rule and evaluates it for g_worker. Writes the value as
 * ra_value_format does ("null" for null), "fires"/"does not fire" for
 * as_when, or "ERROR <first diagnostic>". */
static void eval_text(const char *expr, bool as_when, char *out, size_t size)
{
    char rules[4096];
    snprintf(rules, sizeof rules,
             "rule E-001 \"eval\"\n  scope worker\n  severity info\n  cite \"test\"\n"
             "  let v = %s\n  when %s\n  message \"m\"\n%s",
             expr, as_when ? expr : "true", EVAL_PARAMS);
    packrun pr;
    if (pack_open(&pr, rules, NULL) != RA_OK) {
        snprintf(out, size, "ERROR %.300s", pr.diags.n ? pr.diags.items[0].msg : pr.err.msg);
        pack_close(&pr);
        return;
    }
    ra_value *lets = calloc(pr.pack->max_lets + 1, sizeof *lets);
    char scratch[RA_EVAL_SCRATCH][8];
    ra_ctx cx = {.pack = pr.pack,
                 .sub = g_sub,
                 .as_of = D(AS_OF),
                 .worker = &g_worker,
                 .agency = &g_agency,
                 .lets = lets,
                 .scratch = scratch};
    const ra_rule *r = &pr.pack->rules[0];
    if (as_when) {
        snprintf(out, size, "%s", ra_eval_true(r->when, &cx) ? "fires" : "does not fire");
    } else {
        ra_value v = ra_eval(r->lets[0], &cx);
        ra_value_format(&v, out, size);
    }
    free(lets);
    pack_close(&pr);
}

#define EXPECT_EVAL(expr, want) expect_eval(__LINE__, expr, false, want)
#define EXPECT_WHEN(expr, want) expect_eval(__LINE__, expr, true, want)

static void expect_eval(unsigned line, const char *expr, bool as_when, const char *want)
{
    char got[512];
    eval_text(expr, as_when, got, sizeof got);
    check_that(!strcmp(got, want), line, "%s%s  =>  got \"%s\", want \"%s\"",
               as_when ? "when " : "", expr, got, want);
}

/* ---- operators -------------------------------------------------------------------------- */

static void test_number_arithmetic(void)
{
    EXPECT_EVAL("1 + 2", "3");
    EXPECT_EVAL("5 - 7", "-2");
    EXPECT_EVAL("6 * 7", "42");
    EXPECT_EVAL("7 / 2", "3.5");
    EXPECT_EVAL("1 / 3", "0.3333");
    EXPECT_EVAL("2 / 3", "0.6667");
    EXPECT_EVAL("1 + 2 * 3", "7");
    EXPECT_EVAL("(1 + 2) * 3", "9");
    EXPECT_EVAL("10 - 2 - 3", "5"); /* left to right */
    EXPECT_EVAL("12 / 2 / 3", "2");
    EXPECT_EVAL("-(2 + 3)", "-5");
    EXPECT_EVAL("2.5 * 2", "5");
    EXPECT_EVAL("10%", "0.1");
    EXPECT_EVAL("cap * 3", "1.5");
    EXPECT_EVAL("1 / 0", "null");
    EXPECT_EVAL("birth_year + 1", "1991");
    EXPECT_EVAL("age", "35");
    EXPECT_EVAL("null + 1", "null");
    /* Overflow of the exact numbers is null, not a wrapped value. */
    EXPECT_EVAL("1000000000000000000000 * 1000000000000000000000", "null");
    EXPECT_EVAL("1000000000000000000000 * 1000000000000000000000 > 0", "null");
}

static void test_money_arithmetic(void)
{
    /* One currency: no rate needed. */
    EXPECT_EVAL("100 SAR + 50.5 SAR", "150.50 SAR");
    EXPECT_EVAL("100 SAR - 150 SAR", "-50.00 SAR");
    EXPECT_EVAL("100 SAR * 3", "300.00 SAR");
    EXPECT_EVAL("3 * 100 SAR", "300.00 SAR");
    EXPECT_EVAL("100 SAR / 4", "25.00 SAR");
    EXPECT_EVAL("300 SAR / 1000 SAR", "0.3");
    EXPECT_EVAL("1 JPY + 2 JPY", "3.00 JPY");
    EXPECT_EVAL("monthly_wage * 2", "2000.00 SAR");
    EXPECT_EVAL("-monthly_wage", "-1000.00 SAR");
    /* Two currencies meet in USD (SAR 0.25, EUR 1.1). */
    EXPECT_EVAL("100 SAR + 10 EUR", "36.00 USD");
    EXPECT_EVAL("100 SAR - 10 EUR", "14.00 USD");
    EXPECT_EVAL("100 SAR / 10 EUR", "2.2727");
    EXPECT_EVAL("monthly_wage + 5 USD", "255.00 USD");
    EXPECT_EVAL("wage_usd", "250.00 USD");
    /* A missing rate (JPY) gives null, never a guess. */
    EXPECT_EVAL("100 SAR + 1 JPY", "null");
    EXPECT_EVAL("1 JPY - 100 SAR", "null");
    EXPECT_EVAL("100 SAR / 1 JPY", "null");
    EXPECT_EVAL("100 SAR / 0", "null");
}

static void test_date_arithmetic(void)
{
    EXPECT_EVAL("2024-03-01 - 2024-02-01", "29");
    EXPECT_EVAL("2025-01-01 - 2024-01-01", "366");
    EXPECT_EVAL("2024-02-01 - 2024-03-01", "-29");
    EXPECT_EVAL("2024-02-28 + 2", "2024-03-01");
    EXPECT_EVAL("2024-03-01 - 1", "2024-02-29");
    EXPECT_EVAL("2024-12-31 + 1", "2025-01-01");
    EXPECT_EVAL("2024-02-01 + 1.9", "2024-02-02"); /* whole days */
    EXPECT_EVAL("deployed_on - recruited_on", "45");
    EXPECT_EVAL("as_of - deployed_on", "121");
    EXPECT_EVAL("recruited_on + 30", "2025-02-14");
    EXPECT_EVAL("as_of", "2025-06-30");
    EXPECT_EVAL("contract_signed_on + 1", "null");
    EXPECT_EVAL("as_of - contract_signed_on", "null");
}

/* Dates are years 1000..9999 (date.h): arithmetic that leaves the calendar
 * is not computable, like a numeric overflow. */
static void test_date_out_of_range(void)
{
    EXPECT_EVAL("9999-12-31 - 1", "9999-12-30");
    EXPECT_EVAL("9999-12-31 + 1", "null");
    EXPECT_EVAL("2024-01-01 + 3000000", "null");
}

static void test_comparisons(void)
{
    EXPECT_EVAL("2 < 3", "true");
    EXPECT_EVAL("3 <= 3", "true");
    EXPECT_EVAL("3 >= 4", "false");
    EXPECT_EVAL("3 > 3", "false");
    EXPECT_EVAL("3 = 3.0", "true");
    EXPECT_EVAL("3 != 3", "false");
    EXPECT_EVAL("\"abc\" < \"abd\"", "true");
    EXPECT_EVAL("\"b\" > \"abc\"", "true");
    EXPECT_EVAL("\"ab\" < \"abc\"", "true");
    EXPECT_EVAL("sex = \"F\"", "true");
    EXPECT_EVAL("sex != \"F\"", "false");
    EXPECT_EVAL("true = true", "true");
    EXPECT_EVAL("true != false", "true");
    EXPECT_EVAL("2024-01-01 < 2024-01-02", "true");
    EXPECT_EVAL("recruited_on > deployed_on", "false");
    EXPECT_EVAL("100 SAR = 100 SAR", "true");
    EXPECT_EVAL("100 SAR < 100.0001 SAR", "true");
    /* Money of two currencies compares in USD; without a rate, null. */
    EXPECT_EVAL("100 SAR = 25 USD", "true");
    EXPECT_EVAL("100 SAR > 24.99 USD", "true");
    EXPECT_EVAL("10 EUR > 100 SAR", "false");
    EXPECT_EVAL("100 SAR < 1 JPY", "null");
    EXPECT_EVAL("100 SAR = 1 JPY", "null");
    /* Money against zero, in any currency. */
    EXPECT_EVAL("100 SAR > 0", "true");
    EXPECT_EVAL("0 < 100 SAR", "true");
    EXPECT_EVAL("0 SAR = 0", "true");
    EXPECT_EVAL("-5 SAR < 0", "true");
    EXPECT_EVAL("1 JPY > 0", "true");
    EXPECT_EVAL("monthly_wage > 0", "true");
    EXPECT_EVAL("wage_usd >= 0", "true");
    /* Null on either side. */
    EXPECT_EVAL("contract_signed_on < 2024-01-01", "null");
    EXPECT_EVAL("null = 1", "null");
}

static void test_in_not_in(void)
{
    EXPECT_EVAL("\"visa\" in [visa, medical]", "true");
    EXPECT_EVAL("\"bond\" in [visa, medical]", "false");
    EXPECT_EVAL("\"bond\" not in [visa, medical]", "true");
    EXPECT_EVAL("\"visa\" not in [visa, medical]", "false");
    EXPECT_EVAL("\"medical\" in cats", "true");
    EXPECT_EVAL("\"visa\" in [\"visa\"]", "true");
    EXPECT_EVAL("3 in [1, 2, 3]", "true");
    EXPECT_EVAL("4 not in [1, 2, 3]", "true");
    EXPECT_EVAL("recruited_on in [2025-01-15, 2025-02-01]", "true");
    EXPECT_EVAL("100 SAR in [100 SAR, 5 USD]", "true");
    /* Money in a list compares as = does: two currencies meet in USD
     * (SAR 0.25); without a rate the answer is unknown unless an item is
     * equal. */
    EXPECT_EVAL("25 USD in [100 SAR]", "true");
    EXPECT_EVAL("25 USD = 100 SAR", "true");
    EXPECT_EVAL("26 USD in [100 SAR]", "false");
    EXPECT_EVAL("26 USD not in [100 SAR]", "true");
    EXPECT_EVAL("25 USD in [1 JPY]", "null");
    EXPECT_EVAL("25 USD not in [1 JPY]", "null");
    EXPECT_EVAL("25 USD in [1 JPY, 25 USD]", "true");
    EXPECT_EVAL("sector in [care, domestic_work]", "true");
    EXPECT_EVAL("sector not in [care, construction]", "true");
    EXPECT_EVAL("sector in []", "false");
    EXPECT_EVAL("sector not in []", "true");
    /* all contains every value. */
    EXPECT_EVAL("\"anything\" in all", "true");
    EXPECT_EVAL("sector in all", "true");
    EXPECT_EVAL("\"anything\" not in all", "false");
    /* null in a list is unknown. */
    EXPECT_EVAL("null in [visa]", "null");
    EXPECT_EVAL("occupation in [\"domestic helper\"]", "true");
}

/* A negative number is a literal in a list of a condition, as it is in a
 * parameter (param l = [-1, 2] checks). */
static void test_negative_list_items(void)
{
    EXPECT_EVAL("-1 in [-1, 2]", "true");
    EXPECT_EVAL("1 not in [-1, 2]", "true");
    EXPECT_EVAL("-5 SAR in [-5 SAR]", "true");
}

static void test_kleene_logic(void)
{
    EXPECT_EVAL("true and true", "true");
    EXPECT_EVAL("true and false", "false");
    EXPECT_EVAL("false or false", "false");
    EXPECT_EVAL("false or true", "true");
    EXPECT_EVAL("not true", "false");
    EXPECT_EVAL("not false", "true");
    /* null and false = false; null or true = true; otherwise null. */
    EXPECT_EVAL("null and false", "false");
    EXPECT_EVAL("false and null", "false");
    EXPECT_EVAL("null and true", "null");
    EXPECT_EVAL("true and null", "null");
    EXPECT_EVAL("null and null", "null");
    EXPECT_EVAL("null or true", "true");
    EXPECT_EVAL("true or null", "true");
    EXPECT_EVAL("null or false", "null");
    EXPECT_EVAL("false or null", "null");
    EXPECT_EVAL("not null", "null");
    /* The same with an unknown value from the data (no contract date). */
    EXPECT_EVAL("contract_signed_on > 2020-01-01 and false", "false");
    EXPECT_EVAL("false and contract_signed_on > 2020-01-01", "false");
    EXPECT_EVAL("contract_signed_on > 2020-01-01 and true", "null");
    EXPECT_EVAL("contract_signed_on > 2020-01-01 or true", "true");
    EXPECT_EVAL("true or contract_signed_on > 2020-01-01", "true");
    EXPECT_EVAL("contract_signed_on > 2020-01-01 or false", "null");
    EXPECT_EVAL("not (contract_signed_on > 2020-01-01)", "null");
    EXPECT_EVAL("not not true", "true");
}

static void test_null_when_does_not_fire(void)
{
    EXPECT_WHEN("true", "fires");
    EXPECT_WHEN("false", "does not fire");
    EXPECT_WHEN("null", "does not fire");
    EXPECT_WHEN("contract_signed_on > 2020-01-01", "does not fire");
    EXPECT_WHEN("not (contract_signed_on > 2020-01-01)", "does not fire");
    EXPECT_WHEN("contract_signed_on > 2020-01-01 or true", "fires");
    EXPECT_WHEN("contract_signed_on > 2020-01-01 and true", "does not fire");
    EXPECT_WHEN("not (contract_signed_on > 2020-01-01 and false)", "fires");
    EXPECT_WHEN("monthly_wage + 1 JPY > 0", "does not fire");
}

/* ra_num_format and ra_num_mul take 64-bit shortcuts when values fit;
 * results must be the same on both sides of the boundary: half away from
 * zero, and numbers past 2^64 exact. */
static void test_num_format_boundaries(void)
{
    char buf[64];
    const __int128 two64 = (__int128)UINT64_MAX + 1;
    struct {
        __int128 n, d;
        int dec;
        const char *want;
    } cases[] = {
        {5, 2, 0, "3"},
        {-5, 2, 0, "-3"},
        {-1, 8, 2, "-0.13"},
        {1, 8, 2, "0.13"},
        {1, 3, 4, "0.3333"},
        {INT64_MAX, 1, 0, "9223372036854775807"},
        {(__int128)INT64_MAX + 1, 1, 0, "9223372036854775808"},
        {two64, 1, 0, "18446744073709551616"},
        {two64 * 10 + 5, 10, 0, "18446744073709551617"},
        {-(two64 * 100), 1, 2, "-1844674407370955161600.00"},
        {(__int128)INT64_MAX, 100, 2, "92233720368547758.07"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        ra_num_format((ra_num){cases[i].n, cases[i].d}, cases[i].dec, buf, sizeof buf);
        if (strcmp(buf, cases[i].want) != 0)
            fprintf(stderr, "\n  case %zu: got %s, want %s\n", i, buf, cases[i].want);
        CU_ASSERT_STRING_EQUAL(buf, cases[i].want);
    }
    /* gcd reduction across the boundary: (2^64 * 3 / 7) * (7 / 2^64) = 3 */
    ra_num r;
    CU_ASSERT_TRUE_FATAL(ra_num_mul((ra_num){two64 * 3, 7}, (ra_num){7, two64}, &r));
    ra_num_format(r, 0, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "3");
    CU_ASSERT_TRUE_FATAL(ra_num_mul((ra_num){6, 4}, (ra_num){10, 9}, &r));
    ra_num_format(r, 4, buf, sizeof buf);
    CU_ASSERT_STRING_EQUAL(buf, "1.6667");
}

/* Euclid's gcd, the reference for ra_num_mul's own. */
static __int128 ref_gcd(__int128 a, __int128 b)
{
    a = a < 0 ? -a : a;
    b = b < 0 ? -b : b;
    while (b) {
        __int128 t = a % b;
        a = b;
        b = t;
    }
    return a ? a : 1;
}

/* A value of one of five kinds, from 40 random bits x. */
static __int128 sample_value(int kind, uint64_t x)
{
    switch (kind) {
    case 0: /* money in cents */
        return (__int128)(x % 1000000) * 100;
    case 1: /* a power of two */
        return (__int128)1 << (x % 40);
    case 2: { /* a power of ten */
        __int128 v = 1;
        for (uint64_t p = x % 13; p; p--)
            v *= 10;
        return v;
    }
    case 3: /* zero or small */
        return (__int128)(x % 7) << (x % 9);
    default:
        return (__int128)x;
    }
}

/* ra_num_mul divides each numerator and the other's denominator by their
 * gcd before multiplying: below 2^100 nothing else changes them, so the
 * result tells exactly whether each gcd was right. Amounts against rates,
 * powers of two and of ten, zeros, and random values up to 2^40. */
static void test_num_mul_cross_reduces(void)
{
    uint64_t state = 0x9E3779B97F4A7C15u;
    for (int i = 0; i < 20000; i++) {
        __int128 v[4];
        for (int k = 0; k < 4; k++) {
            state = state * 6364136223846793005u + 1442695040888963407u;
            v[k] = sample_value((i + k) % 5, state >> 24);
        }
        ra_num a = {i % 2 ? v[0] : -v[0], v[1] ? v[1] : 1}, b = {v[2], v[3] ? v[3] : 1}, r;
        CU_ASSERT_TRUE_FATAL(ra_num_mul(a, b, &r));
        __int128 g1 = ref_gcd(a.n, b.d), g2 = ref_gcd(b.n, a.d);
        CU_ASSERT_TRUE(r.n == (a.n / g1) * (b.n / g2) && r.d == (a.d / g2) * (b.d / g1));
    }
}

/* ra_money_in_usd takes a shortcut for an amount as read (a denominator of
 * RA_MONEY_SCALE): its result must be ra_num_mul's, numerator and
 * denominator alike, for amounts of every shape and any rate. */
static void test_money_in_usd_same_as_mul(void)
{
    static ra_rate rates[RA_CURRENCY('Z', 'Z', 'Z') + 1];
    ra_code cur = ra_currency_lookup("IDR", 3);
    uint64_t state = 0x2545F4914F6CDD1Du;
    for (int i = 0; i < 20000; i++) {
        state = state * 6364136223846793005u + 1442695040888963407u;
        uint64_t x = state >> 20;
        int64_t m = (int64_t)sample_value(i % 5, x) * (i % 3 ? 1 : 10000);
        if (i % 2)
            m = -m;
        if (i == 0)
            m = INT64_MAX;
        if (i == 1)
            m = -INT64_MAX;
        state = state * 6364136223846793005u + 1442695040888963407u;
        ra_rate r = (ra_rate)sample_value((i / 5) % 5, state >> 24);
        rates[cur] = r ? r : 1;
        ra_num amount = ra_num_from_money(m), got, want;
        CU_ASSERT_TRUE_FATAL(ra_money_in_usd(amount, cur, rates, &got));
        CU_ASSERT_TRUE_FATAL(ra_num_mul(amount, (ra_num){rates[cur], RA_RATE_SCALE}, &want));
        CU_ASSERT_TRUE(got.n == want.n && got.d == want.d);
    }
}

/* Every count of digits, on both sides of each power of ten, whole and
 * with 1 to 4 decimals, positive and negative: the text is what printf
 * gives for the rounded value, and the length returned is its length. */
static void test_num_format_digits(void)
{
    char buf[64], want[64];
    bool all_ok = true;
    for (int k = 0; k <= 18 && all_ok; k++) {
        int64_t p = 1;
        for (int i = 0; i < k; i++)
            p *= 10;
        int64_t values[] = {p - 1, p, p + 1, p / 2 + 7, p / 3};
        for (size_t v = 0; v < sizeof values / sizeof *values && all_ok; v++)
            for (int dec = 0; dec <= 4 && all_ok; dec++)
                for (int sign = 1; sign >= -1 && all_ok; sign -= 2) {
                    /* values[v] / 10^dec, exactly representable at dec places */
                    int64_t scale = 1;
                    for (int i = 0; i < dec; i++)
                        scale *= 10;
                    int64_t x = values[v] * sign;
                    uint64_t mag = x < 0 ? 0u - (uint64_t)x : (uint64_t)x;
                    if (dec)
                        snprintf(want, sizeof want, "%s%llu.%0*llu", x < 0 ? "-" : "",
                                 (unsigned long long)(mag / (uint64_t)scale), dec,
                                 (unsigned long long)(mag % (uint64_t)scale));
                    else
                        snprintf(want, sizeof want, "%" PRId64, x);
                    size_t n = ra_num_format((ra_num){x, scale}, dec, buf, sizeof buf);
                    if (strcmp(buf, want) != 0 || n != strlen(buf)) {
                        fprintf(stderr, "\n  %" PRId64 "/10^%d: got %s (%zu), want %s\n", x, dec,
                                buf, n, want);
                        all_ok = false;
                    }
                }
    }
    CU_ASSERT_TRUE(all_ok);
    /* cut to the buffer as snprintf cuts, and the length says what was kept */
    CU_ASSERT_EQUAL(ra_num_format((ra_num){123456, 100}, 2, buf, 5), 4);
    CU_ASSERT_STRING_EQUAL(buf, "1234");
}

static void test_exactness(void)
{
    EXPECT_EVAL("1/3 * 3 = 1", "true");
    EXPECT_EVAL("1/3 + 1/3 + 1/3 = 1", "true");
    EXPECT_EVAL("0.1 + 0.2 = 0.3", "true");
    EXPECT_EVAL("1 / 3 = 0.3333", "false");
    EXPECT_EVAL("10 / 3 * 3 - 10", "0");
    /* A ratio exactly at the cap does not exceed it; 1/10000 above does. */
    EXPECT_EVAL("500 SAR / 1000 SAR", "0.5");
    EXPECT_EVAL("500 SAR / 1000 SAR > cap", "false");
    EXPECT_EVAL("500 SAR / 1000 SAR >= cap", "true");
    EXPECT_EVAL("500 SAR / 1000 SAR = cap", "true");
    EXPECT_EVAL("500.0001 SAR / 1000 SAR > cap", "true");
    EXPECT_EVAL("499.9999 SAR / 1000 SAR < cap", "true");
    EXPECT_EVAL("500 SAR / monthly_wage > cap", "false");
    EXPECT_EVAL("500.0001 SAR / monthly_wage > cap", "true");
    /* Across currencies: 125 USD is exactly half of 1000 SAR at 0.25. */
    EXPECT_EVAL("125 USD / monthly_wage > cap", "false");
    EXPECT_EVAL("125 USD / monthly_wage = cap", "true");
    EXPECT_EVAL("125.0001 USD / monthly_wage > cap", "true");
    EXPECT_EVAL("3 * (1000 SAR / 3) = 1000 SAR", "true");
}

static void test_functions(void)
{
    EXPECT_EVAL("missing(null)", "true");
    EXPECT_EVAL("missing(contract_signed_on)", "true");
    EXPECT_EVAL("missing(recruited_on)", "false");
    EXPECT_EVAL("missing(1 JPY + 1 SAR)", "true");
    EXPECT_EVAL("default(contract_signed_on, 2020-01-01)", "2020-01-01");
    EXPECT_EVAL("default(recruited_on, 2020-01-01)", "2025-01-15");
    EXPECT_EVAL("default(null, 5)", "5");
    EXPECT_EVAL("default(3, 5)", "3");
    EXPECT_EVAL("days(2024-01-01, 2024-03-01)", "60");
    EXPECT_EVAL("days(2024-03-01, 2024-01-01)", "-60");
    EXPECT_EVAL("days(recruited_on, deployed_on)", "45");
    EXPECT_EVAL("days(contract_signed_on, as_of)", "null");
    EXPECT_EVAL("year(2024-05-06)", "2024");
    EXPECT_EVAL("year(as_of)", "2025");
    EXPECT_EVAL("year(contract_signed_on)", "null");
    EXPECT_EVAL("abs(-5)", "5");
    EXPECT_EVAL("abs(5)", "5");
    EXPECT_EVAL("abs(-2.5 SAR)", "2.50 SAR");
    EXPECT_EVAL("abs(1/3 - 1)", "0.6667");
    EXPECT_EVAL("abs(null)", "null");
    EXPECT_EVAL("usd(100 SAR)", "25.00 USD");
    EXPECT_EVAL("usd(10 EUR)", "11.00 USD");
    EXPECT_EVAL("usd(7 USD)", "7.00 USD");
    EXPECT_EVAL("usd(monthly_wage)", "250.00 USD");
    EXPECT_EVAL("usd(1 JPY)", "null");
    EXPECT_EVAL("usd(null)", "null");
    EXPECT_EVAL("greatest(1, 2)", "2");
    EXPECT_EVAL("greatest(2, 1)", "2");
    EXPECT_EVAL("least(1, 2)", "1");
    EXPECT_EVAL("least(2, 1)", "1");
    EXPECT_EVAL("greatest(2024-01-01, 2024-02-01)", "2024-02-01");
    EXPECT_EVAL("least(2024-01-01, 2024-02-01)", "2024-01-01");
    EXPECT_EVAL("greatest(100 SAR, 10 EUR)", "100.00 SAR");
    EXPECT_EVAL("least(100 SAR, 10 EUR)", "10.00 EUR");
    EXPECT_EVAL("greatest(1 JPY, 1 SAR)", "null");
    EXPECT_EVAL("greatest(null, 1)", "null");
    EXPECT_EVAL("least(1, null)", "null");
    /* if: the chosen value only; a null condition gives null. */
    EXPECT_EVAL("if(true, 1, 2)", "1");
    EXPECT_EVAL("if(1 > 2, 1, 2)", "2");
    EXPECT_EVAL("if(missing(contract_signed_on), \"none\", \"signed\")", "none");
    EXPECT_EVAL("if(contract_signed_on < as_of, 1, 2)", "null");
    EXPECT_EVAL("if(true, 100 SAR, null)", "100.00 SAR");
    EXPECT_EVAL("if(false, 1 / 0, 3)", "3");
}

static void test_table_params(void)
{
    /* SA, domestic_work matches rows 1 and 2: the first wins. */
    EXPECT_EVAL("tbl", "1");
    EXPECT_EVAL("by_sex", "0.1");
    g_worker.sector = RA_SECTOR_CONSTRUCTION;
    g_worker.sex = RA_SEX_M;
    EXPECT_EVAL("tbl", "2"); /* SA, * */
    EXPECT_EVAL("by_sex", "0");
    g_worker.destination = country("HK");
    g_worker.sector = RA_SECTOR_CARE;
    EXPECT_EVAL("tbl", "3"); /* *, care */
    g_worker.sector = RA_SECTOR_CONSTRUCTION;
    EXPECT_EVAL("tbl", "null"); /* no row matches */
    EXPECT_EVAL("tbl + 1", "null");
    EXPECT_EVAL("default(tbl, 9)", "9");
    reset_worker();
    EXPECT_EVAL("tbl * 2", "2");
}

/* ---- audits on written submissions ----------------------------------------------------- */

typedef struct {
    char dir[64];
    ra_audit audit;
    ra_status st;
    bool ran;
} subrun;

static bool sub_write(subrun *s, const char *agencies, const char *workers, const char *rates,
                      const char *fees, const char *docs)
{
    memset(s, 0, sizeof *s);
    snprintf(s->dir, sizeof s->dir, "/tmp/ra_eval_sub_XXXXXX");
    if (!mkdtemp(s->dir))
        return false;
    return write_file(s->dir, "agencies.csv", agencies) &&
           write_file(s->dir, "workers.csv", workers) &&
           (!rates || write_file(s->dir, "rates.csv", rates)) &&
           (!fees || write_file(s->dir, "fees.csv", fees)) &&
           (!docs || write_file(s->dir, "documents.csv", docs));
}

static ra_status sub_audit(subrun *s, const ra_pack *pack)
{
    ra_audit_opts o;
    ra_audit_opts_default(&o);
    o.as_of = D(AS_OF);
    ra_error err;
    ra_error_clear(&err);
    s->st = ra_audit_run(s->dir, pack, &o, &s->audit, &err);
    s->ran = true;
    if (s->st != RA_OK)
        fprintf(stderr, "\n    audit of %s: %s\n", s->dir, err.msg);
    return s->st;
}

static void sub_close(subrun *s)
{
    if (s->ran)
        ra_audit_free(&s->audit);
    if (s->dir[0])
        rm_rf(s->dir);
    s->dir[0] = '\0';
}

static const ra_finding *finding_at(const subrun *s, const ra_pack *p, const char *rule,
                                    const char *file, long line)
{
    /* These audits are small: the findings stay in memory, so the record
     * outlives the iterator. */
    CU_ASSERT_FALSE(ra_findings_spilled(&s->audit.findings));
    ra_findings_iter *it = ra_findings_iter_new(&s->audit.findings);
    const ra_finding *f = NULL;
    while (it && (f = ra_findings_iter_next(it)))
        if (!strcmp(p->rules[f->rule].id, rule) && f->file && !strcmp(f->file, file) &&
            f->line == line)
            break;
    CU_ASSERT_TRUE(it && ra_findings_iter_free(it));
    return f;
}

static size_t findings_of(const subrun *s, const ra_pack *p, const char *rule)
{
    for (size_t i = 0; i < p->nrules; i++)
        if (!strcmp(p->rules[i].id, rule))
            return s->audit.findings.by_rule[i];
    return 0;
}

#define EXPECT_FINDING(s, p, rule, file, line, msg, ev)                                            \
    expect_finding(__LINE__, s, p, rule, file, line, msg, ev)

/* A finding of rule at file:line with this message and evidence (NULL: any). */
static const ra_finding *expect_finding(unsigned at, const subrun *s, const ra_pack *p,
                                        const char *rule, const char *file, long line,
                                        const char *msg, const char *evidence)
{
    const ra_finding *f = finding_at(s, p, rule, file, line);
    check_that(f != NULL, at, "no %s finding at %s:%ld", rule, file, line);
    if (!f)
        return NULL;
    if (msg)
        check_that(!strcmp(f->message, msg), at, "%s at %s:%ld: message \"%s\", want \"%s\"", rule,
                   file, line, f->message, msg);
    if (evidence)
        check_that(!strcmp(f->evidence, evidence), at, "%s at %s:%ld: evidence %s, want %s", rule,
                   file, line, f->evidence, evidence);
    return f;
}

#define EXPECT_COUNT(s, p, rule, n) expect_count(__LINE__, s, p, rule, n)
static void expect_count(unsigned at, const subrun *s, const ra_pack *p, const char *rule,
                         size_t want)
{
    size_t got = findings_of(s, p, rule);
    check_that(got == want, at, "%s: %zu findings, want %zu", rule, got, want);
}

/* Agencies AG1 (W1, W2, W3), AG2 (W4), AG3 (no workers). Rates SAR 0.25,
 * HKD 0.125, PHP 0.02; JPY has no rate.
 *   W1 fees: F1 400 SAR placement_fee by the worker (100 USD),
 *            F2 2000 PHP medical by the worker (40 USD),
 *            F3 300 SAR visa by the employer (75 USD)
 *   W2 no fees
 *   W3 fees: F4 1000 JPY training by the worker (no rate),
 *            F5 800 HKD placement_fee by the employer, salary deduction (100 USD)
 *   W4 fees: F6 100 SAR visa by the employer (25 USD)
 *   documents: W1 passport held by the agency 2025-01-10..2025-01-20 (consent),
 *              W1 national_id held by the agency since 2025-02-01 (no consent),
 *              W3 passport with the worker since 2025-01-01. */
static const char *AGENCIES_CSV =
    "agency_id,name,licence_no,licence_valid_from,licence_valid_until,country\n"
    "AG1,Agency One,L-1,2020-01-01,2030-12-31,PH\n"
    "AG2,Agency Two,L-2,2020-01-01,2030-12-31,PH\n"
    "AG3,Agency Three,L-3,2020-01-01,2030-12-31,PH\n";
static const char *WORKERS_CSV = "worker_id,agency_id,sex,birth_year,origin_country,"
                                 "destination_country,sector,monthly_wage,wage_currency,"
                                 "deployed_on\n"
                                 "W1,AG1,F,1990,PH,SA,domestic_work,1000,SAR,2025-03-01\n"
                                 "W2,AG1,M,1985,PH,SA,construction,2000,SAR,\n"
                                 "W3,AG1,F,1992,PH,HK,care,5000,HKD,2025-02-01\n"
                                 "W4,AG2,M,1980,PH,SA,construction,1500,SAR,\n";
static const char *RATES_CSV = "currency,usd_per_unit\nSAR,0.25\nHKD,0.125\nPHP,0.02\n";
static const char *FEES_CSV =
    "fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method\n"
    "F1,W1,AG1,placement_fee,400,SAR,worker,2025-01-10,cash\n"
    "F2,W1,AG1,medical,2000,PHP,worker,2025-01-20,bank_transfer\n"
    "F3,W1,AG1,visa,300,SAR,employer,2025-01-25,bank_transfer\n"
    "F4,W3,AG1,training,1000,JPY,worker,2025-01-05,cash\n"
    "F5,W3,AG1,placement_fee,800,HKD,employer,2025-01-06,salary_deduction\n"
    "F6,W4,AG2,visa,100,SAR,employer,2025-02-01,bank_transfer\n";
static const char *DOCUMENTS_CSV =
    "worker_id,agency_id,document,holder,held_from,held_until,consent,reason\n"
    "W1,AG1,passport,agency,2025-01-10,2025-01-20,yes,visa\n"
    "W1,AG1,national_id,agency,2025-02-01,,no,\n"
    "W3,AG1,passport,worker,2025-01-01,,,\n";

static const char *AUDIT_RULES =
    "param employer_pays = [placement_fee, training]\n"
    "param tbl = table by destination, sector {\n"
    "  SA, domestic_work: 1\n"
    "  SA, *: 2\n"
    "  *, care: 3\n"
    "}\n"
    "\n"
    "rule AGG-001 \"fee aggregates of a worker\"\n"
    "  scope worker\n"
    "  severity info\n"
    "  cite \"test\"\n"
    "  let s = sum(fee.amount_usd)\n"
    "  let sb = sum(fee.amount_usd where fee.worker_borne)\n"
    "  let sa = sum(fee.amount where fee.currency = \"SAR\")\n"
    "  let sall = sum(fee.amount)\n"
    "  let sj = sum(fee.amount where fee.currency = \"JPY\")\n"
    "  let n = count(fee)\n"
    "  let nb = count(fee where worker_borne)\n"
    "  let mx = max(fee.amount_usd)\n"
    "  let mn = min(fee.amount_usd where fee.worker_borne)\n"
    "  let an = any(fee where fee.category = \"visa\")\n"
    "  let al = all(fee where fee.worker_borne)\n"
    "  let af = any(fee)\n"
    "  when true\n"
    "  message \"s={s} sb={sb} sa={sa} sall={sall} sj={sj} n={n} nb={nb} max={mx} min={mn} "
    "any={an} all={al} anyf={af}\"\n"
    "\n"
    "rule AGG-002 \"document aggregates of a worker\"\n"
    "  scope worker\n"
    "  severity info\n"
    "  cite \"test\"\n"
    "  let dn = count(document)\n"
    "  let dh = count(document where document.held_on_as_of and document.holder = \"agency\")\n"
    "  let dmax = max(document.held_from)\n"
    "  let dmin = min(document.days_held)\n"
    "  let dall = all(document where document.consent = \"yes\")\n"
    "  when true\n"
    "  message \"dn={dn} dh={dh} min={dmin} last={dmax} all={dall}\"\n"
    "\n"
    "rule AGG-003 \"aggregates of an agency\"\n"
    "  scope agency\n"
    "  severity info\n"
    "  cite \"test\"\n"
    "  let nw = count(worker)\n"
    "  let nf = count(worker where sex = \"F\")\n"
    "  let nborne = count(worker where any(fee where fee.worker_borne))\n"
    "  let wsum = sum(worker.wage_usd)\n"
    "  let wmax = max(worker.wage_usd where worker.sector != \"care\")\n"
    "  let fs = sum(fee.amount_usd where fee.paid_by = \"employer\")\n"
    "  let fc = count(fee)\n"
    "  let dc = count(document where document.holder = \"agency\")\n"
    "  let alld = all(worker where worker.deployed)\n"
    "  let anyc = any(worker where worker.sector = \"care\")\n"
    "  let nofee = count(worker where count(fee) = 0)\n"
    "  let tsum = sum(worker.wage_usd where tbl = 2)\n"
    "  when true\n"
    "  message \"nw={nw} nf={nf} nborne={nborne} wsum={wsum} wmax={wmax} fs={fs} fc={fc} "
    "dc={dc} alld={alld} anyc={anyc} nofee={nofee} tsum={tsum} workers={agency.workers}\"\n"
    "\n"
    "rule AGG-004 \"agency where two workers paid\"\n"
    "  scope agency\n"
    "  severity high\n"
    "  cite \"test\"\n"
    "  when count(worker where any(fee where fee.worker_borne and fee.fee_id != \"none\")) >= 2\n"
    "  message \"{agency_id}: {count(worker where any(fee where fee.worker_borne))} workers\"\n"
    "\n"
    "rule FEE-101 \"worker paid an employer cost\"\n"
    "  scope fee\n"
    "  severity medium\n"
    "  cite \"test\"\n"
    "  when fee.worker_borne and fee.category in employer_pays and fee.amount_usd > 0\n"
    "  message \"{fee.category} {fee.amount:money} ({fee.amount:usd}) by {worker.worker_id} "
    "cap {tbl}\"\n"
    "\n"
    "rule DOC-101 \"document held by the agency\"\n"
    "  scope document\n"
    "  severity high\n"
    "  cite \"test\"\n"
    "  when document.holder = \"agency\" and document.held_on_as_of\n"
    "  message \"{document.document} of {worker.worker_id} held {document.days_held:days}\"\n"
    "\n"
    "rule WRK-101 \"deployed before June\"\n"
    "  scope worker\n"
    "  severity low\n"
    "  cite \"test\"\n"
    "  when deployed_on < 2025-06-01\n"
    "  message \"{worker_id} deployed {deployed_on}\"\n"
    "\n"
    "rule WRK-102 \"not deployed before June\"\n"
    "  scope worker\n"
    "  severity low\n"
    "  cite \"test\"\n"
    "  when not (deployed_on < 2025-06-01)\n"
    "  message \"{worker_id}\"\n"
    "\n"
    "rule WRK-103 \"men not deployed\"\n"
    "  scope worker\n"
    "  severity low\n"
    "  cite \"test\"\n"
    "  when missing(deployed_on) and sex = \"M\"\n"
    "  message \"{worker_id}\"\n"
    "\n"
    "rule FMT-001 \"message formats\"\n"
    "  scope worker\n"
    "  severity info\n"
    "  cite \"test\"\n"
    "  when worker_id = \"W1\"\n"
    "  message \"{monthly_wage:usd} {2/3:months} {2/3:pct} {2.5:int} {as_of - deployed_on:days} "
    "{monthly_wage:money} {contract_signed_on} {1 JPY:usd} {{literal} {sex} {sex:int}"
    "{if(missing(contract_signed_on), \\\" [no contract date]\\\", \\\"\\\")}"
    "{if(sex = \\\"M\\\", \\\" [man]\\\", \\\"\\\")}\"\n"
    "\n"
    "rule DQ-001 \"currency without a rate\"\n"
    "  scope submission\n"
    "  severity low\n"
    "  cite \"test\"\n"
    "  when kind = \"no-rate\"\n"
    "  message \"{kind} {file}:{line}\"\n";

/* The pack above, audited on the submission above. */
static bool audit_fixture(packrun *pr, subrun *s)
{
    memset(s, 0, sizeof *s);
    if (pack_open(pr, AUDIT_RULES, NULL) != RA_OK) {
        char all[1024];
        diags_text(&pr->diags, all, sizeof all);
        check_that(false, __LINE__, "audit pack does not load: %s (%s)", all, pr->err.msg);
        return false;
    }
    if (!sub_write(s, AGENCIES_CSV, WORKERS_CSV, RATES_CSV, FEES_CSV, DOCUMENTS_CSV)) {
        CU_FAIL("cannot write the submission");
        return false;
    }
    if (sub_audit(s, pr->pack) != RA_OK) {
        CU_FAIL("the audit failed");
        return false;
    }
    return true;
}

static void test_worker_fee_aggregates(void)
{
    packrun pr;
    subrun s;
    if (audit_fixture(&pr, &s)) {
        const ra_pack *p = pr.pack;
        EXPECT_COUNT(&s, p, "AGG-001", 4);
        EXPECT_FINDING(&s, p, "AGG-001", "workers.csv", 2,
                       "s=215.00 USD sb=140.00 USD sa=700.00 SAR sall=215.00 USD sj=0.00 USD n=3 "
                       "nb=2 max=100.00 USD min=40.00 USD any=true all=false anyf=true",
                       "{\"rows\":[\"fees.csv:2\",\"fees.csv:3\",\"fees.csv:4\"],"
                       "\"rows_count\":3}");
        /* No fees: sums are 0, count 0, max/min unknown, any false, all true. */
        EXPECT_FINDING(&s, p, "AGG-001", "workers.csv", 3,
                       "s=0.00 USD sb=0.00 USD sa=0.00 USD sall=0.00 USD sj=0.00 USD n=0 nb=0 "
                       "max=unknown min=unknown any=false all=true anyf=false",
                       NULL);
        /* A JPY fee with no rate: a sum over it is unknown, never partial;
         * max/min skip it; a sum of JPY alone needs no rate. */
        EXPECT_FINDING(&s, p, "AGG-001", "workers.csv", 4,
                       "s=unknown sb=unknown sa=0.00 USD sall=unknown sj=1000.00 JPY n=2 nb=2 "
                       "max=100.00 USD min=100.00 USD any=false all=true anyf=true",
                       NULL);
        EXPECT_FINDING(&s, p, "AGG-001", "workers.csv", 5,
                       "s=25.00 USD sb=0.00 USD sa=100.00 SAR sall=100.00 SAR sj=0.00 USD n=1 "
                       "nb=0 max=25.00 USD min=unknown any=true all=false anyf=true",
                       NULL);
    }
    sub_close(&s);
    pack_close(&pr);
}

/* The same aggregate written in two rules is one accumulator; the rules
 * still see the same values as if each had its own. */
static const char SHARED_AGG_RULES[] =
    "rule AGG-201 \"same sum, first\"\n"
    "  scope worker\n"
    "  severity info\n"
    "  cite \"test\"\n"
    "  when sum(fee.amount where fee.paid_by = \"worker\") > 0 USD\n"
    "  message \"{sum(fee.amount where fee.paid_by = \\\"worker\\\"):usd}\"\n"
    "\n"
    "rule AGG-202 \"same sum, second, and another\"\n"
    "  scope worker\n"
    "  severity info\n"
    "  cite \"test\"\n"
    "  when sum(fee.amount where fee.paid_by = \"worker\") > 0 USD and "
    "count(fee where fee.paid_by = \"worker\") >= 1\n"
    "  message \"{sum(fee.amount where fee.paid_by = \\\"worker\\\"):usd}\"\n";

static void test_shared_aggregates(void)
{
    packrun pr;
    subrun s = {0};
    if (pack_open(&pr, SHARED_AGG_RULES, NULL) != RA_OK) {
        char all[1024];
        diags_text(&pr.diags, all, sizeof all);
        check_that(false, __LINE__, "pack does not load: %s (%s)", all, pr.err.msg);
        pack_close(&pr);
        return;
    }
    /* four uses of one sum and one count: two accumulators */
    CU_ASSERT_EQUAL(pr.pack->naggs, 2);
    CU_ASSERT_TRUE_FATAL(
        sub_write(&s, AGENCIES_CSV, WORKERS_CSV, RATES_CSV, FEES_CSV, DOCUMENTS_CSV));
    CU_ASSERT_EQUAL_FATAL(sub_audit(&s, pr.pack), RA_OK);
    size_t a = findings_of(&s, pr.pack, "AGG-201"), b = findings_of(&s, pr.pack, "AGG-202");
    CU_ASSERT_TRUE(a > 0);
    CU_ASSERT_EQUAL(a, b);
    const ra_finding *fa = finding_at(&s, pr.pack, "AGG-201", "workers.csv", 2);
    const ra_finding *fb = finding_at(&s, pr.pack, "AGG-202", "workers.csv", 2);
    CU_ASSERT_TRUE(fa && fb && !strcmp(fa->message, fb->message));
    sub_close(&s);
    pack_close(&pr);
}

/* A sum too large for the accumulator's two int64 (numerator 9.2e18 + 800
 * over 40,000 after a SAR amount at the amount limit meets a PHP one) is kept
 * exactly in the side table. */
static void test_aggregate_beyond_int64(void)
{
    packrun pr;
    subrun s = {0};
    if (pack_open(&pr, SHARED_AGG_RULES, NULL) != RA_OK) {
        CU_FAIL("pack does not load");
        pack_close(&pr);
        return;
    }
    const char *fees =
        "fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method\n"
        "F1,W1,AG1,placement_fee,922337203685477.5807,SAR,worker,2025-01-10,cash\n"
        "F2,W1,AG1,medical,1,PHP,worker,2025-01-20,bank_transfer\n";
    CU_ASSERT_TRUE_FATAL(sub_write(&s, AGENCIES_CSV, WORKERS_CSV, RATES_CSV, fees, DOCUMENTS_CSV));
    CU_ASSERT_EQUAL_FATAL(sub_audit(&s, pr.pack), RA_OK);
    /* 922337203685477.5807 x 0.25 + 1 x 0.02 = 230584300921369.415175 USD */
    const ra_finding *f = finding_at(&s, pr.pack, "AGG-201", "workers.csv", 2);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_STRING_EQUAL(f->message, "230584300921369.42 USD");
    sub_close(&s);
    pack_close(&pr);
}

static void test_worker_document_aggregates(void)
{
    packrun pr;
    subrun s;
    if (audit_fixture(&pr, &s)) {
        const ra_pack *p = pr.pack;
        EXPECT_COUNT(&s, p, "AGG-002", 4);
        EXPECT_FINDING(&s, p, "AGG-002", "workers.csv", 2,
                       "dn=2 dh=1 min=10 last=2025-02-01 all=false", NULL);
        EXPECT_FINDING(&s, p, "AGG-002", "workers.csv", 3,
                       "dn=0 dh=0 min=unknown last=unknown all=true", NULL);
        EXPECT_FINDING(&s, p, "AGG-002", "workers.csv", 4,
                       "dn=1 dh=0 min=180 last=2025-01-01 all=false", NULL);
        EXPECT_FINDING(&s, p, "AGG-002", "workers.csv", 5,
                       "dn=0 dh=0 min=unknown last=unknown all=true", NULL);
    }
    sub_close(&s);
    pack_close(&pr);
}

static void test_agency_aggregates(void)
{
    packrun pr;
    subrun s;
    if (audit_fixture(&pr, &s)) {
        const ra_pack *p = pr.pack;
        EXPECT_COUNT(&s, p, "AGG-003", 3);
        EXPECT_FINDING(&s, p, "AGG-003", "agencies.csv", 2,
                       "nw=3 nf=2 nborne=2 wsum=1375.00 USD wmax=500.00 USD fs=175.00 USD fc=5 "
                       "dc=2 alld=false anyc=true nofee=1 tsum=500.00 USD workers=3",
                       NULL);
        EXPECT_FINDING(&s, p, "AGG-003", "agencies.csv", 3,
                       "nw=1 nf=0 nborne=0 wsum=375.00 USD wmax=375.00 USD fs=25.00 USD fc=1 "
                       "dc=0 alld=false anyc=false nofee=0 tsum=375.00 USD workers=1",
                       NULL);
        /* No workers: count 0, all() true, sums 0, max unknown. */
        EXPECT_FINDING(&s, p, "AGG-003", "agencies.csv", 4,
                       "nw=0 nf=0 nborne=0 wsum=0.00 USD wmax=unknown fs=0.00 USD fc=0 dc=0 "
                       "alld=true anyc=false nofee=0 tsum=0.00 USD workers=0",
                       NULL);
        /* The nested aggregate is the evidence, under its source text
         * (its quotes escaped). */
        EXPECT_COUNT(&s, p, "AGG-004", 1);
        const ra_finding *f =
            EXPECT_FINDING(&s, p, "AGG-004", "agencies.csv", 2, "AG1: 2 workers",
                           "{\"count(worker where any(fee where fee.worker_borne and fee.fee_id != "
                           "\\\"none\\\"))\":2,"
                           "\"rows\":[\"workers.csv:2\",\"workers.csv:4\"],\"rows_count\":2}");
        if (f) {
            CU_ASSERT_EQUAL(f->scope, RA_SCOPE_AGENCY);
            CU_ASSERT_EQUAL(f->severity, RA_SEV_HIGH);
            CU_ASSERT_EQUAL(f->worker, RA_NONE);
            CU_ASSERT_EQUAL(f->agency, 0);
        }
    }
    sub_close(&s);
    pack_close(&pr);
}

static void test_row_findings(void)
{
    packrun pr;
    subrun s;
    if (audit_fixture(&pr, &s)) {
        const ra_pack *p = pr.pack;
        /* F1 and F5 (salary deduction) are borne and listed; F4 (training,
         * JPY) has no USD amount, so `amount_usd > 0` is unknown: no finding. */
        EXPECT_COUNT(&s, p, "FEE-101", 2);
        const ra_finding *f = EXPECT_FINDING(
            &s, p, "FEE-101", "fees.csv", 2, "placement_fee 400.00 SAR (100.00 USD) by W1 cap 1",
            "{\"fee.worker_borne\":true,\"fee.category\":\"placement_fee\","
            "\"employer_pays\":\"[placement_fee, training]\","
            "\"fee.amount_usd\":\"100.00 USD\"}");
        if (f) {
            CU_ASSERT_EQUAL(f->scope, RA_SCOPE_FEE);
            CU_ASSERT_EQUAL(f->severity, RA_SEV_MEDIUM);
            CU_ASSERT_PTR_NOT_NULL(f->fee_id);
            if (f->fee_id)
                CU_ASSERT_STRING_EQUAL(f->fee_id, "F1");
        }
        EXPECT_FINDING(&s, p, "FEE-101", "fees.csv", 6,
                       "placement_fee 800.00 HKD (100.00 USD) by W3 cap 3", NULL);
        CU_ASSERT_PTR_NULL(finding_at(&s, p, "FEE-101", "fees.csv", 5));

        EXPECT_COUNT(&s, p, "DOC-101", 1);
        EXPECT_FINDING(&s, p, "DOC-101", "documents.csv", 3, "national_id of W1 held 149 days",
                       "{\"document.holder\":\"agency\",\"document.held_on_as_of\":true}");

        /* A condition that is null (no deployment date) does not fire,
         * and neither does its negation. */
        EXPECT_COUNT(&s, p, "WRK-101", 2);
        EXPECT_FINDING(&s, p, "WRK-101", "workers.csv", 2, "W1 deployed 2025-03-01",
                       "{\"deployed_on\":\"2025-03-01\"}");
        EXPECT_FINDING(&s, p, "WRK-101", "workers.csv", 4, "W3 deployed 2025-02-01", NULL);
        EXPECT_COUNT(&s, p, "WRK-102", 0);
        /* Null in evidence is JSON null. */
        EXPECT_COUNT(&s, p, "WRK-103", 2);
        EXPECT_FINDING(&s, p, "WRK-103", "workers.csv", 3, "W2",
                       "{\"deployed_on\":null,\"sex\":\"M\"}");
        EXPECT_FINDING(&s, p, "WRK-103", "workers.csv", 5, "W4", NULL);

        /* Every message format; a null hole reads "unknown". */
        EXPECT_COUNT(&s, p, "FMT-001", 1);
        EXPECT_FINDING(&s, p, "FMT-001", "workers.csv", 2,
                       "250.00 USD 0.67 months 66.7% 3 121 days 1000.00 SAR unknown "
                       "unknown (no rate) {literal} F F [no contract date]",
                       "{\"worker_id\":\"W1\"}");

        /* Submission scope: the JPY fee without a rate is a data-quality event. */
        EXPECT_COUNT(&s, p, "DQ-001", 1);
        const ra_finding *dq = EXPECT_FINDING(&s, p, "DQ-001", "fees.csv", 5, "no-rate fees.csv:5",
                                              "{\"kind\":\"no-rate\"}");
        if (dq) {
            CU_ASSERT_EQUAL(dq->scope, RA_SCOPE_SUBMISSION);
            CU_ASSERT_EQUAL(dq->worker, RA_NONE);
            CU_ASSERT_EQUAL(dq->agency, RA_NONE);
        }
    }
    sub_close(&s);
    pack_close(&pr);
}

static void test_ratio_at_cap_in_audit(void)
{
    static const char *rules = "param cap = 50%\n"
                               "rule CAP-001 \"over the cap\"\n"
                               "  scope worker\n"
                               "  severity high\n"
                               "  cite \"test\"\n"
                               "  let paid = sum(fee.amount where fee.worker_borne)\n"
                               "  when paid / monthly_wage > cap\n"
                               "  message \"{worker_id} paid {paid:money} = "
                               "{paid / monthly_wage:pct} of a wage\"\n";
    static const char *workers = "worker_id,agency_id,sex,birth_year,origin_country,"
                                 "destination_country,sector,monthly_wage,wage_currency\n"
                                 "E1,AG1,F,1990,PH,SA,care,1000,SAR\n"
                                 "E2,AG1,F,1990,PH,SA,care,1000,SAR\n"
                                 "E3,AG1,F,1990,PH,SA,care,1000,SAR\n";
    static const char *fees =
        "fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method\n"
        "X1,E1,AG1,placement_fee,200,SAR,worker,2025-01-10,cash\n"
        "X2,E1,AG1,placement_fee,300,SAR,worker,2025-01-11,cash\n"
        "X3,E2,AG1,placement_fee,500.0001,SAR,worker,2025-01-10,cash\n"
        "X4,E3,AG1,placement_fee,1000,SAR,employer,2025-01-10,bank_transfer\n";
    packrun pr;
    subrun s = {0};
    if (pack_open(&pr, rules, NULL) == RA_OK &&
        sub_write(&s, AGENCIES_CSV, workers, RATES_CSV, fees, NULL) &&
        sub_audit(&s, pr.pack) == RA_OK) {
        /* E1: exactly 500 / 1000 = cap: not above. E2: 1/10000 SAR above. */
        EXPECT_COUNT(&s, pr.pack, "CAP-001", 1);
        CU_ASSERT_PTR_NULL(finding_at(&s, pr.pack, "CAP-001", "workers.csv", 2));
        EXPECT_FINDING(&s, pr.pack, "CAP-001", "workers.csv", 3,
                       "E2 paid 500.00 SAR = 50.0% of a wage",
                       "{\"paid\":\"500.00 SAR\",\"monthly_wage\":\"1000.00 SAR\",\"cap\":0.5,"
                       "\"rows\":[\"fees.csv:4\"],\"rows_count\":1}");
    } else {
        CU_FAIL("the cap audit did not run");
    }
    sub_close(&s);
    pack_close(&pr);
}

/* A text value longer than a message holds (255 bytes) is cut between
 * characters, never inside one, and the cut is marked with an ellipsis; a
 * value that fits is whole, with no mark. */
static void test_long_text_in_message(void)
{
    static const char *rules = "rule TXT-001 \"reason\"\n"
                               "  scope document\n"
                               "  severity info\n"
                               "  cite \"test\"\n"
                               "  when not missing(document.reason)\n"
                               "  message \"[{document.reason}]\"\n";
    /* 100 ASCII bytes, then 60 KA (U+0915, 3 bytes): the 52nd KA would
     * straddle byte 255, so 51 are kept (253 bytes). */
    char ascii[101], ka[181], docs[1024];
    memset(ascii, 'a', 100);
    ascii[100] = '\0';
    for (int i = 0; i < 60; i++)
        memcpy(ka + 3 * i, "\xe0\xa4\x95", 3);
    ka[180] = '\0';
    snprintf(docs, sizeof docs,
             "worker_id,agency_id,document,holder,held_from,held_until,consent,reason\n"
             "W1,AG1,passport,agency,2025-01-10,2025-01-20,yes,%s%s\n"
             "W3,AG1,passport,worker,2025-01-01,,,%s%.153s\n",
             ascii, ka, ascii, ka);
    char cut[400], whole[400];
    snprintf(cut, sizeof cut, "[%s%.153s\xe2\x80\xa6]", ascii, ka);
    snprintf(whole, sizeof whole, "[%s%.153s]", ascii, ka); /* 253 bytes fit */
    packrun pr;
    subrun s = {0};
    if (pack_open(&pr, rules, NULL) == RA_OK &&
        sub_write(&s, AGENCIES_CSV, WORKERS_CSV, RATES_CSV, FEES_CSV, docs) &&
        sub_audit(&s, pr.pack) == RA_OK) {
        EXPECT_COUNT(&s, pr.pack, "TXT-001", 2);
        EXPECT_FINDING(&s, pr.pack, "TXT-001", "documents.csv", 2, cut, NULL);
        EXPECT_FINDING(&s, pr.pack, "TXT-001", "documents.csv", 3, whole, NULL);
    } else {
        CU_FAIL("the text audit did not run");
    }
    sub_close(&s);
    pack_close(&pr);
}

/* max() over money in two currencies, one without a rate, must not depend on
 * the order of the fee rows (the values cannot be compared: unknown). */
static void test_max_unconvertible_currency(void)
{
    static const char *rules = "rule MAX-001 \"largest fee\"\n"
                               "  scope worker\n"
                               "  severity info\n"
                               "  cite \"test\"\n"
                               "  let mx = max(fee.amount)\n"
                               "  let mn = min(fee.amount)\n"
                               "  when true\n"
                               "  message \"max={mx} min={mn}\"\n";
    static const char *workers = "worker_id,agency_id,sex,birth_year,origin_country,"
                                 "destination_country,sector,monthly_wage,wage_currency\n"
                                 "M1,AG1,F,1990,PH,SA,care,1000,SAR\n"
                                 "M2,AG1,F,1990,PH,SA,care,1000,SAR\n";
    static const char *fees =
        "fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method\n"
        "Y1,M1,AG1,training,1000,JPY,worker,2025-01-10,cash\n"
        "Y2,M1,AG1,training,800,HKD,worker,2025-01-10,cash\n"
        "Y3,M2,AG1,training,800,HKD,worker,2025-01-10,cash\n"
        "Y4,M2,AG1,training,1000,JPY,worker,2025-01-10,cash\n";
    packrun pr;
    subrun s = {0};
    if (pack_open(&pr, rules, NULL) == RA_OK &&
        sub_write(&s, AGENCIES_CSV, workers, RATES_CSV, fees, NULL) &&
        sub_audit(&s, pr.pack) == RA_OK) {
        const ra_finding *m1 = finding_at(&s, pr.pack, "MAX-001", "workers.csv", 2);
        const ra_finding *m2 = finding_at(&s, pr.pack, "MAX-001", "workers.csv", 3);
        CU_ASSERT_PTR_NOT_NULL(m1);
        CU_ASSERT_PTR_NOT_NULL(m2);
        if (m1 && m2) {
            check_that(!strcmp(m1->message, m2->message), __LINE__,
                       "same fees in another order: M1 \"%s\", M2 \"%s\"", m1->message,
                       m2->message);
            check_that(!strcmp(m1->message, "max=unknown min=unknown"), __LINE__,
                       "max/min of JPY (no rate) and HKD: \"%s\", want \"max=unknown "
                       "min=unknown\"",
                       m1->message);
        }
    } else {
        CU_FAIL("the max audit did not run");
    }
    sub_close(&s);
    pack_close(&pr);
}

/* ---- profiles --------------------------------------------------------------------------- */

static const char *PROFILE_RULES = "param cap = 2\n"
                                   "param cats = [visa]\n"
                                   "rule P-001 \"one\"\n"
                                   "  scope worker\n"
                                   "  severity low\n"
                                   "  cite \"c\"\n"
                                   "  when monthly_wage > 0\n"
                                   "  message \"one {worker_id}\"\n"
                                   "rule P-002 \"two\"\n"
                                   "  scope worker\n"
                                   "  severity low\n"
                                   "  cite \"c\"\n"
                                   "  when sex = \"F\"\n"
                                   "  message \"two {worker_id} {cap}\"\n";

static void test_profile_set_disable_severity(void)
{
    packrun pr;
    subrun s = {0};
    pack_open(&pr, PROFILE_RULES,
              "profile baseline \"test\"\n"
              "set cap = 3 cite \"Law 1\"\n"
              "disable P-001 cite \"Law 2\"\n"
              "severity P-002 critical cite \"Law 3\"\n");
    char all[1024];
    diags_text(&pr.diags, all, sizeof all);
    check_that(pr.st == RA_OK, __LINE__, "profile does not load: %s", all);
    if (pr.st == RA_OK) {
        const ra_param *cap = ra_pack_param(pr.pack, "cap");
        CU_ASSERT_PTR_NOT_NULL_FATAL(cap);
        char v[64];
        ra_value_format(&cap->value, v, sizeof v);
        CU_ASSERT_STRING_EQUAL(v, "3");
        CU_ASSERT_EQUAL(cap->type, T_NUM);
        CU_ASSERT_PTR_NOT_NULL(cap->cite);
        if (cap->cite)
            CU_ASSERT_STRING_EQUAL(cap->cite, "Law 1");
        CU_ASSERT_PTR_NOT_NULL(strstr(cap->origin, "baseline.profile:2"));
        CU_ASSERT_STRING_EQUAL(pr.pack->profile, "baseline");
        CU_ASSERT_STRING_EQUAL(pr.pack->profile_title, "test");
        const ra_rule *p1 = rule_by_id(pr.pack, "P-001"), *p2 = rule_by_id(pr.pack, "P-002");
        CU_ASSERT_PTR_NOT_NULL_FATAL(p1);
        CU_ASSERT_PTR_NOT_NULL_FATAL(p2);
        CU_ASSERT_FALSE(p1->enabled);
        CU_ASSERT_EQUAL(p1->severity, RA_SEV_LOW);
        CU_ASSERT_TRUE(p2->enabled);
        CU_ASSERT_EQUAL(p2->severity, RA_SEV_CRITICAL);
        /* In an audit: P-001 never fires; P-002 at critical with cap 3. */
        if (sub_write(&s, AGENCIES_CSV, WORKERS_CSV, RATES_CSV, NULL, NULL) &&
            sub_audit(&s, pr.pack) == RA_OK) {
            EXPECT_COUNT(&s, pr.pack, "P-001", 0);
            EXPECT_COUNT(&s, pr.pack, "P-002", 2);
            const ra_finding *f = EXPECT_FINDING(&s, pr.pack, "P-002", "workers.csv", 2, "two W1 3",
                                                 "{\"sex\":\"F\"}");
            if (f)
                CU_ASSERT_EQUAL(f->severity, RA_SEV_CRITICAL);
            CU_ASSERT_EQUAL(s.audit.by_severity[RA_SEV_CRITICAL], 2);
            CU_ASSERT_EQUAL(s.audit.by_severity[RA_SEV_LOW], 0);
        } else {
            CU_FAIL("the profile audit did not run");
        }
    }
    sub_close(&s);
    pack_close(&pr);

    /* Without a profile statement the pack's values stand. */
    pack_open(&pr, PROFILE_RULES, NULL);
    CU_ASSERT_EQUAL(pr.st, RA_OK);
    if (pr.st == RA_OK) {
        CU_ASSERT_TRUE(rule_by_id(pr.pack, "P-001")->enabled);
        CU_ASSERT_EQUAL(rule_by_id(pr.pack, "P-002")->severity, RA_SEV_LOW);
        char v[64];
        ra_value_format(&ra_pack_param(pr.pack, "cap")->value, v, sizeof v);
        CU_ASSERT_STRING_EQUAL(v, "2");
    }
    pack_close(&pr);
}

/* A profile chosen by name; set may turn a value into a table of one type. */
static void test_profile_by_name(void)
{
    packrun pr;
    subrun s = {0};
    if (!pack_write(&pr, "core", PROFILE_RULES, NULL) ||
        !write_file(pr.profiles, "strict.profile",
                    "profile strict \"Strict\"\n"
                    "set cap = table by destination {\n"
                    "  SA: 5\n"
                    "  *: 1\n"
                    "} cite \"Law 4\"\n"
                    "set cats = [visa, medical] cite \"Law 5\"\n")) {
        CU_FAIL("cannot write the pack");
        pack_close(&pr);
        return;
    }
    pack_load(&pr, "strict");
    char all[1024];
    diags_text(&pr.diags, all, sizeof all);
    check_that(pr.st == RA_OK, __LINE__, "strict profile does not load: %s (%s)", all, pr.err.msg);
    if (pr.st == RA_OK) {
        CU_ASSERT_STRING_EQUAL(pr.pack->profile, "strict");
        const ra_param *cap = ra_pack_param(pr.pack, "cap");
        CU_ASSERT_TRUE(cap && cap->is_table);
        const ra_param *cats = ra_pack_param(pr.pack, "cats");
        char v[128];
        ra_value_format(&cats->value, v, sizeof v);
        CU_ASSERT_STRING_EQUAL(v, "[visa, medical]");
        if (sub_write(&s, AGENCIES_CSV, WORKERS_CSV, RATES_CSV, NULL, NULL) &&
            sub_audit(&s, pr.pack) == RA_OK) {
            EXPECT_FINDING(&s, pr.pack, "P-002", "workers.csv", 2, "two W1 5", NULL);
            EXPECT_FINDING(&s, pr.pack, "P-002", "workers.csv", 4, "two W3 1", NULL);
        } else {
            CU_FAIL("the strict audit did not run");
        }
    }
    sub_close(&s);
    /* An unknown profile name is an input error. */
    pack_load(&pr, "nosuch");
    CU_ASSERT_EQUAL(pr.st, RA_ERR_INPUT);
    CU_ASSERT_PTR_NULL(pr.pack);
    pack_close(&pr);
}

typedef struct {
    const char *what, *profile;
    int line, col;
    const char *msg, *hint;
} profile_case;

static void test_profile_errors(void)
{
    static const profile_case cases[] = {
        {"set changes the type", "set cap = \"three\" cite \"x\"\n", 2, 1,
         "'cap' is a number parameter", "keeps the type"},
        {"set to money", "set cap = 3 SAR cite \"x\"\n", 2, 1, "'cap' is a number parameter", NULL},
        {"set without cite", "set cap = 3\n", 2, 1, "the profile sets 'cap' without a citation",
         "cite"},
        {"disable without cite", "disable P-001\n", 2, 1,
         "the profile changes P-001 without a citation", "cite"},
        {"severity without cite", "severity P-002 critical\n", 2, 1,
         "the profile changes P-002 without a citation", "cite"},
        {"unknown parameter", "set cpa = 3 cite \"x\"\n", 2, 1, "unknown parameter 'cpa'",
         "did you mean 'cap'?"},
        {"unknown rule (disable)", "disable P-009 cite \"x\"\n", 2, 1, "unknown rule P-009", NULL},
        {"unknown rule (severity)", "severity P-009 high cite \"x\"\n", 2, 1, "unknown rule P-009",
         NULL},
        {"unknown severity", "severity P-001 urgent cite \"x\"\n", 2, 1,
         "unknown severity 'urgent'", NULL},
        {"set on the third line", "\nset cap = \"x\" cite \"y\"\n", 3, 1,
         "'cap' is a number parameter", NULL},
        {"indented statement", "  disable P-001\n", 2, 3, "without a citation", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char profile[512];
        snprintf(profile, sizeof profile, "profile baseline \"test\"\n%s", cases[i].profile);
        packrun pr;
        pack_open(&pr, PROFILE_RULES, profile);
        expect_only_diag(__LINE__, cases[i].what, &pr, "baseline.profile", cases[i].line,
                         cases[i].col, cases[i].msg, cases[i].hint);
        CU_ASSERT_PTR_NULL(pr.pack);
        pack_close(&pr);
    }
}

/* ---- checker diagnostics ---------------------------------------------------------------- */

/* Line 1 rule, 2 scope (value at col 9), 3 severity (value at col 12),
 * 4 cite, 5 when (condition at col 8), 6 message (string at col 11). */
#define HEAD(scope) "rule T-001 \"t\"\n  scope " scope "\n  severity low\n  cite \"c\"\n"
#define RULE(scope, when) HEAD(scope) "  when " when "\n  message \"m\"\n"
#define RULE_MSG(message) HEAD("worker") "  when true\n  message \"" message "\"\n"

typedef struct {
    const char *what, *rules;
    int line, col;
    const char *msg, *hint;
} check_case;

static void test_checker_errors(void)
{
    static const check_case cases[] = {
        /* names */
        {"unknown name", RULE("worker", "wage_us > 0"), 5, 8, "unknown name 'wage_us'",
         "did you mean 'wage_usd'?"},
        {"unknown name, no close match", RULE("worker", "zzqqxx > 0"), 5, 8,
         "unknown name 'zzqqxx'", "a name is a let, a worker field, a parameter or as_of"},
        {"unknown name after a let",
         HEAD("worker") "  let paid = 1\n  when pad > 0\n"
                        "  message \"m\"\n",
         6, 8, "unknown name 'pad'", "did you mean 'paid'?"},
        {"unknown field", RULE("worker", "worker.wage_uds > 0"), 5, 8,
         "unknown field 'wage_uds' of worker rows", "did you mean 'worker.wage_usd'?"},
        {"unknown field of a fee", RULE("fee", "fee.amout > 0"), 5, 8,
         "unknown field 'amout' of fee rows", "did you mean 'fee.amount'?"},
        {"unknown row", RULE("worker", "employer.name = \"x\""), 5, 8, "unknown row 'employer'",
         NULL},
        {"fee row in a worker rule", RULE("worker", "fee.amount > 0"), 5, 8, "no fee row here",
         "a worker rule reads worker rows"},
        {"worker row in an agency rule", RULE("agency", "worker.sex = \"F\""), 5, 8,
         "no worker row here", NULL},
        {"document row in a fee rule", RULE("fee", "document.holder = \"agency\""), 5, 8,
         "no document row here", NULL},
        {"table in an agency rule",
         RULE("agency", "t > 1") "param t = table by sex {\n"
                                 "  F: 1\n}\n",
         5, 8, "'t' is a table and no worker is at hand here", NULL},
        /* types */
        {"date compared with money", RULE("worker", "recruited_on > 100 SAR"), 5, 8,
         "type error: date with money", "comparison cannot combine date and money"},
        {"money compared with a number", RULE("worker", "monthly_wage > 5"), 5, 8,
         "type error: money with number", NULL},
        {"and on numbers", RULE("worker", "1 and true"), 5, 8, "'and' needs booleans, not number",
         NULL},
        {"or on numbers", RULE("worker", "true or 2"), 5, 8, "'or' needs booleans, not number",
         NULL},
        {"not on a number", RULE("worker", "not 1"), 5, 8, "'not' needs a boolean, not number",
         NULL},
        {"date plus date", RULE("worker", "recruited_on + deployed_on > as_of"), 5, 8,
         "type error: date with date", NULL},
        {"sum of text", RULE("worker", "sum(fee.category) > 0"), 5, 12,
         "sum() adds numbers or money, not text", NULL},
        {"max of booleans", RULE("worker", "max(fee.worker_borne) = true"), 5, 12,
         "max() compares numbers, money or dates, not boolean", NULL},
        {"condition not boolean", RULE("worker", "monthly_wage"), 5, 8,
         "the condition is money, not a boolean", NULL},
        {"where not boolean", RULE("worker", "count(fee where fee.amount) > 0"), 5, 24,
         "'where' needs a boolean, not money", NULL},
        {"list of another type", RULE("worker", "birth_year in [a, b]"), 5, 8,
         "the list holds text, the value is number", NULL},
        /* functions */
        {"unknown function", RULE("worker", "mising(recruited_on)"), 5, 8,
         "unknown function 'mising'", "did you mean missing()?"},
        {"wrong arity", RULE("worker", "days(as_of) > 0"), 5, 8,
         "wrong number of arguments to days()", "days(from, to)"},
        {"wrong arity, too many", RULE("worker", "missing(as_of, as_of)"), 5, 8,
         "wrong number of arguments to missing()", NULL},
        {"function argument type", RULE("worker", "year(birth_year) > 0"), 5, 8,
         "type error in year(): year() takes a date", NULL},
        {"if on a number", RULE("worker", "if(birth_year, true, false)"), 5, 8,
         "type error in if(): the condition is true or false", NULL},
        {"if of two types", RULE("worker", "if(true, 1, as_of) > 0"), 5, 8,
         "type error in if(): both values have one type", NULL},
        {"same_text of a number", RULE("worker", "same_text(sex, birth_year)"), 5, 8,
         "type error in same_text(): same_text() compares two texts", NULL},
        {"extract_text outside contract rules", RULE("worker", "extract_text(p) == \"x\""), 5, 8,
         "extract_text() takes a pattern name, in contract rules", NULL},
        {"~ on a sentence line number",
         RULE("contract", "any(sentence where line ~ p)") "pattern p\n  en \"x\"\n", 5, 27,
         "'~' applies to a sentence or its heading", NULL},
        /* aggregates */
        {"aggregate in a fee rule", RULE("fee", "count(document) > 0"), 5, 8,
         "no aggregate here: a fee rule looks at one row", NULL},
        {"aggregate in a document rule", RULE("document", "any(fee)"), 5, 8,
         "no aggregate here: a document rule looks at one row", NULL},
        {"worker rows in a worker rule", RULE("worker", "count(worker) > 0"), 5, 8,
         "cannot aggregate worker rows in a worker rule", NULL},
        {"aggregate in a fee aggregate", RULE("worker", "any(fee where count(document) > 0)"), 5,
         22, "no aggregate here: a fee or document rule looks at one row", NULL},
        {"sum without a value", RULE("worker", "sum(fee) > 0"), 5, 8,
         "sum() needs a value to aggregate", NULL},
        {"sum of a bare name", RULE("worker", "sum(amount_usd) > 0"), 5, 8,
         "cannot aggregate these rows in a worker rule", NULL},
        {"count with a value", RULE("worker", "count(fee.amount) > 0"), 5, 8,
         "count() counts rows, it takes no value", NULL},
        /* rule clauses */
        {"bad scope", RULE("wrker", "true"), 2, 9, "unknown scope 'wrker'", NULL},
        {"bad severity",
         "rule T-001 \"t\"\n  scope worker\n  severity urgent\n  cite \"c\"\n  when true\n"
         "  message \"m\"\n",
         3, 12, "unknown severity 'urgent'", NULL},
        {"missing scope",
         "rule T-001 \"t\"\n  severity low\n  cite \"c\"\n  when true\n"
         "  message \"m\"\n",
         1, 1, "rule T-001 has no scope", NULL},
        {"missing severity",
         "rule T-001 \"t\"\n  scope worker\n  cite \"c\"\n  when true\n"
         "  message \"m\"\n",
         1, 1, "rule T-001 has no severity", NULL},
        {"missing cite",
         "rule T-001 \"t\"\n  scope worker\n  severity low\n  when true\n"
         "  message \"m\"\n",
         1, 1, "rule T-001 has no citation", NULL},
        {"missing when",
         "rule T-001 \"t\"\n  scope worker\n  severity low\n  cite \"c\"\n"
         "  message \"m\"\n",
         1, 1, "rule T-001 has no condition", NULL},
        {"missing message",
         "rule T-001 \"t\"\n  scope worker\n  severity low\n  cite \"c\"\n"
         "  when true\n",
         1, 1, "rule T-001 has no message", NULL},
        {"duplicate rule id", RULE("worker", "true") RULE("worker", "false"), 7, 1,
         "duplicate rule id T-001", "x.rules:1"},
        {"let defined twice",
         HEAD("worker") "  let a = 1\n  let a = 2\n  when a > 0\n"
                        "  message \"m\"\n",
         6, 7, "'a' is already defined in this rule", NULL},
        /* parameters */
        {"duplicate param", RULE("worker", "true") "param a = 1\nparam a = 2\n", 8, 1,
         "parameter 'a' is declared twice", NULL},
        {"param named like a field", RULE("worker", "true") "param sex = 1\n", 7, 1,
         "'sex' is already a field name", NULL},
        {"param that is not a literal", RULE("worker", "true") "param a = 1 + 2\n", 7, 11,
         "a parameter value must be a literal", NULL},
        {"list of mixed types", RULE("worker", "true") "param l = [1, visa]\n", 7, 15,
         "list items mix number and text", NULL},
        {"unknown table key", RULE("worker", "true") "param t = table by colour {\n  red: 1\n}\n",
         7, 11, "unknown table key 'colour'", "destination, origin, sector and sex"},
        {"bad table destination",
         RULE("worker", "true") "param t = table by destination {\n  SA: 1\n  Saudi: 2\n}\n", 9, 3,
         "'Saudi' is not a valid destination", NULL},
        {"bad table sector",
         RULE("worker", "true") "param t = table by sector {\n  domestic: 1\n}\n", 8, 3,
         "'domestic' is not a valid sector", NULL},
        {"bad table sex", RULE("worker", "true") "param t = table by sex {\n  *: 1\n  W: 2\n}\n", 9,
         3, "'W' is not a valid sex", NULL},
        {"table values of two types",
         RULE("worker", "true") "param t = table by sex {\n  F: 1\n  *: 2 SAR\n}\n", 9, 6,
         "this row is money, earlier rows are number", NULL},
        /* values of fields with fixed values */
        {"misspelled enum", RULE("fee", "fee.category = \"placment_fee\""), 5, 23,
         "'placment_fee' is never a value of category", "did you mean 'placement_fee'?"},
        {"misspelled enum on the left", RULE("fee", "\"lon\" = fee.method"), 5, 8,
         "'lon' is never a value of method", "did you mean 'loan'?"},
        {"misspelled enum in a list", RULE("fee", "fee.category in [deposit, bnd]"), 5, 34,
         "'bnd' is never a value of category", "did you mean 'bond'?"},
        {"misspelled worker enum", RULE("worker", "sector = \"domestic\""), 5, 17,
         "'domestic' is never a value of sector", NULL},
        /* messages */
        {"unknown format", RULE_MSG("{worker_id:foo}"), 6, 23,
         "unknown format ':foo' in the message", "usd, money, months, pct, int, days"},
        {"unclosed brace", RULE_MSG("paid {worker_id"), 6, 11, "unclosed '{' in the message", NULL},
        {"unknown name in a message", RULE_MSG("{wrkr_id}"), 6, 13, "unknown name 'wrkr_id'",
         "did you mean 'worker_id'?"},
        {"unknown name later in a message", RULE_MSG("id {wrkr_id}"), 6, 16,
         "unknown name 'wrkr_id'", NULL},
        /* literals */
        {"money with a non-ISO currency", RULE("worker", "monthly_wage > 100 QQQ"), 5, 23,
         "'QQQ' is not an ISO 4217 currency", NULL},
        {"invalid date", RULE("worker", "recruited_on > 2024-02-30"), 5, 23,
         "'2024-02-30' is not a valid date", NULL},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        packrun pr;
        pack_open(&pr, cases[i].rules, NULL);
        expect_only_diag(__LINE__, cases[i].what, &pr, "x.rules", cases[i].line, cases[i].col,
                         cases[i].msg, cases[i].hint);
        CU_ASSERT_PTR_NULL(pr.pack);
        pack_close(&pr);
    }
}

/* and/or name the side that is not a boolean, also when the other is null. */
static void test_and_or_error_names_the_bad_side(void)
{
    packrun pr;
    pack_open(&pr, RULE("worker", "null or 2"), NULL);
    expect_only_diag(__LINE__, "null or 2", &pr, "x.rules", 5, 8, "'or' needs booleans, not number",
                     NULL);
    pack_close(&pr);
    pack_open(&pr, RULE("worker", "null and monthly_wage"), NULL);
    expect_only_diag(__LINE__, "null and money", &pr, "x.rules", 5, 8,
                     "'and' needs booleans, not money", NULL);
    pack_close(&pr);
}

/* One run reports the errors of every rule, not only the first. */
static void test_checker_reports_every_error(void)
{
    packrun pr;
    pack_open(&pr,
              RULE("worker", "wage_us > 0") "rule T-002 \"t\"\n  scope fee\n  severity low\n"
                                            "  cite \"c\"\n  when fee.category = \"placment_fee\"\n"
                                            "  message \"m\"\n"
                                            "param a = 1\nparam a = 2\n",
              "profile baseline \"test\"\nset a = \"x\" cite \"y\"\ndisable T-009 cite \"z\"\n");
    CU_ASSERT_EQUAL(pr.st, RA_ERR_INPUT);
    CU_ASSERT_EQUAL(pr.diags.n, 5);
    expect_diag(__LINE__, "first rule", &pr, "x.rules", 5, 8, "unknown name 'wage_us'", NULL);
    expect_diag(__LINE__, "second rule", &pr, "x.rules", 11, 23, "'placment_fee' is never", NULL);
    expect_diag(__LINE__, "param", &pr, "x.rules", 14, 1, "declared twice", NULL);
    expect_diag(__LINE__, "profile set", &pr, "baseline.profile", 2, 1, "is a number parameter",
                NULL);
    expect_diag(__LINE__, "profile disable", &pr, "baseline.profile", 3, 1, "unknown rule T-009",
                NULL);
    pack_close(&pr);
}

/* A profile statement about a rule that exists but has an error of its own
 * is not an "unknown rule": the one error is the rule's. */
static void test_profile_on_rule_with_error(void)
{
    packrun pr;
    pack_open(&pr, RULE("worker", "wage_us > 0"),
              "profile baseline \"test\"\ndisable T-001 cite \"x\"\n");
    expect_only_diag(__LINE__, "profile on a broken rule", &pr, "x.rules", 5, 8,
                     "unknown name 'wage_us'", NULL);
    pack_close(&pr);
}

/* A second rule with the id of one that has an error is still a duplicate. */
static void test_duplicate_of_rule_with_error(void)
{
    packrun pr;
    pack_open(&pr, RULE("worker", "wage_us > 0") RULE("worker", "true"), NULL);
    CU_ASSERT_EQUAL(pr.diags.n, 2);
    expect_diag(__LINE__, "the first rule's error", &pr, "x.rules", 5, 8, "unknown name 'wage_us'",
                NULL);
    expect_diag(__LINE__, "the duplicate", &pr, "x.rules", 7, 1, "duplicate rule id T-001", NULL);
    pack_close(&pr);
}

/* A good pack compiles what the rules say. */
static void test_checker_accepts_good_pack(void)
{
    packrun pr;
    pack_open(&pr, AUDIT_RULES, NULL);
    char all[1024];
    diags_text(&pr.diags, all, sizeof all);
    check_that(pr.st == RA_OK && pr.diags.n == 0, __LINE__, "good pack: %s", all);
    if (pr.st == RA_OK) {
        CU_ASSERT_EQUAL(pr.pack->nrules, 11);
        CU_ASSERT_EQUAL(pr.pack->nparams, 2);
        CU_ASSERT_EQUAL(pr.pack->ntables, 1);
        const ra_rule *r = rule_by_id(pr.pack, "FEE-101");
        CU_ASSERT_PTR_NOT_NULL_FATAL(r);
        CU_ASSERT_EQUAL(r->scope, RA_SCOPE_FEE);
        CU_ASSERT_EQUAL(r->severity, RA_SEV_MEDIUM);
        CU_ASSERT_STRING_EQUAL(r->citation, "test");
        CU_ASSERT_EQUAL(r->nevidence, 4);
        CU_ASSERT_EQUAL(rule_by_id(pr.pack, "AGG-001")->nlets, 12);
        CU_ASSERT_EQUAL(pr.pack->max_lets, 12);
    }
    pack_close(&pr);
}

/* ---- rules_sha256 ------------------------------------------------------------------------ */

/* SHA-256 over (rel NUL length NUL bytes) of each file: in byte order of
 * rel (sort_all), or the rule files in that order and the last one (the
 * profile) last. */
static bool digest(const char *const rels[], const char *const paths[], size_t n, bool sort_all,
                   char out[65])
{
    size_t order[8], nsort = sort_all ? n : n - 1;
    for (size_t i = 0; i < n; i++)
        order[i] = i;
    for (size_t i = 1; i < nsort; i++)
        for (size_t j = i; j > 0 && strcmp(rels[order[j - 1]], rels[order[j]]) > 0; j--) {
            size_t t = order[j];
            order[j] = order[j - 1];
            order[j - 1] = t;
        }
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    bool ok = ctx && EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
    for (size_t k = 0; ok && k < n; k++) {
        size_t i = order[k], len = 0;
        char *data = read_file(paths[i], &len);
        char num[32];
        int l = snprintf(num, sizeof num, "%zu", len);
        ok = data && EVP_DigestUpdate(ctx, rels[i], strlen(rels[i]) + 1) &&
             EVP_DigestUpdate(ctx, num, (size_t)l + 1) &&
             (len == 0 || EVP_DigestUpdate(ctx, data, len));
        free(data);
    }
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdlen = 0;
    ok = ok && EVP_DigestFinal_ex(ctx, md, &mdlen) && mdlen == 32;
    EVP_MD_CTX_free(ctx);
    for (unsigned i = 0; ok && i < 32; i++)
        snprintf(out + 2 * i, 3, "%02x", md[i]);
    return ok;
}

static void test_sha256_recomputed(void)
{
    static const char *v1 = "# a pack of one parameter\nparam a = 1\n";
    static const char *v2 = "# a pack of one parameter\nparam a = 2\n"; /* one byte changed */
    packrun pr;
    CU_ASSERT_EQUAL_FATAL(pack_open(&pr, v1, NULL), RA_OK);
    char rules_path[256], prof_path[256];
    snprintf(rules_path, sizeof rules_path, "%s/x.rules", pr.core);
    snprintf(prof_path, sizeof prof_path, "%s/baseline.profile", pr.profiles);
    const char *rels[] = {"core/x.rules", "profiles/baseline.profile"};
    const char *paths[] = {rules_path, prof_path};
    char want[65], first[65];
    CU_ASSERT_TRUE(digest(rels, paths, 2, true, want));
    CU_ASSERT_EQUAL(strlen(pr.pack->sha256), 64);
    CU_ASSERT_STRING_EQUAL(pr.pack->sha256, want);
    snprintf(first, sizeof first, "%s", pr.pack->sha256);

    /* The same files give the same digest. */
    CU_ASSERT_EQUAL_FATAL(pack_load(&pr, NULL), RA_OK);
    CU_ASSERT_STRING_EQUAL(pr.pack->sha256, first);

    /* One byte of a rule file changes it. */
    CU_ASSERT_TRUE(write_file(pr.core, "x.rules", v2));
    CU_ASSERT_EQUAL_FATAL(pack_load(&pr, NULL), RA_OK);
    CU_ASSERT_STRING_NOT_EQUAL(pr.pack->sha256, first);
    CU_ASSERT_TRUE(digest(rels, paths, 2, true, want));
    CU_ASSERT_STRING_EQUAL(pr.pack->sha256, want);

    /* The profile is part of it; a second rule file too, in name order. */
    CU_ASSERT_TRUE(write_file(pr.profiles, "baseline.profile", "profile baseline \"other\"\n"));
    CU_ASSERT_TRUE(write_file(pr.core, "a.rules", "param b = 1\n"));
    CU_ASSERT_EQUAL_FATAL(pack_load(&pr, NULL), RA_OK);
    char a_path[256];
    snprintf(a_path, sizeof a_path, "%s/a.rules", pr.core);
    const char *rels3[] = {"profiles/baseline.profile", "core/x.rules", "core/a.rules"};
    const char *paths3[] = {prof_path, rules_path, a_path};
    CU_ASSERT_TRUE(digest(rels3, paths3, 3, true, want));
    CU_ASSERT_STRING_EQUAL(pr.pack->sha256, want);

    /* Files that are not *.rules are not part of the pack. */
    CU_ASSERT_TRUE(write_file(pr.core, "README.md", "notes\n"));
    CU_ASSERT_EQUAL_FATAL(pack_load(&pr, NULL), RA_OK);
    CU_ASSERT_STRING_EQUAL(pr.pack->sha256, want);
    pack_close(&pr);
}

/* SPEC section 3: every file, the profile too, in byte order of its path
 * relative to the rules folder: with a pack called "zz", the profile
 * (profiles/...) comes first. */
static void test_sha256_byte_order_of_paths(void)
{
    packrun pr;
    if (!pack_write(&pr, "zz", "param a = 1\n", NULL) ||
        !write_file(pr.core, "b.rules", "param b = 1\n")) {
        CU_FAIL("cannot write the pack");
        pack_close(&pr);
        return;
    }
    CU_ASSERT_EQUAL_FATAL(pack_load(&pr, NULL), RA_OK);
    char x_path[256], b_path[256], prof_path[256], want[65];
    snprintf(x_path, sizeof x_path, "%s/x.rules", pr.core);
    snprintf(b_path, sizeof b_path, "%s/b.rules", pr.core);
    snprintf(prof_path, sizeof prof_path, "%s/baseline.profile", pr.profiles);
    const char *rels[] = {"zz/x.rules", "zz/b.rules", "profiles/baseline.profile"};
    const char *paths[] = {x_path, b_path, prof_path};
    CU_ASSERT_TRUE(digest(rels, paths, 3, true, want));
    check_that(!strcmp(pr.pack->sha256, want), __LINE__,
               "rules_sha256 of profiles/baseline.profile, zz/b.rules, zz/x.rules: %s, "
               "want %s",
               pr.pack->sha256, want);
    pack_close(&pr);
}

/* ---- main -------------------------------------------------------------------------------- */

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite ops =
        CU_add_suite("eval: operators and functions", eval_suite_init, eval_suite_clean);
    CU_add_test(ops, "numbers: + - * /", test_number_arithmetic);
    CU_add_test(ops, "money: one currency, two via USD, no rate", test_money_arithmetic);
    CU_add_test(ops, "dates: date - date, date + n", test_date_arithmetic);
    CU_add_test(ops, "dates outside 1000..9999 are null", test_date_out_of_range);
    CU_add_test(ops, "comparisons incl. money vs 0", test_comparisons);
    CU_add_test(ops, "in / not in, lists and all", test_in_not_in);
    CU_add_test(ops, "negative numbers in a list", test_negative_list_items);
    CU_add_test(ops, "and / or / not: Kleene logic", test_kleene_logic);
    CU_add_test(ops, "a null when does not fire", test_null_when_does_not_fire);
    CU_add_test(ops, "exact ratios and caps", test_exactness);
    CU_add_test(ops, "number formatting across the 64-bit boundary", test_num_format_boundaries);
    CU_add_test(ops, "multiplication cross-reduces by exact gcds", test_num_mul_cross_reduces);
    CU_add_test(ops, "money in USD: the shortcut gives ra_num_mul's result",
                test_money_in_usd_same_as_mul);
    CU_add_test(ops, "number formatting: every digit count", test_num_format_digits);
    CU_add_test(ops, "functions", test_functions);
    CU_add_test(ops, "table parameters", test_table_params);

    CU_pSuite aud = CU_add_suite("eval: audits", NULL, NULL);
    CU_add_test(aud, "one accumulator for an aggregate two rules share", test_shared_aggregates);
    CU_add_test(aud, "an aggregate beyond two int64 stays exact", test_aggregate_beyond_int64);
    CU_add_test(aud, "worker aggregates over fees", test_worker_fee_aggregates);
    CU_add_test(aud, "worker aggregates over documents", test_worker_document_aggregates);
    CU_add_test(aud, "agency aggregates, nested", test_agency_aggregates);
    CU_add_test(aud, "fee, document and worker findings", test_row_findings);
    CU_add_test(aud, "ratio exactly at the cap", test_ratio_at_cap_in_audit);
    CU_add_test(aud, "a long text in a message is cut between characters",
                test_long_text_in_message);
    CU_add_test(aud, "max/min over an unconvertible currency", test_max_unconvertible_currency);

    CU_pSuite prof = CU_add_suite("profiles", NULL, NULL);
    CU_add_test(prof, "set, disable, severity", test_profile_set_disable_severity);
    CU_add_test(prof, "a profile by name", test_profile_by_name);
    CU_add_test(prof, "profile errors", test_profile_errors);

    CU_pSuite chk = CU_add_suite("checker", NULL, NULL);
    CU_add_test(chk, "every error kind at its line:col", test_checker_errors);
    CU_add_test(chk, "and/or name the non-boolean side", test_and_or_error_names_the_bad_side);
    CU_add_test(chk, "every error reported in one run", test_checker_reports_every_error);
    CU_add_test(chk, "a good pack", test_checker_accepts_good_pack);
    CU_add_test(chk, "profile on a rule with an error", test_profile_on_rule_with_error);
    CU_add_test(chk, "duplicate of a rule with an error", test_duplicate_of_rule_with_error);

    CU_pSuite sha = CU_add_suite("rules_sha256", NULL, NULL);
    CU_add_test(sha, "recomputed from the files", test_sha256_recomputed);
    CU_add_test(sha, "byte order of paths, the profile included", test_sha256_byte_order_of_paths);

    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
