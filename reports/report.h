/* report.h — the Excel audit report (SPEC section 3): Summary, Findings,
 * Workers, Fees, Documents, Contracts, Rejected rows and Manifest sheets,
 * written from a finished audit with libxlsxwriter.
 *
 * The writer only reads its input; it allocates and frees its own working
 * memory and re-reads workers.csv, fees.csv and documents.csv from the
 * submission (streaming) so that their cells keep the exact text given.
 * Memory grows with workers and findings (already held by the audit), not
 * with fee or document rows. Not thread-safe with other users of gmtime():
 * libxlsxwriter formats the document dates with it. Numbers are printed
 * with printf: LC_NUMERIC must stay "C" (a decimal comma corrupts the file). */
#ifndef RA_REPORT_H
#define RA_REPORT_H

#include <stdint.h>

#include "audit.h"
#include "error.h"
#include "manifest.h"
#include "progress.h"

typedef struct {
    const ra_audit *audit;       /* after ra_audit_run */
    const struct ra_pack *pack;  /* the pack the audit ran */
    const ra_manifest *manifest; /* ra_manifest_build */
    const char *submission_dir;
    /* Workbook creation time (Unix seconds): SOURCE_DATE_EPOCH when set, else
     * the as-of date at 00:00 UTC. The only date in the file, so equal inputs
     * give equal bytes. libxlsxwriter takes 0 as "now", so 0 is written as
     * 1970-01-01T00:00:01Z. */
    int64_t created;
    uint32_t max_rows; /* rows per sheet (header included) before it continues on
                          "Findings (2)" etc.; 0 = Excel's 1048576 */
    ra_progress *progress; /* advanced in RA_STAGE_REPORT and RA_STAGE_PACK, or NULL */
} ra_report_input;

/* Writes the report to path atomically (a temporary file in the same
 * directory, renamed). On failure nothing is left at path or beside it. */
ra_status ra_report_write(const char *path, const ra_report_input *in, ra_error *err);

#endif
