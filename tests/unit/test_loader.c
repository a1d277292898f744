/* test_loader.c — ra_submission_load on small submissions written by each
 * test: acceptance, every rejection path of SPEC section 1, notes, rates,
 * line numbering and row conservation. */
#include <CUnit/Basic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "submission.h"

static char g_dir[64];

static const char *AGENCIES = "agency_id,name,licence_no,licence_valid_from,licence_valid_until,"
                              "country\n"
                              "AG1,Manila Placement Inc.,L-1,2020-01-01,2030-12-31,PH\n"
                              "AG2,Cebu Agency,L-2,,,PH\n";
static const char *WORKER_HDR = "worker_id,agency_id,sex,birth_year,origin_country,"
                                "destination_country,sector,monthly_wage,wage_currency,"
                                "deployed_on\n";

static void put(const char *name, const char *text)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", g_dir, name);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

static void fresh_dir(void)
{
    if (g_dir[0]) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_dir);
        CU_ASSERT_EQUAL(system(cmd), 0);
    }
    snprintf(g_dir, sizeof g_dir, "/tmp/ra_loader_XXXXXX");
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(g_dir));
}

typedef struct {
    int fees, docs, borne;
    ra_money usd_sum;
    int usd_unknown;
    long last_line;
} sink_counts;

static int count_fee(void *ctx, const ra_submission *sub, const ra_fee *fee)
{
    (void)sub;
    sink_counts *c = ctx;
    c->fees++;
    c->borne += fee->worker_borne;
    if (fee->usd_known)
        c->usd_sum += fee->amount_usd;
    else
        c->usd_unknown++;
    c->last_line = fee->line;
    return 0;
}

static int count_doc(void *ctx, const ra_submission *sub, const ra_document *doc)
{
    (void)sub, (void)doc;
    ((sink_counts *)ctx)->docs++;
    return 0;
}

static int check_contracts_known(void *ctx, const ra_submission *sub, const ra_fee *fee)
{
    (void)fee;
    *(int *)ctx = sub->contracts_present ? 1 : 2;
    return 0;
}

/* Regression: contracts_present was set only after fees streamed, so every
 * worker looked as if it had no contract on file. */
/* A fresh submission: agency AG1, its worker W1, and fees.csv with fees. */
static void one_worker_with_fees(const char *fees)
{
    fresh_dir();
    put("agencies.csv", AGENCIES);
    char w[512];
    snprintf(w, sizeof w, "%sW1,AG1,F,1990,PH,SA,care,1,SAR,\n", WORKER_HDR);
    put("workers.csv", w);
    char f[512];
    snprintf(f, sizeof f, "worker_id,agency_id,category,amount,currency,paid_by\n%s", fees);
    put("fees.csv", f);
}

static void test_contracts_known_while_streaming(void)
{
    one_worker_with_fees("W1,AG1,medical,1,USD,worker\n");
    char dir[128];
    snprintf(dir, sizeof dir, "%s/contracts", g_dir);
    CU_ASSERT_EQUAL_FATAL(mkdir(dir, 0755), 0);
    int seen = 0;
    ra_load_sink sink = {&seen, check_contracts_known, NULL, NULL};
    ra_load_opts opts;
    ra_load_opts_default(&opts);
    opts.sink = &sink;
    ra_submission *sub = NULL;
    ra_error err;
    CU_ASSERT_EQUAL(ra_submission_load(g_dir, &opts, &sub, &err), RA_OK);
    CU_ASSERT_EQUAL(seen, 1);
    ra_submission_free(sub);
}

/* A sink that stops the load at the first fee hears on_abandon before the
 * submission is freed (the audit joins its contract thread there). */
static int stop_at_fee(void *ctx, const ra_submission *sub, const ra_fee *fee)
{
    (void)sub;
    (void)fee;
    ((int *)ctx)[0]++;
    return 1;
}

static void note_abandon(void *ctx)
{
    ((int *)ctx)[1]++;
}

