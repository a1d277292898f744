/* fields.h — the fields a rule can read, per row kind: one table that both
 * the checker (names, types, allowed values) and the evaluator (field ids)
 * use, and rules/README.md documents. Constant data. */
#ifndef RA_RULES_FIELDS_H
#define RA_RULES_FIELDS_H

#include "program.h"

typedef enum {
    /* fee */
    F_FEE_ID,
    F_FEE_WORKER_ID,
    F_FEE_AGENCY_ID,
    F_FEE_CATEGORY,
    F_FEE_AMOUNT,
    F_FEE_CURRENCY,
    F_FEE_AMOUNT_USD,
    F_FEE_PAID_BY,
    F_FEE_PAID_ON,
    F_FEE_METHOD,
    F_FEE_RECEIPT,
    F_FEE_DISCLOSED,
    F_FEE_WORKER_BORNE,
    F_FEE_LINE,
    /* document */
    F_DOC_WORKER_ID,
    F_DOC_AGENCY_ID,
    F_DOC_DOCUMENT,
    F_DOC_HOLDER,
    F_DOC_HELD_FROM,
    F_DOC_HELD_UNTIL,
    F_DOC_CONSENT,
    F_DOC_REASON,
    F_DOC_DAYS_HELD,
    F_DOC_HELD_ON_AS_OF,
    F_DOC_LINE,
    /* worker */
    F_W_ID,
    F_W_AGENCY_ID,
    F_W_SEX,
    F_W_BIRTH_YEAR,
    F_W_AGE,
    F_W_AGE_GROUP,
    F_W_ORIGIN,
    F_W_DESTINATION,
    F_W_CORRIDOR,
    F_W_SECTOR,
    F_W_OCCUPATION,
    F_W_MONTHLY_WAGE,
    F_W_WAGE_CURRENCY,
    F_W_WAGE_USD,
    F_W_LANGUAGE,
    F_W_CONTRACT_ID,
    F_W_CONTRACT_LANGUAGE,
    F_W_CONTRACT_SIGNED_ON,
    F_W_RECRUITED_ON,
    F_W_DEPLOYED_ON,
    F_W_DEPLOYED,
    F_W_CONTRACT_FILE,
    F_W_LINE,
    /* agency */
    F_A_ID,
    F_A_NAME,
    F_A_LICENCE_NO,
    F_A_VALID_FROM,
    F_A_VALID_UNTIL,
    F_A_COUNTRY,
    F_A_LICENCE_VALID,
    F_A_WORKERS,
    F_A_LINE,
    /* data-quality events (submission scope) */
    F_DQ_KIND,
    F_DQ_FILE,
    F_DQ_LINE,
    F_DQ_COLUMN,
    F_DQ_TYPE,
    F_DQ_MESSAGE,
    /* contracts and their sentences (contract scope) */
    F_C_ID,
    F_C_LANGUAGE,
    F_C_WORKERS,
    F_C_WORKER_ID,
    F_C_HAS_ORIGIN,
    F_C_SENTENCES,
    F_C_WAGE,
    F_S_TEXT,
    F_S_LINE,
    F_S_HEADING,
    F_COUNT_
} ra_field_id;

typedef struct {
    ra_field_id id;
    ra_row row;
    const char *name;
    ra_type type;
    const char *const *values; /* allowed values of a text field, NULL-terminated, or NULL */
    const char *doc;
} ra_field_info;

/* The field `name` of row kind `row`, or NULL. */
const ra_field_info *ra_field_find(ra_row row, const char *name);
const ra_field_info *ra_field_get(ra_field_id id);
size_t ra_field_count(void);

/* True when the field's value is an enum member whose index (1-based, in the
 * order of its `values`) eval can read without making text. */
bool ra_field_enum_backed(uint16_t field);

const char *ra_row_name(ra_row row); /* "fee" */
/* The row kind named by a word (fee, document, worker, agency, dq), or ROW_COUNT. */
ra_row ra_row_kind_parse(const char *word);

#endif
