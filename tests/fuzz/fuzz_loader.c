/* fuzz_loader.c — libFuzzer target: arbitrary bytes as workers.csv through
 * the CSV reader, header binding and typed row parsing, with small limits so
 * the limit paths are reached. Any crash, leak or sanitizer report is a bug.
 * The bytes are also read with every line through libcsv: a record or a
 * count that differs from the reader's plain-line shortcut aborts. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>

#include "schema.h"

/* FNV-1a over everything the callback is given. */
static void mix(uint64_t *h, const void *p, size_t n)
{
    for (size_t i = 0; i < n; i++)
        *h = (*h ^ ((const unsigned char *)p)[i]) * 0x100000001b3ULL;
}

static int digest(void *p, const ra_csv_record *rec)
{
    uint64_t *h = p;
    long meta[6] = {rec->line, rec->end_line, (long)rec->offset, (long)rec->nfields,
                    (long)rec->nstored, (long)rec->defect * 100000 + rec->defect_col};
    mix(h, meta, sizeof meta);
    for (size_t i = 0; i < rec->nstored; i++) {
        mix(h, &rec->fields[i].len, sizeof rec->fields[i].len);
        mix(h, rec->fields[i].ptr, rec->fields[i].len);
    }
    return 0;
}

static void same_both_ways(const uint8_t *data, size_t size, const ra_csv_limits *lim)
{
    uint64_t a = 0xcbf29ce484222325ULL, b = a;
    ra_csv_stats sa, sb;
    ra_csv_read_buffer(data, size, 1, 0, lim, digest, &a, &sa, NULL);
    ra_csv_read_buffer_libcsv(data, size, 1, 0, lim, digest, &b, &sb, NULL);
    if (a != b || sa.lines != sb.lines || sa.blank_lines != sb.blank_lines ||
        sa.records != sb.records || sa.ended_clean != sb.ended_clean || sa.bom != sb.bom)
        abort();
}

typedef struct {
    const ra_table_schema *schema;
    ra_header_map map;
    bool header_done, header_ok;
    unsigned long rows, rejected;
} fuzz_ctx;

static int on_record(void *p, const ra_csv_record *rec)
{
    fuzz_ctx *c = p;
    if (!c->header_done) {
        c->header_done = true;
        c->header_ok = ra_header_bind(c->schema, rec, &c->map, NULL, NULL);
        return c->header_ok ? 0 : 1;
    }
    ra_cell cells[RA_SCHEMA_MAX_COLS];
    ra_reject why;
    c->rows++;
    if (!ra_row_parse(c->schema, &c->map, rec, 0, cells, &why))
        c->rejected++;
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char header[] =
        "worker_id,agency_id,sex,birth_year,origin_country,destination_country,sector,"
        "monthly_wage,wage_currency,deployed_on\n";
    ra_csv_limits lim = {256, 1024, 32};
    fuzz_ctx c = {.schema = ra_schema_get(RA_TABLE_WORKERS)};
    ra_csv_stats st;
    same_both_ways(data, size, &lim);
    /* Half the inputs get a valid header so row parsing is reached. */
    if (size && (data[0] & 1)) {
        ra_csv_read_buffer(header, sizeof header - 1, 1, 0, &lim, on_record, &c, &st, NULL);
        ra_csv_read_buffer(data + 1, size - 1, 2, 1, &lim, on_record, &c, &st, NULL);
    } else {
        ra_csv_read_buffer(data, size, 1, 0, &lim, on_record, &c, &st, NULL);
    }
    return 0;
}
