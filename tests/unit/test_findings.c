/* test_findings.c — the findings store: a store that spills to its
 * temporary file gives exactly the records, order and JSON Lines of one
 * that keeps everything in memory; ties keep emission order; a store that
 * adopts another reads back as one that saw both; a spill that
 * cannot be written is an error, not a loss. The JSON Lines writer: a
 * regular file gets exactly the lines a memory stream gets, in place among
 * what its stream held before and after, and a write that fails (a full
 * device, a file that cannot grow) is reported with its reason. */
#include <CUnit/Basic.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include "findings.h"
#include "findings_lines.h"

/* Ids deliberately not in index order, so the rule rank matters. */
static ra_rule g_rules[] = {
    {.id = "WRK-001", .title = "Worker rule", .citation = "C181 art. 7"},
    {.id = "FEE-001", .title = "Fee rule \"quoted\"", .citation = "C181"},
    {.id = "DQ-001", .title = "Data quality", .citation = "SPEC"},
    {.id = "CTR-001", .title = "Contract rule", .citation = "C189"},
};
static ra_pack g_pack = {.rules = g_rules, .nrules = 4, .profile = "baseline"};
static ra_agency g_agencies[3] = {{.id = "A1"}, {.id = "A2"}, {.id = "A3"}};
static ra_worker g_workers[5] = {
    {.id = "W1"}, {.id = "W2"}, {.id = "W3"}, {.id = "W4"}, {.id = "W5"}};
static ra_submission g_sub = {
    .agencies = g_agencies, .nagencies = 3, .workers = g_workers, .nworkers = 5};

static uint64_t g_rng;
static uint32_t rnd(uint32_t n)
{
    g_rng = g_rng * 6364136223846793005ULL + 1442695040888963407ULL;
    return (uint32_t)(g_rng >> 33) % n;
}

/* Text of a random length up to max with a marker, some non-ASCII bytes
 * and characters JSON must escape. */
static void text(char *buf, size_t max, const char *tag, size_t i)
{
    size_t len = rnd((uint32_t)max);
    int k = snprintf(buf, max + 1, "%s %zu é \"q\" \\ \t", tag, i);
    for (size_t j = (size_t)k; j < len; j++)
        buf[j] = (char)('a' + j % 26);
    buf[len > (size_t)k ? len : (size_t)k] = '\0';
}

static const char *FILES[] = {"fees.csv", "workers.csv", "contracts/C-1.txt", NULL};

/* The i-th pseudo-random finding (its strings live until the next call). */
static ra_finding random_finding(size_t i)
{
    static char message[2100], evidence[8300], fee[40];
    text(message, 2000, "m", i);
    /* a JSON object, sometimes long enough to straddle the read buffer */
    size_t pad = rnd(rnd(10) == 0 ? 8000 : 60) + 1;
    memcpy(evidence, "{\"k\":\"", 6);
    memset(evidence + 6, '0', pad);
    snprintf(evidence + 6 + pad, sizeof evidence - 6 - pad, "%zu\"}", i);
    snprintf(fee, sizeof fee, "F%05u", rnd(100000));
    return (ra_finding){
        .rule = rnd(4),
        .scope = (ra_scope)rnd(3),
        .severity = (ra_severity)rnd(5),
        .agency = rnd(4) == 3 ? RA_NONE : rnd(3),
        .worker = rnd(6) == 5 ? RA_NONE : rnd(5),
        .file = FILES[rnd(4)],
        /* few lines: many ties, resolved by rule then emission; some past
           32 bits, which a spilled record encodes in more bytes */
        .line = rnd(8) == 0 ? (long)rnd(1u << 30) * 8 : (long)rnd(5),
        .fee_id = rnd(2) ? fee : NULL,
        .contract_id = rnd(5) == 0 ? "C-1" : NULL,
        .message = message,
        .evidence = rnd(20) == 0 ? NULL : evidence,
    };
}

/* Adds the same n pseudo-random findings to both stores. */
static void fill(ra_findings *a, ra_findings *b, size_t n)
{
    g_rng = 42;
    for (size_t i = 0; i < n; i++) {
        ra_finding f = random_finding(i);
        CU_ASSERT_TRUE_FATAL(ra_findings_add(a, &f));
        CU_ASSERT_TRUE_FATAL(ra_findings_add(b, &f));
    }
}

static int str_eq(const char *x, const char *y)
{
    return (!x && !y) || (x && y && !strcmp(x, y));
}

