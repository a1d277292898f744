/* indicators.h — the figures an audit reports besides findings: the SDG
 * 10.7.1 recruitment-cost indicator (SPEC section 3) and the refunds due
 * (SPEC section 2).
 *
 * SDG 10.7.1 as computed here: for each worker with a monthly wage > 0, the
 * worker-borne costs (paid_by = worker or method = salary_deduction, any
 * category, in USD) over the monthly wage in USD; the indicator is the mean of
 * these ratios (a worker who paid nothing counts as 0), with the median and
 * the count, overall and by sex, age group, corridor and sector. Workers with
 * no usable wage, a zero wage, or an amount in a currency without a rate are
 * counted apart and never averaged from a partial sum.
 *
 * Refunds due: worker-borne costs in the categories the profile says the
 * employer pays (the pack parameter employer_pays_categories), per worker and
 * per agency, in each original currency and in USD.
 *
 * A ra_indicators is filled while fees stream (ra_indicators_add_fee) and
 * finished once (ra_indicators_finish); it owns its arrays (free with
 * ra_indicators_free). Ratios and medians are exact rationals; means are
 * exact to 18 decimal places (each ratio is rounded there before summing). */
#ifndef RA_INDICATORS_H
#define RA_INDICATORS_H

#include <stdbool.h>
#include <stdint.h>

#include "rules/numvec.h"
#include "rules/program.h"
#include "submission.h"

typedef enum {
    RA_SDG_OK = 0,
    RA_SDG_NO_WAGE,   /* monthly_wage or wage_currency empty */
    RA_SDG_ZERO_WAGE, /* wage 0: no ratio */
    RA_SDG_NO_RATE    /* the wage or a worker-borne fee has a currency without rate */
} ra_sdg_status;

typedef enum {
    RA_DIM_ALL,
    RA_DIM_SEX,
    RA_DIM_AGE,
    RA_DIM_CORRIDOR,
    RA_DIM_SECTOR,
    RA_DIM_COUNT
} ra_sdg_dim;

typedef struct {
    ra_sdg_dim dim;
    char key[16]; /* "all", "F", "25-34", "PH-SA", "domestic_work" */
    uint32_t n;   /* workers averaged */
    ra_num mean;  /* in months of wages */
    ra_num median;
} ra_sdg_cell;

/* A refund in one currency. */
typedef struct {
    uint32_t owner; /* worker or agency index */
    ra_code currency;
    ra_money amount;   /* in that currency, unless beyond_range */
    bool beyond_range; /* the sum is past what ra_money holds (amount is 0) */
} ra_refund;

typedef struct {
    /* per worker (filled while fees stream) */
    ra_numvec borne_usd;  /* ra_numvec_get(&borne_usd, worker) */
    bool *fee_no_rate;
    ra_numvec refund_usd;
    bool *refund_no_rate;
    uint32_t nworkers;
    /* results (ra_indicators_finish) */
    ra_sdg_status *status; /* per worker */
    ra_num *ratio;         /* per worker, valid when status is RA_SDG_OK */
    ra_sdg_cell *cells;    /* sorted by dimension, then key */
    size_t ncells;
    uint32_t excluded[4];                       /* by ra_sdg_status (OK = averaged) */
    ra_refund *worker_refunds, *agency_refunds; /* by owner, then currency */
    size_t nworker_refunds, nagency_refunds;
    ra_num *agency_refund_usd;
    bool *agency_refund_no_rate;
    /* private */
    const ra_pack *pack;
    const ra_param *employer_pays; /* the pack's employer_pays_categories, or NULL = all */
    ra_refund *pending;            /* refund rows before merging */
    size_t npending, cap_pending;
    bool nomem;
} ra_indicators;

bool ra_indicators_init(ra_indicators *ind, const ra_pack *pack, uint32_t nworkers);
void ra_indicators_free(ra_indicators *ind);

void ra_indicators_add_fee(ra_indicators *ind, const ra_submission *sub, const ra_fee *fee);

/* Computes ratios, groups, medians and refund totals. false: out of memory. */
bool ra_indicators_finish(ra_indicators *ind, const ra_submission *sub, ra_date as_of);

const char *ra_sdg_dim_name(ra_sdg_dim d); /* "all", "sex", "age", "corridor", "sector" */

/* The age group of SPEC section 1 (age = year(as_of) - birth_year):
 * "under 15", "15-24" .. "55+", or "unknown" when birth_year is 0. The SDG
 * cells and the batch summaries' ratios (whence national figures) both use
 * it, so a worker is in the same group in both. */
const char *ra_age_group(int birth_year, ra_date as_of);
const char *ra_sdg_status_text(ra_sdg_status s);

#endif