static void test_abandon_heard_when_the_sink_stops(void)
{
    one_worker_with_fees("W1,AG1,medical,1,USD,worker\n"
                         "W1,AG1,travel,2,USD,worker\n");
    int calls[2] = {0, 0}; /* fees seen, abandons heard */
    ra_load_sink sink = {calls, stop_at_fee, NULL, note_abandon};
    ra_load_opts opts;
    ra_load_opts_default(&opts);
    opts.sink = &sink;
    ra_submission *sub = NULL;
    ra_error err;
    CU_ASSERT_EQUAL(ra_submission_load(g_dir, &opts, &sub, &err), RA_ERR_USAGE);
    CU_ASSERT_PTR_NULL(sub);
    CU_ASSERT_EQUAL(calls[0], 1);
    CU_ASSERT_EQUAL(calls[1], 1);
    /* A load that succeeds does not call it. */
    sink.on_fee = NULL;
    calls[0] = calls[1] = 0;
    CU_ASSERT_EQUAL(ra_submission_load(g_dir, &opts, &sub, &err), RA_OK);
    CU_ASSERT_EQUAL(calls[1], 0);
    ra_submission_free(sub);
}

static ra_submission *load(sink_counts *counts, const char *rates_file, ra_status expect,
                           ra_error *err)
{
    ra_load_sink sink = {counts, count_fee, count_doc, NULL};
    ra_load_opts opts;
    ra_load_opts_default(&opts);
    opts.sink = &sink;
    opts.rates_file = rates_file;
    ra_submission *sub = NULL;
    ra_status st = ra_submission_load(g_dir, &opts, &sub, err);
    CU_ASSERT_EQUAL(st, expect);
    if (st == RA_OK) {
        for (int t = 0; t < RA_TABLE_COUNT; t++)
            CU_ASSERT_EQUAL(sub->files[t].read, sub->files[t].accepted + sub->files[t].rejected);
    }
    return sub;
}

static const ra_rejection *find_rejection(const ra_submission *s, ra_table_id t, long line)
{
    for (size_t i = 0; i < s->nrejections; i++)
        if (s->rejections[i].table == t && s->rejections[i].line == line)
            return &s->rejections[i];
    return NULL;
}

static bool has_note(const ra_submission *s, ra_note_kind kind, const char *needle)
{
    for (size_t i = 0; i < s->nnotes; i++)
        if (s->notes[i].kind == kind && strstr(s->notes[i].message, needle))
            return true;
    return false;
}

static void test_accepts_valid_submission(void)
{
    fresh_dir();
    put("agencies.csv", AGENCIES);
    char w[1024];
    snprintf(w, sizeof w,
             "%sW1,AG1,F,1990,PH,SA,domestic_work,1500.00,SAR,2024-03-01\n"
             "W2,AG1,M,1985,PH,QA,construction,2000,QAR,\n",
             WORKER_HDR);
    put("workers.csv", w);
    put("rates.csv", "currency,usd_per_unit\nSAR,0.2666\nPHP,0.0178\n");
    put("fees.csv", "fee_id,worker_id,agency_id,category,amount,currency,paid_by,method\n"
                    "F1,W1,AG1,placement_fee,10000,PHP,worker,cash\n"
                    "F2,W1,AG1,medical,100.50,SAR,employer,salary_deduction\n"
                    "F3,W2,AG1,visa,50,USD,employer,bank_transfer\n");
    put("documents.csv", "worker_id,agency_id,document,holder,held_from,held_until,consent\n"
                         "W1,AG1,passport,agency,2024-02-01,2024-02-01,yes\n");
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, NULL, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->nagencies, 2);
    CU_ASSERT_EQUAL(s->nworkers, 2);
    CU_ASSERT_EQUAL(s->nrejections, 0);
    CU_ASSERT_EQUAL(c.fees, 3);
    CU_ASSERT_EQUAL(c.docs, 1);
    CU_ASSERT_EQUAL(c.borne, 2); /* paid_by worker, and a salary deduction */
    /* 10000 PHP × 0.0178 = 178.00; 100.50 SAR × 0.2666 = 26.7933; 50 USD = 50. */
    CU_ASSERT_EQUAL(c.usd_sum, 1780000 + 267933 + 500000);
    CU_ASSERT_EQUAL(c.usd_unknown, 0);
    CU_ASSERT_EQUAL(c.last_line, 4);
    uint32_t wi;
    CU_ASSERT_TRUE(ra_submission_find_worker(s, "W2", &wi));
    CU_ASSERT_EQUAL(s->workers[wi].line, 3);
    CU_ASSERT_EQUAL(s->workers[wi].sex, RA_SEX_M);
    CU_ASSERT_EQUAL(s->workers[wi].sector, RA_SECTOR_CONSTRUCTION);
    CU_ASSERT_EQUAL(s->workers[wi].monthly_wage, 20000000);
    CU_ASSERT_EQUAL(s->workers[wi].deployed_on, RA_DATE_NULL);
    CU_ASSERT_EQUAL(s->agencies[1].licence_valid_from, RA_DATE_NULL);
    CU_ASSERT_TRUE(s->files[RA_TABLE_DOCUMENTS].present);
    CU_ASSERT_FALSE(s->contracts_present);
    /* QAR has no rate: noted, with the worker's line. */
    CU_ASSERT_TRUE(has_note(s, RA_NOTE_NO_RATE, "QAR"));
    ra_submission_free(s);
}