/* The SPEC order, written out independently of the store's comparator. */
static int spec_cmp(const ra_finding *x, const ra_finding *y)
{
    if (x->scope != y->scope)
        return x->scope < y->scope ? -1 : 1;
    if (x->agency != y->agency)
        return x->agency < y->agency ? -1 : 1;
    if (x->worker != y->worker)
        return x->worker < y->worker ? -1 : 1;
    int c = strcmp(x->file ? x->file : "", y->file ? y->file : "");
    if (c)
        return c;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    c = strcmp(g_rules[x->rule].id, g_rules[y->rule].id);
    if (c)
        return c;
    return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static void test_spill_same_as_memory(void)
{
    ra_findings mem, disk;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&mem, &g_pack, (size_t)1 << 30));
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&disk, &g_pack, 64 * 1024));
    const size_t n = 6000;
    fill(&mem, &disk, n);
    CU_ASSERT_TRUE(ra_findings_finish(&mem));
    CU_ASSERT_TRUE(ra_findings_finish(&disk));
    CU_ASSERT_FALSE(ra_findings_spilled(&mem));
    CU_ASSERT_TRUE(ra_findings_spilled(&disk)); /* ~6 MB through a 64 KiB budget: many runs */
    CU_ASSERT_EQUAL(mem.count, n);
    CU_ASSERT_EQUAL(disk.count, n);

    /* Two iterators over the spilled store side by side, and one in memory. */
    ra_findings_iter *im = ra_findings_iter_new(&mem), *id1 = ra_findings_iter_new(&disk),
                     *id2 = ra_findings_iter_new(&disk);
    CU_ASSERT_PTR_NOT_NULL_FATAL(im);
    CU_ASSERT_PTR_NOT_NULL_FATAL(id1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(id2);
    size_t seen = 0, by_rule[4] = {0};
    ra_finding prev = {0};
    char prev_file[64] = "";
    for (;;) {
        const ra_finding *x = ra_findings_iter_next(im), *y = ra_findings_iter_next(id1),
                         *z = ra_findings_iter_next(id2);
        CU_ASSERT_TRUE_FATAL((x == NULL) == (y == NULL) && (y == NULL) == (z == NULL));
        if (!x)
            break;
        int same = x->rule == y->rule && x->scope == y->scope && x->severity == y->severity &&
                   x->agency == y->agency && x->worker == y->worker && x->line == y->line &&
                   x->seq == y->seq && str_eq(x->file, y->file) && str_eq(x->fee_id, y->fee_id) &&
                   str_eq(x->contract_id, y->contract_id) && str_eq(x->message, y->message) &&
                   str_eq(x->evidence, y->evidence) && x->rule_rank == y->rule_rank &&
                   !memcmp(x->len, y->len, sizeof x->len) && y->seq == z->seq &&
                   str_eq(y->message, z->message);
        CU_ASSERT_TRUE_FATAL(same);
        if (seen) {
            prev.file = prev.file ? prev_file : NULL;
            CU_ASSERT_TRUE_FATAL(spec_cmp(&prev, x) < 0);
        }
        prev = *x;
        snprintf(prev_file, sizeof prev_file, "%s", x->file ? x->file : "");
        by_rule[x->rule]++;
        seen++;
    }
    CU_ASSERT_EQUAL(seen, n);
    for (size_t r = 0; r < 4; r++) {
        CU_ASSERT_EQUAL(by_rule[r], mem.by_rule[r]);
        CU_ASSERT_EQUAL(by_rule[r], disk.by_rule[r]);
    }
    CU_ASSERT_TRUE(ra_findings_iter_free(im));
    CU_ASSERT_TRUE(ra_findings_iter_free(id1));
    CU_ASSERT_TRUE(ra_findings_iter_free(id2));

    /* The JSON Lines are byte for byte the same. */
    char *jm = NULL, *jd = NULL;
    size_t lm = 0, ld = 0;
    FILE *fm = open_memstream(&jm, &lm), *fd = open_memstream(&jd, &ld);
    CU_ASSERT_PTR_NOT_NULL_FATAL(fm);
    CU_ASSERT_PTR_NOT_NULL_FATAL(fd);
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&mem, &g_pack, &g_sub, fm, NULL));
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&disk, &g_pack, &g_sub, fd, NULL));
    fclose(fm);
    fclose(fd);
    CU_ASSERT_TRUE(lm > n * 100);
    CU_ASSERT_EQUAL(lm, ld);
    CU_ASSERT_TRUE(lm == ld && !memcmp(jm, jd, lm));
    size_t lines = 0;
    for (size_t i = 0; i < lm; i++)
        lines += jm[i] == '\n';
    CU_ASSERT_EQUAL(lines, n);
    /* escaped as JSON: the quote and tab of the message, the rule's title */
    CU_ASSERT_PTR_NOT_NULL(strstr(jm, "\\\"q\\\" \\\\ \\t"));
    CU_ASSERT_PTR_NOT_NULL(strstr(jm, "\"title\":\"Fee rule \\\"quoted\\\"\""));
    free(jm);
    free(jd);
    ra_findings_free(&mem);
    ra_findings_free(&disk);
}

static char *jsonl_of(ra_findings *f, size_t *len)
{
    char *out = NULL;
    FILE *m = open_memstream(&out, len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    CU_ASSERT_TRUE(ra_findings_write_jsonl(f, &g_pack, &g_sub, m, NULL));
    fclose(m);
    return out;
}

/* Findings split between two stores by worker, as the worker phase splits
 * them between its threads; the first adopts the second. It then reads back
 * as one store that saw them all, also after the second is freed. */
static void expect_adopted(size_t budget_mine, size_t budget_theirs)
{
    ra_findings all, mine, theirs;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&all, &g_pack, (size_t)1 << 30));
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&mine, &g_pack, budget_mine));
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&theirs, &g_pack, budget_theirs));
    const size_t n = 3000;
    g_rng = 7;
    for (size_t i = 0; i < n; i++) {
        ra_finding f = random_finding(i);
        bool second = f.worker != RA_NONE && f.worker >= 3;
        CU_ASSERT_TRUE_FATAL(ra_findings_add(&all, &f));
        CU_ASSERT_TRUE_FATAL(ra_findings_add(second ? &theirs : &mine, &f));
    }
    CU_ASSERT_TRUE_FATAL(ra_findings_adopt(&mine, &theirs));
    ra_findings_free(&theirs);
    CU_ASSERT_TRUE(ra_findings_finish(&all));
    CU_ASSERT_TRUE(ra_findings_finish(&mine));
    CU_ASSERT_EQUAL(mine.count, n);
    CU_ASSERT_TRUE(!memcmp(mine.by_rule, all.by_rule, 4 * sizeof *all.by_rule));
    size_t la, lm;
    char *ja = jsonl_of(&all, &la), *jm = jsonl_of(&mine, &lm);
    CU_ASSERT_TRUE(la > n * 100);
    CU_ASSERT_TRUE(la == lm && !memcmp(ja, jm, la));
    free(ja);
    free(jm);
    ra_findings_free(&all);
    ra_findings_free(&mine);
}

