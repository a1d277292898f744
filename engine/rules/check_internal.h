/* check_internal.h — what the checker's two files share: the checker state,
 * the compile context of an expression, and the helpers both use. Private to
 * engine/rules (check.c: parameters, rules, profiles, patterns; check_expr.c:
 * expressions). Everything allocated lives in the pack's arena. */
#ifndef RA_RULES_CHECK_INTERNAL_H
#define RA_RULES_CHECK_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>

#include "check.h"
#include "fields.h"

typedef struct {
    ra_pack *pack;
    ra_diags *diags;
    bool nomem;
    const ra_ast_file *files; /* every rule declared, compiled or not */
    size_t nfiles;
    /* growing arrays (arena) */
    size_t cap_params, cap_aggs, cap_tables, cap_rules;
} checker;

/* Where an expression is compiled. */
typedef struct {
    ra_scope scope;
    bool rows[ROW_COUNT]; /* rows whose fields can be read */
    ra_row own;           /* the row whose fields may be named bare */
    ra_row agg_owner;     /* owner of aggregates written here (ROW_COUNT: none allowed) */
    const ra_rule_decl *rule;
    ra_cnode **lets; /* compiled lets visible here */
    size_t nlets;
    bool in_stream_agg;        /* in an aggregate over fee or document rows */
    ra_evidence_ref *evidence; /* collects names read, when non-NULL */
    size_t *nevidence;
    size_t cap_evidence;
} cctx;

void *ck_alloc(checker *ck, size_t size);
/* Grows an arena array to hold n + 1 elements (old copies stay in the arena). */
void *ck_grow(checker *ck, void *arr, size_t n, size_t *cap, size_t elem);
const char *ck_strdup(checker *ck, const char *s, size_t len);
void ck_err(checker *ck, ra_pos pos, const char *text, const char *hint, const char *fmt,
            const char *a, const char *b);
void ck_err_expr(checker *ck, const ra_expr *e, const char *hint, const char *fmt, const char *a,
                 const char *b);
const char *ck_article(const char *word); /* "a" or "an" */
/* Keeps the closest candidate within an edit distance of 2 (for hints). */
void ck_suggest(const char *name, const char *cand, const char **best, size_t *bestd);
ra_cnode *ck_cnode(checker *ck, ra_cnode_kind kind, ra_type type, const ra_expr *e);
ra_cnode *ck_constant(checker *ck, ra_value v, ra_type type, const ra_expr *e);
/* The value of a literal; reports an error and returns false otherwise. */
bool ck_literal_value(checker *ck, const ra_expr *e, ra_value *v, ra_type *t);
bool ck_in_domain(ra_row row, const char *field, const char *value);
bool ck_numeric(ra_type t);

/* Compiles an expression in a context (check_expr.c); NULL after an error. */
ra_cnode *ck_compile(checker *ck, cctx *cx, const ra_expr *e);

#endif