static void test_foreign_keys_cite_parents(void)
{
    fresh_dir();
    put("agencies.csv", "agency_id,name\nAG1,One\nAG9,\n"); /* AG9 rejected: empty name */
    char w[1024];
    snprintf(w, sizeof w,
             "%sW1,AG1,F,1990,PH,SA,care,1,SAR,\n"
             "W2,AG1,Female,1990,PH,SA,care,1,SAR,\n" /* rejected: sex */
             "W3,AG9,F,1990,PH,SA,care,1,SAR,\n"      /* rejected agency */
             "W4,AG7,F,1990,PH,SA,care,1,SAR,\n"      /* unknown agency */
             "W1,AG1,F,1991,PH,SA,care,1,SAR,\n",     /* duplicate */
             WORKER_HDR);
    put("workers.csv", w);
    put("fees.csv", "worker_id,agency_id,category,amount,currency,paid_by\n"
                    "W2,AG1,medical,1,USD,worker\n"
                    "W5,AG1,medical,1,USD,worker\n"
                    "W1,AG9,medical,1,USD,worker\n"
                    "W1,AG1,medical,1,USD,worker\n");
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, NULL, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    const ra_rejection *r;
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_AGENCIES, 3)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_CONSTRAINT_ERROR);
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 3)));
    if (r) {
        CU_ASSERT_EQUAL(r->type, RA_E_TYPE_ERROR);
        CU_ASSERT_STRING_EQUAL(r->column, "sex");
    }
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 4)));
    if (r) {
        CU_ASSERT_EQUAL(r->type, RA_E_FOREIGN_KEY);
        CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, "agencies.csv:3"));
    }
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 5)));
    if (r)
        CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, "not in agencies.csv"));
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 6)));
    if (r) {
        CU_ASSERT_EQUAL(r->type, RA_E_UNIQUE_ERROR);
        CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, "workers.csv:2"));
    }
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_FEES, 2)));
    if (r) {
        CU_ASSERT_EQUAL(r->type, RA_E_FOREIGN_KEY);
        CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, "workers.csv:3"));
    }
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_FEES, 3)));
    if (r)
        CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, "not in workers.csv"));
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_FEES, 4)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_FOREIGN_KEY);
    CU_ASSERT_EQUAL(s->files[RA_TABLE_WORKERS].accepted, 1);
    CU_ASSERT_EQUAL(s->files[RA_TABLE_WORKERS].rejected, 4);
    CU_ASSERT_EQUAL(s->files[RA_TABLE_FEES].accepted, 1);
    CU_ASSERT_EQUAL(c.fees, 1);
    ra_submission_free(s);
}

/* The loader skips the lookup when a row names the same worker or agency
 * as the row before it: each row still gets its own worker, and its own
 * rejection. */
static int trace_fee(void *ctx, const ra_submission *sub, const ra_fee *fee)
{
    char *trace = ctx;
    size_t n = strlen(trace);
    snprintf(trace + n, 256 - n, "%ld:%s/%s ", fee->line, sub->workers[fee->worker].id,
             sub->agencies[fee->agency].id);
    return 0;
}

