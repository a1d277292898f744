/* check_expr.c — expressions: names resolved (let, own-row field,
 * parameter, as_of), fields, operators with their types, functions,
 * aggregates (accumulated while rows stream, or over a contract's
 * sentences), and clause patterns, compiled into typed nodes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "utf8.h"

static int32_t find_pattern(checker *ck, const ra_expr *e, const char *name)
{
    for (size_t i = 0; i < ck->pack->npatterns; i++)
        if (!strcmp(ck->pack->patterns[i].name, name))
            return (int32_t)i;
    const char *best = NULL;
    size_t bestd = 99;
    for (size_t i = 0; i < ck->pack->npatterns; i++)
        ck_suggest(name, ck->pack->patterns[i].name, &best, &bestd);
    char hint[160];
    snprintf(hint, sizeof hint, best ? "did you mean '%s'?" : "%s",
             best ? best : "declare it: pattern NAME  en \"regex\"");
    ck_err_expr(ck, e, hint, "unknown pattern '%s'%s", name, NULL);
    return -1;
}

static void note_evidence(checker *ck, cctx *cx, const char *name, ra_cnode *n)
{
    if (!cx->evidence || !n)
        return;
    for (size_t i = 0; i < *cx->nevidence; i++)
        if (!strcmp(cx->evidence[i].name, name))
            return;
    if (*cx->nevidence == cx->cap_evidence) {
        size_t cap = cx->cap_evidence ? cx->cap_evidence * 2 : 8;
        ra_evidence_ref *na = ck_alloc(ck, cap * sizeof *na);
        if (!na)
            return;
        if (*cx->nevidence)
            memcpy(na, cx->evidence, *cx->nevidence * sizeof *na);
        cx->evidence = na;
        cx->cap_evidence = cap;
    }
    /* "name": once here; an aggregate's name is its source text, which may
     * hold quotes */
    size_t len = strlen(name), k = 0;
    char *key = ck_alloc(ck, 6 * len + 4);
    if (!key)
        return;
    key[k++] = '"';
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)name[i];
        if (c >= 0x80 || ra_json_plain_run(name + i, 1)) /* UTF-8 goes as it is */
            key[k++] = (char)c;
        else
            k += ra_json_escape_byte(c, key + k);
    }
    memcpy(key + k, "\":", 3);
    cx->evidence[(*cx->nevidence)++] = (ra_evidence_ref){name, len, key, k + 2, n};
}

static ra_cnode *field_node(checker *ck, cctx *cx, const ra_field_info *f, const ra_expr *e,
                            const char *display)
{
    ra_cnode *n = ck_cnode(ck, CN_FIELD, f->type, e);
    if (!n)
        return NULL;
    n->row = (uint8_t)f->row;
    n->field = (uint16_t)f->id;
    note_evidence(ck, cx, display, n);
    return n;
}

static ra_cnode *compile_name(checker *ck, cctx *cx, const ra_expr *e)
{
    const char *name = e->name;
    for (size_t i = cx->nlets; i-- > 0;) {
        if (!strcmp(cx->rule->lets[i].name, name)) {
            ra_cnode *n = ck_cnode(ck, CN_LET, cx->lets[i] ? cx->lets[i]->type : T_NULL, e);
            if (n)
                n->slot = (int32_t)i;
            note_evidence(ck, cx, name, n);
            return n;
        }
    }
    const ra_field_info *f = cx->own < ROW_COUNT ? ra_field_find(cx->own, name) : NULL;
    if (f)
        return field_node(ck, cx, f, e, name);
    if (!strcmp(name, "sentence") && cx->rows[ROW_SENTENCE])
        return field_node(ck, cx, ra_field_get(F_S_TEXT), e, "sentence");
    const ra_param *p = ra_pack_param(ck->pack, name);
    if (p) {
        if (!p->is_table) {
            ra_cnode *k = ck_constant(ck, p->value, p->type, e);
            note_evidence(ck, cx, name, k);
            return k;
        }
        if (!cx->rows[ROW_WORKER]) {
            ck_err_expr(ck, e,
                        "table parameters are looked up with a worker's destination, sector "
                        "and sex: use them in fee, document or worker rules",
                        "'%s' is a table and no worker is at hand here%s", name, NULL);
            return NULL;
        }
        ra_cnode *n = ck_cnode(ck, CN_TABLE, p->type, e);
        if (n)
            n->slot = p->table;
        note_evidence(ck, cx, name, n);
        return n;
    }
    if (!strcmp(name, "as_of"))
        return ck_cnode(ck, CN_ASOF, T_DATE, e);

    const char *best = NULL;
    size_t bestd = 99;
    for (size_t i = 0; i < cx->nlets; i++)
        ck_suggest(name, cx->rule->lets[i].name, &best, &bestd);
    for (size_t i = 0; i < ck->pack->nparams; i++)
        ck_suggest(name, ck->pack->params[i].name, &best, &bestd);
    for (size_t i = 0; i < ra_field_count(); i++) {
        const ra_field_info *fi = ra_field_get((ra_field_id)i);
        if (fi->row == cx->own)
            ck_suggest(name, fi->name, &best, &bestd);
    }
    char hint[200];
    const char *row = cx->own < ROW_COUNT ? ra_row_name(cx->own) : "row";
    if (best)
        snprintf(hint, sizeof hint, "did you mean '%s'?", best);
    else
        snprintf(hint, sizeof hint, "a name is a let, %s %s field, a parameter or as_of",
                 ck_article(row), row);
    ck_err_expr(ck, e, hint, "unknown name '%s'%s", name, NULL);
    return NULL;
}

