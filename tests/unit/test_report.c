/* test_report.c — the Excel report: written for the demo and for a small
 * submission full of traps (formula-like text, leading zeros, line breaks,
 * Unicode, "_x0041_", a 40,000-character cell, rejected rows, a contract
 * clause), with a tiny row limit so sheets continue on "Findings (2)".
 * Checks that the file is a zip, that equal inputs give equal bytes, that
 * no sheet holds a formula, that the dates come from `created`, and that a
 * failed write leaves nothing behind.
 *
 * With RA_REPORT_OUT set, the reports (demo.xlsx, tricky.xlsx), their
 * findings (.jsonl) and the tricky submission are left in that folder for
 * tests/e2e/report_readback.py. */
#include <CUnit/Basic.h>
#include <pthread.h>
#include <time.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <unzip.h>

#include "audit.h"
#include "manifest.h"
#include "report.h"
#include "rules/pack.h"

static char g_out[512]; /* where reports go */
static bool g_keep;     /* RA_REPORT_OUT given: leave the files */
static char g_tmp[64];  /* scratch folder, removed at the end */

static const char *source_dir(void)
{
    const char *src = getenv("RA_SOURCE_DIR");
    return src ? src : ".";
}

static void put(const char *dir, const char *name, const char *text)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fputs(text, f);
    fclose(f);
}

/* Whole file in memory (NUL-terminated); NULL if it cannot be read. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (buf && fread(buf, 1, (size_t)n, f) != (size_t)n) {
        free(buf);
        buf = NULL;
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        *len = (size_t)n;
    }
    return buf;
}

/* One entry of the xlsx (zip), NUL-terminated; NULL when absent. */
static char *zip_entry(const char *xlsx, const char *name)
{
    unzFile z = unzOpen(xlsx);
    if (!z)
        return NULL;
    char *out = NULL;
    unz_file_info info;
    if (unzLocateFile(z, name, 1) == UNZ_OK &&
        unzGetCurrentFileInfo(z, &info, NULL, 0, NULL, 0, NULL, 0) == UNZ_OK &&
        unzOpenCurrentFile(z) == UNZ_OK) {
        out = malloc(info.uncompressed_size + 1);
        int n = out ? unzReadCurrentFile(z, out, (unsigned)info.uncompressed_size) : -1;
        if (n != (int)info.uncompressed_size) {
            free(out);
            out = NULL;
        } else {
            out[n] = '\0';
        }
        unzCloseCurrentFile(z);
    }
    unzClose(z);
    return out;
}

/* Counts worksheets holding a formula element, and checks every entry's
 * date is the fixed 1980-01-01 of libxlsxwriter. */
static void check_zip(const char *xlsx, int *formulas, int *dated)
{
    *formulas = *dated = 0;
    unzFile z = unzOpen(xlsx);
    CU_ASSERT_PTR_NOT_NULL_FATAL(z);
    for (int st = unzGoToFirstFile(z); st == UNZ_OK; st = unzGoToNextFile(z)) {
        char name[256];
        unz_file_info info;
        CU_ASSERT_EQUAL_FATAL(unzGetCurrentFileInfo(z, &info, name, sizeof name, NULL, 0, NULL, 0),
                              UNZ_OK);
        if (info.tmu_date.tm_year != 1980 || info.tmu_date.tm_mon != 0 ||
            info.tmu_date.tm_mday != 1)
            (*dated)++;
        if (strncmp(name, "xl/worksheets/sheet", 19))
            continue;
        char *xml = zip_entry(xlsx, name);
        CU_ASSERT_PTR_NOT_NULL_FATAL(xml);
        if (strstr(xml, "<f>") || strstr(xml, "<f "))
            (*formulas)++;
        free(xml);
    }
    unzClose(z);
}

static bool same_bytes(const char *a, const char *b)
{
    size_t na, nb;
    char *x = slurp(a, &na), *y = slurp(b, &nb);
    bool same = x && y && na == nb && memcmp(x, y, na) == 0;
    free(x);
    free(y);
    return same;
}

