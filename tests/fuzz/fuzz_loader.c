/* fuzz_loader.c — libFuzzer target: arbitrary bytes as workers.csv through
 * the CSV reader, header binding and typed row parsing, with small limits so
 * the limit paths are reached. Any crash, leak or sanitizer report is a bug. */
#include <stddef.h>
#include <stdint.h>

#include "schema.h"

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
    /* Half the inputs get a valid header so row parsing is reached. */
    if (size && (data[0] & 1)) {
        ra_csv_read_buffer(header, sizeof header - 1, 1, 0, &lim, on_record, &c, &st, NULL);
        ra_csv_read_buffer(data + 1, size - 1, 2, 1, &lim, on_record, &c, &st, NULL);
    } else {
        ra_csv_read_buffer(data, size, 1, 0, &lim, on_record, &c, &st, NULL);
    }
    return 0;
}