static ra_cnode *compile_field(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_row row = ra_row_kind_parse(e->name);
    if (row == ROW_COUNT) {
        ck_err_expr(ck, e, "rows are fee, document, worker, agency and dq", "unknown row '%s'%s",
                    e->name, NULL);
        return NULL;
    }
    if (!cx->rows[row]) {
        char hint[200];
        snprintf(hint, sizeof hint,
                 "%s %s rule reads %s rows; other rows are reached with an aggregate such as "
                 "sum(fee.amount_usd where ...)",
                 ck_article(ra_scope_name(cx->scope)), ra_scope_name(cx->scope),
                 cx->own < ROW_COUNT ? ra_row_name(cx->own) : "its");
        ck_err_expr(ck, e, hint, "no %s row here%s", e->name, NULL);
        return NULL;
    }
    const ra_field_info *f = ra_field_find(row, e->text);
    if (!f) {
        const char *best = NULL;
        size_t bestd = 99;
        for (size_t i = 0; i < ra_field_count(); i++) {
            const ra_field_info *fi = ra_field_get((ra_field_id)i);
            if (fi->row == row)
                ck_suggest(e->text, fi->name, &best, &bestd);
        }
        char hint[200];
        snprintf(hint, sizeof hint,
                 best ? "did you mean '%s.%s'?" : "see the %s fields in rules/README.md%s",
                 best ? e->name : e->name, best ? best : "");
        ck_err_expr(ck, e, hint, "unknown field '%s' of %s rows", e->text, e->name);
        return NULL;
    }
    char display[96];
    snprintf(display, sizeof display, "%s.%s", e->name, e->text);
    return field_node(ck, cx, f, e, ck_strdup(ck, display, strlen(display)));
}

/* Checks a text literal compared with (or listed against) a field that has a
 * fixed set of values: "placment_fee" is a typo, not a rule that never fires. */
static void check_domain(checker *ck, const ra_cnode *field, const ra_expr *lit_expr,
                         const ra_value *v)
{
    if (!field || field->kind != CN_FIELD || v->kind != V_STR)
        return;
    const ra_field_info *f = ra_field_get((ra_field_id)field->field);
    if (!f->values)
        return;
    const char *best = NULL;
    size_t bestd = 99;
    for (size_t i = 0; f->values[i]; i++) {
        if (strlen(f->values[i]) == v->u.str.len &&
            !memcmp(f->values[i], v->u.str.ptr, v->u.str.len))
            return;
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.*s", (int)(v->u.str.len < 60 ? v->u.str.len : 60),
                 v->u.str.ptr);
        ck_suggest(tmp, f->values[i], &best, &bestd);
    }
    char hint[200], val[64];
    snprintf(val, sizeof val, "%.*s", (int)(v->u.str.len < 60 ? v->u.str.len : 60), v->u.str.ptr);
    if (best)
        snprintf(hint, sizeof hint, "did you mean '%s'?", best);
    else
        snprintf(hint, sizeof hint, "see the values of %s.%s in rules/README.md",
                 ra_row_name(f->row), f->name);
    ck_err_expr(ck, lit_expr, hint, "'%s' is never a value of %s", val, f->name);
}

/* The literal 0 (not a parameter that happens to be 0: types do not depend on
 * a profile's values). */
static bool is_zero_literal(const ra_expr *e, const ra_cnode *n)
{
    return e && e->kind == E_NUMBER && n->kind == CN_CONST && ra_num_is_zero(n->k.u.num);
}

bool ck_numeric(ra_type t)
{
    return t == T_NUM || t == T_MONEY;
}

