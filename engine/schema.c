/* schema.c — the five table descriptions of SPEC section 1 and the generic
 * record → typed cells step. Adding a column is one line in a table here. */
#include "schema.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "utf8.h"

/* Enum value lists (model.h), in the order of the model.h enums (index + 1). */
const char *const ra_enum_sex[] = {"F", "M", "X", "U", NULL};
const char *const ra_enum_sector[] = {"domestic_work", "care",          "construction",
                                      "agriculture",   "manufacturing", "hospitality",
                                      "fishing",       "other",         NULL};
const char *const ra_enum_category[] = {"recruitment_fee",
                                        "service_fee",
                                        "placement_fee",
                                        "medical",
                                        "insurance",
                                        "skills_test",
                                        "training",
                                        "equipment",
                                        "travel",
                                        "lodging",
                                        "visa",
                                        "passport",
                                        "work_permit",
                                        "administrative",
                                        "deposit",
                                        "bond",
                                        "loan_interest",
                                        "other",
                                        NULL};
const char *const ra_enum_payer[] = {"worker", "employer", "agency", "government", "other", NULL};
const char *const ra_enum_method[] = {"cash", "bank_transfer", "salary_deduction",
                                      "loan", "other",         NULL};
const char *const ra_enum_document[] = {"passport",          "national_id", "visa",  "work_permit",
                                        "birth_certificate", "bank_card",   "other", NULL};
const char *const ra_enum_holder[] = {"worker", "agency", "employer", "authority", NULL};

#define REQ true
#define OPT false

static const ra_column AGENCY_COLS[] = {
    [RA_A_ID] = {"agency_id", RA_COL_ID, REQ, NULL},
    [RA_A_NAME] = {"name", RA_COL_TEXT, REQ, NULL},
    [RA_A_LICENCE_NO] = {"licence_no", RA_COL_ID, OPT, NULL},
    [RA_A_VALID_FROM] = {"licence_valid_from", RA_COL_DATE, OPT, NULL},
    [RA_A_VALID_UNTIL] = {"licence_valid_until", RA_COL_DATE, OPT, NULL},
    [RA_A_COUNTRY] = {"country", RA_COL_COUNTRY, OPT, NULL},
};

static const ra_column WORKER_COLS[] = {
    [RA_W_ID] = {"worker_id", RA_COL_ID, REQ, NULL},
    [RA_W_AGENCY] = {"agency_id", RA_COL_ID, REQ, NULL},
    [RA_W_SEX] = {"sex", RA_COL_ENUM, REQ, ra_enum_sex},
    [RA_W_BIRTH_YEAR] = {"birth_year", RA_COL_YEAR, OPT, NULL},
    [RA_W_ORIGIN] = {"origin_country", RA_COL_COUNTRY, REQ, NULL},
    [RA_W_DESTINATION] = {"destination_country", RA_COL_COUNTRY, REQ, NULL},
    [RA_W_SECTOR] = {"sector", RA_COL_ENUM, REQ, ra_enum_sector},
    [RA_W_OCCUPATION] = {"occupation", RA_COL_TEXT, OPT, NULL},
    [RA_W_WAGE] = {"monthly_wage", RA_COL_MONEY, REQ, NULL},
    [RA_W_WAGE_CURRENCY] = {"wage_currency", RA_COL_CURRENCY, REQ, NULL},
    [RA_W_LANGUAGE] = {"language", RA_COL_LANGUAGE, OPT, NULL},
    [RA_W_CONTRACT_ID] = {"contract_id", RA_COL_ID, OPT, NULL},
    [RA_W_CONTRACT_LANGUAGE] = {"contract_language", RA_COL_LANGUAGE, OPT, NULL},
    [RA_W_CONTRACT_SIGNED_ON] = {"contract_signed_on", RA_COL_DATE, OPT, NULL},
    [RA_W_RECRUITED_ON] = {"recruited_on", RA_COL_DATE, OPT, NULL},
    [RA_W_DEPLOYED_ON] = {"deployed_on", RA_COL_DATE, OPT, NULL},
};

