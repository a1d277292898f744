/* fields.c — the field table. A field added here is readable by rules once
 * eval.c knows how to fetch it. */
#include "fields.h"

#include <string.h>

#include "model.h"

static const char *const YESNO[] = {"yes", "no", "not recorded", NULL};
static const char *const AGE_GROUP[] = {"under 15", "15-24", "25-34",   "35-44",
                                        "45-54",    "55+",   "unknown", NULL};
static const char *const DQ_KIND[] = {
    "rejected-row", "unknown-column",  "no-rate",          "rate-mismatch",
    "no-wage",      "scan-incomplete", "contract-problem", NULL};

static const ra_field_info FIELDS[] = {
    {F_FEE_ID, ROW_FEE, "fee_id", T_STR, NULL, "the fee's id, if given"},
    {F_FEE_WORKER_ID, ROW_FEE, "worker_id", T_STR, NULL, "the worker it concerns"},
    {F_FEE_AGENCY_ID, ROW_FEE, "agency_id", T_STR, NULL, "the agency"},
    {F_FEE_CATEGORY, ROW_FEE, "category", T_STR, ra_enum_category, "ILO cost category"},
    {F_FEE_AMOUNT, ROW_FEE, "amount", T_MONEY, NULL, "amount in its own currency"},
    {F_FEE_CURRENCY, ROW_FEE, "currency", T_STR, NULL, "ISO 4217 code"},
    {F_FEE_AMOUNT_USD, ROW_FEE, "amount_usd", T_MONEY, NULL, "amount in USD; null without rate"},
    {F_FEE_PAID_BY, ROW_FEE, "paid_by", T_STR, ra_enum_payer, "who paid"},
    {F_FEE_PAID_ON, ROW_FEE, "paid_on", T_DATE, NULL, "when"},
    {F_FEE_METHOD, ROW_FEE, "method", T_STR, ra_enum_method, "how; null if not given"},
    {F_FEE_RECEIPT, ROW_FEE, "receipt", T_STR, YESNO, "yes, no or not recorded"},
    {F_FEE_DISCLOSED, ROW_FEE, "disclosed", T_STR, YESNO, "yes, no or not recorded"},
    {F_FEE_WORKER_BORNE, ROW_FEE, "worker_borne", T_BOOL, NULL,
     "paid_by = worker or method = salary_deduction"},
    {F_FEE_LINE, ROW_FEE, "line", T_NUM, NULL, "line in fees.csv"},

    {F_DOC_WORKER_ID, ROW_DOCUMENT, "worker_id", T_STR, NULL, "the worker"},
    {F_DOC_AGENCY_ID, ROW_DOCUMENT, "agency_id", T_STR, NULL, "the agency"},
    {F_DOC_DOCUMENT, ROW_DOCUMENT, "document", T_STR, ra_enum_document, "kind of document"},
    {F_DOC_HOLDER, ROW_DOCUMENT, "holder", T_STR, ra_enum_holder, "who holds it"},
    {F_DOC_HELD_FROM, ROW_DOCUMENT, "held_from", T_DATE, NULL, "held since"},
    {F_DOC_HELD_UNTIL, ROW_DOCUMENT, "held_until", T_DATE, NULL, "returned on; null if not"},
    {F_DOC_CONSENT, ROW_DOCUMENT, "consent", T_STR, YESNO, "written consent"},
    {F_DOC_REASON, ROW_DOCUMENT, "reason", T_STR, NULL, "stated reason"},
    {F_DOC_DAYS_HELD, ROW_DOCUMENT, "days_held", T_NUM, NULL,
     "held_until (or the as-of date) minus held_from, in days"},
    {F_DOC_HELD_ON_AS_OF, ROW_DOCUMENT, "held_on_as_of", T_BOOL, NULL,
     "held_from <= as-of and (held_until empty or > as-of)"},
    {F_DOC_LINE, ROW_DOCUMENT, "line", T_NUM, NULL, "line in documents.csv"},

    {F_W_ID, ROW_WORKER, "worker_id", T_STR, NULL, "the worker's id"},
    {F_W_AGENCY_ID, ROW_WORKER, "agency_id", T_STR, NULL, "the agency"},
    {F_W_SEX, ROW_WORKER, "sex", T_STR, ra_enum_sex, "F, M, X or U"},
    {F_W_BIRTH_YEAR, ROW_WORKER, "birth_year", T_NUM, NULL, "year of birth"},
    {F_W_AGE, ROW_WORKER, "age", T_NUM, NULL, "year(as-of) - birth_year"},
    {F_W_AGE_GROUP, ROW_WORKER, "age_group", T_STR, AGE_GROUP, "SDG age group"},
    {F_W_ORIGIN, ROW_WORKER, "origin_country", T_STR, NULL, "ISO 3166-1 alpha-2"},
    {F_W_DESTINATION, ROW_WORKER, "destination_country", T_STR, NULL, "ISO 3166-1 alpha-2"},
    {F_W_CORRIDOR, ROW_WORKER, "corridor", T_STR, NULL, "origin-destination, e.g. PH-SA"},
    {F_W_SECTOR, ROW_WORKER, "sector", T_STR, ra_enum_sector, "sector of work"},
    {F_W_OCCUPATION, ROW_WORKER, "occupation", T_STR, NULL, "as given"},
    {F_W_MONTHLY_WAGE, ROW_WORKER, "monthly_wage", T_MONEY, NULL,
     "in wage_currency; null when no usable wage"},
    {F_W_WAGE_CURRENCY, ROW_WORKER, "wage_currency", T_STR, NULL, "ISO 4217"},
    {F_W_WAGE_USD, ROW_WORKER, "wage_usd", T_MONEY, NULL, "monthly wage in USD; null without rate"},
    {F_W_LANGUAGE, ROW_WORKER, "language", T_STR, NULL, "ISO 639-1"},
    {F_W_CONTRACT_ID, ROW_WORKER, "contract_id", T_STR, NULL, "as given"},
    {F_W_CONTRACT_LANGUAGE, ROW_WORKER, "contract_language", T_STR, NULL, "ISO 639-1"},
    {F_W_CONTRACT_SIGNED_ON, ROW_WORKER, "contract_signed_on", T_DATE, NULL, ""},
    {F_W_RECRUITED_ON, ROW_WORKER, "recruited_on", T_DATE, NULL, ""},
    {F_W_DEPLOYED_ON, ROW_WORKER, "deployed_on", T_DATE, NULL, ""},
    {F_W_DEPLOYED, ROW_WORKER, "deployed", T_BOOL, NULL, "deployed_on <= as-of"},
    {F_W_CONTRACT_FILE, ROW_WORKER, "contract_file", T_BOOL, NULL,
     "contracts/<contract_id>.txt exists"},
    {F_W_LINE, ROW_WORKER, "line", T_NUM, NULL, "line in workers.csv"},

    {F_A_ID, ROW_AGENCY, "agency_id", T_STR, NULL, "the agency's id"},
    {F_A_NAME, ROW_AGENCY, "name", T_STR, NULL, ""},
    {F_A_LICENCE_NO, ROW_AGENCY, "licence_no", T_STR, NULL, ""},
    {F_A_VALID_FROM, ROW_AGENCY, "licence_valid_from", T_DATE, NULL, ""},
    {F_A_VALID_UNTIL, ROW_AGENCY, "licence_valid_until", T_DATE, NULL, ""},
    {F_A_COUNTRY, ROW_AGENCY, "country", T_STR, NULL, ""},
    {F_A_LICENCE_VALID, ROW_AGENCY, "licence_valid", T_BOOL, NULL,
     "from <= as-of <= until (an empty bound is open)"},
    {F_A_WORKERS, ROW_AGENCY, "workers", T_NUM, NULL, "accepted workers of the agency"},
    {F_A_LINE, ROW_AGENCY, "line", T_NUM, NULL, "line in agencies.csv"},

    {F_DQ_KIND, ROW_DQ, "kind", T_STR, DQ_KIND, "what kind of data-quality event"},
    {F_DQ_FILE, ROW_DQ, "file", T_STR, NULL, "input file"},
    {F_DQ_LINE, ROW_DQ, "line", T_NUM, NULL, "line, or null for a whole file"},
    {F_DQ_COLUMN, ROW_DQ, "column", T_STR, NULL, "column, or null"},
    {F_DQ_TYPE, ROW_DQ, "type", T_STR, NULL, "rejection type (foreign-key, ...)"},
    {F_DQ_MESSAGE, ROW_DQ, "message", T_STR, NULL, "the reason"},

    {F_C_ID, ROW_CONTRACT, "contract_id", T_STR, NULL, "as in workers.csv"},
    {F_C_LANGUAGE, ROW_CONTRACT, "language", T_STR, NULL,
     "ISO 639-1, the workers' contract_language"},
    {F_C_WORKERS, ROW_CONTRACT, "workers", T_NUM, NULL, "workers with this contract"},
    {F_C_WORKER_ID, ROW_CONTRACT, "worker_id", T_STR, NULL, "the worker, when only one"},
    {F_C_HAS_ORIGIN, ROW_CONTRACT, "has_origin", T_BOOL, NULL,
     "contracts/<id>.origin.txt exists (the version signed in the country of origin)"},
    {F_C_SENTENCES, ROW_CONTRACT, "sentences", T_NUM, NULL, "sentences (clauses) found"},
    {F_C_WAGE, ROW_CONTRACT, "wage", T_MONEY, NULL,
     "the workers' monthly_wage when they all agree, else null"},
    {F_S_TEXT, ROW_SENTENCE, "text", T_STR, NULL, "the normalised sentence"},
    {F_S_LINE, ROW_SENTENCE, "line", T_NUM, NULL, "its first line in the contract file"},
    {F_S_HEADING, ROW_SENTENCE, "heading", T_STR, NULL,
     "the topic of the heading it stands under, or null"},
};