/* The index (1-based) of a text in a field's value list, or 0. */
static int domain_index(const ra_field_info *f, const ra_value *v)
{
    for (int i = 0; f->values[i]; i++)
        if (strlen(f->values[i]) == v->u.str.len &&
            !memcmp(f->values[i], v->u.str.ptr, v->u.str.len))
            return i + 1;
    return 0;
}

/* fee.category in [deposit, bond] or fee.method = "loan": compared as a bit
 * mask over the field's value indexes, not as strings, on every row. */
static ra_cnode *enum_test(checker *ck, const ra_expr *e, const ra_cnode *a, const ra_cnode *b)
{
    if (e->op != OP_EQ && e->op != OP_NE && e->op != OP_IN && e->op != OP_NOT_IN)
        return NULL;
    if (a->kind != CN_FIELD || b->kind != CN_CONST || !ra_field_enum_backed(a->field))
        return NULL;
    const ra_field_info *f = ra_field_get((ra_field_id)a->field);
    __int128 mask = 0;
    if (b->k.kind == V_STR) {
        int i = domain_index(f, &b->k);
        if (!i)
            return NULL; /* reported by check_domain; keep the general form */
        mask = (__int128)1 << i;
    } else if (b->k.kind == V_LIST && !b->k.u.list->all) {
        for (size_t k = 0; k < b->k.u.list->n; k++) {
            const ra_value *item = &b->k.u.list->items[k];
            int i = item->kind == V_STR ? domain_index(f, item) : 0;
            if (!i)
                return NULL;
            mask |= (__int128)1 << i;
        }
    } else {
        return NULL;
    }
    ra_cnode *n = ck_cnode(ck, CN_ENUM_IN, T_BOOL, e);
    if (n) {
        n->op = (uint8_t)e->op;
        n->a = (ra_cnode *)a;
        n->b = (ra_cnode *)b; /* kept for --explain */
        n->k = ra_v_num((ra_num){mask, 1});
    }
    return n;
}

static ra_cnode *compile_binary(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_cnode *a = ck_compile(ck, cx, e->a), *b = ck_compile(ck, cx, e->b);
    if (!a || !b)
        return NULL;
    ra_type ta = a->type, tb = b->type, rt = T_NULL;
    const char *opname = NULL;
    switch (e->op) {
    case OP_AND:
    case OP_OR:
        if ((ta != T_BOOL && ta != T_NULL) || (tb != T_BOOL && tb != T_NULL)) {
            ck_err_expr(ck, e, "and/or join conditions (true or false)",
                        "'%s' needs booleans, not %s", e->op == OP_AND ? "and" : "or",
                        ra_type_name(ta != T_BOOL && ta != T_NULL ? ta : tb));
            return NULL;
        }
        rt = T_BOOL;
        break;
    case OP_ADD:
    case OP_SUB:
        opname = e->op == OP_ADD ? "+" : "-";
        if (ta == T_NULL || tb == T_NULL)
            rt = ta == T_NULL ? tb : ta;
        else if (ta == T_NUM && tb == T_NUM)
            rt = T_NUM;
        else if (ta == T_MONEY && tb == T_MONEY)
            rt = T_MONEY;
        else if (ta == T_DATE && tb == T_NUM)
            rt = T_DATE; /* date + days */
        else if (e->op == OP_SUB && ta == T_DATE && tb == T_DATE)
            rt = T_NUM; /* days between */
        break;
    case OP_MUL:
        opname = "*";
        if (ta == T_NUM && tb == T_NUM)
            rt = T_NUM;
        else if ((ta == T_MONEY && tb == T_NUM) || (ta == T_NUM && tb == T_MONEY))
            rt = T_MONEY;
        else if (ta == T_NULL || tb == T_NULL)
            rt = T_NUM;
        break;
    case OP_DIV:
        opname = "/";
        if (ta == T_NUM && tb == T_NUM)
            rt = T_NUM;
        else if (ta == T_MONEY && tb == T_NUM)
            rt = T_MONEY;
        else if (ta == T_MONEY && tb == T_MONEY)
            rt = T_NUM; /* a ratio, e.g. months of wages */
        else if (ta == T_NULL || tb == T_NULL)
            rt = T_NUM;
        break;
    case OP_EQ:
    case OP_NE:
    case OP_LT:
    case OP_LE:
    case OP_GT:
    case OP_GE:
        opname = "comparison";
        if (ta == tb || ta == T_NULL || tb == T_NULL)
            rt = T_BOOL;
        /* Money compares with zero, which is zero in every currency. */
        if ((ta == T_MONEY && is_zero_literal(e->b, b)) ||
            (tb == T_MONEY && is_zero_literal(e->a, a)))
            rt = T_BOOL;
        if (rt == T_BOOL && (e->op != OP_EQ && e->op != OP_NE) &&
            (ta == T_BOOL || ta == T_LIST || tb == T_BOOL || tb == T_LIST))
            rt = T_NULL;
        if (a->kind == CN_CONST)
            check_domain(ck, b, e->a, &a->k);
        if (b->kind == CN_CONST)
            check_domain(ck, a, e->b, &b->k);
        break;
    case OP_IN:
    case OP_NOT_IN:
        opname = "in";
        if (tb == T_LIST) {
            rt = T_BOOL;
            if (b->kind == CN_CONST && b->k.kind == V_LIST)
                for (size_t i = 0; i < b->k.u.list->n; i++) {
                    const ra_value *item = &b->k.u.list->items[i];
                    ra_type it = item->kind == V_STR     ? T_STR
                                 : item->kind == V_NUM   ? T_NUM
                                 : item->kind == V_DATE  ? T_DATE
                                 : item->kind == V_MONEY ? T_MONEY
                                                         : ta;
                    if (ta != T_NULL && it != ta) {
                        ck_err_expr(ck, e, "list items must have the type of the left side",
                                    "the list holds %s, the value is %s", ra_type_name(it),
                                    ra_type_name(ta));
                        return NULL;
                    }
                    const ra_expr *item_expr =
                        e->b->kind == E_LIST && i < e->b->nitems ? e->b->items[i] : e->b;
                    check_domain(ck, a, item_expr, item);
                }
        }
        break;
    case OP_MATCH:
        ck_err_expr(ck, e, "patterns apply to contract text (contract rules)",
                    "'~' is only for contract clauses%s%s", NULL, NULL);
        return NULL;
    default:
        break;
    }
    if (rt == T_NULL && !(ta == T_NULL && tb == T_NULL)) {
        char hint[160];
        snprintf(hint, sizeof hint, "%s cannot combine %s and %s", opname ? opname : "this",
                 ra_type_name(ta), ra_type_name(tb));
        ck_err_expr(ck, e, hint, "type error: %s with %s", ra_type_name(ta), ra_type_name(tb));
        return NULL;
    }
    ra_cnode *fast = enum_test(ck, e, a, b);
    if (fast)
        return fast;
    ra_cnode *n = ck_cnode(ck, CN_BINARY, rt, e);
    if (n) {
        n->op = (uint8_t)e->op;
        n->a = a;
        n->b = b;
    }
    return n;
}