static const ra_column FEE_COLS[] = {
    [RA_F_ID] = {"fee_id", RA_COL_ID, OPT, NULL},
    [RA_F_WORKER] = {"worker_id", RA_COL_ID, REQ, NULL},
    [RA_F_AGENCY] = {"agency_id", RA_COL_ID, REQ, NULL},
    [RA_F_CATEGORY] = {"category", RA_COL_ENUM, REQ, ra_enum_category},
    [RA_F_AMOUNT] = {"amount", RA_COL_MONEY, REQ, NULL},
    [RA_F_CURRENCY] = {"currency", RA_COL_CURRENCY, REQ, NULL},
    [RA_F_PAID_BY] = {"paid_by", RA_COL_ENUM, REQ, ra_enum_payer},
    [RA_F_PAID_ON] = {"paid_on", RA_COL_DATE, OPT, NULL},
    [RA_F_METHOD] = {"method", RA_COL_ENUM, OPT, ra_enum_method},
    [RA_F_RECEIPT] = {"receipt", RA_COL_YESNO, OPT, NULL},
    [RA_F_DISCLOSED] = {"disclosed", RA_COL_YESNO, OPT, NULL},
};

static const ra_column DOCUMENT_COLS[] = {
    [RA_D_WORKER] = {"worker_id", RA_COL_ID, REQ, NULL},
    [RA_D_AGENCY] = {"agency_id", RA_COL_ID, REQ, NULL},
    [RA_D_DOCUMENT] = {"document", RA_COL_ENUM, REQ, ra_enum_document},
    [RA_D_HOLDER] = {"holder", RA_COL_ENUM, REQ, ra_enum_holder},
    [RA_D_HELD_FROM] = {"held_from", RA_COL_DATE, REQ, NULL},
    [RA_D_HELD_UNTIL] = {"held_until", RA_COL_DATE, OPT, NULL},
    [RA_D_CONSENT] = {"consent", RA_COL_YESNO, OPT, NULL},
    [RA_D_REASON] = {"reason", RA_COL_TEXT, OPT, NULL},
};

static const ra_column RATE_COLS[] = {
    [RA_R_CURRENCY] = {"currency", RA_COL_CURRENCY, REQ, NULL},
    [RA_R_USD_PER_UNIT] = {"usd_per_unit", RA_COL_RATE, REQ, NULL},
};

#define TABLE(id, file, cols)                                                                      \
    {                                                                                              \
        id, file, cols, sizeof cols / sizeof cols[0]                                               \
    }
static const ra_table_schema SCHEMAS[RA_TABLE_COUNT] = {
    [RA_TABLE_AGENCIES] = TABLE(RA_TABLE_AGENCIES, "agencies.csv", AGENCY_COLS),
    [RA_TABLE_WORKERS] = TABLE(RA_TABLE_WORKERS, "workers.csv", WORKER_COLS),
    [RA_TABLE_RATES] = TABLE(RA_TABLE_RATES, "rates.csv", RATE_COLS),
    [RA_TABLE_FEES] = TABLE(RA_TABLE_FEES, "fees.csv", FEE_COLS),
    [RA_TABLE_DOCUMENTS] = TABLE(RA_TABLE_DOCUMENTS, "documents.csv", DOCUMENT_COLS),
};

const ra_table_schema *ra_schema_get(ra_table_id id)
{
    return (unsigned)id < RA_TABLE_COUNT ? &SCHEMAS[id] : NULL;
}

const char *ra_table_file(ra_table_id t)
{
    return (unsigned)t < RA_TABLE_COUNT ? SCHEMAS[t].file : "";
}

static const char *enum_name(const char *const *values, size_t n, int v)
{
    return v >= 1 && (size_t)v <= n ? values[v - 1] : "";
}
#define ENUM_NAME(list, v) enum_name(list, sizeof list / sizeof list[0] - 1, (int)(v))