static void test_adopt(void)
{
    expect_adopted((size_t)1 << 30, (size_t)1 << 30); /* both in memory */
    expect_adopted(64 * 1024, 64 * 1024);             /* both spilled */
    expect_adopted((size_t)1 << 30, 64 * 1024);       /* runs adopted by a store in memory */
    expect_adopted(64 * 1024, (size_t)1 << 30);       /* memory adopted by a spilled store */
}

/* Equal keys: emission order, in memory and across runs. */
static void test_ties_keep_emission_order(void)
{
    ra_findings f;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 4096));
    char msg[64];
    for (int i = 0; i < 500; i++) {
        snprintf(msg, sizeof msg, "%04d", i);
        ra_finding x = {.rule = 1,
                        .scope = 1,
                        .agency = 0,
                        .worker = 0,
                        .file = "fees.csv",
                        .line = 7,
                        .message = msg,
                        .evidence = "{}"};
        CU_ASSERT_TRUE_FATAL(ra_findings_add(&f, &x));
    }
    CU_ASSERT_TRUE(ra_findings_finish(&f));
    CU_ASSERT_TRUE(ra_findings_spilled(&f));
    ra_findings_iter *it = ra_findings_iter_new(&f);
    int i = 0;
    for (const ra_finding *x; it && (x = ra_findings_iter_next(it)); i++) {
        snprintf(msg, sizeof msg, "%04d", i);
        CU_ASSERT_STRING_EQUAL(x->message, msg);
    }
    CU_ASSERT_EQUAL(i, 500);
    CU_ASSERT_TRUE(ra_findings_iter_free(it));
    ra_findings_free(&f);
}

static void test_empty(void)
{
    ra_findings f;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 0));
    CU_ASSERT_TRUE(ra_findings_finish(&f));
    ra_findings_iter *it = ra_findings_iter_new(&f);
    CU_ASSERT_PTR_NOT_NULL_FATAL(it);
    CU_ASSERT_PTR_NULL(ra_findings_iter_next(it));
    CU_ASSERT_TRUE(ra_findings_iter_free(it));
    char *j = NULL;
    size_t l = 0;
    FILE *out = open_memstream(&j, &l);
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&f, &g_pack, &g_sub, out, NULL));
    fclose(out);
    CU_ASSERT_EQUAL(l, 0);
    free(j);
    ra_findings_free(&f);
}

/* No usable temporary directory: add fails with the reason, and nothing
 * is counted as kept. */
static void test_spill_error(void)
{
    const char *old = getenv("TMPDIR");
    char *saved = old ? strdup(old) : NULL;
    setenv("TMPDIR", "/nonexistent/recruitaudit-test", 1);
    ra_findings f;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 1024));
    bool ok = true;
    char msg[200];
    memset(msg, 'x', sizeof msg - 1);
    msg[sizeof msg - 1] = '\0';
    for (int i = 0; i < 100 && ok; i++) {
        ra_finding x = {.rule = 0, .file = "workers.csv", .line = i + 1, .message = msg};
        ok = ra_findings_add(&f, &x);
    }
    CU_ASSERT_FALSE(ok);
    CU_ASSERT_EQUAL(ra_findings_error(&f), ENOENT);
    CU_ASSERT_FALSE(ra_findings_finish(&f));
    ra_findings_free(&f);
    if (saved) {
        setenv("TMPDIR", saved, 1);
        free(saved);
    } else {
        unsetenv("TMPDIR");
    }
}

/* A zeroed store (an audit that failed before it began) owns nothing:
 * freeing it must not close descriptor 0, which a zeroed fd would name. */
static void test_zeroed_store(void)
{
    if (fcntl(0, F_GETFD) == -1) {
        int fd = open("/dev/null", O_RDONLY); /* make sure fd 0 is open */
        CU_ASSERT_EQUAL_FATAL(fd, 0);
    }
    ra_findings f;
    memset(&f, 0, sizeof f);
    ra_findings_free(&f);
    CU_ASSERT_NOT_EQUAL(fcntl(0, F_GETFD), -1);
}

/* The JSONL writer's thread meets a failing write: the call says so with
 * the reason, however many blocks follow. */
static void test_jsonl_write_error(void)
{
    FILE *out = fopen("/dev/full", "w");
    if (!out) {
        fprintf(stderr, "\n  no /dev/full here: write error not tested\n");
        return;
    }
    ra_findings f;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 0));
    char msg[400];
    memset(msg, 'm', sizeof msg - 1);
    msg[sizeof msg - 1] = '\0';
    for (int i = 0; i < 5000; i++) { /* about 2 MB of lines: several blocks */
        ra_finding x = {.rule = 0, .file = "workers.csv", .line = i + 1, .message = msg};
        CU_ASSERT_TRUE_FATAL(ra_findings_add(&f, &x));
    }
    CU_ASSERT_TRUE(ra_findings_finish(&f));
    errno = 0;
    CU_ASSERT_FALSE(ra_findings_write_jsonl(&f, &g_pack, &g_sub, out, NULL));
    CU_ASSERT_EQUAL(errno, ENOSPC);
    fclose(out);
    ra_findings_free(&f);
}

