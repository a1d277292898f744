/* model.h — the typed records of a submission (SPEC section 1) and their enums.
 *
 * Strings in these records point into the owning ra_submission's arena or
 * intern table and live as long as the submission. An absent optional value is
 * NULL (strings), RA_DATE_NULL (dates), RA_CODE_NONE (codes), 0 for enums whose
 * first member is *_NONE, or RA_TRI_UNKNOWN. */
#ifndef RA_MODEL_H
#define RA_MODEL_H

#include <stdbool.h>
#include <stdint.h>

#include "date.h"
#include "isocodes.h"
#include "money.h"

typedef enum {
    RA_TABLE_AGENCIES,
    RA_TABLE_WORKERS,
    RA_TABLE_RATES,
    RA_TABLE_FEES,
    RA_TABLE_DOCUMENTS,
    RA_TABLE_COUNT
} ra_table_id;

typedef enum { RA_TRI_UNKNOWN = 0, RA_TRI_NO, RA_TRI_YES } ra_tri; /* yes|no|not recorded */

/* Enum values are 1-based in the order of the SPEC lists; 0 = absent. */
typedef enum { RA_SEX_NONE, RA_SEX_F, RA_SEX_M, RA_SEX_X, RA_SEX_U } ra_sex;
typedef enum {
    RA_SECTOR_NONE,
    RA_SECTOR_DOMESTIC_WORK,
    RA_SECTOR_CARE,
    RA_SECTOR_CONSTRUCTION,
    RA_SECTOR_AGRICULTURE,
    RA_SECTOR_MANUFACTURING,
    RA_SECTOR_HOSPITALITY,
    RA_SECTOR_FISHING,
    RA_SECTOR_OTHER
} ra_sector;
typedef enum {
    RA_CAT_NONE,
    RA_CAT_RECRUITMENT_FEE,
    RA_CAT_SERVICE_FEE,
    RA_CAT_PLACEMENT_FEE,
    RA_CAT_MEDICAL,
    RA_CAT_INSURANCE,
    RA_CAT_SKILLS_TEST,
    RA_CAT_TRAINING,
    RA_CAT_EQUIPMENT,
    RA_CAT_TRAVEL,
    RA_CAT_LODGING,
    RA_CAT_VISA,
    RA_CAT_PASSPORT,
    RA_CAT_WORK_PERMIT,
    RA_CAT_ADMINISTRATIVE,
    RA_CAT_DEPOSIT,
    RA_CAT_BOND,
    RA_CAT_LOAN_INTEREST,
    RA_CAT_OTHER
} ra_fee_category;
typedef enum {
    RA_PAYER_NONE,
    RA_PAYER_WORKER,
    RA_PAYER_EMPLOYER,
    RA_PAYER_AGENCY,
    RA_PAYER_GOVERNMENT,
    RA_PAYER_OTHER
} ra_payer;
typedef enum {
    RA_METHOD_NONE,
    RA_METHOD_CASH,
    RA_METHOD_BANK_TRANSFER,
    RA_METHOD_SALARY_DEDUCTION,
    RA_METHOD_LOAN,
    RA_METHOD_OTHER
} ra_method;
typedef enum {
    RA_DOC_NONE,
    RA_DOC_PASSPORT,
    RA_DOC_NATIONAL_ID,
    RA_DOC_VISA,
    RA_DOC_WORK_PERMIT,
    RA_DOC_BIRTH_CERTIFICATE,
    RA_DOC_BANK_CARD,
    RA_DOC_OTHER
} ra_doc_kind;
typedef enum {
    RA_HOLDER_NONE,
    RA_HOLDER_WORKER,
    RA_HOLDER_AGENCY,
    RA_HOLDER_EMPLOYER,
    RA_HOLDER_AUTHORITY
} ra_holder;

typedef struct {
    const char *id;
    const char *name;
    const char *licence_no;
    ra_date licence_valid_from, licence_valid_until;
    ra_code country;
    long line;
} ra_agency;

/* One per accepted worker, so its members are ordered by size (80 bytes,
 * not 96 with padding); always initialise by member name. */
typedef struct {
    const char *id;
    const char *occupation;
    const char *contract_id;
    ra_money monthly_wage;
    long line;
    uint32_t agency; /* index into ra_submission.agencies */
    ra_sex sex;
    int birth_year; /* 0 when absent */
    ra_sector sector;
    ra_date contract_signed_on, recruited_on, deployed_on;
    ra_code origin, destination;
    ra_code wage_currency;
    ra_code language;
    ra_code contract_language;
    bool wage_usable; /* monthly_wage and wage_currency both given */
} ra_worker;

typedef struct {
    const char *fee_id; /* NULL when absent; valid during the sink call only */
    uint32_t worker, agency;
    ra_fee_category category;
    ra_money amount;
    ra_code currency;
    bool usd_known; /* a rate exists for the currency */
    ra_money amount_usd;
    ra_payer paid_by;
    ra_date paid_on;
    ra_method method;
    ra_tri receipt, disclosed;
    bool worker_borne; /* SPEC §1: paid_by = worker or method = salary_deduction */
    long line;
} ra_fee;

typedef struct {
    uint32_t worker, agency;
    ra_doc_kind document;
    ra_holder holder;
    ra_date held_from, held_until;
    ra_tri consent;
    const char *reason; /* NULL when absent; valid during the sink call only */
    long line;
} ra_document;

/* The one worker-borne predicate of SPEC section 1. */
static inline bool ra_fee_is_worker_borne(ra_payer paid_by, ra_method method)
{
    return paid_by == RA_PAYER_WORKER || method == RA_METHOD_SALARY_DEDUCTION;
}

/* The values each enum column accepts, NULL-terminated, in enum order
 * (value i is enum member i + 1). Constant data. */
extern const char *const ra_enum_sex[];
extern const char *const ra_enum_sector[];
extern const char *const ra_enum_category[];
extern const char *const ra_enum_payer[];
extern const char *const ra_enum_method[];
extern const char *const ra_enum_document[];
extern const char *const ra_enum_holder[];

/* Lower-case names as written in the CSV ("domestic_work"); "" for NONE. */
const char *ra_sex_name(ra_sex v);
const char *ra_sector_name(ra_sector v);
const char *ra_category_name(ra_fee_category v);
const char *ra_payer_name(ra_payer v);
const char *ra_method_name(ra_method v);
const char *ra_doc_kind_name(ra_doc_kind v);
const char *ra_holder_name(ra_holder v);
const char *ra_table_file(ra_table_id t); /* "fees.csv" */

#endif