static void test_rows_of_one_worker_in_a_row(void)
{
    fresh_dir();
    put("agencies.csv", "agency_id,name\nAG1,One\nAG2,Two\n");
    char w[1024];
    snprintf(w, sizeof w,
             "%sW1,AG1,F,1990,PH,SA,care,1,SAR,\n"
             "W10,AG2,F,1990,PH,SA,care,1,SAR,\n"
             "W100,AG2,F,1990,PH,SA,care,1,SAR,\n",
             WORKER_HDR);
    put("workers.csv", w);
    put("fees.csv", "worker_id,agency_id,category,amount,currency,paid_by\n"
                    "W1,AG1,medical,1,USD,worker\n"  /* 2 */
                    "W1,AG2,medical,1,USD,worker\n"  /* 3: W1 is AG1's */
                    "W1,AG1,medical,1,USD,worker\n"  /* 4 */
                    "W10,AG1,medical,1,USD,worker\n" /* 5: W10 is AG2's */
                    "W2,AG1,medical,1,USD,worker\n"  /* 6: no such worker */
                    "W1,AG1,medical,1,USD,worker\n"  /* 7 */
                    "W10,AG2,medical,1,USD,worker\n" /* 8 */
                    "W10,AG2,medical,1,USD,worker\n" /* 9 */
                    "W1,AG2,medical,1,USD,worker\n"  /* 10: W1 is AG1's */
                    "W1,AG1,medical,1,USD,worker\n"     /* 11 */
                    "W,AG2,medical,1,USD,worker\n"      /* 12: the next worker's prefix */
                    "W10,AG2,medical,1,USD,worker\n"    /* 13: the next worker */
                    "W1000,AG2,medical,1,USD,worker\n"  /* 14: longer than the next one */
                    "W100,AG2,medical,1,USD,worker\n"   /* 15: the next, and last, worker */
                    "W10,AG2,medical,1,USD,worker\n");  /* 16: neither: from the id map */
    char trace[256] = "";
    ra_load_sink sink = {trace, trace_fee, NULL, NULL};
    ra_load_opts opts;
    ra_load_opts_default(&opts);
    opts.sink = &sink;
    ra_submission *s = NULL;
    ra_error err;
    CU_ASSERT_EQUAL_FATAL(ra_submission_load(g_dir, &opts, &s, &err), RA_OK);
    CU_ASSERT_STRING_EQUAL(trace, "2:W1/AG1 4:W1/AG1 7:W1/AG1 8:W10/AG2 9:W10/AG2 11:W1/AG1 "
                                  "13:W10/AG2 15:W100/AG2 16:W10/AG2 ");
    const ra_rejection *r;
    long agency_lines[] = {3, 5, 10};
    for (size_t i = 0; i < 3; i++) {
        CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_FEES, agency_lines[i])));
        if (r)
            CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, "belongs to agency"));
    }
    struct {
        long line;
        const char *reason;
    } unknown[] = {{6, "'W2' is not in workers.csv"},
                   {12, "'W' is not in workers.csv"},
                   {14, "'W1000' is not in workers.csv"}};
    for (size_t i = 0; i < 3; i++) {
        CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_FEES, unknown[i].line)));
        if (r)
            CU_ASSERT_PTR_NOT_NULL(strstr(r->reason, unknown[i].reason));
    }
    CU_ASSERT_EQUAL(s->files[RA_TABLE_FEES].accepted, 9);
    CU_ASSERT_EQUAL(s->files[RA_TABLE_FEES].rejected, 6);
    ra_submission_free(s);
}

static void test_values_optional_and_required(void)
{
    fresh_dir();
    put("agencies.csv", AGENCIES);
    char w[1024];
    snprintf(w, sizeof w,
             "%sW1,AG1,F,1990,PH,SA,care,,,\n"                /* no usable wage: kept */
             "W2,AG1,F,1990,PH,SA,care,1500,SAR,2024-02-30\n" /* bad optional date */
             "W3,AG1,F,1990,PH,SA,care,12e3,SAR,\n"           /* bad money */
             "W4,AG1,F,1990,PH,SA,care,1500,XYZ,\n"           /* not ISO 4217 */
             "W5,AG1,F,,PH,,care,1500,SAR,\n",                /* empty required */
             WORKER_HDR);
    put("workers.csv", w);
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, NULL, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->nworkers, 1);
    CU_ASSERT_FALSE(s->workers[0].wage_usable);
    CU_ASSERT_TRUE(has_note(s, RA_NOTE_NO_WAGE, "W1"));
    const ra_rejection *r;
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 3)));
    if (r)
        CU_ASSERT_STRING_EQUAL(r->column, "deployed_on");
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 4)));
    if (r)
        CU_ASSERT_STRING_EQUAL(r->column, "monthly_wage");
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 5)));
    if (r) {
        CU_ASSERT_STRING_EQUAL(r->column, "wage_currency");
        CU_ASSERT_EQUAL(r->type, RA_E_TYPE_ERROR);
    }
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 6)));
    if (r) {
        CU_ASSERT_STRING_EQUAL(r->column, "destination_country");
        CU_ASSERT_EQUAL(r->type, RA_E_CONSTRAINT_ERROR);
    }
    ra_submission_free(s);
}