/* A store of n findings with 400-byte messages: about n * 800 bytes of JSONL. */
static void fill_big(ra_findings *f, int n)
{
    char msg[400];
    memset(msg, 'm', sizeof msg - 1);
    msg[sizeof msg - 1] = '\0';
    CU_ASSERT_TRUE_FATAL(ra_findings_init(f, &g_pack, 0));
    for (int i = 0; i < n; i++) {
        ra_finding x = {.rule = (uint32_t)i % 4, .file = "fees.csv", .line = i + 1, .message = msg};
        CU_ASSERT_TRUE_FATAL(ra_findings_add(f, &x));
    }
    CU_ASSERT_TRUE_FATAL(ra_findings_finish(f));
}

/* An open temporary regular file, unlinked at once. */
static FILE *temp_file(void)
{
    const char *dir = getenv("TMPDIR");
    char path[4096];
    snprintf(path, sizeof path, "%s/ra-test-findings.XXXXXX", dir && *dir ? dir : "/tmp");
    int fd = mkstemp(path);
    CU_ASSERT_TRUE_FATAL(fd >= 0);
    unlink(path);
    FILE *f = fdopen(fd, "w+");
    CU_ASSERT_PTR_NOT_NULL_FATAL(f);
    return f;
}

/* A regular file is written by its descriptor, with write-behind over
 * several windows: what its stream held before comes first, what is
 * written after comes last, and the lines are those of a memory stream. */
static void test_jsonl_regular_file(void)
{
    ra_findings f;
    fill_big(&f, 40000); /* about 30 MB, several write-behind windows */
    size_t lm = 0;
    char *want = jsonl_of(&f, &lm);
    CU_ASSERT_TRUE(lm > (size_t)24 << 20);

    FILE *out = temp_file();
    fputs("before\n", out); /* still in the stream's buffer */
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&f, &g_pack, &g_sub, out, NULL));
    fputs("after\n", out);
    CU_ASSERT_EQUAL_FATAL(fflush(out), 0);

    long size = ftell(out);
    CU_ASSERT_EQUAL(size, (long)(7 + lm + 6));
    char *got = malloc(lm + 13);
    CU_ASSERT_PTR_NOT_NULL_FATAL(got);
    rewind(out);
    CU_ASSERT_EQUAL(fread(got, 1, lm + 13, out), lm + 13);
    CU_ASSERT_EQUAL(memcmp(got, "before\n", 7), 0);
    CU_ASSERT_EQUAL(memcmp(got + 7, want, lm), 0);
    CU_ASSERT_EQUAL(memcmp(got + 7 + lm, "after\n", 6), 0);
    free(got);
    free(want);
    fclose(out);
    ra_findings_free(&f);
}

/* The lines of many batches, formatted on several threads, come out in
 * the store's order, each once; one finding larger than a whole batch
 * (a 3 MB message) goes through too. Checked on the lines' own "line"
 * numbers, not against another run of the writer. Repeated: a race between
 * the formatters would show as a line out of place or a hang. */
static void test_jsonl_order_across_batches(void)
{
    const int n = 20000, big_at = 7777;
    const size_t big_len = (size_t)3 << 20;
    char *big = malloc(big_len + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(big);
    memset(big, 'b', big_len);
    big[big_len] = '\0';
    char msg[300];
    memset(msg, 'm', sizeof msg - 1);
    msg[sizeof msg - 1] = '\0';
    ra_findings f;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 0));
    for (int i = 0; i < n; i++) {
        ra_finding x = {.rule = (uint32_t)i % 4,
                        .file = "fees.csv",
                        .line = i + 1,
                        .fee_id = i % 3 ? "F1" : NULL,
                        .message = i == big_at ? big : msg};
        CU_ASSERT_TRUE_FATAL(ra_findings_add(&f, &x));
    }
    CU_ASSERT_TRUE_FATAL(ra_findings_finish(&f));
    for (int round = 0; round < 5; round++) {
        size_t len;
        char *out = jsonl_of(&f, &len);
        long want = 1;
        bool in_order = true, big_seen = false;
        for (char *line = out, *end; line < out + len; line = end + 1) {
            end = memchr(line, '\n', (size_t)(out + len - line));
            CU_ASSERT_PTR_NOT_NULL_FATAL(end);
            *end = '\0'; /* strstr then reads one line, not the rest of the output */
            const char *at = strstr(line, "\"line\":");
            long got = at ? strtol(at + 7, NULL, 10) : -1;
            in_order = in_order && got == want;
            if (got == big_at + 1) {
                const char *m = strstr(line, "\"message\":\"");
                big_seen = m && (size_t)(end - m) > 11 + big_len && !memcmp(m + 11, big, big_len) &&
                           m[11 + big_len] == '"';
            }
            want++;
        }
        CU_ASSERT_TRUE(in_order);
        CU_ASSERT_EQUAL(want - 1, n);
        CU_ASSERT_TRUE(big_seen);
        free(out);
    }
    free(big);
    ra_findings_free(&f);
}

/* A regular file that cannot grow (the file size limit stands in for a
 * full disk): the call fails with the reason. */
