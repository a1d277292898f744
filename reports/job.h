/* job.h — one audit from submission to signed outputs, as the audit command
 * and each batch worker run it: audit, manifest, report (xlsx), signature,
 * findings (JSON Lines) and, in a batch, the summary folder. Every output is
 * written atomically, except findings to a stream (a pipe cannot be renamed
 * into place); the signature only after the report is complete.
 *
 * The caller owns *audit afterwards (ra_audit_free), also on failure. */
#ifndef RA_JOB_H
#define RA_JOB_H

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>

#include "audit.h"
#include "sign.h"

typedef struct {
    const char *dir; /* the submission */
    const struct ra_pack *pack;
    /* audit.load.progress, when set, is advanced through every stage */
    ra_audit_opts audit; /* as_of, rates, limits, explain */
    const char *case_ref, *inspector;
    const char *report_path;      /* report.xlsx, or NULL */
    const char *findings_path;    /* findings.jsonl, or NULL */
    FILE *findings_out;           /* or instead a stream (stdout): flushed, not closed */
    const char *summary_dir;      /* batch summary folder, or NULL */
    const char *name;             /* the submission's name in a batch */
    const ra_signer *signer;      /* signs the report (report_path required), or NULL */
    int64_t created;              /* workbook time: SOURCE_DATE_EPOCH or as-of 00:00 UTC */
    pthread_mutex_t *sign_lock;   /* serialises use of the shared signer in a batch, or NULL */
} ra_job;

ra_status ra_job_run(const ra_job *job, ra_audit *audit, ra_error *err);

/* The workbook time for an as-of date: SOURCE_DATE_EPOCH when set (and a
 * number), else the as-of date at 00:00 UTC. */
int64_t ra_job_created(ra_date as_of);

#endif