static bool is_zip(const char *path)
{
    size_t n;
    char *b = slurp(path, &n);
    bool ok = b && n > 4 && !memcmp(b, "PK\x03\x04", 4);
    free(b);
    return ok;
}

static int64_t day_start(ra_date d)
{
    return (int64_t)d * 86400;
}

typedef struct {
    ra_pack *pack;
    ra_audit audit;
    ra_manifest manifest;
    ra_date as_of;
} run;

static void run_audit_budget(run *r, const char *dir, const char *rules, const char *case_ref,
                             const char *inspector, size_t findings_memory)
{
    ra_diags diags = {0};
    ra_error err;
    memset(r, 0, sizeof *r);
    ra_status st = ra_pack_load(rules, NULL, &r->pack, &diags, &err);
    for (size_t i = 0; i < diags.n; i++)
        ra_diag_print(stderr, &diags.items[i]);
    ra_diags_free(&diags);
    CU_ASSERT_EQUAL_FATAL(st, RA_OK);
    ra_audit_opts opts;
    ra_audit_opts_default(&opts);
    ra_date_parse("2025-12-01", 10, &opts.as_of);
    opts.findings_memory = findings_memory;
    r->as_of = opts.as_of;
    CU_ASSERT_EQUAL_FATAL(ra_audit_run(dir, r->pack, &opts, &r->audit, &err), RA_OK);
    CU_ASSERT_EQUAL_FATAL(ra_manifest_build(&r->manifest, r->audit.sub, r->pack, "2025-12-01", NULL,
                                            case_ref, inspector, &err),
                          RA_OK);
}

static void run_audit(run *r, const char *dir, const char *rules, const char *case_ref,
                      const char *inspector)
{
    run_audit_budget(r, dir, rules, case_ref, inspector, 0);
}

static void run_free(run *r)
{
    ra_manifest_free(&r->manifest);
    ra_audit_free(&r->audit);
    ra_pack_free(r->pack);
}

static ra_status write_report(const run *r, const char *dir, const char *path, uint32_t max_rows)
{
    ra_report_input in = {.audit = &r->audit,
                          .pack = r->pack,
                          .manifest = &r->manifest,
                          .submission_dir = dir,
                          .created = day_start(r->as_of),
                          .max_rows = max_rows};
    ra_error err;
    ra_error_clear(&err);
    ra_status st = ra_report_write(path, &in, &err);
    if (st != RA_OK)
        fprintf(stderr, "report: %s\n", err.msg);
    return st;
}

/* Writes the report twice (to a and b) with this row limit: both succeed,
 * a is a zip, the bytes are the same, no formula and no dated zip entry. */
static void write_twice(const run *r, const char *dir, const char *a, const char *b,
                        uint32_t max_rows)
{
    CU_ASSERT_EQUAL_FATAL(write_report(r, dir, a, max_rows), RA_OK);
    CU_ASSERT_EQUAL_FATAL(write_report(r, dir, b, max_rows), RA_OK);
    CU_ASSERT_TRUE(is_zip(a));
    CU_ASSERT_TRUE(same_bytes(a, b));
    int formulas, dated;
    check_zip(a, &formulas, &dated);
    CU_ASSERT_EQUAL(formulas, 0);
    CU_ASSERT_EQUAL(dated, 0);
}

static void write_jsonl(const run *r, const char *path)
{
    FILE *f = fopen(path, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&r->audit.findings, r->pack, r->audit.sub, f, NULL));
    fclose(f);
}

static bool leftovers(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return false;
    bool found = false;
    for (struct dirent *e; (e = readdir(d));)
        if (strstr(e->d_name, ".tmp"))
            found = true;
    closedir(d);
    return found;
}

/* ---- the demo ------------------------------------------------------------------------- */