static void test_jsonl_regular_file_error(void)
{
    ra_findings f;
    fill_big(&f, 5000); /* about 4 MB */
    struct rlimit old, lim;
    CU_ASSERT_EQUAL_FATAL(getrlimit(RLIMIT_FSIZE, &old), 0);
    lim = old;
    lim.rlim_cur = 1 << 20;
    void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
    FILE *out = temp_file();
    CU_ASSERT_EQUAL_FATAL(setrlimit(RLIMIT_FSIZE, &lim), 0);
    errno = 0;
    CU_ASSERT_FALSE(ra_findings_write_jsonl(&f, &g_pack, &g_sub, out, NULL));
    CU_ASSERT_EQUAL(errno, EFBIG);
    CU_ASSERT_EQUAL(setrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, prev);
    fclose(out);
    ra_findings_free(&f);
}

/* ---- early lines ------------------------------------------------------------------------- */

/* Adds to f the findings of a submission whose fee and document rows come
 * in the order of the findings: rows by scope, agency, worker and line, a
 * few findings each with their rules in random order (the ids are not in
 * index order, so a row's lines must be reordered), and worker findings
 * in between, which go to the store whatever the order. */
static void fill_rows(ra_findings *f)
{
    g_rng = 7;
    size_t i = 0;
    for (int scope = RA_SCOPE_FEE; scope <= RA_SCOPE_DOCUMENT; scope++)
        for (uint32_t agency = 0; agency < 3; agency++)
            for (uint32_t worker = 0; worker < 5; worker++)
                for (long line = 1 + rnd(3); line < 1500; line += 1 + rnd(40)) {
                    uint32_t n = rnd(4);
                    for (uint32_t k = 0; k < n; k++, i++) {
                        ra_finding x = random_finding(i);
                        x.rule = rnd(4);
                        x.scope = (ra_scope)scope;
                        x.agency = agency;
                        x.worker = worker;
                        x.file = scope == RA_SCOPE_FEE ? "fees.csv" : "documents.csv";
                        x.line = line + 10000 * (long)(agency * 5 + worker);
                        CU_ASSERT_TRUE_FATAL(ra_findings_add(f, &x));
                    }
                    if (rnd(10) == 0) {
                        ra_finding w = random_finding(i++);
                        w.scope = RA_SCOPE_WORKER;
                        w.file = "workers.csv";
                        CU_ASSERT_TRUE_FATAL(ra_findings_add(f, &w));
                    }
                }
}

/* The whole content of a regular file. */
static char *file_text(FILE *f, size_t *len)
{
    CU_ASSERT_EQUAL_FATAL(fflush(f), 0);
    long size = ftell(f);
    CU_ASSERT_TRUE_FATAL(size >= 0);
    *len = (size_t)size;
    char *text = malloc(*len + 1);
    CU_ASSERT_PTR_NOT_NULL_FATAL(text);
    rewind(f);
    CU_ASSERT_EQUAL(fread(text, 1, *len, f), *len);
    text[*len] = '\0';
    return text;
}

/* Fee and document findings written early, the rest after them, make the
 * same bytes as a store that kept everything; the store counts them all. */
static void test_early_same_as_kept(void)
{
    ra_findings kept, early;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&kept, &g_pack, 0));
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&early, &g_pack, 64 * 1024));
    FILE *out = temp_file();
    ra_findings_early *e = ra_findings_early_new(&g_pack, out);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    ra_findings_early_bind(e, &g_sub);
    ra_findings_write_early(&early, e);
    fill_rows(&kept);
    fill_rows(&early);
    CU_ASSERT_TRUE(kept.count > 3000);
    CU_ASSERT_TRUE(ra_findings_finish(&kept));
    CU_ASSERT_TRUE(ra_findings_finish(&early));
    CU_ASSERT_TRUE(ra_findings_early_flush(e));
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&early, &g_pack, &g_sub, out, NULL));

    CU_ASSERT_EQUAL(early.count, kept.count);
    CU_ASSERT_TRUE(early.early > 0 && early.early < early.count);
    CU_ASSERT_TRUE(!memcmp(early.by_rule, kept.by_rule, 4 * sizeof *kept.by_rule));
    size_t lk, le;
    char *want = jsonl_of(&kept, &lk), *got = file_text(out, &le);
    CU_ASSERT_TRUE(lk > (size_t)2 << 20); /* past the writer's 1 MiB blocks */
    CU_ASSERT_EQUAL(le, lk);
    CU_ASSERT_TRUE(le == lk && !memcmp(got, want, lk));
    size_t fee_lines = 0, doc_lines = 0;
    for (const char *p = got; (p = strstr(p, "\"scope\":\"fee\"")); p++)
        fee_lines++;
    for (const char *p = got; (p = strstr(p, "\"scope\":\"document\"")); p++)
        doc_lines++;
    CU_ASSERT_EQUAL(fee_lines + doc_lines, early.early);
    free(want);
    free(got);
    fclose(out);
    ra_findings_early_free(e);
    ra_findings_free(&kept);
    ra_findings_free(&early);
}

/* A finding that comes before one already taken (a row of an earlier
 * worker, a fee after a document) is refused, and so is every later one:
 * the store says so without an error of its own, and counts none of them. */
