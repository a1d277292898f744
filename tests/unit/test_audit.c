/* test_audit.c — the audit driver's threads: the fee and document rules
 * and the contract scan, each on a thread of their own, must give exactly
 * what one thread gives (findings, their order, counts, data-quality
 * events), also over many batches of rows and when the findings spill to
 * temporary files; an audit that fails while they run must stop them
 * cleanly (checked by the sanitizers); the progress counters a bar reads;
 * and when a thread cannot be had, each stage runs on the caller's thread
 * and the findings come out the same. An audit whose findings alone go to
 * a file writes its fee and document findings as it finds them when its
 * rows come in their order, and starts over when they do not: the file is
 * the same either way. */
#include <CUnit/Basic.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "audit.h"
#include "job.h"
#include "rules/pack.h"

static ra_pack *g_pack;
static char g_demo[600];

/* This suite is linked with -Wl,--wrap=pthread_create: every thread the
 * engine starts asks here first, and a test can refuse one, or all. */
int __real_pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*fn)(void *),
                          void *arg);
int __wrap_pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*fn)(void *),
                          void *arg);

enum { REFUSE_NONE = -1, REFUSE_ALL = -2 };
static atomic_int g_thread_calls;         /* pthread_create calls so far */
static atomic_int g_refused;              /* of which refused */
static atomic_int g_refuse = REFUSE_NONE; /* the call to refuse (from 0), or all */

int __wrap_pthread_create(pthread_t *thread, const pthread_attr_t *attr, void *(*fn)(void *),
                          void *arg)
{
    int call = atomic_fetch_add(&g_thread_calls, 1);
    int refuse = atomic_load(&g_refuse);
    if (refuse == REFUSE_ALL || refuse == call) {
        atomic_fetch_add(&g_refused, 1);
        return EAGAIN;
    }
    return __real_pthread_create(thread, attr, fn, arg);
}

static const char *source_dir(void)
{
    const char *src = getenv("RA_SOURCE_DIR");
    return src ? src : ".";
}

static int suite_init(void)
{
    char rules[600];
    snprintf(rules, sizeof rules, "%s/rules/core", source_dir());
    snprintf(g_demo, sizeof g_demo, "%s/fixtures/demo", source_dir());
    ra_diags diags = {0};
    ra_error err;
    ra_status st = ra_pack_load(rules, NULL, &g_pack, &diags, &err);
    ra_diags_free(&diags);
    return st == RA_OK ? 0 : 1;
}

static int suite_clean(void)
{
    ra_pack_free(g_pack);
    return 0;
}

typedef struct {
    char *jsonl;
    size_t len;
    size_t by_severity[RA_SEV_CRITICAL + 1];
    size_t contract_findings;
} result;

/* Audits dir and keeps the findings as JSON Lines, written to a regular
 * file as `audit --findings` writes them. */
static ra_status audit(const char *dir, bool inline_scan, size_t budget, result *r)
{
    memset(r, 0, sizeof *r);
    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    ra_date_parse("2025-12-01", 10, &opts.as_of);
    opts.inline_rules = inline_scan;
    opts.findings_memory = budget;
    ra_audit a;
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_audit_run(dir, g_pack, &opts, &a, &err);
    if (st == RA_OK) {
        FILE *f = tmpfile();
        CU_ASSERT_PTR_NOT_NULL_FATAL(f);
        CU_ASSERT_TRUE(ra_findings_write_jsonl(&a.findings, g_pack, a.sub, f, NULL));
        long size = ftell(f);
        CU_ASSERT_TRUE_FATAL(size >= 0);
        r->len = (size_t)size;
        r->jsonl = malloc(r->len + 1);
        CU_ASSERT_PTR_NOT_NULL_FATAL(r->jsonl);
        rewind(f);
        CU_ASSERT_EQUAL(fread(r->jsonl, 1, r->len, f), r->len);
        r->jsonl[r->len] = '\0';
        fclose(f);
        memcpy(r->by_severity, a.by_severity, sizeof r->by_severity);
        for (const char *p = r->jsonl; (p = strstr(p, "\"scope\":\"contract\"")); p++)
            r->contract_findings++;
    }
    ra_audit_free(&a);
    return st;
}

