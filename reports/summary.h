/* summary.h — the machine-readable result of one audit in a batch, written
 * as a folder of small CSV files so that national figures can be merged from
 * many submissions (and shards) exactly, medians included:
 *
 *   meta.csv      key,value: format, name, engine_version, rules_sha256,
 *                 profile, as_of, workers, findings, report_sha256 (when a
 *                 report was written: resume checks it is still that file)
 *   inputs.csv    path,size,sha256 — every input file read (the manifest)
 *   agencies.csv  agency_id,name,workers,weighted,risk_score,critical,high,
 *                 medium,low,info,refund_usd,refund_unknown
 *   rules.csv     rule,agency_id,count — findings per rule and agency
 *   ratios.csv    sex,age_group,corridor,sector,ratio — one row per worker
 *                 averaged by SDG 10.7.1, the ratio exact as "numerator/denominator"
 *   excluded.csv  reason,count — workers not averaged, by reason
 *
 * The risk score is SPEC section 3's: the sum of the severity weights of an
 * agency's findings over its workers (weights 10, 5, 2, 1, 0, or the pack's
 * weight_critical .. weight_info parameters). */
#ifndef RA_SUMMARY_H
#define RA_SUMMARY_H

#include <stdint.h>

#include "audit.h"
#include "manifest.h"

#define RA_SUMMARY_FORMAT "recruitaudit-summary/1"

/* The severity weights in force for a pack (parameters or defaults). */
void ra_severity_weights(const ra_pack *pack, int64_t weights[RA_SEV_CRITICAL + 1]);

/* Writes the summary folder `dir` (created if needed) for an audit. */
ra_status ra_summary_write(const char *dir, const char *name, const ra_audit *audit,
                           const ra_pack *pack, const ra_manifest *manifest,
                           const char *report_sha256, ra_error *err);

/* ---- reading back (for national figures and resume) ------------------------ */

typedef struct {
    char agency_id[128], name[256];
    uint32_t workers;
    int64_t weighted;
    uint32_t by_severity[RA_SEV_CRITICAL + 1];
    char refund_usd[48];
    bool refund_unknown;
} ra_summary_agency;

typedef struct {
    char rule[32], agency_id[128];
    uint32_t count;
} ra_summary_rule;

typedef struct {
    char sex[4], age_group[12], corridor[8], sector[24];
    ra_num ratio;
} ra_summary_ratio;

typedef struct {
    char name[256], engine_version[32], rules_sha256[65], profile[64], as_of[11];
    char report_sha256[65];
    ra_manifest manifest; /* inputs */
    ra_summary_agency *agencies;
    size_t nagencies;
    ra_summary_rule *rules;
    size_t nrules;
    ra_summary_ratio *ratios;
    size_t nratios;
    uint32_t excluded[4]; /* by ra_sdg_status */
} ra_summary;

/* Reads a summary folder; RA_ERR_INPUT when it is missing or malformed. */
ra_status ra_summary_read(const char *dir, ra_summary *out, ra_error *err);
void ra_summary_free(ra_summary *s);

#endif