static void test_demo(void)
{
    char dir[600], rules[600], a[700], b[700];
    snprintf(dir, sizeof dir, "%s/fixtures/demo", source_dir());
    snprintf(rules, sizeof rules, "%s/rules/core", source_dir());
    run r;
    run_audit(&r, dir, rules, "DMW-2025-0147", "A. Reyes, Labour Inspector");
    snprintf(a, sizeof a, "%s/demo.xlsx", g_out);
    snprintf(b, sizeof b, "%s/demo-again.xlsx", g_tmp);
    write_twice(&r, dir, a, b, 0);
    char *wb = zip_entry(a, "xl/workbook.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(wb);
    const char *order[] = {"\"Summary\"",   "\"Findings\"",  "\"Workers\"",       "\"Fees\"",
                           "\"Documents\"", "\"Contracts\"", "\"Rejected rows\"", "\"Manifest\""};
    const char *at = wb;
    for (size_t i = 0; i < sizeof order / sizeof order[0]; i++) {
        const char *p = strstr(at, order[i]);
        CU_ASSERT_PTR_NOT_NULL(p);
        if (p)
            at = p;
    }
    CU_ASSERT_PTR_NULL(strstr(wb, "Findings (2)"));
    free(wb);
    char *core = zip_entry(a, "docProps/core.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(core);
    CU_ASSERT_PTR_NOT_NULL(strstr(core, "2025-12-01T00:00:00Z"));
    free(core);
    char *custom = zip_entry(a, "docProps/custom.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(custom);
    CU_ASSERT_PTR_NOT_NULL(strstr(custom, "recruitaudit.rules_sha256"));
    CU_ASSERT_PTR_NOT_NULL(strstr(custom, r.pack->sha256));
    CU_ASSERT_PTR_NOT_NULL(strstr(custom, "recruitaudit.input.1"));
    free(custom);
    /* The Summary's charts carry their data (other viewers need the cache). */
    char *chart = zip_entry(a, "xl/charts/chart1.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(chart);
    CU_ASSERT_PTR_NOT_NULL(strstr(chart, "<c:strCache>"));
    free(chart);
    if (g_keep) {
        snprintf(a, sizeof a, "%s/demo.jsonl", g_out);
        write_jsonl(&r, a);
    }
    unlink(b);
    run_free(&r);
}

/* A national audit keeps its findings in a temporary file past a memory
 * budget: the findings and the report are the same bytes either way. */
static void test_spilled_same_report(void)
{
    char dir[600], rules[600], a[700], b[700], ja[700], jb[700];
    snprintf(dir, sizeof dir, "%s/fixtures/demo", source_dir());
    snprintf(rules, sizeof rules, "%s/rules/core", source_dir());
    run mem, disk;
    run_audit(&mem, dir, rules, "DMW-2025-0147", "A. Reyes");
    run_audit_budget(&disk, dir, rules, "DMW-2025-0147", "A. Reyes", 2048);
    CU_ASSERT_FALSE(ra_findings_spilled(&mem.audit.findings));
    CU_ASSERT_TRUE(ra_findings_spilled(&disk.audit.findings));
    CU_ASSERT_EQUAL(mem.audit.findings.count, disk.audit.findings.count);
    snprintf(ja, sizeof ja, "%s/mem.jsonl", g_tmp);
    snprintf(jb, sizeof jb, "%s/disk.jsonl", g_tmp);
    write_jsonl(&mem, ja);
    write_jsonl(&disk, jb);
    CU_ASSERT_TRUE(same_bytes(ja, jb));
    snprintf(a, sizeof a, "%s/mem.xlsx", g_tmp);
    snprintf(b, sizeof b, "%s/disk.xlsx", g_tmp);
    CU_ASSERT_EQUAL(write_report(&mem, dir, a, 0), RA_OK);
    CU_ASSERT_EQUAL(write_report(&disk, dir, b, 0), RA_OK);
    CU_ASSERT_TRUE(same_bytes(a, b));
    unlink(a);
    unlink(b);
    unlink(ja);
    unlink(jb);
    run_free(&mem);
    run_free(&disk);
}

/* Batch workers write workbooks in parallel: libxlsxwriter's gmtime() calls
 * must land in reports/xlsx_time.c, one result buffer per thread (the C
 * library's gmtime returns the same static buffer in every thread). */
typedef struct {
    pthread_barrier_t *both; /* the two threads are alive at the same time */
    struct tm *tm;
    bool right; /* the value was 2025-12-01 */
} gm_call;

static void *gmtime_in_thread(void *arg)
{
    gm_call *c = arg;
    time_t t = 1764547200; /* 2025-12-01T00:00:00Z */
    c->tm = gmtime(&t);
    c->right = c->tm && c->tm->tm_year == 125 && c->tm->tm_mon == 11 && c->tm->tm_mday == 1;
    pthread_barrier_wait(c->both);
    return NULL;
}

static void test_gmtime_per_thread(void)
{
    pthread_barrier_t both;
    CU_ASSERT_EQUAL_FATAL(pthread_barrier_init(&both, NULL, 2), 0);
    gm_call a = {&both, NULL, false}, b = {&both, NULL, false};
    pthread_t ta, tb;
    CU_ASSERT_EQUAL_FATAL(pthread_create(&ta, NULL, gmtime_in_thread, &a), 0);
    CU_ASSERT_EQUAL_FATAL(pthread_create(&tb, NULL, gmtime_in_thread, &b), 0);
    pthread_join(ta, NULL);
    pthread_join(tb, NULL);
    pthread_barrier_destroy(&both);
    CU_ASSERT_TRUE(a.right);
    CU_ASSERT_TRUE(b.right);
    CU_ASSERT_PTR_NOT_NULL(a.tm);
    CU_ASSERT_TRUE(a.tm != b.tm); /* one buffer per thread */
}

/* ---- a submission full of traps -------------------------------------------------------- */

static char *long_text(size_t n)
{
    char *s = malloc(n + 1);
    for (size_t i = 0; s && i < n; i++)
        s[i] = (char)('a' + i % 26);
    if (s)
        s[n] = '\0';
    return s;
}

static void write_tricky(const char *dir)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/contracts", dir);
    CU_ASSERT_EQUAL_FATAL(mkdir(path, 0755), 0);
    put(dir, "agencies.csv",
        "agency_id,name,licence_no,licence_valid_from,licence_valid_until,country\n"
        "AG-1,\"=HYPERLINK(\"\"http://example.com\"\",\"\"x\"\")\",007-LIC,2024-01-01,"
        "2026-12-31,PH\n");
    char *occ = long_text(40000);
    CU_ASSERT_PTR_NOT_NULL_FATAL(occ);
    size_t size = 80000;
    char *workers = malloc(size);
    CU_ASSERT_PTR_NOT_NULL_FATAL(workers);
    snprintf(workers, size,
             "worker_id,agency_id,sex,birth_year,origin_country,destination_country,sector,"
             "occupation,monthly_wage,wage_currency,language,contract_id,contract_language,"
             "contract_signed_on,recruited_on,deployed_on,notes\n"
             "007,AG-1,F,1990,PH,SA,domestic_work,=1+1,1500,SAR,tl,C-1,tl,2024-01-10,"
             "2024-01-05,2024-02-01,\"line one\nline two\"\n"
             "W-2,AG-1,M,1985,PH,SA,construction,+CMD,2000,SAR,en,,,,2024-01-05,2024-02-01,-2\n"
             "W-3,AG-1,F,1999,PH,HK,domestic_work,@SUM(A1),4990,HKD,en,,,,2024-01-05,,"
             "\"quote \"\"here\"\" ü€😀\"\n"
             "W-4,AG-1,Female,1999,PH,HK,domestic_work,helper,4990,HKD,en,,,,2024-01-05,,\n"
             "W-5,AG-9,F,1999,PH,HK,domestic_work,helper,4990,HKD,en,,,,2024-01-05,,\n"
             "W-6,AG-1,F,2001,PH,SA,care,%s,1200,SAR,en,,,,2024-01-05,,\n"
             "W-7,AG-1,X,1980,PH,QA,other,_x0041_,0,QAR,en,,,,2024-01-05,,\n",
             occ);
    put(dir, "workers.csv", workers);
    free(workers);
    free(occ);
    put(dir, "rates.csv", "currency,usd_per_unit\nSAR,0.2667\nHKD,0.1285\nQAR,0.2747\n");
    put(dir, "fees.csv",
        "fee_id,worker_id,agency_id,category,amount,currency,paid_by,paid_on,method,receipt,"
        "disclosed\n"
        "=1+1,007,AG-1,placement_fee,3000.50,SAR,worker,2024-01-06,cash,no,no\n"
        "0012,W-2,AG-1,training,500,SAR,employer,2024-01-06,salary_deduction,yes,yes\n"
        "F-3,W-3,AG-1,medical,1000.1234,HKD,worker,2024-01-07,cash,yes,no\n"
        "F-4,W-3,AG-1,deposit,200,HKD,worker,2024-01-07,cash,yes,yes\n"
        "F-5,W-2,AG-1,visa,12e3,SAR,worker,2024-01-06,cash,yes,yes\n"
        "F-6,W-5,AG-1,visa,100,SAR,worker,2024-01-06,cash,yes,yes\n"
        "F-7,007,AG-1,travel,100,JPY,worker,2024-01-06,cash,yes,yes\n");
    put(dir, "documents.csv",
        "worker_id,agency_id,document,holder,held_from,held_until,consent,reason\n"
        "007,AG-1,passport,agency,2024-01-05,,no,\"kept\nfor visa\"\n"
        "W-2,AG-1,passport,agency,2024-13-01,,yes,x\n");
    put(dir, "contracts/C-1.txt",
        "EMPLOYMENT CONTRACT\n\n1. =cmd|' /C calc'!A0 The employer may keep the passport of "
        "the Worker.\n2. The Worker is paid monthly.\n");
}

/* The core pack and a contract rule, so the Contracts sheet has a row. */
static void write_rules(const char *root)
{
    char cmd[2048];
    snprintf(cmd, sizeof cmd, "mkdir -p '%s' && cp -R '%s/rules/core' '%s/rules/profiles' '%s/'",
             root, source_dir(), source_dir(), root);
    CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
    char dir[1024];
    snprintf(dir, sizeof dir, "%s/core", root);
    put(dir, "zz_contract_test.rules",
        "pattern keep_passport\n"
        "  any \"employer (shall|will|may) (keep|retain|hold) the passport\"\n"
        "\n"
        "rule CTR-901 \"Contract lets the employer keep the passport\"\n"
        "  scope    contract\n"
        "  severity high\n"
        "  cite     \"ILO C189 art. 9(c)\"\n"
        "  for each sentence\n"
        "  when     sentence ~ keep_passport\n"
        "  message  \"the contract lets the employer keep the worker's passport\"\n");
}

static void test_tricky(void)
{
    char dir[600], rules[600], a[700], b[700];
    snprintf(dir, sizeof dir, "%s/tricky", g_out);
    if (g_keep) {
        char cmd[1300];
        snprintf(cmd, sizeof cmd, "rm -rf '%s' && mkdir -p '%s'", dir, dir);
        CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
    } else {
        CU_ASSERT_EQUAL_FATAL(mkdir(dir, 0755), 0);
    }
    write_tricky(dir);
    snprintf(rules, sizeof rules, "%s/rules", g_tmp);
    write_rules(rules);
    strncat(rules, "/core", sizeof rules - strlen(rules) - 1);
    run r;
    run_audit(&r, dir, rules, "CASE =2+2 / 007", "Inspector Ñoño \"Q\"");
    snprintf(r.manifest.signer_subject, sizeof r.manifest.signer_subject,
             "CN=Test Signer,O=Labour Inspectorate");
    snprintf(r.manifest.signer_sha256, sizeof r.manifest.signer_sha256, "%064d", 7);
    CU_ASSERT_TRUE(r.audit.sub->nrejections >= 4);
    CU_ASSERT_TRUE(r.audit.findings.count > 8);
    bool contract = false;
    ra_findings_iter *it = ra_findings_iter_new(&r.audit.findings);
    for (const ra_finding *f; it && (f = ra_findings_iter_next(it));)
        contract = contract || f->scope == RA_SCOPE_CONTRACT;
    CU_ASSERT_TRUE(it && ra_findings_iter_free(it));
    CU_ASSERT_TRUE(contract);

    snprintf(a, sizeof a, "%s/tricky.xlsx", g_out);
    snprintf(b, sizeof b, "%s/tricky-again.xlsx", g_tmp);
    write_twice(&r, dir, a, b, 5);
    char *wb = zip_entry(a, "xl/workbook.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(wb);
    CU_ASSERT_PTR_NOT_NULL(strstr(wb, "name=\"Findings (2)\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(wb, "name=\"Workers (2)\""));
    CU_ASSERT_PTR_NOT_NULL(strstr(wb, "name=\"Fees (2)\""));
    free(wb);
    /* Another row limit gives other sheets, the same data. */
    CU_ASSERT_EQUAL_FATAL(write_report(&r, dir, b, 0), RA_OK);
    CU_ASSERT_FALSE(same_bytes(a, b));
    char *wb2 = zip_entry(b, "xl/workbook.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(wb2);
    CU_ASSERT_PTR_NULL(strstr(wb2, "Findings (2)"));
    free(wb2);
    if (g_keep) {
        snprintf(a, sizeof a, "%s/tricky.jsonl", g_out);
        write_jsonl(&r, a);
    }
    unlink(b);
    run_free(&r);
}

/* ---- atomic writing ---------------------------------------------------------------------- */

static void test_atomic(void)
{
    char dir[600], rules[600], path[700];
    snprintf(dir, sizeof dir, "%s/fixtures/demo", source_dir());
    snprintf(rules, sizeof rules, "%s/rules/core", source_dir());
    run r;
    run_audit(&r, dir, rules, NULL, NULL);
    /* A folder that does not exist: an error, nothing written. */
    snprintf(path, sizeof path, "%s/no/such/dir/report.xlsx", g_tmp);
    CU_ASSERT_EQUAL(write_report(&r, dir, path, 0), RA_ERR_IO);
    CU_ASSERT_NOT_EQUAL(access(path, F_OK), 0);
    /* Over an existing file: replaced whole, no temporary file left. */
    char out[600];
    snprintf(out, sizeof out, "%s/atomic", g_tmp);
    CU_ASSERT_EQUAL_FATAL(mkdir(out, 0755), 0);
    snprintf(path, sizeof path, "%s/report.xlsx", out);
    put(out, "report.xlsx", "old contents");
    CU_ASSERT_EQUAL(write_report(&r, dir, path, 0), RA_OK);
    CU_ASSERT_TRUE(is_zip(path));
    CU_ASSERT_FALSE(leftovers(out));
    /* No case or inspector given: the report says so, and is still the same
     * for the same inputs. */
    char again[700];
    snprintf(again, sizeof again, "%s/again.xlsx", out);
    CU_ASSERT_EQUAL(write_report(&r, dir, again, 0), RA_OK);
    CU_ASSERT_TRUE(same_bytes(path, again));
    /* created = 0 must not become "now". */
    ra_report_input in = {.audit = &r.audit,
                          .pack = r.pack,
                          .manifest = &r.manifest,
                          .submission_dir = dir,
                          .created = 0};
    ra_error err;
    CU_ASSERT_EQUAL(ra_report_write(again, &in, &err), RA_OK);
    char *core = zip_entry(again, "docProps/core.xml");
    CU_ASSERT_PTR_NOT_NULL_FATAL(core);
    CU_ASSERT_PTR_NOT_NULL(strstr(core, "1970-01-01T00:00:01Z"));
    free(core);
    CU_ASSERT_EQUAL(ra_report_write(path, NULL, &err), RA_ERR_USAGE);
    run_free(&r);
}

/* ---- inputs changed after the audit ------------------------------------------------------- */

/* The sheets re-read the CSV files: a file changed since the audit must fail
 * the report (its rows would sit beside another row's findings), leaving
 * nothing behind. */
static void test_changed_input(void)
{
    char dir[600], rules[600], path[700], cmd[1400];
    snprintf(dir, sizeof dir, "%s/changed", g_tmp);
    snprintf(cmd, sizeof cmd, "cp -r '%s/fixtures/demo' '%s'", source_dir(), dir);
    CU_ASSERT_EQUAL_FATAL(system(cmd), 0);
    snprintf(rules, sizeof rules, "%s/rules/core", source_dir());
    snprintf(path, sizeof path, "%s/changed.xlsx", g_tmp);
    run r;
    run_audit(&r, dir, rules, NULL, NULL);
    CU_ASSERT_EQUAL(write_report(&r, dir, path, 0), RA_OK);
    unlink(path);

    /* The same lines, one byte different: only the hash can tell. */
    char fees[700];
    snprintf(fees, sizeof fees, "%s/fees.csv", dir);
    size_t len;
    char *text = slurp(fees, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    char *digit = strpbrk(strchr(text, '\n'), "0123456789");
    CU_ASSERT_PTR_NOT_NULL_FATAL(digit);
    *digit = *digit == '9' ? '8' : (char)(*digit + 1);
    FILE *f = fopen(fees, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fwrite(text, 1, len, f);
    fclose(f);
    ra_report_input in = {.audit = &r.audit,
                          .pack = r.pack,
                          .manifest = &r.manifest,
                          .submission_dir = dir,
                          .created = day_start(r.as_of)};
    ra_error err;
    ra_error_clear(&err);
    CU_ASSERT_EQUAL(ra_report_write(path, &in, &err), RA_ERR_INPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "changed while the audit ran"));
    CU_ASSERT_PTR_NOT_NULL(strstr(err.file, "fees.csv"));
    CU_ASSERT_NOT_EQUAL(access(path, F_OK), 0);
    CU_ASSERT_FALSE(leftovers(g_tmp));

    /* A row more: the line count tells before the hash is read. */
    f = fopen(fees, "wb");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    fwrite(text, 1, len, f);
    fputs("\n", f);
    fclose(f);
    free(text);
    ra_error_clear(&err);
    CU_ASSERT_EQUAL(ra_report_write(path, &in, &err), RA_ERR_INPUT);
    CU_ASSERT_PTR_NOT_NULL(strstr(err.msg, "lines now"));
    CU_ASSERT_NOT_EQUAL(access(path, F_OK), 0);
    run_free(&r);
}

int main(void)
{
    snprintf(g_tmp, sizeof g_tmp, "/tmp/ra_report_XXXXXX");
    if (!mkdtemp(g_tmp))
        return 2;
    const char *out = getenv("RA_REPORT_OUT");
    g_keep = out && *out;
    snprintf(g_out, sizeof g_out, "%s", g_keep ? out : g_tmp);
    if (g_keep)
        mkdir(g_out, 0755);
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("report", NULL, NULL);
    CU_add_test(s, "demo report: zip, sheets, same bytes twice, no formula", test_demo);
    CU_add_test(s, "traps: text kept as text, continued sheets, same bytes", test_tricky);
    CU_add_test(s, "atomic write and fixed dates", test_atomic);
    CU_add_test(s, "an input changed after the audit fails the report", test_changed_input);
    CU_add_test(s, "findings spilled to a temporary file: same JSONL, same report",
                test_spilled_same_report);
    CU_add_test(s, "gmtime for libxlsxwriter: one buffer per thread", test_gmtime_per_thread);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    char cmd[128];
    snprintf(cmd, sizeof cmd, "rm -rf '%s'", g_tmp);
    if (system(cmd) != 0)
        failed++;
    return failed ? 1 : 0;
}