static void test_lines_blank_and_multiline(void)
{
    fresh_dir();
    put("agencies.csv", AGENCIES);
    char w[1024];
    /* Line 2 starts a record spanning lines 2-4; 5 and 6 are blank; the bad
     * row is on physical line 7. */
    snprintf(w, sizeof w,
             "worker_id,agency_id,sex,origin_country,destination_country,sector,monthly_wage,"
             "wage_currency,occupation\r\n"
             "W1,AG1,F,PH,HK,domestic_work,4990,HKD,\"cook\r\nand\r\ncleaner\"\r\n"
             "\r\n"
             "\n"
             "W2,AG1,Q,PH,HK,domestic_work,4990,HKD,cook\r\n");
    put("workers.csv", w);
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, NULL, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->nworkers, 1);
    CU_ASSERT_STRING_EQUAL(s->workers[0].occupation, "cook\r\nand\r\ncleaner");
    CU_ASSERT_PTR_NOT_NULL(find_rejection(s, RA_TABLE_WORKERS, 7));
    CU_ASSERT_EQUAL(s->files[RA_TABLE_WORKERS].csv.blank_lines, 2);
    CU_ASSERT_EQUAL(s->files[RA_TABLE_WORKERS].read, 2);
    ra_submission_free(s);
}

static void test_unusable_files(void)
{
    ra_error err;
    sink_counts c = {0};
    fresh_dir();
    put("agencies.csv", AGENCIES);
    ra_submission *s = load(&c, NULL, RA_ERR_INPUT, &err); /* no workers.csv */
    CU_ASSERT_STRING_EQUAL(err.file, "workers.csv");
    ra_submission_free(s);

    put("workers.csv", "");
    s = load(&c, NULL, RA_ERR_INPUT, &err);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "empty"));
    ra_submission_free(s);

    put("workers.csv", "worker_id,agency_id,sex,origin_country,sector,monthly_wage\n");
    s = load(&c, NULL, RA_ERR_INPUT, &err);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "destination_country"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "wage_currency"));
    ra_submission_free(s);

    put("workers.csv", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    s = load(&c, NULL, RA_ERR_INPUT, &err);
    CU_ASSERT_EQUAL(s ? s->nrejections : 0, 0);
    ra_submission_free(s);

    ra_submission *none = NULL;
    CU_ASSERT_EQUAL(ra_submission_load("/nonexistent/ra", NULL, &none, &err), RA_ERR_INPUT);
    ra_submission_free(none);
}