const char *ra_sex_name(ra_sex v)
{
    return ENUM_NAME(ra_enum_sex, v);
}
const char *ra_sector_name(ra_sector v)
{
    return ENUM_NAME(ra_enum_sector, v);
}
const char *ra_category_name(ra_fee_category v)
{
    return ENUM_NAME(ra_enum_category, v);
}
const char *ra_payer_name(ra_payer v)
{
    return ENUM_NAME(ra_enum_payer, v);
}
const char *ra_method_name(ra_method v)
{
    return ENUM_NAME(ra_enum_method, v);
}
const char *ra_doc_kind_name(ra_doc_kind v)
{
    return ENUM_NAME(ra_enum_document, v);
}
const char *ra_holder_name(ra_holder v)
{
    return ENUM_NAME(ra_enum_holder, v);
}

const char *ra_errtype_name(ra_errtype t)
{
    static const char *const names[RA_E_COUNT] = {
        [RA_E_MISSING_LABEL] = "missing-label",       [RA_E_DUPLICATE_LABEL] = "duplicate-label",
        [RA_E_BLANK_LABEL] = "blank-label",           [RA_E_EXTRA_CELL] = "extra-cell",
        [RA_E_MISSING_CELL] = "missing-cell",         [RA_E_TYPE_ERROR] = "type-error",
        [RA_E_CONSTRAINT_ERROR] = "constraint-error", [RA_E_UNIQUE_ERROR] = "unique-error",
        [RA_E_FOREIGN_KEY] = "foreign-key",           [RA_E_ENCODING_ERROR] = "encoding-error",
        [RA_E_FORMAT_ERROR] = "format-error",         [RA_E_LIMIT_ERROR] = "limit-error",
    };
    return (unsigned)t < RA_E_COUNT ? names[t] : "error";
}

/* ---- header ------------------------------------------------------------- */

static void issue(ra_header_issue_fn fn, void *ctx, ra_errtype type, bool warning, long col,
                  const char *fmt, const char *a, const char *b)
{
    if (!fn)
        return;
    ra_header_issue is = {.type = type, .is_warning = warning, .col = col};
    snprintf(is.msg, sizeof is.msg, fmt, a, b ? b : "");
    fn(ctx, &is);
}