static ra_cnode *compile_unary(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_cnode *a = ck_compile(ck, cx, e->a);
    if (!a)
        return NULL;
    if (e->op == OP_NOT && a->type != T_BOOL && a->type != T_NULL) {
        ck_err_expr(ck, e, "not negates a condition", "'not' needs a boolean, not %s",
                    ra_type_name(a->type), NULL);
        return NULL;
    }
    if (e->op == OP_NEG && !ck_numeric(a->type) && a->type != T_NULL) {
        ck_err_expr(ck, e, NULL, "'-' needs a number or money, not %s", ra_type_name(a->type),
                    NULL);
        return NULL;
    }
    ra_cnode *n = ck_cnode(ck, CN_UNARY, e->op == OP_NOT ? T_BOOL : a->type, e);
    if (n) {
        n->op = (uint8_t)e->op;
        n->a = a;
    }
    return n;
}

static const struct {
    const char *name;
    ra_fn fn;
    size_t nargs;
    const char *usage;
} FUNCTIONS[] = {
    {"missing", FN_MISSING, 1, "missing(x): true when x is null"},
    {"default", FN_DEFAULT, 2, "default(x, y): x, or y when x is null"},
    {"days", FN_DAYS, 2, "days(from, to): to - from in whole days"},
    {"year", FN_YEAR, 1, "year(date)"},
    {"abs", FN_ABS, 1, "abs(x)"},
    {"usd", FN_USD, 1, "usd(money): the amount in USD, null without a rate"},
    {"greatest", FN_GREATEST, 2, "greatest(a, b)"},
    {"least", FN_LEAST, 2, "least(a, b)"},
    {"if", FN_IF, 3, "if(condition, a, b): a when the condition is true, b when it is false"},
    {"extract", FN_EXTRACT, 1,
     "extract(pattern): the number its first group captures, in this sentence or the contract"},
    {"origin_extract", FN_ORIGIN_EXTRACT, 1,
     "origin_extract(pattern): the same, in the origin version of the contract"},
    {"extract_text", FN_EXTRACT_TEXT, 1,
     "extract_text(pattern): the text its first group captures, in this sentence or the contract"},
    {"origin_extract_text", FN_ORIGIN_EXTRACT_TEXT, 1,
     "origin_extract_text(pattern): the same, in the origin version of the contract"},
    {"same_text", FN_SAME_TEXT, 2,
     "same_text(a, b): true when two texts have the same words, whatever the case and "
     "punctuation"},
};

