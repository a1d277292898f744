/* test_csv_plain.c — the CSV reader's shortcut for plain lines (no quote:
 * split at commas without libcsv) gives exactly the records and stats
 * of reading every line with libcsv: on random bytes with small and default
 * limits, stopped or not, on the csv-spectrum files, on the bad-input
 * fixtures and on the loader's fuzz corpus. */
#include <CUnit/Basic.h>

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "csvread.h"

/* Everything the callback saw, written out as text, and when to stop. */
typedef struct {
    char *text;
    size_t len, cap;
    size_t calls, stop_at; /* stop_at: stop at that call (0: never) */
} trace;

static void put(trace *t, const void *p, size_t n)
{
    if (t->len + n > t->cap) {
        size_t cap = t->cap ? t->cap : 4096;
        while (cap < t->len + n)
            cap *= 2;
        char *q = realloc(t->text, cap);
        if (!q)
            abort();
        t->text = q;
        t->cap = cap;
    }
    memcpy(t->text + t->len, p, n);
    t->len += n;
}

static int record(void *ctx, const ra_csv_record *rec)
{
    trace *t = ctx;
    char head[160];
    int k = snprintf(head, sizeof head, "%ld-%ld @%llu %zu/%zu d%d c%ld |", rec->line,
                     rec->end_line, (unsigned long long)rec->offset, rec->nstored, rec->nfields,
                     (int)rec->defect, rec->defect_col);
    put(t, head, (size_t)k);
    for (size_t i = 0; i < rec->nstored; i++) {
        k = snprintf(head, sizeof head, "%zu:", rec->fields[i].len);
        put(t, head, (size_t)k);
        put(t, rec->fields[i].ptr, rec->fields[i].len);
    }
    put(t, "\n", 1);
    return ++t->calls == t->stop_at ? 7 : 0;
}

static size_t g_cases, g_differ;

/* Reads buf both ways; true when records, stats and status agree. */
static bool same_both_ways(const char *buf, size_t len, const ra_csv_limits *lim, size_t stop_at)
{
    trace a = {.stop_at = stop_at}, b = {.stop_at = stop_at};
    ra_csv_stats sa, sb;
    ra_error ea, eb;
    ra_status s1 = ra_csv_read_buffer(buf, len, 1, 0, lim, record, &a, &sa, &ea);
    ra_status s2 = ra_csv_read_buffer_libcsv(buf, len, 1, 0, lim, record, &b, &sb, &eb);
    bool same = s1 == s2 && a.len == b.len && (!a.len || !memcmp(a.text, b.text, a.len)) &&
                sa.bytes == sb.bytes && sa.lines == sb.lines && sa.blank_lines == sb.blank_lines &&
                sa.records == sb.records && sa.bom == sb.bom && sa.ended_clean == sb.ended_clean &&
                sa.stopped == sb.stopped;
    g_cases++;
    if (!same && g_differ++ < 3) {
        fprintf(stderr, "\nplain-line shortcut differs from libcsv on %zu bytes:\n", len);
        fwrite(buf, 1, len < 300 ? len : 300, stderr);
        fprintf(stderr, "\n-- shortcut:\n%.*s-- libcsv:\n%.*s", (int)(a.len < 2000 ? a.len : 2000),
                a.text ? a.text : "", (int)(b.len < 2000 ? b.len : 2000), b.text ? b.text : "");
    }
    free(a.text);
    free(b.text);
    return same;
}

static uint64_t g_rng = 0x2545F4914F6CDD1DULL;
static uint32_t rnd(uint32_t n)
{
    g_rng ^= g_rng << 13;
    g_rng ^= g_rng >> 7;
    g_rng ^= g_rng << 17;
    return (uint32_t)(g_rng % n);
}

/* Bytes that matter to a CSV reader, plain text most of the time. */
static char random_byte(void)
{
    static const char special[] = {',',  ',',  '"',    '\r',   '\n',   '\n',   ' ',
                                   '\t', '\0', '\xef', '\xbb', '\xbf', '\xc3', '\xa9'};
    return rnd(3) ? (char)('a' + rnd(26)) : special[rnd(sizeof special)];
}

static void test_random_bytes(void)
{
    char buf[400];
    ra_csv_limits def;
    ra_csv_limits_default(&def);
    for (int i = 0; i < 30000; i++) {
        size_t len = rnd(sizeof buf);
        for (size_t k = 0; k < len; k++)
            buf[k] = random_byte();
        if (len >= 3 && rnd(10) == 0)
            memcpy(buf, "\xef\xbb\xbf", 3); /* a BOM */
        ra_csv_limits small = {1 + rnd(40), 1 + rnd(80), 1 + rnd(8)};
        const ra_csv_limits *lim = rnd(2) ? &small : &def;
        CU_ASSERT_TRUE(same_both_ways(buf, len, lim, rnd(4) ? 0 : 1 + rnd(5)));
    }
}

/* Every file of dir (and of its subdirectories) read both ways. */
static void each_file(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    CU_ASSERT_PTR_NOT_NULL_FATAL(d);
    ra_csv_limits def;
    ra_csv_limits_default(&def);
    ra_csv_limits small = {64, 256, 8};
    for (struct dirent *e; (e = readdir(d));) {
        if (e->d_name[0] == '.')
            continue;
        char path[2048];
        snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
        struct stat st;
        if (stat(path, &st) != 0)
            continue;
        if (S_ISDIR(st.st_mode)) {
            if (depth < 2)
                each_file(path, depth + 1);
            continue;
        }
        FILE *f = fopen(path, "rb");
        if (!f)
            continue;
        char *buf = malloc(1 << 20);
        CU_ASSERT_PTR_NOT_NULL_FATAL(buf);
        size_t n = fread(buf, 1, 1 << 20, f);
        fclose(f);
        CU_ASSERT_TRUE(same_both_ways(buf, n, &def, 0));
        CU_ASSERT_TRUE(same_both_ways(buf, n, &small, 0));
        CU_ASSERT_TRUE(same_both_ways(buf, n, &def, 2));
        free(buf);
    }
    closedir(d);
}

static void test_files(void)
{
    const char *src = getenv("RA_SOURCE_DIR");
    CU_ASSERT_PTR_NOT_NULL_FATAL(src);
    static const char *const dirs[] = {"tests/data/csv-spectrum/csvs", "fixtures/bad",
                                       "tests/fuzz/corpus/loader", "fixtures/demo"};
    size_t before = g_cases;
    for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", src, dirs[i]);
        each_file(path, 0);
    }
    CU_ASSERT_TRUE(g_cases - before >= 150); /* the folders were found and read */
}

int main(void)
{
    if (CU_initialize_registry() != CUE_SUCCESS)
        return 2;
    CU_pSuite s = CU_add_suite("csv plain lines", NULL, NULL);
    if (!s || !CU_add_test(s, "random bytes, limits and stops", test_random_bytes) ||
        !CU_add_test(s, "spectrum, bad inputs, fuzz corpus, demo", test_files)) {
        CU_cleanup_registry();
        return 2;
    }
    CU_basic_set_mode(CU_BRM_VERBOSE);
    CU_basic_run_tests();
    unsigned failed = CU_get_number_of_failures() + CU_get_number_of_tests_failed();
    CU_cleanup_registry();
    return failed ? 1 : 0;
}
