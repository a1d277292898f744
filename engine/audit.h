/* audit.h — running a compiled rule pack over a submission: fee and
 * document rules and aggregates while those rows stream from the loader,
 * then worker, agency and submission (data-quality) rules.
 *
 * ra_audit_run fills a caller-provided ra_audit; ra_audit_free releases the
 * submission and findings it holds. The pack is only read. */
#ifndef RA_AUDIT_H
#define RA_AUDIT_H

#include <stdio.h>

#include "findings.h"
#include "indicators.h"
#include "rules/program.h"
#include "submission.h"

typedef struct {
    ra_date as_of;
    /* load.progress, when set, also enters RA_STAGE_CHECK after the load */
    ra_load_opts load;
    const char *explain; /* a worker_id or FILE:LINE to explain, or NULL */
    FILE *explain_out;   /* where the explanation goes */
    size_t findings_memory; /* bytes of findings kept in memory before they
                               spill to a temporary file; 0 = the default */
    bool inline_rules;      /* run every rule on the calling thread; by
                               default fee and document rules run on a thread
                               of their own, contracts are scanned on
                               another while fees and documents load, and the
                               indicators are finished on a third while the
                               worker rules run, on two threads (same output
                               either way) */
    uint32_t worker_chunk; /* workers a thread audits at a time when their
                              findings are written early; 0 = the default
                              (1024); tests give small ones */
    /* Takes the fee and document findings as they are found (findings.h),
     * or NULL. When they come out of order the audit stops with
     * RA_ERR_USAGE, and the writer says so (ra_findings_early_unordered). */
    ra_findings_early *early_findings;
} ra_audit_opts;

typedef struct {
    ra_submission *sub;
    ra_findings findings;
    size_t by_severity[RA_SEV_CRITICAL + 1];
    ra_indicators indicators; /* SDG 10.7.1 and refunds due */
    bool explained;           /* the --explain target was found */
} ra_audit;

void ra_audit_opts_default(ra_audit_opts *opts);

/* Audits dir. On RA_OK the findings are sorted (SPEC section 3 order). On
 * RA_ERR_INPUT the submission was unusable (out->sub may still show what was
 * read). */
ra_status ra_audit_run(const char *dir, const ra_pack *pack, const ra_audit_opts *opts,
                       ra_audit *out, ra_error *err);

void ra_audit_free(ra_audit *a);

/* True when contract_id can name a file inside contracts/: letters, digits,
 * '.', '_' and '-', not starting with '.', at most 128 bytes. */
bool ra_contract_id_safe(const char *id);

#endif