static ra_cnode *compile_call(checker *ck, cctx *cx, const ra_expr *e)
{
    size_t k = 0, nf = sizeof FUNCTIONS / sizeof FUNCTIONS[0];
    while (k < nf && strcmp(FUNCTIONS[k].name, e->name))
        k++;
    if (k == nf) {
        const char *best = NULL;
        size_t bestd = 99;
        for (size_t i = 0; i < nf; i++)
            ck_suggest(e->name, FUNCTIONS[i].name, &best, &bestd);
        char hint[160];
        snprintf(hint, sizeof hint, best ? "did you mean %s()?" : "%s",
                 best ? best
                      : "functions: missing, default, days, year, abs, usd, greatest, least, if, "
                        "extract, origin_extract, extract_text, origin_extract_text, same_text; "
                        "aggregates: sum, count, max, min, any, all");
        ck_err_expr(ck, e, hint, "unknown function '%s'%s", e->name, NULL);
        return NULL;
    }
    if (e->nitems != FUNCTIONS[k].nargs) {
        ck_err_expr(ck, e, FUNCTIONS[k].usage, "wrong number of arguments to %s()%s", e->name,
                    NULL);
        return NULL;
    }
    ra_cnode *n = ck_cnode(ck, CN_CALL, T_NULL, e);
    if (!n)
        return NULL;
    n->op = (uint8_t)FUNCTIONS[k].fn;
    ra_fn fn = FUNCTIONS[k].fn;
    if (fn == FN_EXTRACT || fn == FN_ORIGIN_EXTRACT || fn == FN_EXTRACT_TEXT ||
        fn == FN_ORIGIN_EXTRACT_TEXT) {
        if (cx->scope != RA_SCOPE_CONTRACT || e->items[0]->kind != E_NAME) {
            ck_err_expr(ck, e, FUNCTIONS[k].usage, "%s() takes a pattern name, in contract rules%s",
                        e->name, NULL);
            return NULL;
        }
        n->slot = find_pattern(ck, e->items[0], e->items[0]->name);
        n->type = fn == FN_EXTRACT || fn == FN_ORIGIN_EXTRACT ? T_NUM : T_STR;
        return n->slot < 0 ? NULL : n;
    }
    n->nargs = e->nitems;
    n->args = ck_alloc(ck, e->nitems * sizeof *n->args);
    if (!n->args)
        return NULL;
    for (size_t i = 0; i < e->nitems; i++)
        if (!(n->args[i] = ck_compile(ck, cx, e->items[i])))
            return NULL;
    ra_type t0 = n->args[0]->type, t1 = e->nitems > 1 ? n->args[1]->type : T_NULL;
    ra_type t2 = e->nitems > 2 ? n->args[2]->type : T_NULL;
    const char *bad = NULL;
    switch (FUNCTIONS[k].fn) {
    case FN_MISSING:
        n->type = T_BOOL;
        break;
    case FN_DEFAULT:
        if (t0 != t1 && t0 != T_NULL && t1 != T_NULL)
            bad = "both arguments have one type";
        n->type = t0 != T_NULL ? t0 : t1;
        break;
    case FN_DAYS:
        if ((t0 != T_DATE && t0 != T_NULL) || (t1 != T_DATE && t1 != T_NULL))
            bad = "days() takes two dates";
        n->type = T_NUM;
        break;
    case FN_YEAR:
        if (t0 != T_DATE && t0 != T_NULL)
            bad = "year() takes a date";
        n->type = T_NUM;
        break;
    case FN_ABS:
        if (!ck_numeric(t0) && t0 != T_NULL)
            bad = "abs() takes a number or money";
        n->type = t0;
        break;
    case FN_USD:
        if (t0 != T_MONEY && t0 != T_NULL)
            bad = "usd() takes money";
        n->type = T_MONEY;
        break;
    case FN_GREATEST:
    case FN_LEAST:
        if (t0 != t1 && t0 != T_NULL && t1 != T_NULL)
            bad = "both arguments have one type";
        else if (t0 == T_BOOL || t0 == T_LIST || t0 == T_STR)
            bad = "greatest/least compare numbers, money or dates";
        n->type = t0 != T_NULL ? t0 : t1;
        break;
    case FN_SAME_TEXT:
        if ((t0 != T_STR && t0 != T_NULL) || (t1 != T_STR && t1 != T_NULL))
            bad = "same_text() compares two texts";
        n->type = T_BOOL;
        break;
    case FN_IF:
        if (t0 != T_BOOL && t0 != T_NULL)
            bad = "the condition is true or false";
        else if (t1 != t2 && t1 != T_NULL && t2 != T_NULL)
            bad = "both values have one type";
        n->type = t1 != T_NULL ? t1 : t2;
        break;
    default:
        break;
    }
    if (bad) {
        ck_err_expr(ck, e, FUNCTIONS[k].usage, "type error in %s(): %s", e->name, bad);
        return NULL;
    }
    return n;
}