bool ra_header_bind(const ra_table_schema *schema, const ra_csv_record *header, ra_header_map *map,
                    ra_header_issue_fn fn, void *ctx)
{
    bool usable = true;
    for (size_t c = 0; c < RA_SCHEMA_MAX_COLS; c++)
        map->file_col[c] = -1;
    map->nfile_cols = header->nfields;

    if (header->defect != RA_CSV_REC_OK) {
        issue(fn, ctx,
              header->defect == RA_CSV_REC_BAD_QUOTE ? RA_E_FORMAT_ERROR : RA_E_LIMIT_ERROR, false,
              header->defect_col, "the header row is malformed (%s%s)",
              header->defect == RA_CSV_REC_TOO_MANY_COLUMNS ? "too many columns"
              : header->defect == RA_CSV_REC_BAD_QUOTE      ? "bad quoting"
                                                            : "too large",
              NULL);
        return false;
    }
    for (size_t f = 0; f < header->nstored; f++) {
        const ra_strv *v = &header->fields[f];
        char text[4 * 40 + 4];
        ra_utf8_preview(v->ptr, v->len, 40, text);
        if (v->len == 0) {
            char num[24];
            snprintf(num, sizeof num, "%zu", f + 1);
            issue(fn, ctx, RA_E_BLANK_LABEL, false, (long)f + 1, "header column %s has no name%s",
                  num, NULL);
            usable = false;
            continue;
        }
        bool control = false;
        for (size_t i = 0; i < v->len && !control; i++)
            control = (unsigned char)v->ptr[i] < 0x20 || v->ptr[i] == 0x7f;
        if (control && !memchr(v->ptr, '\0', v->len)) {
            issue(fn, ctx, RA_E_FORMAT_ERROR, false, (long)f + 1,
                  "header column '%s' holds a line break or control character: if the file "
                  "has CR-only line ends (old Mac format), save it with LF or CRLF%s",
                  text, NULL);
            return false;
        }
        if (ra_utf8_check((const unsigned char *)v->ptr, v->len) != v->len || control) {
            issue(fn, ctx, RA_E_ENCODING_ERROR, false, (long)f + 1,
                  "the header is not UTF-8 text (column '%s'): is this a CSV file?%s", text, NULL);
            return false;
        }
        bool dup = false;
        for (size_t g = 0; g < f && !dup; g++)
            dup = header->fields[g].len == v->len && !memcmp(header->fields[g].ptr, v->ptr, v->len);
        if (dup) {
            issue(fn, ctx, RA_E_DUPLICATE_LABEL, false, (long)f + 1,
                  "column '%s' appears twice in the header%s", text, NULL);
            usable = false;
            continue;
        }
        bool known = false;
        for (size_t c = 0; c < schema->ncols; c++) {
            const char *name = schema->cols[c].name;
            if (strlen(name) != v->len || memcmp(name, v->ptr, v->len) != 0)
                continue;
            known = true;
            map->file_col[c] = (int)f;
        }
        if (!known) {
            const char *hint = NULL;
            for (size_t c = 0; c < schema->ncols && !hint; c++)
                if (strlen(schema->cols[c].name) == v->len &&
                    strncasecmp(schema->cols[c].name, v->ptr, v->len) == 0)
                    hint = schema->cols[c].name;
            char note[128] = "";
            if (hint)
                snprintf(note, sizeof note, " (did you mean '%s'?)", hint);
            issue(fn, ctx, RA_E_EXTRA_CELL, true, (long)f + 1,
                  "unknown column '%s' kept and ignored%s", text, note);
        }
    }
    for (size_t c = 0; c < schema->ncols; c++) {
        if (schema->cols[c].required && map->file_col[c] < 0) {
            issue(fn, ctx, RA_E_MISSING_LABEL, false, 0, "required column '%s' is missing%s",
                  schema->cols[c].name, NULL);
            usable = false;
        }
    }
    return usable;
}

/* ---- rows --------------------------------------------------------------- */

static bool reject(ra_reject *why, ra_errtype type, const char *column, const char *fmt,
                   const char *a, const char *b)
{
    why->type = type;
    why->column = column;
    snprintf(why->reason, sizeof why->reason, fmt, a ? a : "", b ? b : "");
    return false;
}

/* v is not empty. Most names differ from it at the first byte: that is
 * looked at before the name's length (this runs for every enum cell). */
static int enum_lookup(const char *const *values, const ra_strv *v)
{
    for (int i = 0; values[i]; i++)
        if (values[i][0] == v->ptr[0] && strlen(values[i]) == v->len &&
            memcmp(values[i], v->ptr, v->len) == 0)
            return i + 1;
    return 0;
}

static void enum_list(const char *const *values, char *out, size_t size)
{
    size_t n = 0;
    out[0] = '\0';
    for (int i = 0; values[i] && n + 1 < size; i++) {
        int w = snprintf(out + n, size - n, "%s%s", i ? "|" : "", values[i]);
        if (w < 0)
            break;
        n += (size_t)w;
    }
}

/* Types one non-empty cell. The quoted value for a message (q) is only made
 * on the error path: this runs for every cell of every row. */