static void test_early_refuses_out_of_order(void)
{
    static const struct {
        ra_scope scope;
        uint32_t worker;
        long line;
    } cases[][2] = {
        {{RA_SCOPE_FEE, 2, 5}, {RA_SCOPE_FEE, 1, 9}},
        {{RA_SCOPE_FEE, 2, 5}, {RA_SCOPE_FEE, 2, 4}},
        {{RA_SCOPE_DOCUMENT, 0, 5}, {RA_SCOPE_FEE, 4, 9}},
    };
    for (size_t c = 0; c < sizeof cases / sizeof cases[0]; c++) {
        ra_findings f;
        CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 0));
        FILE *out = temp_file();
        ra_findings_early *e = ra_findings_early_new(&g_pack, out);
        CU_ASSERT_PTR_NOT_NULL_FATAL(e);
        ra_findings_early_bind(e, &g_sub);
        ra_findings_write_early(&f, e);
        ra_finding x[2];
        for (int k = 0; k < 2; k++)
            x[k] = (ra_finding){.rule = 1,
                                .scope = cases[c][k].scope,
                                .agency = 0,
                                .worker = cases[c][k].worker,
                                .file = "fees.csv",
                                .line = cases[c][k].line,
                                .message = "m"};
        CU_ASSERT_TRUE(ra_findings_add(&f, &x[0]));
        CU_ASSERT_FALSE(ra_findings_early_unordered(e));
        CU_ASSERT_FALSE(ra_findings_add(&f, &x[1]));
        CU_ASSERT_TRUE(ra_findings_early_unordered(e));
        CU_ASSERT_EQUAL(ra_findings_error(&f), 0);
        CU_ASSERT_EQUAL(ra_findings_early_error(e), 0);
        x[0].line++; /* in order again after the first: refused all the same */
        CU_ASSERT_FALSE(ra_findings_add(&f, &x[0]));
        CU_ASSERT_EQUAL(f.count, 1);
        CU_ASSERT_EQUAL(f.early, 1);
        fclose(out);
        ra_findings_early_free(e);
        ra_findings_free(&f);
    }
}

/* Worker findings of rows in order, a few each with rules in random
 * order, added to stores[k % 2] for the k-th chunk of rows (chunks of 1 to
 * 40 rows), as the worker phase's two threads do; after each chunk, take
 * is called with k. A row is never split between chunks. */
static void fill_chunks(ra_findings *stores[2], void (*take)(size_t k, void *arg), void *arg)
{
    g_rng = 11;
    size_t i = 0, k = 0, left = 1 + rnd(40);
    for (uint32_t agency = 0; agency < 3; agency++)
        for (uint32_t worker = 0; worker < 5; worker++)
            for (long line = 1 + rnd(3); line < 400; line += 1 + rnd(9)) {
                for (uint32_t n = rnd(4); n > 0; n--, i++) {
                    ra_finding x = random_finding(i);
                    x.rule = rnd(4);
                    x.scope = RA_SCOPE_WORKER;
                    x.agency = agency;
                    x.worker = worker;
                    x.file = "workers.csv";
                    x.line = line + 1000 * (long)(agency * 5 + worker);
                    CU_ASSERT_TRUE_FATAL(ra_findings_add(stores[k % 2], &x));
                }
                if (--left == 0) {
                    if (take)
                        take(k, arg);
                    k++;
                    left = 1 + rnd(40);
                }
            }
    if (take)
        take(k, arg);
}

typedef struct {
    ra_findings_early *e, *lines[2];
} turns;

static void take_in_turn(size_t k, void *arg)
{
    turns *t = arg;
    CU_ASSERT_TRUE(ra_findings_early_take(t->e, t->lines[k % 2]));
}

/* Chunks of worker findings made by two detached writers and taken in
 * turn by one with a file make the bytes of a store that kept them all;
 * the store that adopts the chunks' stores counts them all as early. */
static void test_early_taken_in_turns(void)
{
    ra_findings kept, f, t[2];
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&kept, &g_pack, 0));
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 0));
    FILE *out = temp_file();
    turns tt = {.e = ra_findings_early_new(&g_pack, out)};
    CU_ASSERT_PTR_NOT_NULL_FATAL(tt.e);
    ra_findings_early_bind(tt.e, &g_sub);
    ra_findings_write_early(&f, tt.e);
    for (int k = 0; k < 2; k++) {
        CU_ASSERT_TRUE_FATAL(ra_findings_init(&t[k], &g_pack, 0));
        tt.lines[k] = ra_findings_early_detached();
        CU_ASSERT_PTR_NOT_NULL_FATAL(tt.lines[k]);
        ra_findings_write_early(&t[k], tt.lines[k]);
        CU_ASSERT_TRUE(ra_findings_early_workers(&t[k], true));
    }
    ra_findings *all[2] = {&kept, &kept}, *split[2] = {&t[0], &t[1]};
    fill_chunks(all, NULL, NULL);
    fill_chunks(split, take_in_turn, &tt);
    for (int k = 0; k < 2; k++)
        CU_ASSERT_TRUE(ra_findings_adopt(&f, &t[k]));
    CU_ASSERT_TRUE(ra_findings_finish(&kept));
    CU_ASSERT_TRUE(ra_findings_finish(&f));
    CU_ASSERT_TRUE(ra_findings_early_flush(tt.e));
    CU_ASSERT_TRUE(ra_findings_write_jsonl(&f, &g_pack, &g_sub, out, NULL));
    CU_ASSERT_EQUAL(f.count, kept.count);
    CU_ASSERT_EQUAL(f.early, kept.count);
    CU_ASSERT_TRUE(!memcmp(f.by_rule, kept.by_rule, 4 * sizeof *kept.by_rule));
    size_t lk, lf;
    char *want = jsonl_of(&kept, &lk), *got = file_text(out, &lf);
    CU_ASSERT_TRUE(lk > (size_t)2 << 20); /* past the writer's 1 MiB blocks */
    CU_ASSERT_TRUE(lf == lk && !memcmp(got, want, lk));
    free(want);
    free(got);
    fclose(out);
    for (int k = 0; k < 2; k++) {
        ra_findings_early_free(tt.lines[k]);
        ra_findings_free(&t[k]);
    }
    ra_findings_early_free(tt.e);
    ra_findings_free(&kept);
    ra_findings_free(&f);
}

