/* ast.h — the syntax tree of rule packs and profiles, as parsed (names not
 * yet resolved, types not yet known). Nodes live in the arena passed to the
 * parser and are freed with it. */
#ifndef RA_RULES_AST_H
#define RA_RULES_AST_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *file; /* path as given to the parser (owned by the caller) */
    int line, col;
} ra_pos;

typedef enum {
    E_NUMBER,  /* text: "12.5" */
    E_PERCENT, /* text: "10" in 10% */
    E_MONEY,   /* text: amount, name: currency code */
    E_STRING,  /* text: unescaped */
    E_DATE,    /* text: YYYY-MM-DD */
    E_BOOL,    /* num_value: 0 or 1 */
    E_NULL,
    E_ALL,    /* the word `all` where a list is expected */
    E_NAME,   /* name */
    E_FIELD,  /* name: row kind (fee, worker...), text: field */
    E_LIST,   /* items */
    E_UNARY,  /* op, a */
    E_BINARY, /* op, a, b */
    E_CALL,   /* name, items (arguments) */
    E_AGG,    /* name: sum|count|max|min|any|all; text: row kind; a: value or NULL;
                 b: filter (where) or NULL */
    E_TABLE,  /* keys (names), rows */
    E_MATCH   /* sentence ~ P [unless N within K words]: a: the subject, name: pattern P,
                 text: negation pattern N or NULL, num_value: K */
} ra_expr_kind;

typedef enum {
    OP_NEG,
    OP_NOT,
    OP_ADD,
    OP_SUB,
    OP_MUL,
    OP_DIV,
    OP_EQ,
    OP_NE,
    OP_LT,
    OP_LE,
    OP_GT,
    OP_GE,
    OP_AND,
    OP_OR,
    OP_IN,
    OP_NOT_IN,
    OP_MATCH
} ra_op;

typedef struct ra_expr ra_expr;
typedef struct ra_table_row ra_table_row;

struct ra_expr {
    ra_expr_kind kind;
    ra_pos pos;
    const char *src; /* the expression's source text (not NUL-terminated) */
    size_t src_len;
    ra_op op;
    const char *name; /* NUL-terminated, arena */
    const char *text; /* NUL-terminated, arena */
    int num_value;
    ra_expr *a, *b;
    ra_expr **items;
    size_t nitems;
    /* E_TABLE */
    const char **keys;
    size_t nkeys;
    ra_table_row *rows;
    size_t nrows;
};

struct ra_table_row {
    ra_pos pos;
    const char **match; /* nkeys entries: a value or "*" */
    ra_expr *value;
};

typedef struct {
    const char *name;
    ra_expr *value;
    ra_pos pos;
} ra_let_decl;

typedef struct {
    const char *id, *title;
    ra_pos pos;
    const char *scope; /* as written; NULL if absent */
    ra_pos scope_pos;
    const char *severity;
    ra_pos severity_pos;
    const char **cites;
    size_t ncites;
    ra_let_decl *lets;
    size_t nlets;
    ra_expr *when;
    const char *message; /* template text, unescaped */
    ra_pos message_pos;
    bool per_sentence; /* `for each sentence`: evaluated on each sentence of a contract */
    bool broken;       /* a syntax error cut it short */
} ra_rule_decl;

typedef struct {
    const char *name;
    ra_expr *value;
    const char *cite; /* optional for a pack parameter, required in a profile */
    ra_pos pos;
} ra_param_decl;

/* pattern NAME  LANG "regex" ...: regular expressions per contract language
 * (ISO 639-1 code, or `any` for every language). */
typedef struct {
    const char *lang;
    const char *regex; /* unescaped except \x sequences, which PCRE2 reads */
    ra_pos pos;
} ra_pattern_alt;

typedef struct {
    const char *name;
    ra_pattern_alt *alts;
    size_t nalts;
    ra_pos pos;
} ra_pattern_decl;

/* Profile statements. */
typedef enum { PS_SET, PS_DISABLE, PS_SEVERITY } ra_profile_stmt_kind;
typedef struct {
    ra_profile_stmt_kind kind;
    const char *target;   /* parameter name or rule id */
    ra_expr *value;       /* PS_SET */
    const char *severity; /* PS_SEVERITY */
    const char *cite;
    ra_pos pos;
} ra_profile_stmt;

typedef struct {
    ra_param_decl *params;
    size_t nparams;
    ra_rule_decl *rules;
    size_t nrules;
    ra_pattern_decl *patterns;
    size_t npatterns;
    /* Profiles only. */
    const char *profile_name, *profile_title;
    ra_profile_stmt *stmts;
    size_t nstmts;
} ra_ast_file;

#endif