#define QUOTED(v) (ra_utf8_preview((v)->ptr, (v)->len, 40, q), q)
static bool parse_cell(const ra_column *col, const ra_strv *v, ra_cell *cell, ra_reject *why)
{
    char q[4 * 40 + 4];
    cell->present = true;
    cell->s = *v;
    cell->i = 0;
    switch (col->type) {
    case RA_COL_TEXT:
    case RA_COL_ID:
        return true;
    case RA_COL_MONEY: {
        ra_num_result r = ra_money_parse(v->ptr, v->len, &cell->i);
        if (r == RA_NUM_RANGE)
            return reject(why, RA_E_CONSTRAINT_ERROR, col->name,
                          "amount '%s' is larger than the supported 922337203685477.5807%s",
                          QUOTED(v), NULL);
        if (r != RA_NUM_OK)
            return reject(why, RA_E_TYPE_ERROR, col->name,
                          "'%s' is not an amount: digits with an optional '.' and up to 4 "
                          "decimals, no sign, separator or exponent (e.g. 1250.50)%s",
                          QUOTED(v), NULL);
        return true;
    }
    case RA_COL_RATE: {
        ra_num_result r = ra_rate_parse(v->ptr, v->len, &cell->i);
        if (r != RA_NUM_OK)
            return reject(why, r == RA_NUM_RANGE ? RA_E_CONSTRAINT_ERROR : RA_E_TYPE_ERROR,
                          col->name,
                          "'%s' is not a positive rate with up to 6 integer digits and 12 "
                          "decimals (e.g. 0.0178)%s",
                          QUOTED(v), NULL);
        return true;
    }
    case RA_COL_DATE: {
        ra_date d;
        if (!ra_date_parse(v->ptr, v->len, &d))
            return reject(why, RA_E_TYPE_ERROR, col->name,
                          "'%s' is not a valid calendar date YYYY-MM-DD%s", QUOTED(v), NULL);
        cell->i = d;
        return true;
    }
    case RA_COL_YEAR: {
        ra_date d;
        char buf[11];
        if (v->len != 4 || !(snprintf(buf, sizeof buf, "%.4s-01-01", v->ptr), 1) ||
            !ra_date_parse(buf, 10, &d))
            return reject(why, RA_E_TYPE_ERROR, col->name, "'%s' is not a four-digit year%s",
                          QUOTED(v), NULL);
        cell->i = ra_date_year(d);
        return true;
    }
    case RA_COL_ENUM: {
        int k = enum_lookup(col->values, v);
        if (!k) {
            char list[256];
            enum_list(col->values, list, sizeof list);
            return reject(why, RA_E_TYPE_ERROR, col->name, "'%s' is not one of %s", QUOTED(v),
                          list);
        }
        cell->i = k;
        return true;
    }
    case RA_COL_YESNO:
        if (v->len == 3 && memcmp(v->ptr, "yes", 3) == 0)
            cell->i = RA_TRI_YES;
        else if (v->len == 2 && memcmp(v->ptr, "no", 2) == 0)
            cell->i = RA_TRI_NO;
        else
            return reject(why, RA_E_TYPE_ERROR, col->name, "'%s' is not yes or no%s", QUOTED(v),
                          NULL);
        return true;
    case RA_COL_COUNTRY:
        cell->i = ra_country_lookup(v->ptr, v->len);
        if (!cell->i)
            return reject(why, RA_E_TYPE_ERROR, col->name,
                          "'%s' is not an ISO 3166-1 alpha-2 country code (e.g. PH)%s", QUOTED(v),
                          NULL);
        return true;
    case RA_COL_CURRENCY:
        cell->i = ra_currency_lookup(v->ptr, v->len);
        if (!cell->i)
            return reject(why, RA_E_TYPE_ERROR, col->name,
                          "'%s' is not an ISO 4217 currency code (e.g. PHP)%s", QUOTED(v), NULL);
        return true;
    case RA_COL_LANGUAGE:
        cell->i = ra_language_lookup(v->ptr, v->len);
        if (!cell->i)
            return reject(why, RA_E_TYPE_ERROR, col->name,
                          "'%s' is not an ISO 639-1 language code (e.g. tl)%s", QUOTED(v), NULL);
        return true;
    }
    return reject(why, RA_E_TYPE_ERROR, col->name, "unsupported column type%s%s", NULL, NULL);
}

static const char *column_at(const ra_table_schema *schema, const ra_header_map *map, size_t f)
{
    for (size_t c = 0; c < schema->ncols; c++)
        if (map->file_col[c] == (int)f)
            return schema->cols[c].name;
    return NULL;
}

