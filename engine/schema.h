/* schema.h — one table description per input file (SPEC section 1) and the
 * generic, table-driven step from a CSV record to typed cells.
 *
 * Schemas are constant data. A typed cell's string view points into the CSV
 * record and is valid only while that record is. Nothing here allocates. */
#ifndef RA_SCHEMA_H
#define RA_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "csvread.h"
#include "model.h"

/* Stable rejection types, in the spirit of the Frictionless error catalogue. */
typedef enum {
    RA_E_MISSING_LABEL,    /* a required column is missing from the header */
    RA_E_DUPLICATE_LABEL,  /* two header columns have the same name */
    RA_E_BLANK_LABEL,      /* a header column has no name */
    RA_E_EXTRA_CELL,       /* more cells than header columns */
    RA_E_MISSING_CELL,     /* fewer cells than header columns */
    RA_E_TYPE_ERROR,       /* not a date / amount / code / enum value */
    RA_E_CONSTRAINT_ERROR, /* a required value is empty, or a value is out of range */
    RA_E_UNIQUE_ERROR,     /* duplicate id */
    RA_E_FOREIGN_KEY,      /* unknown or rejected parent */
    RA_E_ENCODING_ERROR,   /* invalid UTF-8 or a NUL byte */
    RA_E_FORMAT_ERROR,     /* malformed CSV quoting */
    RA_E_LIMIT_ERROR,      /* over a configured size limit */
    RA_E_COUNT
} ra_errtype;

const char *ra_errtype_name(ra_errtype t); /* "foreign-key" */

typedef enum {
    RA_COL_TEXT,     /* any UTF-8 text */
    RA_COL_ID,       /* identifier text, kept exactly as given */
    RA_COL_MONEY,    /* ra_money */
    RA_COL_RATE,     /* ra_rate */
    RA_COL_DATE,     /* ra_date */
    RA_COL_YEAR,     /* a four-digit year */
    RA_COL_ENUM,     /* 1-based index into values[] */
    RA_COL_YESNO,    /* ra_tri; empty = not recorded */
    RA_COL_COUNTRY,  /* ra_code, ISO 3166-1 alpha-2 */
    RA_COL_CURRENCY, /* ra_code, ISO 4217 */
    RA_COL_LANGUAGE  /* ra_code, ISO 639-1 */
} ra_col_type;

typedef struct {
    const char *name;
    ra_col_type type;
    bool required;
    const char *const *values; /* RA_COL_ENUM: NULL-terminated list */
} ra_column;

#define RA_SCHEMA_MAX_COLS 24

typedef struct {
    ra_table_id id;
    const char *file; /* "workers.csv" */
    const ra_column *cols;
    size_t ncols;
} ra_table_schema;

const ra_table_schema *ra_schema_get(ra_table_id id);

/* Column indexes, in schema order, so table code reads cells[RA_W_SEX]. */
enum { RA_A_ID, RA_A_NAME, RA_A_LICENCE_NO, RA_A_VALID_FROM, RA_A_VALID_UNTIL, RA_A_COUNTRY };
enum {
    RA_W_ID,
    RA_W_AGENCY,
    RA_W_SEX,
    RA_W_BIRTH_YEAR,
    RA_W_ORIGIN,
    RA_W_DESTINATION,
    RA_W_SECTOR,
    RA_W_OCCUPATION,
    RA_W_WAGE,
    RA_W_WAGE_CURRENCY,
    RA_W_LANGUAGE,
    RA_W_CONTRACT_ID,
    RA_W_CONTRACT_LANGUAGE,
    RA_W_CONTRACT_SIGNED_ON,
    RA_W_RECRUITED_ON,
    RA_W_DEPLOYED_ON
};
enum {
    RA_F_ID,
    RA_F_WORKER,
    RA_F_AGENCY,
    RA_F_CATEGORY,
    RA_F_AMOUNT,
    RA_F_CURRENCY,
    RA_F_PAID_BY,
    RA_F_PAID_ON,
    RA_F_METHOD,
    RA_F_RECEIPT,
    RA_F_DISCLOSED
};
enum {
    RA_D_WORKER,
    RA_D_AGENCY,
    RA_D_DOCUMENT,
    RA_D_HOLDER,
    RA_D_HELD_FROM,
    RA_D_HELD_UNTIL,
    RA_D_CONSENT,
    RA_D_REASON
};
enum { RA_R_CURRENCY, RA_R_USD_PER_UNIT };

/* Where each schema column sits in the file (-1: absent), and which file
 * columns are unknown. */
typedef struct {
    int file_col[RA_SCHEMA_MAX_COLS];
    size_t nfile_cols;
} ra_header_map;

/* A header problem: one per missing required column, duplicate or blank
 * label; unknown columns are reported as warnings (is_warning). */
typedef struct {
    ra_errtype type;
    bool is_warning;
    long col; /* 1-based file column, 0 if none */
    char msg[512];
} ra_header_issue;

typedef void (*ra_header_issue_fn)(void *ctx, const ra_header_issue *issue);

/* Binds a header record to a schema. Returns false when the file cannot be
 * used (a required column is missing, or labels are duplicate or blank); every
 * issue is reported through fn, not only the first. */
bool ra_header_bind(const ra_table_schema *schema, const ra_csv_record *header, ra_header_map *map,
                    ra_header_issue_fn fn, void *ctx);

typedef struct {
    bool present;
    int64_t i; /* money, rate, date, year, enum index, tri, code */
    ra_strv s; /* the raw text, always set when present */
} ra_cell;

/* Why a row was rejected. */
typedef struct {
    ra_errtype type;
    const char *column; /* schema column name, or NULL for the whole row */
    char reason[512];
} ra_reject;

/* Checks the record's shape (defects, cell count, UTF-8, NUL) and types every
 * schema column into cells[]. Returns false and fills why on the first
 * problem; an empty optional cell is not present; an empty required cell is a
 * constraint-error unless the schema column allows it (see allow_empty). */
bool ra_row_parse(const ra_table_schema *schema, const ra_header_map *map, const ra_csv_record *rec,
                  uint32_t allow_empty, ra_cell *cells, ra_reject *why);

#endif