static void test_rates_authority_wins(void)
{
    fresh_dir();
    put("agencies.csv", AGENCIES);
    char w[512];
    snprintf(w, sizeof w, "%sW1,AG1,F,1990,PH,SA,care,1000,SAR,\n", WORKER_HDR);
    put("workers.csv", w);
    put("rates.csv", "currency,usd_per_unit\nSAR,0.30\nPHP,0.0178\nPHP,0.02\n");
    put("fees.csv", "worker_id,agency_id,category,amount,currency,paid_by\n"
                    "W1,AG1,medical,100,SAR,worker\n"
                    "W1,AG1,medical,1000,PHP,worker\n"
                    "W1,AG1,medical,7,NPR,worker\n");
    char auth[128];
    snprintf(auth, sizeof auth, "%s/authority.csv", g_dir);
    FILE *f = fopen(auth, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("currency,usd_per_unit\nSAR,0.2666\n", f);
    fclose(f);
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, auth, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_TRUE(has_note(s, RA_NOTE_RATE_MISMATCH, "SAR"));
    CU_ASSERT_TRUE(has_note(s, RA_NOTE_NO_RATE, "NPR"));
    CU_ASSERT_PTR_NOT_NULL(find_rejection(s, RA_TABLE_RATES, 4)); /* duplicate PHP */
    /* 100 SAR at the authority's 0.2666 + 1000 PHP at 0.0178; NPR unknown. */
    CU_ASSERT_EQUAL(c.usd_sum, 266600 + 178000);
    CU_ASSERT_EQUAL(c.usd_unknown, 1);
    CU_ASSERT_STRING_EQUAL(s->rates_source, auth);
    ra_submission_free(s);

    f = fopen(auth, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs("currency,usd_per_unit\nSAR,-1\n", f);
    fclose(f);
    s = load(&c, auth, RA_ERR_INPUT, &err);
    CU_ASSERT_EQUAL(err.line, 2);
    ra_submission_free(s);
}

static void test_limits_and_bad_quotes(void)
{
    fresh_dir();
    put("agencies.csv", AGENCIES);
    char w[1024];
    snprintf(w, sizeof w,
             "%sW1,AG1,F,1990,PH,SA,care,1,SAR,\n"
             "W2,AG1,F,19\"90,PH,SA,care,1,SAR,\n"
             "W3,AG1,F,1990,PH,SA,care,1,SAR,\n"
             "W4,AG1,F,1990,PH,SA,care,1,SAR,,extra\n"
             "W5,AG1,F,1990,PH,SA\n"
             "W6,AG1,F,1990,PH,SA,care,1,SAR,\"2024-01-01",
             WORKER_HDR);
    put("workers.csv", w);
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, NULL, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_EQUAL(s->nworkers, 2);
    const ra_rejection *r;
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 3)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_FORMAT_ERROR);
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 5)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_EXTRA_CELL);
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 6)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_MISSING_CELL);
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_WORKERS, 7)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_FORMAT_ERROR);
    CU_ASSERT_EQUAL(s->files[RA_TABLE_WORKERS].read, 6);
    ra_submission_free(s);
}

static void test_encoding(void)
{
    fresh_dir();
    put("agencies.csv", "agency_id,name\nAG1,Ag\xc3\xa9nce\nAG2,Bad \xff name\n");
    char w[512];
    snprintf(w, sizeof w, "%sW1,AG1,F,1990,PH,SA,care,1,SAR,\n", WORKER_HDR);
    put("workers.csv", w);
    /* A NUL inside a field. */
    char path[128];
    snprintf(path, sizeof path, "%s/documents.csv", g_dir);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    const char doc[] = "worker_id,agency_id,document,holder,held_from,reason\n"
                       "W1,AG1,passport,agency,2024-01-01,safe\0keeping\n";
    fwrite(doc, 1, sizeof doc - 1, f);
    fclose(f);
    sink_counts c = {0};
    ra_error err;
    ra_submission *s = load(&c, NULL, RA_OK, &err);
    CU_ASSERT_PTR_NOT_NULL_FATAL(s);
    CU_ASSERT_STRING_EQUAL(s->agencies[0].name, "Ag\xc3\xa9nce");
    const ra_rejection *r;
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_AGENCIES, 3)));
    if (r)
        CU_ASSERT_EQUAL(r->type, RA_E_ENCODING_ERROR);
    CU_ASSERT_PTR_NOT_NULL((r = find_rejection(s, RA_TABLE_DOCUMENTS, 2)));
    if (r) {
        CU_ASSERT_EQUAL(r->type, RA_E_ENCODING_ERROR);
        CU_ASSERT_STRING_EQUAL(r->column, "reason");
    }
    ra_submission_free(s);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("loader", NULL, NULL);
    CU_add_test(s, "accepts a valid submission", test_accepts_valid_submission);
    CU_add_test(s, "foreign keys cite parents", test_foreign_keys_cite_parents);
    CU_add_test(s, "rows of one worker in a row", test_rows_of_one_worker_in_a_row);
    CU_add_test(s, "optional and required values", test_values_optional_and_required);
    CU_add_test(s, "physical lines, blank lines", test_lines_blank_and_multiline);
    CU_add_test(s, "unusable files", test_unusable_files);
    CU_add_test(s, "authority rates win", test_rates_authority_wins);
    CU_add_test(s, "bad quoting and ragged rows", test_limits_and_bad_quotes);
    CU_add_test(s, "encoding", test_encoding);
    CU_add_test(s, "on_abandon when the sink stops", test_abandon_heard_when_the_sink_stops);
    CU_add_test(s, "contracts/ known while rows stream", test_contracts_known_while_streaming);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    if (g_dir[0]) {
        char cmd[128];
        snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_dir);
        if (system(cmd) != 0)
            fprintf(stderr, "could not remove %s\n", g_dir);
    }
    return failed ? 1 : 0;
}