static bool check_shape(const ra_header_map *map, const ra_csv_record *rec, ra_reject *why)
{
    char a[32], b[32];
    switch (rec->defect) {
    case RA_CSV_REC_OK:
        break;
    case RA_CSV_REC_BAD_QUOTE:
        snprintf(a, sizeof a, "%ld", rec->defect_col);
        return reject(why, RA_E_FORMAT_ERROR, NULL,
                      "malformed quoting near byte %s of the line (a quote inside an unquoted "
                      "field, or text after a closing quote); the row was skipped to the next "
                      "line%s",
                      a, NULL);
    case RA_CSV_REC_UNTERMINATED:
        return reject(why, RA_E_FORMAT_ERROR, NULL,
                      "a quoted field is never closed: everything to the end of the file was "
                      "inside it%s%s",
                      NULL, NULL);
    case RA_CSV_REC_FIELD_TOO_BIG:
        return reject(why, RA_E_LIMIT_ERROR, NULL,
                      "a field is larger than the field size limit; the rest of the line was "
                      "skipped%s%s",
                      NULL, NULL);
    case RA_CSV_REC_RECORD_TOO_BIG:
        return reject(why, RA_E_LIMIT_ERROR, NULL, "the row is larger than the row size limit%s%s",
                      NULL, NULL);
    case RA_CSV_REC_TOO_MANY_COLUMNS:
        snprintf(a, sizeof a, "%zu", rec->nfields);
        return reject(why, RA_E_LIMIT_ERROR, NULL, "the row has %s cells, over the column limit%s",
                      a, NULL);
    }
    if (rec->nfields != map->nfile_cols) {
        snprintf(a, sizeof a, "%zu", rec->nfields);
        snprintf(b, sizeof b, "%zu", map->nfile_cols);
        return reject(why, rec->nfields > map->nfile_cols ? RA_E_EXTRA_CELL : RA_E_MISSING_CELL,
                      NULL, "the row has %s cells but the header has %s", a, b);
    }
    return true;
}

bool ra_row_parse(const ra_table_schema *schema, const ra_header_map *map, const ra_csv_record *rec,
                  uint32_t allow_empty, ra_cell *cells, ra_reject *why)
{
    if (!check_shape(map, rec, why))
        return false;
    /* Encoding first, over every cell (unknown columns too): the row is text.
     * The reader has checked most rows whole (rec->ascii). */
    for (size_t f = 0; f < rec->nstored && !rec->ascii; f++) {
        const ra_strv *v = &rec->fields[f];
        if (ra_ascii_no_nul(v->ptr, v->len))
            continue; /* nearly every cell: the exact checks are for the rest */
        char pos[32];
        if (memchr(v->ptr, '\0', v->len)) {
            snprintf(pos, sizeof pos, "%zu", f + 1);
            return reject(why, RA_E_ENCODING_ERROR, column_at(schema, map, f),
                          "cell %s holds a NUL byte: binary data is not text%s", pos, NULL);
        }
        size_t bad = ra_utf8_check((const unsigned char *)v->ptr, v->len);
        if (bad != v->len) {
            char at[32];
            snprintf(pos, sizeof pos, "%zu", f + 1);
            snprintf(at, sizeof at, "%zu", bad + 1);
            return reject(why, RA_E_ENCODING_ERROR, column_at(schema, map, f),
                          "cell %s is not valid UTF-8 (byte %s); save the file as UTF-8", pos, at);
        }
    }
    for (size_t c = 0; c < schema->ncols; c++) {
        const ra_column *col = &schema->cols[c];
        ra_cell *cell = &cells[c];
        cell->present = false;
        cell->i = 0;
        cell->s.ptr = "";
        cell->s.len = 0;
        int f = map->file_col[c];
        if (f < 0)
            continue; /* optional column absent from the file: null */
        const ra_strv *v = &rec->fields[f];
        if (v->len == 0) {
            if (col->required && !(allow_empty & (UINT32_C(1) << c)))
                return reject(why, RA_E_CONSTRAINT_ERROR, col->name, "required value is empty%s%s",
                              NULL, NULL);
            continue;
        }
        if (!parse_cell(col, v, cell, why))
            return false;
    }
    return true;
}