/* dir/name opened in mode (the test stops when it cannot be). */
static FILE *open_in(const char *dir, const char *name, const char *mode)
{
    char path[256];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, mode);
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    return f;
}

static bool copy_file(const char *from, const char *to)
{
    FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
    bool ok = in && out;
    char buf[8192];
    size_t n;
    while (ok && (n = fread(buf, 1, sizeof buf, in)) > 0)
        ok = fwrite(buf, 1, n, out) == n;
    if (in)
        fclose(in);
    if (out && fclose(out) != 0)
        ok = false;
    return ok;
}

/* A copy of the demo submission in a new folder (dir, at least 32 bytes),
 * with its files but documents.csv and contracts/ except a few: some rules
 * then see a broken documents.csv or a binary contract. */
static void demo_copy(char *dir, bool documents, const char *binary_contract)
{
    strcpy(dir, "/tmp/ra_audit_XXXXXX");
    CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
    static const char *files[] = {"agencies.csv", "workers.csv", "rates.csv", "fees.csv",
                                  "documents.csv"};
    char from[800], to[800];
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        if (!documents && !strcmp(files[i], "documents.csv"))
            continue;
        snprintf(from, sizeof from, "%s/%s", g_demo, files[i]);
        snprintf(to, sizeof to, "%s/%s", dir, files[i]);
        CU_ASSERT_TRUE_FATAL(copy_file(from, to));
    }
    snprintf(to, sizeof to, "%s/contracts", dir);
    CU_ASSERT_EQUAL_FATAL(mkdir(to, 0755), 0);
    static const char *contracts[] = {"C-0001.txt",        "C-0002.txt", "C-0003.txt", "C-0004.txt",
                                      "C-0004.origin.txt", "C-0005.txt", "C-0006.txt"};
    for (size_t i = 0; i < sizeof contracts / sizeof contracts[0]; i++) {
        snprintf(from, sizeof from, "%s/contracts/%s", g_demo, contracts[i]);
        snprintf(to, sizeof to, "%s/contracts/%s", dir, contracts[i]);
        CU_ASSERT_TRUE_FATAL(copy_file(from, to));
    }
    if (binary_contract) {
        snprintf(to, sizeof to, "%s/contracts/%s", dir, binary_contract);
        FILE *f = fopen(to, "wb");
        CU_ASSERT_PTR_NOT_NULL_FATAL(f);
        static const char junk[] = "PK\003\004\000\377\376 not a text";
        fwrite(junk, 1, sizeof junk - 1, f);
        fclose(f);
    }
}

static void remove_dir(const char *dir)
{
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
    CU_ASSERT_EQUAL(system(cmd), 0);
}

/* Rewrites dir/name as the demo's rows repeated times times, the first
 * column prefixed with the round when ids makes it an id ("R7-F-00001"). */