/* A chunk taken before the one ahead of it, or a row split between two
 * chunks, is refused: the writer with the file is then unordered. */
static void test_early_take_out_of_turn(void)
{
    for (int split_row = 0; split_row < 2; split_row++) {
        FILE *out = temp_file();
        ra_findings_early *e = ra_findings_early_new(&g_pack, out), *d[2];
        CU_ASSERT_PTR_NOT_NULL_FATAL(e);
        ra_findings_early_bind(e, &g_sub);
        ra_findings t[2];
        for (int k = 0; k < 2; k++) {
            d[k] = ra_findings_early_detached();
            CU_ASSERT_PTR_NOT_NULL_FATAL(d[k]);
            CU_ASSERT_TRUE_FATAL(ra_findings_init(&t[k], &g_pack, 0));
            ra_findings_write_early(&t[k], d[k]);
            CU_ASSERT_TRUE(ra_findings_early_workers(&t[k], true));
            ra_finding x = {.rule = 1,
                            .scope = RA_SCOPE_WORKER,
                            .agency = 0,
                            .worker = split_row ? 1 : (uint32_t)k,
                            .file = "workers.csv",
                            .line = split_row ? 7 : 2 + k,
                            .message = "m"};
            CU_ASSERT_TRUE(ra_findings_add(&t[k], &x));
        }
        int first = split_row ? 0 : 1; /* out of turn: the later chunk first */
        CU_ASSERT_TRUE(ra_findings_early_take(e, d[first]));
        CU_ASSERT_FALSE(ra_findings_early_unordered(e));
        CU_ASSERT_FALSE(ra_findings_early_take(e, d[1 - first]));
        CU_ASSERT_TRUE(ra_findings_early_unordered(e));
        CU_ASSERT_EQUAL(ra_findings_early_error(e), 0);
        for (int k = 0; k < 2; k++) {
            ra_findings_early_free(d[k]);
            ra_findings_free(&t[k]);
        }
        ra_findings_early_free(e);
        fclose(out);
    }
}

/* Lines can only be written early to a regular file, which the caller can
 * empty to start over. */
static void test_early_needs_a_regular_file(void)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&buf, &len);
    CU_ASSERT_PTR_NOT_NULL_FATAL(m);
    errno = 0;
    CU_ASSERT_PTR_NULL(ra_findings_early_new(&g_pack, m));
    CU_ASSERT_EQUAL(errno, ESPIPE);
    fclose(m);
    free(buf);
    int fds[2];
    CU_ASSERT_EQUAL_FATAL(pipe(fds), 0);
    FILE *p = fdopen(fds[1], "w");
    CU_ASSERT_PTR_NOT_NULL_FATAL(p);
    CU_ASSERT_PTR_NULL(ra_findings_early_new(&g_pack, p));
    fclose(p);
    close(fds[0]);
}

/* A file that cannot grow: the store's add fails with the reason once a
 * block of lines is written, and so does the writer. */
static void test_early_write_error(void)
{
    struct rlimit old, lim;
    CU_ASSERT_EQUAL_FATAL(getrlimit(RLIMIT_FSIZE, &old), 0);
    lim = old;
    lim.rlim_cur = 64 * 1024;
    void (*prev)(int) = signal(SIGXFSZ, SIG_IGN);
    FILE *out = temp_file();
    ra_findings f;
    CU_ASSERT_TRUE_FATAL(ra_findings_init(&f, &g_pack, 0));
    ra_findings_early *e = ra_findings_early_new(&g_pack, out);
    CU_ASSERT_PTR_NOT_NULL_FATAL(e);
    ra_findings_early_bind(e, &g_sub);
    ra_findings_write_early(&f, e);
    CU_ASSERT_EQUAL_FATAL(setrlimit(RLIMIT_FSIZE, &lim), 0);
    char msg[400];
    memset(msg, 'm', sizeof msg - 1);
    msg[sizeof msg - 1] = '\0';
    bool ok = true;
    int i = 0;
    /* 1 MiB of lines is about 2,000. The writer thread fails on the first
     * MiB; the finder hears of it when it hands over a block, at the latest
     * when the ring of 4 blocks is full (the 5th MiB). */
    for (; i < 20000 && ok; i++) {
        ra_finding x = {.rule = 1, .file = "fees.csv", .line = i + 1, .message = msg};
        ok = ra_findings_add(&f, &x);
    }
    CU_ASSERT_FALSE(ok);
    CU_ASSERT_TRUE(i < 12000);
    CU_ASSERT_EQUAL(ra_findings_error(&f), EFBIG);
    CU_ASSERT_EQUAL(ra_findings_early_error(e), EFBIG);
    CU_ASSERT_FALSE(ra_findings_early_unordered(e));
    errno = 0;
    CU_ASSERT_FALSE(ra_findings_early_flush(e));
    CU_ASSERT_EQUAL(errno, EFBIG);
    CU_ASSERT_EQUAL(setrlimit(RLIMIT_FSIZE, &old), 0);
    signal(SIGXFSZ, prev);
    fclose(out);
    ra_findings_early_free(e);
    ra_findings_free(&f);
}

/* Whole blocks at an aligned address go to the file from the caller's
 * memory, with nothing staged; a block with a tail leaves only the tail
 * staged; once something is staged, the bytes after it are staged too. The
 * file has every byte in order. */
