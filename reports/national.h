/* national.h — national figures from the summaries of many audits (a batch,
 * or the shards of one merged): agencies ranked by risk score, rules that
 * fire across agencies, failed submissions, and SDG 10.7.1 for every
 * combination of sex, age group, corridor and sector, computed from the
 * per-worker ratios so that means and medians are exact whatever the sharding.
 *
 * Publication safety: no individual worker's data; every cell built from
 * fewer than k workers is suppressed (primary), and more cells are suppressed
 * (secondary) until no suppressed cell can be worked out from a published
 * total and its published siblings, since counts and means together give sums.
 *
 * A ra_national owns its arrays; free it with ra_national_free. */
#ifndef RA_NATIONAL_H
#define RA_NATIONAL_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "summary.h"

#define RA_NAT_DIMS 4 /* sex, age group, corridor, sector */

typedef struct {
    char key[RA_NAT_DIMS][24]; /* a value, or "*" for all */
    uint32_t n;
    ra_num mean, median;
    bool suppressed;
    bool primary; /* suppressed because n < k (else to protect another cell) */
} ra_nat_cell;

typedef struct {
    char name[256]; /* the submission */
    char agency_id[128], agency_name[256];
    uint32_t workers;
    int64_t weighted;
    ra_num risk; /* weighted / workers */
    uint32_t by_severity[RA_SEV_CRITICAL + 1];
    char refund_usd[48];
    bool refund_unknown;
} ra_nat_agency;

typedef struct {
    char rule[32];
    uint32_t agencies, findings;
} ra_nat_rule;

typedef struct {
    char name[256], reason[512];
} ra_nat_failure;

typedef struct {
    ra_nat_cell *cells; /* ordered by number of "*" keys (most general first), then keys */
    size_t ncells;
    ra_nat_agency *agencies; /* by risk, highest first */
    size_t nagencies;
    ra_nat_rule *rules; /* by agencies, most first */
    size_t nrules;
    ra_nat_failure *failures;
    size_t nfailures;
    uint32_t excluded[4];
    uint32_t min_cell;
    size_t submissions;
} ra_national;

/* Builds the figures; summaries and failures are copied from. */
ra_status ra_national_build(const ra_summary *const *summaries, size_t n,
                            const ra_nat_failure *failures, size_t nfailures, uint32_t min_cell,
                            ra_national *out, ra_error *err);
void ra_national_free(ra_national *nat);

/* national.csv for a statistics office: one row per cell; suppressed cells
 * have empty figures and a flag. */
ra_status ra_national_write_csv(const ra_national *nat, const char *path, ra_error *err);

#endif