static void repeat_rows(const char *dir, const char *name, int times, bool ids)
{
    char from[800], to[800], line[4096];
    snprintf(from, sizeof from, "%s/%s", g_demo, name);
    snprintf(to, sizeof to, "%s/%s", dir, name);
    FILE *out = fopen(to, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    for (int r = 0; r < times; r++) {
        FILE *in = fopen(from, "r");
        CU_ASSERT_PTR_NOT_NULL_FATAL(in);
        bool header = true;
        while (fgets(line, sizeof line, in)) {
            if (header) {
                if (r == 0)
                    fputs(line, out);
                header = false;
                continue;
            }
            if (ids)
                fprintf(out, "R%d-", r);
            fputs(line, out);
        }
        fclose(in);
    }
    CU_ASSERT_EQUAL(fclose(out), 0);
}

static void expect_same_in(const char *dir, size_t budget, size_t min_findings);

static void expect_same(size_t budget)
{
    char dir[32];
    demo_copy(dir, true, "C-0003.txt");
    expect_same_in(dir, budget, 0);
    remove_dir(dir);
}

/* About 7,900 fees and 3,000 documents: several batches for the rows'
 * thread, and the last one not full. */
static void test_many_rows_same_as_inline(void)
{
    char dir[32];
    demo_copy(dir, true, "C-0003.txt");
    repeat_rows(dir, "fees.csv", 50, true);
    repeat_rows(dir, "documents.csv", 50, false);
    expect_same_in(dir, 0, 4000);
    expect_same_in(dir, 1 << 16, 4000);
    remove_dir(dir);
}

static void expect_same_in(const char *dir, size_t budget, size_t min_findings)
{
    result in, th;
    CU_ASSERT_EQUAL_FATAL(audit(dir, true, budget, &in), RA_OK);
    CU_ASSERT_EQUAL_FATAL(audit(dir, false, budget, &th), RA_OK);
    size_t lines = 0;
    for (size_t i = 0; i < in.len; i++)
        lines += in.jsonl[i] == '\n';
    CU_ASSERT_TRUE(lines >= min_findings);
    /* The demo's contracts give findings and the binary one a data-quality
     * finding, so a scan that lost either shows. */
    CU_ASSERT_TRUE(in.contract_findings >= 10);
    CU_ASSERT_PTR_NOT_NULL(strstr(in.jsonl, "\"file\":\"contracts/C-0003.txt\""));
    CU_ASSERT_EQUAL(th.contract_findings, in.contract_findings);
    CU_ASSERT_EQUAL(th.len, in.len);
    CU_ASSERT_TRUE(th.len == in.len && !memcmp(th.jsonl, in.jsonl, in.len));
    CU_ASSERT_TRUE(!memcmp(th.by_severity, in.by_severity, sizeof in.by_severity));
    free(in.jsonl);
    free(th.jsonl);
}

static void test_thread_same_as_inline(void)
{
    expect_same(0);
}

/* A budget of one byte spills every finding: the thread's store and the
 * main one both read back from temporary files. */
static void test_thread_same_as_inline_spilled(void)
{
    expect_same(1);
}

/* workers.csv as the demo's workers, then times rounds of them with worker
 * and contract ids of their own ("R7-W-0001", "R7-C-0002"), and the demo's
 * contract texts copied under each round's ids. The demo's own workers keep
 * their fees and documents. */
static void add_workers_with_contracts(const char *dir, int times)
{
    char from[800], to[800], line[4096];
    snprintf(from, sizeof from, "%s/workers.csv", g_demo);
    snprintf(to, sizeof to, "%s/workers.csv", dir);
    FILE *out = fopen(to, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(out);
    for (int r = -1; r < times; r++) {
        FILE *in = fopen(from, "r");
        CU_ASSERT_PTR_NOT_NULL_FATAL(in);
        CU_ASSERT_PTR_NOT_NULL_FATAL(fgets(line, sizeof line, in));
        if (r < 0)
            fputs(line, out);
        while (fgets(line, sizeof line, in)) {
            if (r < 0) {
                fputs(line, out);
                continue;
            }
            char *comma = line; /* before contract_id, the 12th column */
            for (int k = 0; k < 11 && comma; k++)
                comma = strchr(comma + 1, ',');
            CU_ASSERT_PTR_NOT_NULL_FATAL(comma);
            fprintf(out, "R%d-%.*s", r, (int)(comma + 1 - line), line);
            if (comma[1] != ',')
                fprintf(out, "R%d-", r);
            fputs(comma + 1, out);
        }
        fclose(in);
    }
    CU_ASSERT_EQUAL_FATAL(fclose(out), 0);
    static const char *texts[] = {"C-0001.txt",        "C-0002.txt", "C-0003.txt", "C-0004.txt",
                                  "C-0004.origin.txt", "C-0005.txt", "C-0006.txt"};
    for (int r = 0; r < times; r++)
        for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
            snprintf(from, sizeof from, "%s/contracts/%s", g_demo, texts[i]);
            snprintf(to, sizeof to, "%s/contracts/R%d-%s", dir, r, texts[i]);
            CU_ASSERT_TRUE_FATAL(copy_file(from, to));
        }
}

/* Hundreds of contracts and little else: the contracts' thread is still
 * scanning when the auditor's thread is done with the rest, which then
 * scans the contracts not yet claimed. Same findings as inline. */
static void test_contracts_on_both_threads(void)
{
    char dir[32];
    demo_copy(dir, true, NULL);
    add_workers_with_contracts(dir, 60);
    result in, th;
    CU_ASSERT_EQUAL_FATAL(audit(dir, true, 0, &in), RA_OK);
    CU_ASSERT_EQUAL_FATAL(audit(dir, false, 0, &th), RA_OK);
    CU_ASSERT_TRUE(in.contract_findings >= 60 * 10);
    CU_ASSERT_PTR_NOT_NULL(strstr(in.jsonl, "\"file\":\"contracts/R59-C-0004.txt\""));
    CU_ASSERT_EQUAL(th.contract_findings, in.contract_findings);
    CU_ASSERT_TRUE(th.len == in.len && !memcmp(th.jsonl, in.jsonl, in.len));
    CU_ASSERT_TRUE(!memcmp(th.by_severity, in.by_severity, sizeof in.by_severity));
    free(in.jsonl);
    free(th.jsonl);
    remove_dir(dir);
}

/* documents.csv is unusable: the load fails after the fees streamed and the
 * scan started; the audit returns the input error and leaks nothing. */
static void test_failed_load_stops_the_scan(void)
{
    char dir[32];
    demo_copy(dir, false, NULL);
    FILE *f = open_in(dir, "documents.csv", "w");
    fputs("worker_id,agency_id\nW-0001,PH-AG-0001\n", f);
    fclose(f);
    result r;
    CU_ASSERT_EQUAL(audit(dir, false, 0, &r), RA_ERR_INPUT);
    remove_dir(dir);
}

static bool same_result(const result *a, const result *b)
{
    return a->len == b->len && !memcmp(a->jsonl, b->jsonl, a->len) &&
           !memcmp(a->by_severity, b->by_severity, sizeof a->by_severity);
}

/* Audits dir with pthread_create refusing `refuse`; returns how many
 * threads were asked for. */
static int audit_refusing(const char *dir, int refuse, result *r)
{
    atomic_store(&g_thread_calls, 0);
    atomic_store(&g_refused, 0);
    atomic_store(&g_refuse, refuse);
    CU_ASSERT_EQUAL(audit(dir, false, 1 << 16, r), RA_OK);
    atomic_store(&g_refuse, REFUSE_NONE);
    return atomic_load(&g_thread_calls);
}

/* Every stage runs on the caller's thread when it cannot have its own: with
 * pthread_create failing every time, and failing only its k-th call for
 * each k (so every stage's way back is taken once, and its clean-up checked
 * by the sanitizers), the findings are byte for byte those of an audit with
 * all its threads. fees.csv is over RA_CSV_THREAD_MIN_BYTES, so it too is
 * tokenised on a thread when it can be; the small findings budget makes the
 * stores spill. */
static void test_threads_refused(void)
{
    char dir[32];
    demo_copy(dir, true, "C-0003.txt");
    repeat_rows(dir, "fees.csv", 330, true);
    result want, got;
    int calls = audit_refusing(dir, REFUSE_NONE, &want);
    /* fees.csv's tokeniser, the rows' thread, the contracts' thread, the
     * second half of the workers, the indicators, and the JSONL's two
     * formatters and its writer */
    CU_ASSERT_TRUE(calls >= 8);
    CU_ASSERT_EQUAL(atomic_load(&g_refused), 0);
    CU_ASSERT_TRUE(want.contract_findings >= 10);
    CU_ASSERT_TRUE(want.len > 1000000);

    CU_ASSERT_EQUAL(audit_refusing(dir, REFUSE_ALL, &got), atomic_load(&g_refused));
    /* each of the six stages asks once, then does without */
    CU_ASSERT_TRUE(atomic_load(&g_refused) >= 6);
    CU_ASSERT_TRUE(same_result(&got, &want));
    free(got.jsonl);

    for (int k = 0; k < calls; k++) {
        audit_refusing(dir, k, &got);
        CU_ASSERT_EQUAL(atomic_load(&g_refused), 1);
        if (!same_result(&got, &want))
            fprintf(stderr, "refusing thread %d of %d changed the findings\n", k, calls);
        CU_ASSERT_TRUE(same_result(&got, &want));
        free(got.jsonl);
    }
    free(want.jsonl);
    remove_dir(dir);
}

/* The counters a progress bar reads: the load ends with every byte of the
 * CSV files counted, the audit in its checks stage, the findings writer with
 * every finding written. */
static void test_progress(void)
{
    static const char *files[] = {"agencies.csv", "workers.csv", "rates.csv", "fees.csv",
                                  "documents.csv"};
    uint64_t want = 0;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[800];
        struct stat st;
        snprintf(path, sizeof path, "%s/%s", g_demo, files[i]);
        CU_ASSERT_EQUAL_FATAL(stat(path, &st), 0);
        want += (uint64_t)st.st_size;
    }
    ra_progress p;
    ra_progress_init(&p);
    uint64_t done, total;
    ra_error err;
    ra_error_clear(&err);

    ra_load_opts lo;
    ra_load_opts_default(&lo);
    lo.progress = &p;
    ra_submission *sub = NULL;
    CU_ASSERT_EQUAL(ra_submission_load(g_demo, &lo, &sub, &err), RA_OK);
    CU_ASSERT_EQUAL(ra_progress_read(&p, &done, &total), RA_STAGE_LOAD);
    CU_ASSERT_EQUAL(total, want);
    CU_ASSERT_EQUAL(done, want);
    ra_submission_free(sub);

    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    ra_date_parse("2025-12-01", 10, &opts.as_of);
    opts.load.progress = &p;
    ra_audit a;
    CU_ASSERT_EQUAL_FATAL(ra_audit_run(g_demo, g_pack, &opts, &a, &err), RA_OK);
    CU_ASSERT_EQUAL(ra_progress_read(&p, &done, &total), RA_STAGE_CHECK);
    FILE *f = fopen("/dev/null", "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&a.findings, g_pack, a.sub, f, &p));
    fclose(f);
    CU_ASSERT_EQUAL(ra_progress_read(&p, &done, &total), RA_STAGE_FINDINGS);
    CU_ASSERT_TRUE(a.findings.count > 0);
    CU_ASSERT_EQUAL(total, a.findings.count);
    CU_ASSERT_EQUAL(done, a.findings.count);
    ra_audit_free(&a);
}

/* ---- findings written as they are found (ra_job_run, findings alone) ------------------- */

/* Rewrites dir/name with its rows in the order of workers.csv, each
 * worker's in their order (worker_col: the worker_id column, from 0), as
 * an export grouped by worker has them. With move, the row on line `move`
 * of the result is then put last. The demo's rows have no quoted field
 * before the worker's id, and no line breaks within a row. */
static void order_by_worker(const char *dir, const char *name, int worker_col, long move)
{
    char path[800], line[4096];
    snprintf(path, sizeof path, "%s/workers.csv", dir);
    FILE *f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    char ids[200][16];
    size_t nids = 0;
    while (fgets(line, sizeof line, f) && nids < 200)
        snprintf(ids[nids++], sizeof ids[0], "%.*s,", (int)strcspn(line, ","), line);
    fclose(f);
    snprintf(path, sizeof path, "%s/%s", dir, name);
    f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    enum { MAX_ROWS = 20000 };
    char **rows = calloc(MAX_ROWS, sizeof *rows);
    CU_ASSERT_PTR_NOT_NULL_FATAL(rows);
    size_t nrows = 0;
    while (nrows < MAX_ROWS && fgets(line, sizeof line, f)) {
        rows[nrows] = strdup(line);
        CU_ASSERT_PTR_NOT_NULL_FATAL(rows[nrows++]);
    }
    fclose(f);
    CU_ASSERT_TRUE_FATAL(nrows > 2 && nrows < MAX_ROWS);
    f = fopen(path, "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(rows[0], f);
    const char *last = "";
    long out_line = 1;
    for (size_t w = 1; w < nids; w++)
        for (size_t r = 1; r < nrows; r++) {
            const char *cell = rows[r];
            for (int c = 0; c < worker_col; c++)
                cell = strchr(cell, ',') + 1;
            if (strncmp(cell, ids[w], strlen(ids[w])))
                continue;
            if (++out_line == move)
                last = rows[r];
            else
                fputs(rows[r], f);
        }
    fputs(last, f);
    CU_ASSERT_EQUAL(fclose(f), 0);
    CU_ASSERT_EQUAL(out_line, (long)nrows); /* every row has its worker */
    for (size_t r = 0; r < nrows; r++)
        free(rows[r]);
    free(rows);
}

/* The line of the first finding on file in a JSON Lines text, or 0. */
static long first_line_of(const char *jsonl, const char *file)
{
    char key[64];
    snprintf(key, sizeof key, "\"file\":\"%s\",\"line\":", file);
    const char *at = strstr(jsonl, key);
    return at ? strtol(at + strlen(key), NULL, 10) : 0;
}

typedef struct {
    char *jsonl;
    size_t len, early;
} job_result;

/* The job of `audit DIR --findings PATH --as-of 2025-12-01`. */
static ra_job findings_job(const char *dir, const char *path, bool inline_rules)
{
    ra_job job = {.dir = dir, .pack = g_pack, .findings_path = path};
    ra_audit_opts_default(&job.audit);
    ra_date_parse("2025-12-01", 10, &job.audit.as_of);
    job.audit.inline_rules = inline_rules;
    return job;
}

/* Runs the audit of dir as `audit --findings F` does (with chunks of that
 * many workers, 0: the default), and reads F. */
static void job_findings(const char *dir, bool inline_rules, uint32_t chunk, job_result *r)
{
    char path[64];
    snprintf(path, sizeof path, "%s/findings.jsonl", dir);
    ra_job job = findings_job(dir, path, inline_rules);
    job.audit.worker_chunk = chunk;
    ra_audit a;
    ra_error err;
    ra_error_clear(&err);
    CU_ASSERT_EQUAL_FATAL(ra_job_run(&job, &a, &err), RA_OK);
    r->early = a.findings.early;
    ra_audit_free(&a);
    FILE *f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_EQUAL_FATAL(fseek(f, 0, SEEK_END), 0);
    r->len = (size_t)ftell(f);
    rewind(f);
    r->jsonl = malloc(r->len + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(r->jsonl);
    CU_ASSERT_EQUAL(fread(r->jsonl, 1, r->len, f), r->len);
    r->jsonl[r->len] = '\0';
    fclose(f);
    CU_ASSERT_EQUAL(unlink(path), 0);
}

static size_t count_of(const char *text, const char *what)
{
    size_t n = 0;
    for (const char *p = text; (p = strstr(p, what)); p++)
        n++;
    return n;
}

/* The file the job writes is that of an audit that kept every finding:
 * on one thread, and on several with chunks of workers of a few sizes
 * (of 1 and 3 workers the two threads take turns many times). early:
 * whether the fee and document findings were written early; workers_early:
 * whether the worker findings were too (when workers.csv lists them in
 * the order of the findings file). */
static void expect_job_findings(const char *dir, bool early, bool workers_early)
{
    result want;
    CU_ASSERT_EQUAL_FATAL(audit(dir, false, 0, &want), RA_OK);
    size_t fee_doc =
        count_of(want.jsonl, "\"scope\":\"fee\"") + count_of(want.jsonl, "\"scope\":\"document\"");
    size_t workers = count_of(want.jsonl, "\"scope\":\"worker\"");
    CU_ASSERT_TRUE(fee_doc > 20);
    CU_ASSERT_TRUE(workers > 10);
    static const struct {
        bool inline_rules;
        uint32_t chunk;
    } runs[] = {{true, 0}, {false, 0}, {false, 1}, {false, 3}};
    for (size_t i = 0; i < sizeof runs / sizeof *runs; i++) {
        job_result got;
        job_findings(dir, runs[i].inline_rules, runs[i].chunk, &got);
        CU_ASSERT_EQUAL(got.len, want.len);
        CU_ASSERT_TRUE(got.len == want.len && !memcmp(got.jsonl, want.jsonl, want.len));
        CU_ASSERT_EQUAL(got.early, early ? fee_doc + (workers_early ? workers : 0) : 0);
        free(got.jsonl);
    }
    free(want.jsonl);
}

/* fees.csv and documents.csv grouped by worker: every fee and document
 * finding is written as it is found, and (workers.csv being in the order of
 * agencies.csv) every worker finding. */
static void test_findings_early_when_ordered(void)
{
    char dir[32];
    demo_copy(dir, true, NULL);
    order_by_worker(dir, "fees.csv", 1, 0);
    order_by_worker(dir, "documents.csv", 0, 0);
    expect_job_findings(dir, true, true);
    remove_dir(dir);
}

/* Lines past several of the early writer's 1 MiB blocks, handed to its
 * writer thread; and, with no thread to be had, written by the finder
 * itself: the same file either way. */
static void test_findings_early_many_blocks(void)
{
    char dir[32];
    demo_copy(dir, true, NULL);
    repeat_rows(dir, "fees.csv", 120, true);
    order_by_worker(dir, "fees.csv", 1, 0);
    order_by_worker(dir, "documents.csv", 0, 0);
    expect_job_findings(dir, true, true);
    atomic_store(&g_refused, 0);
    atomic_store(&g_refuse, REFUSE_ALL);
    /* no thread for the workers either: every chunk on the caller's */
    expect_job_findings(dir, true, true);
    CU_ASSERT_TRUE(atomic_load(&g_refused) > 0);
    atomic_store(&g_refuse, REFUSE_NONE);
    remove_dir(dir);
}

/* The messages of consecutive fee rows of one worker show each row's own
 * amount: audit.c keeps the values a row's messages have shown for the
 * next rule on the same row (FEE-001, FEE-004 and FEE-005 show the same
 * amount), and must forget them when the row changes, also between rows
 * whose copies share an address. */
static void test_messages_of_each_row(void)
{
    char dir[32];
    demo_copy(dir, false, NULL);
    FILE *f = open_in(dir, "fees.csv", "w");
    fputs("fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method,receipt,"
          "disclosed\n",
          f);
    for (int k = 1; k <= 3; k++)
        fprintf(f, "F-%d,W-0001,PH-AG-0001,placement_fee,%d00,PHP,worker,2024-10-0%d,cash,no,no\n",
                k, k, k);
    fclose(f);
    result r;
    CU_ASSERT_EQUAL_FATAL(audit(dir, false, 0, &r), RA_OK);
    static const char *const shown[] = {"placement_fee of 100.00 PHP",
                                        "placement_fee of 200.00 PHP",
                                        "placement_fee of 300.00 PHP"};
    for (int k = 0; k < 3; k++) {
        /* FEE-001 (refund due), FEE-004 (no receipt), FEE-005 (not disclosed) */
        CU_ASSERT_EQUAL(count_of(r.jsonl, shown[k]), 3);
    }
    CU_ASSERT_EQUAL(count_of(r.jsonl, "refund due 200.00 PHP"), 1);
    free(r.jsonl);
    remove_dir(dir);
}

/* A worker of an agency listed before the demo's, last in workers.csv: the
 * workers are not in the order of the findings file, so their findings
 * are kept for the end; the fee and document findings are still written
 * early. */
static void test_findings_workers_out_of_agency_order(void)
{
    char dir[32];
    demo_copy(dir, true, NULL);
    order_by_worker(dir, "fees.csv", 1, 0);
    order_by_worker(dir, "documents.csv", 0, 0);
    FILE *f = open_in(dir, "agencies.csv", "w");
    fputs("agency_id,name,licence_no,licence_valid_from,licence_valid_until,country\n"
          "PH-AG-0000,First Agency,DMW-LB-0001-2023,2023-01-01,2027-12-31,PH\n"
          "PH-AG-0001,Bayanihan Overseas Manpower Services,DMW-LB-0427-2023,2023-03-15,"
          "2027-03-14,PH\n",
          f);
    fclose(f);
    f = open_in(dir, "workers.csv", "a");
    fputs("W-0999,PH-AG-0000,F,1990,PH,HK,domestic_work,helper,4990,HKD,en,,,,2024-10-07,"
          "2024-12-30\n",
          f);
    fclose(f);
    result want;
    CU_ASSERT_EQUAL_FATAL(audit(dir, false, 0, &want), RA_OK);
    CU_ASSERT_PTR_NOT_NULL(strstr(want.jsonl, "\"worker_id\":\"W-0999\"")); /* it has findings */
    free(want.jsonl);
    expect_job_findings(dir, true, false);
    remove_dir(dir);
}

/* The demo's fees.csv is in the order the fees were paid: out of order at
 * once, and the audit starts over keeping its findings. */
static void test_findings_unordered_start_over(void)
{
    char dir[32];
    demo_copy(dir, true, NULL);
    expect_job_findings(dir, false, false);
    remove_dir(dir);
}

/* Grouped by worker but for one row at the very end (a correction sent
 * last), in fees.csv or in documents.csv: about 2 MB of lines were written
 * before the disorder showed, and the file must not keep them twice or out
 * of place. */
static void test_findings_late_disorder_start_over(void)
{
    static const struct {
        const char *name;
        int worker_col;
    } files[] = {{"fees.csv", 1}, {"documents.csv", 0}};
    for (size_t i = 0; i < 2; i++) {
        char dir[32];
        demo_copy(dir, true, NULL);
        repeat_rows(dir, "fees.csv", 60, true);
        order_by_worker(dir, "fees.csv", 1, 0);
        order_by_worker(dir, "documents.csv", 0, 0);
        result ordered;
        CU_ASSERT_EQUAL_FATAL(audit(dir, false, 0, &ordered), RA_OK);
        long first = first_line_of(ordered.jsonl, files[i].name);
        free(ordered.jsonl);
        CU_ASSERT_TRUE_FATAL(first > 1);
        order_by_worker(dir, files[i].name, files[i].worker_col, first);
        expect_job_findings(dir, false, false);
        remove_dir(dir);
    }
}

/* documents.csv is unusable, so the audit fails after the fee findings
 * were written early (on the caller's thread, so all of them, past the
 * writer's first 1 MiB block): the file already there is kept as it was,
 * and no temporary file is left beside it. */
static void test_findings_failed_audit_keeps_the_file(void)
{
    char dir[32], path[64];
    demo_copy(dir, true, NULL);
    repeat_rows(dir, "fees.csv", 40, true); /* lines past the early writer's 1 MiB blocks */
    order_by_worker(dir, "fees.csv", 1, 0);
    FILE *f = open_in(dir, "documents.csv", "w");
    fputs("worker_id,agency_id\nW-0001,PH-AG-0001\n", f);
    fclose(f);
    f = open_in(dir, "findings.jsonl", "w");
    fputs("kept\n", f);
    fclose(f);
    snprintf(path, sizeof path, "%s/findings.jsonl", dir);
    ra_job job = findings_job(dir, path, true);
    ra_audit a;
    ra_error err;
    ra_error_clear(&err);
    CU_ASSERT_EQUAL(ra_job_run(&job, &a, &err), RA_ERR_INPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.file, "documents.csv"));
    CU_ASSERT_EQUAL(a.findings.early, 44 * 40); /* the demo's 44 fee findings, 40 times */
    ra_audit_free(&a);
    char text[16] = "";
    f = fopen(path, "r");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_PTR_NOT_NULL(fgets(text, sizeof text, f));
    fclose(f);
    CU_ASSERT_STRING_EQUAL(text, "kept\n");
    char cmd[128];
    snprintf(cmd, sizeof cmd, "ls -a '%s' | grep -q tmp", dir);
    CU_ASSERT_NOT_EQUAL(system(cmd), 0);
    remove_dir(dir);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 1;
    CU_pSuite s = CU_add_suite("audit threads", suite_init, suite_clean);
    CU_add_test(s, "rows and contracts on their threads = inline", test_thread_same_as_inline);
    CU_add_test(s, "contracts scanned on both threads = inline", test_contracts_on_both_threads);
    CU_add_test(s, "the same with every finding spilled", test_thread_same_as_inline_spilled);
    CU_add_test(s, "rows over many batches = inline", test_many_rows_same_as_inline);
    CU_add_test(s, "a failed load stops the scan", test_failed_load_stops_the_scan);
    CU_add_test(s, "progress: bytes read, checks, findings written", test_progress);
    CU_add_test(s, "threads refused: every stage on the caller's thread", test_threads_refused);
    CU_add_test(s, "findings of rows in order are written early", test_findings_early_when_ordered);
    CU_add_test(s, "early findings past several blocks, with and without a writer thread",
                test_findings_early_many_blocks);
    CU_add_test(s, "workers out of agency order: their findings kept for the end",
                test_findings_workers_out_of_agency_order);
    CU_add_test(s, "messages of consecutive rows show each row's values",
                test_messages_of_each_row);
    CU_add_test(s, "rows out of order: the audit starts over", test_findings_unordered_start_over);
    CU_add_test(s, "one row out of order at the end: the audit starts over",
                test_findings_late_disorder_start_over);
    CU_add_test(s, "an audit that fails after early lines keeps the old file",
                test_findings_failed_audit_keeps_the_file);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_suites_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