static void test_sink_aligned_blocks(void)
{
    FILE *out = temp_file();
    enum { B = SINK_ALIGN };
    static const size_t sizes[] = {3 * B, B, 5 * B + 100, 2 * B, 700};
    size_t total = 0;
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++)
        total += sizes[i];
    char *want = malloc(total), *buf = NULL;
    CU_ASSERT_PTR_NOT_NULL_FATAL(want);
    CU_ASSERT_EQUAL_FATAL(posix_memalign((void **)&buf, SINK_ALIGN, 6 * B), 0);
    for (size_t i = 0; i < total; i++)
        want[i] = (char)('a' + (i * 13 + i / 4096) % 26);
    sink w;
    sink_open(&w, out);
    size_t at = 0;
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        memcpy(buf, want + at, sizes[i]);
        CU_ASSERT_TRUE_FATAL(put_block(&w, buf, sizes[i]));
        at += sizes[i];
        if (w.mode != SINK_DIRECT)
            continue; /* a file system without O_DIRECT: all cached */
        if (i < 2)
            CU_ASSERT_EQUAL(w.staged, 0);
        if (i == 2)
            CU_ASSERT_EQUAL(w.staged, 100);
        if (i == 3)
            CU_ASSERT_EQUAL(w.staged, 100 + 2 * B);
    }
    CU_ASSERT_TRUE(sink_flush(&w));
    size_t len;
    char *got = file_text(out, &len);
    CU_ASSERT_EQUAL(len, total);
    CU_ASSERT_TRUE(len == total && !memcmp(got, want, total));
    fclose(out);
    free(got);
    free(buf);
    free(want);
}

/* The output of findings to a regular file: two sinks one after the other
 * on one file (the early writer's, then the rest's), each starting at an
 * offset no block device would take, written in pieces of many sizes. With
 * O_DIRECT the bytes go through an aligned staging buffer, the head up to
 * the first aligned offset and the tail the cached way; where the
 * filesystem refuses O_DIRECT, all of it the cached way. Either way the
 * file must hold every byte in order, and fd its own flags after. */
static void test_sink_pieces_in_order(void)
{
    FILE *out = temp_file();
    int fd = fileno(out);
    const size_t total = (5u << 20) + 12345;
    char *want = malloc(total + 1000);
    CU_ASSERT_PTR_NOT_NULL_FATAL(want);
    for (size_t i = 0; i < total + 1000; i++)
        want[i] = (char)('a' + (i * 7 + i / 4096) % 26);
    CU_ASSERT_EQUAL(fwrite(want, 1, 1000, out), 1000); /* held by stdio: goes first */
    int flags = fcntl(fd, F_GETFL);
    size_t at = 1000, end_first = 1000 + total / 2, k = 0;
    for (int part = 0; part < 2; part++) {
        sink w;
        sink_open(&w, out);
        CU_ASSERT_TRUE(w.regular);
        size_t end = part ? total + 1000 : end_first;
        while (at < end) {
            size_t n = 1 + (k * 2654435761u) % 300000; /* 1 byte to 300 KB */
            k++;
            if (n > end - at)
                n = end - at;
            CU_ASSERT_TRUE_FATAL(put_block(&w, want + at, n));
            at += n;
        }
        CU_ASSERT_TRUE(sink_flush(&w));
        CU_ASSERT_EQUAL(fcntl(fd, F_GETFL), flags);
        CU_ASSERT_EQUAL(lseek(fd, 0, SEEK_CUR), (off_t)at);
    }
    size_t len;
    char *got = file_text(out, &len);
    CU_ASSERT_EQUAL(len, total + 1000);
    CU_ASSERT_TRUE(len == total + 1000 && !memcmp(got, want, total + 1000));
    fclose(out);
    free(got);
    free(want);
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("findings", NULL, NULL);
    CU_add_test(s, "a store that spills reads back as one in memory", test_spill_same_as_memory);
    CU_add_test(s, "ties keep emission order across runs", test_ties_keep_emission_order);
    CU_add_test(s, "a store adopts another's findings, spilled or not", test_adopt);
    CU_add_test(s, "an empty store", test_empty);
    CU_add_test(s, "a spill that cannot be written is an error", test_spill_error);
    CU_add_test(s, "a zeroed store frees without closing a descriptor", test_zeroed_store);
    CU_add_test(s, "a failing JSONL write is reported", test_jsonl_write_error);
    CU_add_test(s, "JSONL to a regular file, past write-behind windows", test_jsonl_regular_file);
    CU_add_test(s, "a failing write to a regular file is reported", test_jsonl_regular_file_error);
    CU_add_test(s, "early lines and the rest make the bytes of a kept store",
                test_early_same_as_kept);
    CU_add_test(s, "early lines: a finding out of order is refused",
                test_early_refuses_out_of_order);
    CU_add_test(s, "early lines need a regular file", test_early_needs_a_regular_file);
    CU_add_test(s, "early lines of chunks taken in turns", test_early_taken_in_turns);
    CU_add_test(s, "early lines: a chunk out of turn is refused", test_early_take_out_of_turn);
    CU_add_test(s, "early lines: a failing write is reported", test_early_write_error);
    CU_add_test(s, "whole aligned blocks are written from the caller's memory",
                test_sink_aligned_blocks);
    CU_add_test(s, "a file written in pieces of many sizes by two sinks",
                test_sink_pieces_in_order);
    CU_add_test(s, "JSONL lines of many batches keep the store's order",
                test_jsonl_order_across_batches);
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
