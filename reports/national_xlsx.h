/* national_xlsx.h — the national workbook (SPEC sections 3-4, `batch` and
 * `merge`): national.xlsx, meant for publication.
 *
 * Sheets: Summary (what the workbook is, the as-of date, profile, rules
 * hash, submissions audited and failed, k, how suppression works, the
 * SDG 10.7.1 one-way tables — all, by sex, age group, sector, corridor —
 * and a native chart), SDG 10.7.1 (every combination of sex, age group,
 * corridor and sector; autofilter, frozen header), Agencies (ranked by risk
 * score, with findings by severity and refunds due), Systemic patterns
 * (rules by the number of agencies where they fired), Failed submissions
 * and Manifest (the key values and every submission's report SHA-256).
 *
 * Publication safety: the workbook holds no individual worker's data —
 * only the cells of a ra_national, whose small cells are already suppressed
 * (ra_national_build); a suppressed cell shows "suppressed (fewer than k
 * workers)" or "suppressed (protects another cell)" instead of figures.
 * Agencies are legal entities, not individuals, and are named.
 *
 * Like the audit report (report.h): text is always a string cell (never a
 * formula), numbers are number cells, sheets print landscape, fit to width,
 * header row repeated; the file is written to a temporary file beside path
 * and renamed (mode from the umask); equal inputs and meta give equal bytes
 * (the only date is meta->created). LC_NUMERIC must stay "C".
 *
 * Custom document properties (each value at most 255 characters), with
 * manifest.h's prefix:
 *   recruitaudit.kind = "national", .engine_version, .rules_sha256,
 *   .profile, .as_of, .signer_subject, .signer_sha256 (as in manifest.h),
 *   .inputs = "0" (no input file is read directly), .min_cell,
 *   .submissions (the number of submissions), and
 *   recruitaudit.submission.N (N = 1..submissions) = "<report sha256> <name>",
 *   or "failed <name>" for a submission that failed, or "none <name>" for
 *   one audited without a report. */
#ifndef RA_NATIONAL_XLSX_H
#define RA_NATIONAL_XLSX_H

#include <stddef.h>
#include <stdint.h>

#include "error.h"
#include "national.h"

/* One submission of the batch, as the Manifest lists it. */
typedef struct {
    const char *name;          /* the submission (its folder's name) */
    const char *report_sha256; /* its report.xlsx's SHA-256 (hex); NULL or "" when none */
    const char *failure;       /* why it failed; NULL when it was audited */
} ra_national_sub;

typedef struct {
    const char *engine_version; /* the engine writing the workbook */
    const char *rules_sha256;   /* NULL or "" when unknown (every submission failed) */
    const char *profile;        /* likewise */
    const char *as_of;          /* "YYYY-MM-DD"; likewise */
    uint32_t min_cell;          /* k; must equal nat->min_cell */
    /* Workbook creation time (Unix seconds): SOURCE_DATE_EPOCH when set, else
     * the as-of date at 00:00 UTC (ra_job_created). 0 is written as 1. */
    int64_t created;
    const char *signer_subject; /* when the workbook will be signed; else NULL */
    const char *signer_sha256;
    const ra_national_sub *subs; /* every submission, audited or failed, in name order */
    size_t nsubs;
} ra_national_meta;

/* Writes the workbook to path atomically. On failure nothing is left at path
 * (an existing file stays as it was) or beside it. */
ra_status ra_national_write_xlsx(const char *path, const ra_national *nat,
                                 const ra_national_meta *meta, ra_error *err);

#endif
