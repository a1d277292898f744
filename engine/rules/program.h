/* program.h — a checked, compiled rule pack: typed expression trees with
 * every name resolved to a field, parameter, let slot or aggregate slot, so
 * evaluation parses nothing and allocates nothing.
 *
 * A ra_pack owns everything reachable from it (one arena); ra_pack_free
 * releases it all. A pack is read-only once loaded: threads may evaluate it
 * concurrently. */
#ifndef RA_RULES_PROGRAM_H
#define RA_RULES_PROGRAM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "ast.h"
#include "regex.h"
#include "value.h"

typedef enum {
    RA_SCOPE_FEE,
    RA_SCOPE_DOCUMENT,
    RA_SCOPE_WORKER,
    RA_SCOPE_AGENCY,
    RA_SCOPE_CONTRACT,
    RA_SCOPE_SUBMISSION,
    RA_SCOPE_COUNT
} ra_scope;

typedef enum { RA_SEV_INFO, RA_SEV_LOW, RA_SEV_MEDIUM, RA_SEV_HIGH, RA_SEV_CRITICAL } ra_severity;

/* Rows an expression can read. */
typedef enum {
    ROW_FEE,
    ROW_DOCUMENT,
    ROW_WORKER,
    ROW_AGENCY,
    ROW_DQ,
    ROW_CONTRACT,
    ROW_SENTENCE,
    ROW_COUNT
} ra_row;

/* Static types. T_NULL is the type of the literal null (fits anything). */
typedef enum { T_NULL, T_BOOL, T_NUM, T_MONEY, T_DATE, T_STR, T_LIST } ra_type;

typedef enum {
    CN_CONST, /* k */
    CN_FIELD, /* row, field */
    CN_TABLE, /* slot: index of a table parameter, looked up with the worker */
    CN_LET,   /* slot */
    CN_AGG,   /* slot */
    CN_ASOF,
    CN_UNARY,  /* op, a */
    CN_BINARY, /* op, a, b */
    CN_CALL,   /* fn, args */
    CN_MATCH,  /* slot: pattern, slot2: negation pattern or -1, window (words) */
    CN_SAGG,   /* op: ra_agg_fn over the sentences of the contract; a: value, b: filter */
    CN_ENUM_IN /* a: an enum field; true when its value's index is in the mask k.u.num.n
                  (op OP_NE / OP_NOT_IN: when it is not); null when the field is null */
} ra_cnode_kind;

typedef enum {
    FN_MISSING,
    FN_DEFAULT,
    FN_DAYS,
    FN_YEAR,
    FN_ABS,
    FN_USD,
    FN_GREATEST,
    FN_LEAST,
    FN_IF,                  /* if(c, a, b): a when c is true, b when false, null when null */
    FN_EXTRACT,             /* slot: pattern; the first capture as a number */
    FN_ORIGIN_EXTRACT,      /* the same, in the origin version of the contract */
    FN_EXTRACT_TEXT,        /* slot: pattern; the first capture as text (into the contract text) */
    FN_ORIGIN_EXTRACT_TEXT, /* the same, in the origin version */
    FN_SAME_TEXT,           /* same_text(a, b): the same words (ra_str_same_words) */
    FN_COUNT_
} ra_fn;

typedef struct ra_cnode ra_cnode;
struct ra_cnode {
    uint8_t kind, op, type, row;
    uint16_t field;
    int32_t slot, slot2;
    int32_t window;
    ra_value k;
    ra_cnode *a, *b;
    ra_cnode **args;
    size_t nargs;
    const char *src; /* source text (NUL-terminated), for --explain and evidence */
};

typedef enum { AGG_SUM, AGG_COUNT, AGG_MAX, AGG_MIN, AGG_ANY, AGG_ALL } ra_agg_fn;

typedef struct {
    ra_agg_fn fn;
    ra_row over;              /* the rows iterated: fee, document or worker */
    ra_row owner;             /* whose total it is: worker or agency */
    ra_cnode *value, *filter; /* either may be NULL */
    ra_type type;
} ra_agg;

typedef struct {
    const char **keys; /* "destination", "origin", "sector", "sex" */
    size_t nkeys;
    const char ***match; /* nrows × nkeys: a value or "*" */
    ra_value *values;
    size_t nrows;
} ra_table;

typedef struct {
    const char *name;
    ra_type type;
    bool is_table;
    ra_value value;     /* when not a table */
    int32_t table;      /* index into ra_pack.tables */
    const char *cite;   /* where the value comes from, or NULL */
    const char *origin; /* "core/fees.rules:3" or "profiles/PH.profile:5" */
    bool from_profile;  /* the value (and cite) come from the profile */
} ra_param;

/* A message: literal text and {expression:format} holes. */
typedef enum { FMT_PLAIN, FMT_USD, FMT_MONEY, FMT_MONTHS, FMT_PCT, FMT_INT, FMT_DAYS } ra_fmt;
typedef struct {
    const char *text; /* literal, or NULL for a hole */
    size_t text_len;  /* strlen(text): messages are rendered for every finding */
    ra_cnode *expr;
    ra_fmt fmt;
} ra_tmpl_part;

typedef struct {
    const char *name; /* as written in the rule */
    size_t name_len;
    const char *key; /* "name": as JSON, written into every finding's evidence */
    size_t key_len;
    ra_cnode *expr;
} ra_evidence_ref;

typedef struct {
    const char *id, *title;
    ra_scope scope;
    ra_severity severity;
    bool enabled;
    bool per_sentence;        /* contract rules: evaluated on each sentence */
    const char *profile_cite; /* why the profile disabled it or changed its severity */
    const char *citation;     /* the rule's cites joined with "; " */
    const char *file;
    int line;
    ra_cnode **lets;
    const char **let_names;
    size_t nlets;
    ra_cnode *when;
    ra_tmpl_part *message;
    size_t nmessage;
    ra_evidence_ref *evidence; /* fields and lets the condition reads */
    size_t nevidence;
    int32_t *aggs; /* aggregates its lets and condition read (evidence.rows) */
    size_t naggs;
} ra_rule;

typedef struct ra_pack {
    ra_arena arena;
    ra_rule *rules;
    size_t nrules;
    ra_param *params;
    size_t nparams;
    ra_agg *aggs;
    size_t naggs;
    ra_table *tables;
    size_t ntables;
    ra_pattern *patterns;
    size_t npatterns;
    size_t max_lets;
    const char *profile; /* name of the profile applied */
    const char *profile_title;
    char sha256[65]; /* rules_sha256 of SPEC section 3 */
} ra_pack;

const char *ra_scope_name(ra_scope s);
const char *ra_severity_name(ra_severity s);
bool ra_severity_parse(const char *s, ra_severity *out);
const char *ra_type_name(ra_type t);

/* A parameter's value by name (NULL when the pack has none). */
const ra_param *ra_pack_param(const ra_pack *pack, const char *name);

void ra_pack_free(ra_pack *pack);

#endif