_Static_assert(sizeof FIELDS / sizeof FIELDS[0] == F_COUNT_, "one entry per field id");

const ra_field_info *ra_field_find(ra_row row, const char *name)
{
    for (size_t i = 0; i < F_COUNT_; i++)
        if (FIELDS[i].row == row && !strcmp(FIELDS[i].name, name))
            return &FIELDS[i];
    return NULL;
}

bool ra_field_enum_backed(uint16_t field)
{
    switch ((ra_field_id)field) {
    case F_FEE_CATEGORY:
    case F_FEE_PAID_BY:
    case F_FEE_METHOD:
    case F_FEE_RECEIPT:
    case F_FEE_DISCLOSED:
    case F_DOC_DOCUMENT:
    case F_DOC_HOLDER:
    case F_DOC_CONSENT:
    case F_W_SEX:
    case F_W_SECTOR:
        return true;
    default:
        return false;
    }
}

const ra_field_info *ra_field_get(ra_field_id id)
{
    return (unsigned)id < F_COUNT_ ? &FIELDS[id] : NULL;
}

size_t ra_field_count(void)
{
    return F_COUNT_;
}

const char *ra_row_name(ra_row row)
{
    static const char *const names[ROW_COUNT] = {"fee", "document", "worker",  "agency",
                                                 "dq",  "contract", "sentence"};
    return (unsigned)row < ROW_COUNT ? names[row] : "?";
}

ra_row ra_row_kind_parse(const char *word)
{
    for (int r = 0; r < ROW_COUNT; r++)
        if (!strcmp(word, ra_row_name((ra_row)r)))
            return (ra_row)r;
    return ROW_COUNT;
}