/* The one row kind (fee, document, worker) an aggregate's value reads that
 * the surrounding context does not already have. */
static ra_row aggregate_row(const cctx *cx, const ra_expr *e)
{
    if (!e)
        return ROW_COUNT;
    if (e->kind == E_FIELD) {
        ra_row r = ra_row_kind_parse(e->name);
        if ((r == ROW_FEE || r == ROW_DOCUMENT || r == ROW_WORKER || r == ROW_SENTENCE) &&
            !cx->rows[r])
            return r;
        return ROW_COUNT;
    }
    if (e->kind == E_AGG)
        return ROW_COUNT; /* a nested aggregate names its own rows */
    ra_row r = aggregate_row(cx, e->a);
    if (r == ROW_COUNT)
        r = aggregate_row(cx, e->b);
    for (size_t i = 0; r == ROW_COUNT && i < e->nitems; i++)
        r = aggregate_row(cx, e->items[i]);
    return r;
}

/* any(sentence where sentence ~ wage_clause): evaluated over the sentences of
 * the contract at hand, not kept in accumulators. */
static ra_cnode *compile_sentence_aggregate(checker *ck, cctx *cx, const ra_expr *e, ra_agg_fn fn,
                                            ra_row over)
{
    if (cx->agg_owner != ROW_CONTRACT || over != ROW_SENTENCE || cx->rows[ROW_SENTENCE]) {
        ck_err_expr(ck, e, "contract rules aggregate their sentences: any(sentence where ...)",
                    "cannot aggregate %s rows here%s",
                    over < ROW_COUNT ? ra_row_name(over) : "these", NULL);
        return NULL;
    }
    cctx inner = *cx;
    inner.rows[ROW_SENTENCE] = true;
    inner.own = ROW_SENTENCE;
    inner.agg_owner = ROW_COUNT;
    inner.evidence = NULL;
    inner.nlets = 0;
    ra_cnode *n = ck_cnode(ck, CN_SAGG, T_NULL, e);
    if (!n)
        return NULL;
    n->op = (uint8_t)fn;
    if (e->a && !(n->a = ck_compile(ck, &inner, e->a)))
        return NULL;
    if (e->b && !(n->b = ck_compile(ck, &inner, e->b)))
        return NULL;
    if (n->b && n->b->type != T_BOOL && n->b->type != T_NULL) {
        ck_err_expr(ck, e->b, "where takes a condition", "'where' needs a boolean, not %s",
                    ra_type_name(n->b->type), NULL);
        return NULL;
    }
    ra_type vt = n->a ? n->a->type : T_NULL;
    if ((fn == AGG_SUM && !ck_numeric(vt)) ||
        ((fn == AGG_MAX || fn == AGG_MIN) && !ck_numeric(vt) && vt != T_DATE)) {
        ck_err_expr(ck, e, NULL, "%s() cannot aggregate %s", e->name, ra_type_name(vt));
        return NULL;
    }
    n->type = fn == AGG_COUNT ? T_NUM : (fn == AGG_ANY || fn == AGG_ALL) ? T_BOOL : vt;
    return n;
}

/* Do two compiled expressions mean the same on every row? Conservative:
 * anything it cannot prove equal (a rule's let, a list constant from two
 * places, a contract pattern) is different. */
static bool cnode_same(const ra_cnode *a, const ra_cnode *b)
{
    if (!a || !b)
        return a == b;
    if (a->kind != b->kind || a->op != b->op || a->type != b->type || a->row != b->row ||
        a->field != b->field || a->slot != b->slot || a->slot2 != b->slot2 ||
        a->window != b->window || a->nargs != b->nargs)
        return false;
    switch (a->kind) {
    case CN_LET:
    case CN_MATCH:
    case CN_SAGG:
        return false;
    case CN_CONST:
    case CN_ENUM_IN:
        if (a->k.kind != b->k.kind || a->k.currency != b->k.currency)
            return false;
        switch (a->k.kind) {
        case V_NULL:
            break;
        case V_BOOL:
            if (a->k.u.b != b->k.u.b)
                return false;
            break;
        case V_NUM:
        case V_MONEY:
            if (a->k.u.num.n != b->k.u.num.n || a->k.u.num.d != b->k.u.num.d)
                return false;
            break;
        case V_DATE:
            if (a->k.u.date != b->k.u.date)
                return false;
            break;
        case V_STR:
            if (a->k.u.str.len != b->k.u.str.len ||
                memcmp(a->k.u.str.ptr, b->k.u.str.ptr, a->k.u.str.len))
                return false;
            break;
        default: /* lists and the rest: only the very same object */
            if (memcmp(&a->k.u, &b->k.u, sizeof a->k.u))
                return false;
        }
        break;
    default:
        break;
    }
    for (size_t i = 0; i < a->nargs; i++)
        if (!cnode_same(a->args[i], b->args[i]))
            return false;
    return cnode_same(a->a, b->a) && cnode_same(a->b, b->b);
}

static bool agg_same(const ra_agg *x, const ra_agg *y)
{
    return x->fn == y->fn && x->over == y->over && x->owner == y->owner && x->type == y->type &&
           cnode_same(x->value, y->value) && cnode_same(x->filter, y->filter);
}

static ra_cnode *compile_aggregate(checker *ck, cctx *cx, const ra_expr *e)
{
    static const char *const names[] = {"sum", "count", "max", "min", "any", "all"};
    ra_agg agg = {0};
    for (size_t i = 0; i < 6; i++)
        if (!strcmp(e->name, names[i]))
            agg.fn = (ra_agg_fn)i;
    ra_row over = e->text ? ra_row_kind_parse(e->text) : aggregate_row(cx, e->a);
    bool counts = agg.fn == AGG_COUNT || agg.fn == AGG_ANY || agg.fn == AGG_ALL;
    if (counts && e->a && !e->text) {
        ck_err_expr(ck, e, "count, any and all take rows: count(fee where fee.worker_borne)",
                    "%s() counts rows, it takes no value%s", e->name, NULL);
        return NULL;
    }
    if (!counts && !e->a) {
        ck_err_expr(ck, e, "sum, max and min take a value: sum(fee.amount_usd where ...)",
                    "%s() needs a value to aggregate%s", e->name, NULL);
        return NULL;
    }
    if (cx->agg_owner == ROW_COUNT || cx->in_stream_agg) {
        ck_err_expr(ck, e, "aggregates are written in worker and agency rules",
                    "no aggregate here: a %s rule looks at one row%s",
                    cx->in_stream_agg ? "fee or document" : ra_scope_name(cx->scope), NULL);
        return NULL;
    }
    ra_row owner = cx->agg_owner;
    if (owner == ROW_CONTRACT || over == ROW_SENTENCE)
        return compile_sentence_aggregate(ck, cx, e, agg.fn, over);
    bool allowed =
        (owner == ROW_WORKER && (over == ROW_FEE || over == ROW_DOCUMENT)) ||
        (owner == ROW_AGENCY && (over == ROW_FEE || over == ROW_DOCUMENT || over == ROW_WORKER));
    if (!allowed) {
        ck_err_expr(ck, e,
                    "a worker rule aggregates its fee and document rows; an agency rule also "
                    "its worker rows",
                    "cannot aggregate %s rows in a %s rule",
                    over < ROW_COUNT ? ra_row_name(over) : "these", ra_row_name(owner));
        return NULL;
    }
    agg.over = over;
    agg.owner = owner;

    cctx inner = *cx;
    memset(inner.rows, 0, sizeof inner.rows);
    inner.rows[over] = true;
    inner.rows[ROW_AGENCY] = true;
    if (over != ROW_WORKER)
        inner.rows[ROW_WORKER] = true;
    inner.own = over;
    inner.nlets = 0; /* lets are the rule's, not the rows' */
    inner.in_stream_agg = over != ROW_WORKER;
    inner.agg_owner = over == ROW_WORKER ? ROW_WORKER : ROW_COUNT;
    inner.evidence = NULL;
    if (e->a && !(agg.value = ck_compile(ck, &inner, e->a)))
        return NULL;
    if (e->b) {
        if (!(agg.filter = ck_compile(ck, &inner, e->b)))
            return NULL;
        if (agg.filter->type != T_BOOL && agg.filter->type != T_NULL) {
            ck_err_expr(ck, e->b, "where takes a condition", "'where' needs a boolean, not %s",
                        ra_type_name(agg.filter->type), NULL);
            return NULL;
        }
    }
    ra_type vt = agg.value ? agg.value->type : T_NULL;
    switch (agg.fn) {
    case AGG_SUM:
        if (!ck_numeric(vt)) {
            ck_err_expr(ck, e->a, NULL, "sum() adds numbers or money, not %s", ra_type_name(vt),
                        NULL);
            return NULL;
        }
        agg.type = vt;
        break;
    case AGG_MAX:
    case AGG_MIN:
        if (!ck_numeric(vt) && vt != T_DATE) {
            ck_err_expr(ck, e->a, NULL, "%s() compares numbers, money or dates, not %s", e->name,
                        ra_type_name(vt));
            return NULL;
        }
        agg.type = vt;
        break;
    case AGG_COUNT:
        agg.type = T_NUM;
        break;
    default:
        agg.type = T_BOOL;
    }
    ra_pack *pack = ck->pack;
    /* The same aggregate in two rules is kept once: one accumulator per
     * owner instead of two (memory grows with workers times aggregates). */
    size_t slot = 0;
    while (slot < pack->naggs && !agg_same(&pack->aggs[slot], &agg))
        slot++;
    if (slot == pack->naggs) {
        pack->aggs = ck_grow(ck, pack->aggs, pack->naggs, &ck->cap_aggs, sizeof *pack->aggs);
        if (ck->nomem)
            return NULL;
        pack->aggs[pack->naggs++] = agg;
    }
    ra_cnode *n = ck_cnode(ck, CN_AGG, agg.type, e);
    if (n)
        n->slot = (int32_t)slot;
    if (n && n->src)
        note_evidence(ck, cx, n->src, n);
    return n;
}

static ra_cnode *compile_match(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_cnode *subject = ck_compile(ck, cx, e->a);
    if (!subject)
        return NULL;
    if (subject->kind != CN_FIELD ||
        (subject->field != F_S_TEXT && subject->field != F_S_HEADING)) {
        ck_err_expr(ck, e,
                    "patterns match sentences: sentence ~ pattern (or heading ~ pattern), in a "
                    "contract rule with 'for each sentence' or inside any(sentence where ...)",
                    "'~' applies to a sentence or its heading%s%s", NULL, NULL);
        return NULL;
    }
    ra_cnode *n = ck_cnode(ck, CN_MATCH, T_BOOL, e);
    if (!n)
        return NULL;
    n->a = subject;
    n->slot = find_pattern(ck, e, e->name);
    n->slot2 = e->text ? find_pattern(ck, e, e->text) : -1;
    n->window = e->num_value;
    if (n->slot < 0 || (e->text && n->slot2 < 0))
        return NULL;
    return n;
}

ra_cnode *ck_compile(checker *ck, cctx *cx, const ra_expr *e)
{
    if (!e || ck->nomem)
        return NULL; /* a syntax error was reported already */
    ra_value v;
    ra_type t;
    switch (e->kind) {
    case E_NUMBER:
    case E_PERCENT:
    case E_MONEY:
    case E_STRING:
    case E_DATE:
    case E_BOOL:
    case E_NULL:
    case E_ALL:
    case E_LIST:
        if (e->kind == E_LIST)
            for (size_t i = 0; i < e->nitems; i++)
                if (e->items[i] && e->items[i]->kind != E_NAME && e->items[i]->kind != E_STRING &&
                    e->items[i]->kind != E_NUMBER && e->items[i]->kind != E_DATE &&
                    e->items[i]->kind != E_MONEY && e->items[i]->kind != E_PERCENT &&
                    !(e->items[i]->kind == E_UNARY && e->items[i]->op == OP_NEG)) {
                    ck_err_expr(ck, e->items[i], "list items are values: [visa, medical]",
                                "a list holds literal values%s%s", NULL, NULL);
                    return NULL;
                }
        if (!ck_literal_value(ck, e, &v, &t))
            return NULL;
        return ck_constant(ck, v, t, e);
    case E_NAME:
        return compile_name(ck, cx, e);
    case E_FIELD:
        return compile_field(ck, cx, e);
    case E_UNARY:
        return compile_unary(ck, cx, e);
    case E_BINARY:
        return compile_binary(ck, cx, e);
    case E_CALL:
        return compile_call(ck, cx, e);
    case E_AGG:
        return compile_aggregate(ck, cx, e);
    case E_MATCH:
        return compile_match(ck, cx, e);
    case E_TABLE:
        ck_err_expr(ck, e, "tables are parameter values: param name = table by ...",
                    "a table cannot appear in an expression%s%s", NULL, NULL);
        return NULL;
    }
    return NULL;
}
