/* check.c — from syntax trees to a compiled pack: parameters (with the
 * profile's overrides), then each rule's lets, condition and message. Names
 * are resolved in this order: let, field of the rule's own row, parameter,
 * `as_of`. Types are checked as the tree is built, bottom-up. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fields.h"
#include "parse.h"

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

/* ---- memory ---------------------------------------------------------------------- */

static void *ck_alloc(checker *ck, size_t size)
{
    void *p = ra_arena_alloc(&ck->pack->arena, size);
    if (!p)
        ck->nomem = true;
    else
        memset(p, 0, size);
    return p;
}

static void *ck_grow(checker *ck, void *arr, size_t n, size_t *cap, size_t elem)
{
    if (n < *cap)
        return arr;
    size_t ncap = *cap ? *cap * 2 : 8;
    void *na = ck_alloc(ck, ncap * elem);
    if (!na)
        return arr;
    if (n)
        memcpy(na, arr, n * elem);
    *cap = ncap;
    return na;
}

static const char *ck_strdup(checker *ck, const char *s, size_t len)
{
    const char *d = ra_arena_strndup(&ck->pack->arena, s, len);
    if (!d)
        ck->nomem = true;
    return d;
}

static void err(checker *ck, ra_pos pos, const char *text, const char *hint, const char *fmt,
                const char *a, const char *b)
{
    ra_diag_add(ck->diags, pos, text, text ? strlen(text) : 0, hint, fmt, a ? a : "", b ? b : "");
}

static void err_expr(checker *ck, const ra_expr *e, const char *hint, const char *fmt,
                     const char *a, const char *b)
{
    ra_diag_add(ck->diags, e->pos, e->src, e->src_len, hint, fmt, a ? a : "", b ? b : "");
}

/* ---- small tables ---------------------------------------------------------------- */

const char *ra_scope_name(ra_scope s)
{
    static const char *const names[RA_SCOPE_COUNT] = {"fee",    "document", "worker",
                                                      "agency", "contract", "submission"};
    return (unsigned)s < RA_SCOPE_COUNT ? names[s] : "?";
}

const char *ra_severity_name(ra_severity s)
{
    static const char *const names[] = {"info", "low", "medium", "high", "critical"};
    return (unsigned)s <= RA_SEV_CRITICAL ? names[s] : "?";
}

bool ra_severity_parse(const char *s, ra_severity *out)
{
    for (int i = RA_SEV_INFO; i <= RA_SEV_CRITICAL; i++)
        if (!strcmp(s, ra_severity_name((ra_severity)i))) {
            *out = (ra_severity)i;
            return true;
        }
    return false;
}

const char *ra_type_name(ra_type t)
{
    static const char *const names[] = {"null", "boolean", "number", "money",
                                        "date", "text",    "list"};
    return (unsigned)t <= T_LIST ? names[t] : "?";
}

const ra_param *ra_pack_param(const ra_pack *pack, const char *name)
{
    for (size_t i = 0; i < pack->nparams; i++)
        if (!strcmp(pack->params[i].name, name))
            return &pack->params[i];
    return NULL;
}

static ra_param *find_param(ra_pack *pack, const char *name)
{
    return (ra_param *)ra_pack_param(pack, name);
}

static const char *article(const char *word)
{
    return strchr("aeiou", word[0]) ? "an" : "a";
}

/* Edit distance, for "did you mean" hints (short names only). */
static size_t distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 40 || lb > 40)
        return 99;
    size_t row[41];
    for (size_t j = 0; j <= lb; j++)
        row[j] = j;
    for (size_t i = 1; i <= la; i++) {
        size_t prev = row[0];
        row[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cur = row[j];
            size_t best = prev + (a[i - 1] != b[j - 1]);
            if (row[j] + 1 < best)
                best = row[j] + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            prev = cur;
        }
    }
    return row[lb];
}

static void suggest(const char *name, const char *cand, const char **best, size_t *bestd)
{
    size_t d = distance(name, cand);
    if (d < *bestd && d <= 2) {
        *bestd = d;
        *best = cand;
    }
}

/* ---- nodes ------------------------------------------------------------------------- */

static ra_cnode *cnode(checker *ck, ra_cnode_kind kind, ra_type type, const ra_expr *e)
{
    ra_cnode *n = ck_alloc(ck, sizeof *n);
    if (!n)
        return NULL;
    n->kind = kind;
    n->type = type;
    n->slot = -1;
    if (e && e->src)
        n->src = ck_strdup(ck, e->src, e->src_len);
    return n;
}

static ra_cnode *constant(checker *ck, ra_value v, ra_type type, const ra_expr *e)
{
    ra_cnode *n = cnode(ck, CN_CONST, type, e);
    if (n)
        n->k = v;
    return n;
}

/* ---- literals ----------------------------------------------------------------------- */

static bool literal_value(checker *ck, const ra_expr *e, ra_value *v, ra_type *t);

static bool list_value(checker *ck, const ra_expr *e, ra_value *v, ra_type *t)
{
    ra_vlist *list = ck_alloc(ck, sizeof *list);
    ra_value *items = e->nitems ? ck_alloc(ck, e->nitems * sizeof *items) : NULL;
    if (!list || (e->nitems && !items))
        return false;
    ra_type elem = T_NULL;
    for (size_t i = 0; i < e->nitems; i++) {
        ra_type it;
        if (!e->items[i] || !literal_value(ck, e->items[i], &items[i], &it))
            return false;
        if (elem != T_NULL && it != elem && it != T_NULL) {
            err_expr(ck, e->items[i], "a list holds values of one type", "list items mix %s and %s",
                     ra_type_name(elem), ra_type_name(it));
            return false;
        }
        if (it != T_NULL)
            elem = it;
    }
    list->n = e->nitems;
    list->items = items;
    *v = (ra_value){.kind = V_LIST, .u.list = list};
    *t = T_LIST;
    return true;
}

/* The value of a literal (number, money, percentage, text, date, list, all,
 * true/false/null). Reports an error and returns false otherwise. */
static bool literal_value(checker *ck, const ra_expr *e, ra_value *v, ra_type *t)
{
    ra_num n;
    switch (e->kind) {
    case E_NUMBER:
        if (!ra_num_parse(e->text, strlen(e->text), &n)) {
            err_expr(ck, e, NULL, "number out of range%s%s", NULL, NULL);
            return false;
        }
        *v = ra_v_num(n);
        *t = T_NUM;
        return true;
    case E_PERCENT:
        if (!ra_num_parse(e->text, strlen(e->text), &n) || !ra_num_div(n, ra_num_int(100), &n)) {
            err_expr(ck, e, NULL, "percentage out of range%s%s", NULL, NULL);
            return false;
        }
        *v = ra_v_num(n);
        *t = T_NUM;
        return true;
    case E_MONEY: {
        ra_code cur = ra_currency_lookup(e->name, strlen(e->name));
        if (!cur) {
            err_expr(ck, e, "money is written 1500 SAR, with an ISO 4217 currency",
                     "'%s' is not an ISO 4217 currency%s", e->name, NULL);
            return false;
        }
        if (!ra_num_parse(e->text, strlen(e->text), &n)) {
            err_expr(ck, e, NULL, "amount out of range%s%s", NULL, NULL);
            return false;
        }
        *v = (ra_value){.kind = V_MONEY, .currency = cur, .u.num = n};
        *t = T_MONEY;
        return true;
    }
    case E_STRING:
        *v = ra_v_cstr(e->text);
        *t = T_STR;
        return true;
    case E_DATE: {
        ra_date d;
        if (!ra_date_parse(e->text, strlen(e->text), &d)) {
            err_expr(ck, e, "dates are real calendar days, YYYY-MM-DD",
                     "'%s' is not a valid date%s", e->text, NULL);
            return false;
        }
        *v = ra_v_date(d);
        *t = T_DATE;
        return true;
    }
    case E_BOOL:
        *v = ra_v_bool(e->num_value);
        *t = T_BOOL;
        return true;
    case E_NULL:
        *v = RA_NULL;
        *t = T_NULL;
        return true;
    case E_ALL: {
        static const ra_vlist all = {.all = true};
        *v = (ra_value){.kind = V_LIST, .u.list = &all};
        *t = T_LIST;
        return true;
    }
    case E_LIST:
        return list_value(ck, e, v, t);
    case E_NAME:
        /* A bare word in a list is a value (placement_fee), as in [visa, medical]. */
        *v = ra_v_cstr(e->name);
        *t = T_STR;
        return true;
    case E_UNARY:
        if (e->op == OP_NEG && e->a && literal_value(ck, e->a, v, t) &&
            (*t == T_NUM || *t == T_MONEY)) {
            v->u.num.n = -v->u.num.n;
            return true;
        }
        break;
    default:
        break;
    }
    err_expr(ck, e,
             "parameters hold values: numbers, money (1500 SAR), 10%, text, dates, lists, "
             "all, or a table",
             "a parameter value must be a literal%s%s", NULL, NULL);
    return false;
}

/* ---- parameters ---------------------------------------------------------------------- */

static const char *const TABLE_KEYS[] = {"destination", "origin", "sector", "sex", NULL};

/* True when value is one of the allowed values of a text field. */
static bool in_domain(ra_row row, const char *field, const char *value)
{
    const ra_field_info *f = ra_field_find(row, field);
    for (size_t i = 0; f && f->values && f->values[i]; i++)
        if (!strcmp(f->values[i], value))
            return true;
    return false;
}

static bool valid_table_key(const char *k)
{
    for (size_t i = 0; TABLE_KEYS[i]; i++)
        if (!strcmp(TABLE_KEYS[i], k))
            return true;
    return false;
}

/* Compiles a param value (literal or table). */
static bool param_value(checker *ck, const ra_expr *e, ra_param *p)
{
    if (e->kind != E_TABLE) {
        p->is_table = false;
        return literal_value(ck, e, &p->value, (ra_type *)&p->type);
    }
    ra_table tb = {0};
    tb.nkeys = e->nkeys;
    tb.keys = (const char **)e->keys;
    for (size_t k = 0; k < e->nkeys; k++) {
        if (!valid_table_key(e->keys[k])) {
            err(ck, e->pos, e->keys[k], "table keys are destination, origin, sector and sex",
                "unknown table key '%s'%s", e->keys[k], NULL);
            return false;
        }
    }
    tb.nrows = e->nrows;
    tb.match = ck_alloc(ck, (e->nrows ? e->nrows : 1) * sizeof *tb.match);
    tb.values = ck_alloc(ck, (e->nrows ? e->nrows : 1) * sizeof *tb.values);
    if (!tb.match || !tb.values)
        return false;
    ra_type vt = T_NULL;
    for (size_t r = 0; r < e->nrows; r++) {
        const ra_table_row *row = &e->rows[r];
        tb.match[r] = (const char **)row->match;
        for (size_t k = 0; k < e->nkeys; k++) {
            const char *m = row->match[k];
            bool ok = !strcmp(m, "*");
            if (!strcmp(e->keys[k], "destination") || !strcmp(e->keys[k], "origin"))
                ok = ok || ra_country_lookup(m, strlen(m));
            else if (!strcmp(e->keys[k], "sector"))
                ok = ok || in_domain(ROW_WORKER, "sector", m);
            else if (!strcmp(e->keys[k], "sex"))
                ok = ok || !strcmp(m, "F") || !strcmp(m, "M") || !strcmp(m, "X") || !strcmp(m, "U");
            if (!ok) {
                err(ck, row->pos, m,
                    "a destination/origin is an ISO country code (SA); a sector "
                    "is domestic_work, care ...; sex is F, M, X or U; * is any",
                    "'%s' is not a valid %s", m, e->keys[k]);
                return false;
            }
        }
        ra_type t;
        if (!row->value || !literal_value(ck, row->value, &tb.values[r], &t))
            return false;
        if (vt != T_NULL && t != T_NULL && t != vt) {
            err_expr(ck, row->value, "every row of a table has the same type of value",
                     "this row is %s, earlier rows are %s", ra_type_name(t), ra_type_name(vt));
            return false;
        }
        if (t != T_NULL)
            vt = t;
    }
    ra_pack *pack = ck->pack;
    pack->tables = ck_grow(ck, pack->tables, pack->ntables, &ck->cap_tables, sizeof *pack->tables);
    if (ck->nomem)
        return false;
    pack->tables[pack->ntables] = tb;
    p->is_table = true;
    p->table = (int32_t)pack->ntables++;
    p->type = vt;
    return true;
}

static const char *origin_of(checker *ck, ra_pos pos)
{
    char buf[320];
    snprintf(buf, sizeof buf, "%s:%d", pos.file ? pos.file : "", pos.line);
    return ck_strdup(ck, buf, strlen(buf));
}

static void declare_params(checker *ck, const ra_ast_file *f)
{
    ra_pack *pack = ck->pack;
    for (size_t i = 0; i < f->nparams && !ck->nomem; i++) {
        const ra_param_decl *d = &f->params[i];
        if (find_param(pack, d->name)) {
            err(ck, d->pos, d->name,
                "each parameter is declared once; a profile changes it with set",
                "parameter '%s' is declared twice%s", d->name, NULL);
            continue;
        }
        bool is_field = !strcmp(d->name, "as_of") || !strcmp(d->name, "sentence");
        for (int row = 0; row < ROW_COUNT && !is_field; row++)
            is_field = ra_field_find((ra_row)row, d->name) != NULL;
        if (is_field) {
            err(ck, d->pos, d->name, "choose another name", "'%s' is already a field name%s",
                d->name, NULL);
            continue;
        }
        ra_param p = {.name = d->name, .cite = d->cite, .origin = origin_of(ck, d->pos)};
        if (!d->value || !param_value(ck, d->value, &p))
            continue;
        pack->params =
            ck_grow(ck, pack->params, pack->nparams, &ck->cap_params, sizeof *pack->params);
        if (ck->nomem)
            return;
        pack->params[pack->nparams++] = p;
    }
}

static void apply_profile_sets(checker *ck, const ra_ast_file *prof)
{
    for (size_t i = 0; i < prof->nstmts; i++) {
        const ra_profile_stmt *s = &prof->stmts[i];
        if (s->kind != PS_SET || !s->target)
            continue; /* a statement cut short has its syntax error already */
        ra_param *p = find_param(ck->pack, s->target);
        if (!p) {
            const char *best = NULL;
            size_t bestd = 99;
            for (size_t k = 0; k < ck->pack->nparams; k++)
                suggest(s->target, ck->pack->params[k].name, &best, &bestd);
            char hint[160];
            snprintf(hint, sizeof hint, best ? "did you mean '%s'?" : "%s",
                     best ? best : "a profile can only set parameters the rule pack declares");
            err(ck, s->pos, s->target, hint, "unknown parameter '%s'%s", s->target, NULL);
            continue;
        }
        if (!s->cite) {
            err(ck, s->pos, s->target, "add cite \"instrument, article, year\" to the statement",
                "the profile sets '%s' without a citation%s", s->target, NULL);
            continue;
        }
        ra_param np = *p;
        if (!s->value || !param_value(ck, s->value, &np))
            continue;
        if (np.type != p->type && np.type != T_NULL && p->type != T_NULL) {
            err(ck, s->pos, s->target, "a profile keeps the type the rule pack declares",
                "'%s' is a %s parameter", s->target, ra_type_name(p->type));
            continue;
        }
        if (np.type == T_NULL)
            np.type = p->type;
        np.cite = s->cite;
        np.origin = origin_of(ck, s->pos);
        np.from_profile = true;
        *p = np;
    }
}

/* ---- expressions ------------------------------------------------------------------------ */

static ra_cnode *compile(checker *ck, cctx *cx, const ra_expr *e);

static int32_t find_pattern(checker *ck, const ra_expr *e, const char *name)
{
    for (size_t i = 0; i < ck->pack->npatterns; i++)
        if (!strcmp(ck->pack->patterns[i].name, name))
            return (int32_t)i;
    const char *best = NULL;
    size_t bestd = 99;
    for (size_t i = 0; i < ck->pack->npatterns; i++)
        suggest(name, ck->pack->patterns[i].name, &best, &bestd);
    char hint[160];
    snprintf(hint, sizeof hint, best ? "did you mean '%s'?" : "%s",
             best ? best : "declare it: pattern NAME  en \"regex\"");
    err_expr(ck, e, hint, "unknown pattern '%s'%s", name, NULL);
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
    cx->evidence[(*cx->nevidence)++] = (ra_evidence_ref){name, n};
}

static ra_cnode *field_node(checker *ck, cctx *cx, const ra_field_info *f, const ra_expr *e,
                            const char *display)
{
    ra_cnode *n = cnode(ck, CN_FIELD, f->type, e);
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
            ra_cnode *n = cnode(ck, CN_LET, cx->lets[i] ? cx->lets[i]->type : T_NULL, e);
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
            ra_cnode *k = constant(ck, p->value, p->type, e);
            note_evidence(ck, cx, name, k);
            return k;
        }
        if (!cx->rows[ROW_WORKER]) {
            err_expr(ck, e,
                     "table parameters are looked up with a worker's destination, sector "
                     "and sex: use them in fee, document or worker rules",
                     "'%s' is a table and no worker is at hand here%s", name, NULL);
            return NULL;
        }
        ra_cnode *n = cnode(ck, CN_TABLE, p->type, e);
        if (n)
            n->slot = p->table;
        note_evidence(ck, cx, name, n);
        return n;
    }
    if (!strcmp(name, "as_of"))
        return cnode(ck, CN_ASOF, T_DATE, e);

    const char *best = NULL;
    size_t bestd = 99;
    for (size_t i = 0; i < cx->nlets; i++)
        suggest(name, cx->rule->lets[i].name, &best, &bestd);
    for (size_t i = 0; i < ck->pack->nparams; i++)
        suggest(name, ck->pack->params[i].name, &best, &bestd);
    for (size_t i = 0; i < ra_field_count(); i++) {
        const ra_field_info *fi = ra_field_get((ra_field_id)i);
        if (fi->row == cx->own)
            suggest(name, fi->name, &best, &bestd);
    }
    char hint[200];
    const char *row = cx->own < ROW_COUNT ? ra_row_name(cx->own) : "row";
    if (best)
        snprintf(hint, sizeof hint, "did you mean '%s'?", best);
    else
        snprintf(hint, sizeof hint, "a name is a let, %s %s field, a parameter or as_of",
                 article(row), row);
    err_expr(ck, e, hint, "unknown name '%s'%s", name, NULL);
    return NULL;
}

static ra_cnode *compile_field(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_row row = ra_row_kind_parse(e->name);
    if (row == ROW_COUNT) {
        err_expr(ck, e, "rows are fee, document, worker, agency and dq", "unknown row '%s'%s",
                 e->name, NULL);
        return NULL;
    }
    if (!cx->rows[row]) {
        char hint[200];
        snprintf(hint, sizeof hint,
                 "%s %s rule reads %s rows; other rows are reached with an aggregate such as "
                 "sum(fee.amount_usd where ...)",
                 article(ra_scope_name(cx->scope)), ra_scope_name(cx->scope),
                 cx->own < ROW_COUNT ? ra_row_name(cx->own) : "its");
        err_expr(ck, e, hint, "no %s row here%s", e->name, NULL);
        return NULL;
    }
    const ra_field_info *f = ra_field_find(row, e->text);
    if (!f) {
        const char *best = NULL;
        size_t bestd = 99;
        for (size_t i = 0; i < ra_field_count(); i++) {
            const ra_field_info *fi = ra_field_get((ra_field_id)i);
            if (fi->row == row)
                suggest(e->text, fi->name, &best, &bestd);
        }
        char hint[200];
        snprintf(hint, sizeof hint,
                 best ? "did you mean '%s.%s'?" : "see the %s fields in rules/README.md%s",
                 best ? e->name : e->name, best ? best : "");
        err_expr(ck, e, hint, "unknown field '%s' of %s rows", e->text, e->name);
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
        suggest(tmp, f->values[i], &best, &bestd);
    }
    char hint[200], val[64];
    snprintf(val, sizeof val, "%.*s", (int)(v->u.str.len < 60 ? v->u.str.len : 60), v->u.str.ptr);
    if (best)
        snprintf(hint, sizeof hint, "did you mean '%s'?", best);
    else
        snprintf(hint, sizeof hint, "see the values of %s.%s in rules/README.md",
                 ra_row_name(f->row), f->name);
    err_expr(ck, lit_expr, hint, "'%s' is never a value of %s", val, f->name);
}

/* The literal 0 (not a parameter that happens to be 0: types do not depend on
 * a profile's values). */
static bool is_zero_literal(const ra_expr *e, const ra_cnode *n)
{
    return e && e->kind == E_NUMBER && n->kind == CN_CONST && ra_num_is_zero(n->k.u.num);
}

static bool numeric(ra_type t)
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
    ra_cnode *n = cnode(ck, CN_ENUM_IN, T_BOOL, e);
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
    ra_cnode *a = compile(ck, cx, e->a), *b = compile(ck, cx, e->b);
    if (!a || !b)
        return NULL;
    ra_type ta = a->type, tb = b->type, rt = T_NULL;
    const char *opname = NULL;
    switch (e->op) {
    case OP_AND:
    case OP_OR:
        if ((ta != T_BOOL && ta != T_NULL) || (tb != T_BOOL && tb != T_NULL)) {
            err_expr(ck, e, "and/or join conditions (true or false)", "'%s' needs booleans, not %s",
                     e->op == OP_AND ? "and" : "or",
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
                        err_expr(ck, e, "list items must have the type of the left side",
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
        err_expr(ck, e, "patterns apply to contract text (contract rules)",
                 "'~' is only for contract clauses%s%s", NULL, NULL);
        return NULL;
    default:
        break;
    }
    if (rt == T_NULL && !(ta == T_NULL && tb == T_NULL)) {
        char hint[160];
        snprintf(hint, sizeof hint, "%s cannot combine %s and %s", opname ? opname : "this",
                 ra_type_name(ta), ra_type_name(tb));
        err_expr(ck, e, hint, "type error: %s with %s", ra_type_name(ta), ra_type_name(tb));
        return NULL;
    }
    ra_cnode *fast = enum_test(ck, e, a, b);
    if (fast)
        return fast;
    ra_cnode *n = cnode(ck, CN_BINARY, rt, e);
    if (n) {
        n->op = (uint8_t)e->op;
        n->a = a;
        n->b = b;
    }
    return n;
}

static ra_cnode *compile_unary(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_cnode *a = compile(ck, cx, e->a);
    if (!a)
        return NULL;
    if (e->op == OP_NOT && a->type != T_BOOL && a->type != T_NULL) {
        err_expr(ck, e, "not negates a condition", "'not' needs a boolean, not %s",
                 ra_type_name(a->type), NULL);
        return NULL;
    }
    if (e->op == OP_NEG && !numeric(a->type) && a->type != T_NULL) {
        err_expr(ck, e, NULL, "'-' needs a number or money, not %s", ra_type_name(a->type), NULL);
        return NULL;
    }
    ra_cnode *n = cnode(ck, CN_UNARY, e->op == OP_NOT ? T_BOOL : a->type, e);
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
    {"extract", FN_EXTRACT, 1,
     "extract(pattern): the number its first group captures, in this sentence or the contract"},
    {"origin_extract", FN_ORIGIN_EXTRACT, 1,
     "origin_extract(pattern): the same, in the origin version of the contract"},
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
            suggest(e->name, FUNCTIONS[i].name, &best, &bestd);
        char hint[160];
        snprintf(hint, sizeof hint, best ? "did you mean %s()?" : "%s",
                 best ? best
                      : "functions: missing, default, days, year, abs, usd, greatest, least; "
                        "aggregates: sum, count, max, min, any, all");
        err_expr(ck, e, hint, "unknown function '%s'%s", e->name, NULL);
        return NULL;
    }
    if (e->nitems != FUNCTIONS[k].nargs) {
        err_expr(ck, e, FUNCTIONS[k].usage, "wrong number of arguments to %s()%s", e->name, NULL);
        return NULL;
    }
    ra_cnode *n = cnode(ck, CN_CALL, T_NULL, e);
    if (!n)
        return NULL;
    n->op = (uint8_t)FUNCTIONS[k].fn;
    if (FUNCTIONS[k].fn == FN_EXTRACT || FUNCTIONS[k].fn == FN_ORIGIN_EXTRACT) {
        if (cx->scope != RA_SCOPE_CONTRACT || e->items[0]->kind != E_NAME) {
            err_expr(ck, e, FUNCTIONS[k].usage, "%s() takes a pattern name, in contract rules%s",
                     e->name, NULL);
            return NULL;
        }
        n->slot = find_pattern(ck, e->items[0], e->items[0]->name);
        n->type = T_NUM;
        return n->slot < 0 ? NULL : n;
    }
    n->nargs = e->nitems;
    n->args = ck_alloc(ck, e->nitems * sizeof *n->args);
    if (!n->args)
        return NULL;
    for (size_t i = 0; i < e->nitems; i++)
        if (!(n->args[i] = compile(ck, cx, e->items[i])))
            return NULL;
    ra_type t0 = n->args[0]->type, t1 = e->nitems > 1 ? n->args[1]->type : T_NULL;
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
        if (!numeric(t0) && t0 != T_NULL)
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
    default:
        break;
    }
    if (bad) {
        err_expr(ck, e, FUNCTIONS[k].usage, "type error in %s(): %s", e->name, bad);
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
        err_expr(ck, e, "contract rules aggregate their sentences: any(sentence where ...)",
                 "cannot aggregate %s rows here%s", over < ROW_COUNT ? ra_row_name(over) : "these",
                 NULL);
        return NULL;
    }
    cctx inner = *cx;
    inner.rows[ROW_SENTENCE] = true;
    inner.own = ROW_SENTENCE;
    inner.agg_owner = ROW_COUNT;
    inner.evidence = NULL;
    inner.nlets = 0;
    ra_cnode *n = cnode(ck, CN_SAGG, T_NULL, e);
    if (!n)
        return NULL;
    n->op = (uint8_t)fn;
    if (e->a && !(n->a = compile(ck, &inner, e->a)))
        return NULL;
    if (e->b && !(n->b = compile(ck, &inner, e->b)))
        return NULL;
    if (n->b && n->b->type != T_BOOL && n->b->type != T_NULL) {
        err_expr(ck, e->b, "where takes a condition", "'where' needs a boolean, not %s",
                 ra_type_name(n->b->type), NULL);
        return NULL;
    }
    ra_type vt = n->a ? n->a->type : T_NULL;
    if ((fn == AGG_SUM && !numeric(vt)) ||
        ((fn == AGG_MAX || fn == AGG_MIN) && !numeric(vt) && vt != T_DATE)) {
        err_expr(ck, e, NULL, "%s() cannot aggregate %s", e->name, ra_type_name(vt));
        return NULL;
    }
    n->type = fn == AGG_COUNT ? T_NUM : (fn == AGG_ANY || fn == AGG_ALL) ? T_BOOL : vt;
    return n;
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
        err_expr(ck, e, "count, any and all take rows: count(fee where fee.worker_borne)",
                 "%s() counts rows, it takes no value%s", e->name, NULL);
        return NULL;
    }
    if (!counts && !e->a) {
        err_expr(ck, e, "sum, max and min take a value: sum(fee.amount_usd where ...)",
                 "%s() needs a value to aggregate%s", e->name, NULL);
        return NULL;
    }
    if (cx->agg_owner == ROW_COUNT || cx->in_stream_agg) {
        err_expr(ck, e, "aggregates are written in worker and agency rules",
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
        err_expr(ck, e,
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
    if (e->a && !(agg.value = compile(ck, &inner, e->a)))
        return NULL;
    if (e->b) {
        if (!(agg.filter = compile(ck, &inner, e->b)))
            return NULL;
        if (agg.filter->type != T_BOOL && agg.filter->type != T_NULL) {
            err_expr(ck, e->b, "where takes a condition", "'where' needs a boolean, not %s",
                     ra_type_name(agg.filter->type), NULL);
            return NULL;
        }
    }
    ra_type vt = agg.value ? agg.value->type : T_NULL;
    switch (agg.fn) {
    case AGG_SUM:
        if (!numeric(vt)) {
            err_expr(ck, e->a, NULL, "sum() adds numbers or money, not %s", ra_type_name(vt), NULL);
            return NULL;
        }
        agg.type = vt;
        break;
    case AGG_MAX:
    case AGG_MIN:
        if (!numeric(vt) && vt != T_DATE) {
            err_expr(ck, e->a, NULL, "%s() compares numbers, money or dates, not %s", e->name,
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
    pack->aggs = ck_grow(ck, pack->aggs, pack->naggs, &ck->cap_aggs, sizeof *pack->aggs);
    if (ck->nomem)
        return NULL;
    pack->aggs[pack->naggs] = agg;
    ra_cnode *n = cnode(ck, CN_AGG, agg.type, e);
    if (n)
        n->slot = (int32_t)pack->naggs;
    pack->naggs++;
    if (n && n->src)
        note_evidence(ck, cx, n->src, n);
    return n;
}

static ra_cnode *compile_match(checker *ck, cctx *cx, const ra_expr *e)
{
    ra_cnode *subject = compile(ck, cx, e->a);
    if (!subject)
        return NULL;
    if (subject->kind != CN_FIELD || subject->field != F_S_TEXT) {
        err_expr(ck, e,
                 "patterns match sentences: sentence ~ pattern, in a contract rule with "
                 "'for each sentence' or inside any(sentence where ...)",
                 "'~' applies to a sentence%s%s", NULL, NULL);
        return NULL;
    }
    ra_cnode *n = cnode(ck, CN_MATCH, T_BOOL, e);
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

static ra_cnode *compile(checker *ck, cctx *cx, const ra_expr *e)
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
                    err_expr(ck, e->items[i], "list items are values: [visa, medical]",
                             "a list holds literal values%s%s", NULL, NULL);
                    return NULL;
                }
        if (!literal_value(ck, e, &v, &t))
            return NULL;
        return constant(ck, v, t, e);
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
        err_expr(ck, e, "tables are parameter values: param name = table by ...",
                 "a table cannot appear in an expression%s%s", NULL, NULL);
        return NULL;
    }
    return NULL;
}

/* ---- rules --------------------------------------------------------------------------- */

static bool parse_scope(const char *s, ra_scope *out)
{
    for (int i = 0; i < RA_SCOPE_COUNT; i++)
        if (!strcmp(s, ra_scope_name((ra_scope)i))) {
            *out = (ra_scope)i;
            return true;
        }
    return false;
}

static void context_for(cctx *cx, ra_scope scope)
{
    memset(cx, 0, sizeof *cx);
    cx->scope = scope;
    cx->agg_owner = ROW_COUNT;
    switch (scope) {
    case RA_SCOPE_FEE:
        cx->own = ROW_FEE;
        cx->rows[ROW_FEE] = cx->rows[ROW_WORKER] = cx->rows[ROW_AGENCY] = true;
        break;
    case RA_SCOPE_DOCUMENT:
        cx->own = ROW_DOCUMENT;
        cx->rows[ROW_DOCUMENT] = cx->rows[ROW_WORKER] = cx->rows[ROW_AGENCY] = true;
        break;
    case RA_SCOPE_WORKER:
        cx->own = ROW_WORKER;
        cx->rows[ROW_WORKER] = cx->rows[ROW_AGENCY] = true;
        cx->agg_owner = ROW_WORKER;
        break;
    case RA_SCOPE_AGENCY:
        cx->own = ROW_AGENCY;
        cx->rows[ROW_AGENCY] = true;
        cx->agg_owner = ROW_AGENCY;
        break;
    case RA_SCOPE_SUBMISSION:
        cx->own = ROW_DQ;
        cx->rows[ROW_DQ] = true;
        break;
    case RA_SCOPE_CONTRACT:
        cx->own = ROW_CONTRACT;
        cx->rows[ROW_CONTRACT] = true;
        cx->agg_owner = ROW_CONTRACT; /* aggregates over its sentences */
        break;
    default:
        cx->own = ROW_COUNT;
        break;
    }
}

static bool fmt_parse(const char *s, size_t len, ra_fmt *out)
{
    static const struct {
        const char *name;
        ra_fmt fmt;
    } fmts[] = {{"usd", FMT_USD}, {"money", FMT_MONEY}, {"months", FMT_MONTHS},
                {"pct", FMT_PCT}, {"int", FMT_INT},     {"days", FMT_DAYS}};
    for (size_t i = 0; i < sizeof fmts / sizeof fmts[0]; i++)
        if (strlen(fmts[i].name) == len && !memcmp(fmts[i].name, s, len)) {
            *out = fmts[i].fmt;
            return true;
        }
    return false;
}

/* "{worker_id} paid {paid:usd}": literal parts and compiled holes. */
static void compile_message(checker *ck, cctx *cx, const ra_rule_decl *d, ra_rule *r)
{
    const char *m = d->message;
    size_t cap = 0;
    ra_pos pos = d->message_pos;
    while (*m && !ck->nomem) {
        const char *open = strchr(m, '{');
        if (open && open[1] == '{')
            open = NULL; /* handled below as a literal brace */
        const char *lit_end = open ? open : m + strlen(m);
        const char *dbl = strstr(m, "{{");
        if (dbl && dbl < lit_end)
            lit_end = dbl;
        if (lit_end > m) {
            r->message = ck_grow(ck, r->message, r->nmessage, &cap, sizeof *r->message);
            if (ck->nomem)
                return;
            r->message[r->nmessage++] =
                (ra_tmpl_part){ck_strdup(ck, m, (size_t)(lit_end - m)), NULL, FMT_PLAIN};
            m = lit_end;
            continue;
        }
        if (m[0] == '{' && m[1] == '{') {
            r->message = ck_grow(ck, r->message, r->nmessage, &cap, sizeof *r->message);
            if (ck->nomem)
                return;
            r->message[r->nmessage++] = (ra_tmpl_part){"{", NULL, FMT_PLAIN};
            m += 2;
            continue;
        }
        /* The hole ends at the first '}' outside a quoted string; a ':' then
         * letters just before it is a format, any other ':' is the expression's. */
        const char *close = NULL, *colon = NULL;
        bool quoted = false;
        for (const char *c = m + 1; *c && !close; c++) {
            if (*c == '"')
                quoted = !quoted;
            else if (!quoted && *c == ':')
                colon = c;
            else if (!quoted && *c == '}')
                close = c;
        }
        if (!close) {
            err(ck, pos, m, "close each {expression} with '}' (write {{ for a brace)",
                "unclosed '{' in the message%s%s", NULL, NULL);
            return;
        }
        for (const char *c = colon ? colon + 1 : close; colon && c < close; c++)
            if (!((*c >= 'a' && *c <= 'z') || (*c >= 'A' && *c <= 'Z')))
                colon = NULL;
        ra_fmt fmt = FMT_PLAIN;
        const char *expr_end = close;
        if (colon && fmt_parse(colon + 1, (size_t)(close - colon - 1), &fmt)) {
            expr_end = colon;
        } else if (colon) {
            char f[32];
            snprintf(f, sizeof f, "%.*s", (int)(close - colon - 1 < 30 ? close - colon - 1 : 30),
                     colon + 1);
            ra_pos fp = pos;
            fp.col += 2 + (int)(colon - d->message);
            err(ck, fp, f, "formats: usd, money, months, pct, int, days",
                "unknown format ':%s' in the message%s", f, NULL);
            return;
        }
        /* Columns inside the message: after the opening quote (escapes aside). */
        int col = pos.col + 2 + (int)(m - d->message);
        ra_expr *ex = ra_parse_expr_at(pos.file, m + 1, (size_t)(expr_end - m - 1), pos.line, col,
                                       &ck->pack->arena, ck->diags);
        if (ex) {
            ra_cnode *n = compile(ck, cx, ex);
            if (n) {
                r->message = ck_grow(ck, r->message, r->nmessage, &cap, sizeof *r->message);
                if (ck->nomem)
                    return;
                r->message[r->nmessage++] = (ra_tmpl_part){NULL, n, fmt};
            }
        }
        m = close + 1;
    }
}

static void add_agg_ref(checker *ck, ra_rule *r, int32_t slot, size_t *cap)
{
    for (size_t i = 0; i < r->naggs; i++)
        if (r->aggs[i] == slot)
            return;
    r->aggs = ck_grow(ck, r->aggs, r->naggs, cap, sizeof *r->aggs);
    if (!ck->nomem)
        r->aggs[r->naggs++] = slot;
}

static void walk_aggs(checker *ck, ra_rule *r, const ra_cnode *n, size_t *cap)
{
    if (!n)
        return;
    if (n->kind == CN_AGG)
        add_agg_ref(ck, r, n->slot, cap);
    walk_aggs(ck, r, n->a, cap);
    walk_aggs(ck, r, n->b, cap);
    for (size_t i = 0; i < n->nargs; i++)
        walk_aggs(ck, r, n->args[i], cap);
}

/* The aggregates a rule reads, for the rows behind its findings. */
static void collect_aggs(checker *ck, ra_rule *r)
{
    size_t cap = 0;
    for (size_t i = 0; i < r->nlets; i++)
        walk_aggs(ck, r, r->lets[i], &cap);
    walk_aggs(ck, r, r->when, &cap);
}

/* The first declaration of a rule id (compiled or not), or NULL. */
static const ra_rule_decl *first_declared(const checker *ck, const char *id)
{
    for (size_t f = 0; f < ck->nfiles; f++)
        for (size_t k = 0; k < ck->files[f].nrules; k++)
            if (!strcmp(ck->files[f].rules[k].id, id))
                return &ck->files[f].rules[k];
    return NULL;
}

static void compile_rule(checker *ck, const ra_rule_decl *d)
{
    ra_pack *pack = ck->pack;
    const ra_rule_decl *first = first_declared(ck, d->id);
    if (first && first != d) {
        char hint[320];
        snprintf(hint, sizeof hint, "the first is at %s:%d", first->pos.file, first->pos.line);
        err(ck, d->pos, d->id, hint, "duplicate rule id %s%s", d->id, NULL);
        return;
    }
    if (d->broken)
        return; /* its syntax error says what is wrong */
    ra_rule r = {
        .id = d->id, .title = d->title, .enabled = true, .file = d->pos.file, .line = d->pos.line};
    bool ok = true;
    if (!d->scope) {
        err(ck, d->pos, d->id, "add: scope fee|document|worker|agency|contract|submission",
            "rule %s has no scope%s", d->id, NULL);
        ok = false;
    } else if (!parse_scope(d->scope, &r.scope)) {
        err(ck, d->scope_pos, d->scope,
            "scopes: fee, document, worker, agency, contract, "
            "submission",
            "unknown scope '%s'%s", d->scope, NULL);
        ok = false;
    }
    if (ok && d->per_sentence && r.scope != RA_SCOPE_CONTRACT) {
        err(ck, d->pos, d->id, "for each sentence belongs to contract rules",
            "rule %s reads sentences but its scope is not contract%s", d->id, NULL);
        ok = false;
    }
    if (!d->severity) {
        err(ck, d->pos, d->id, "add: severity info|low|medium|high|critical",
            "rule %s has no severity%s", d->id, NULL);
        ok = false;
    } else if (!ra_severity_parse(d->severity, &r.severity)) {
        err(ck, d->severity_pos, d->severity, "severities: info, low, medium, high, critical",
            "unknown severity '%s'%s", d->severity, NULL);
        ok = false;
    }
    if (d->ncites == 0) {
        err(ck, d->pos, d->id, "add cite \"instrument and article\" (see domain REFERENCE)",
            "rule %s has no citation%s", d->id, NULL);
        ok = false;
    }
    if (!d->when) {
        err(ck, d->pos, d->id, "add: when <condition>", "rule %s has no condition%s", d->id, NULL);
        ok = false;
    }
    if (!d->message) {
        err(ck, d->pos, d->id, "add: message \"... {field} ...\"", "rule %s has no message%s",
            d->id, NULL);
        ok = false;
    }
    if (!ok)
        return;

    /* citation: the cites joined */
    size_t clen = 0;
    for (size_t i = 0; i < d->ncites; i++)
        clen += (d->cites[i] ? strlen(d->cites[i]) : 0) + 2;
    char *cit = ck_alloc(ck, clen + 1);
    if (!cit)
        return;
    for (size_t i = 0; i < d->ncites; i++) {
        if (!d->cites[i])
            continue;
        if (*cit)
            strcat(cit, "; ");
        strcat(cit, d->cites[i]);
    }
    r.citation = cit;

    r.per_sentence = d->per_sentence;
    cctx cx;
    context_for(&cx, r.scope);
    if (r.per_sentence) {
        cx.rows[ROW_SENTENCE] = true;
        cx.own = ROW_SENTENCE;
    }
    cx.rule = d;
    r.lets = ck_alloc(ck, (d->nlets ? d->nlets : 1) * sizeof *r.lets);
    r.let_names = ck_alloc(ck, (d->nlets ? d->nlets : 1) * sizeof *r.let_names);
    if (!r.lets || !r.let_names)
        return;
    cx.lets = r.lets;
    for (size_t i = 0; i < d->nlets; i++) {
        for (size_t j = 0; j < i; j++)
            if (!strcmp(d->lets[j].name, d->lets[i].name))
                err(ck, d->lets[i].pos, d->lets[i].name, "give each let its own name",
                    "'%s' is already defined in this rule%s", d->lets[i].name, NULL);
        r.let_names[i] = d->lets[i].name;
        cx.nlets = i; /* a let sees the lets before it */
        r.lets[i] = compile(ck, &cx, d->lets[i].value);
    }
    r.nlets = d->nlets;
    cx.nlets = d->nlets;
    cx.evidence = NULL;
    cx.nevidence = &r.nevidence;
    cx.cap_evidence = 0;
    /* Collect evidence (the names the condition reads) while compiling it. */
    ra_evidence_ref *ev = NULL;
    cx.evidence = ck_alloc(ck, 8 * sizeof *ev);
    cx.cap_evidence = cx.evidence ? 8 : 0;
    r.when = compile(ck, &cx, d->when);
    r.evidence = cx.evidence;
    if (r.when && r.when->type != T_BOOL && r.when->type != T_NULL) {
        err_expr(ck, d->when, "when takes a condition, e.g. fee.worker_borne",
                 "the condition is %s, not a boolean%s", ra_type_name(r.when->type), NULL);
        return;
    }
    cx.evidence = NULL;
    collect_aggs(ck, &r);
    compile_message(ck, &cx, d, &r);
    if (!r.when)
        return;
    if (d->nlets > pack->max_lets)
        pack->max_lets = d->nlets;
    pack->rules = ck_grow(ck, pack->rules, pack->nrules, &ck->cap_rules, sizeof *pack->rules);
    if (ck->nomem)
        return;
    pack->rules[pack->nrules++] = r;
}

static void apply_profile_rules(checker *ck, const ra_ast_file *prof)
{
    for (size_t i = 0; i < prof->nstmts; i++) {
        const ra_profile_stmt *s = &prof->stmts[i];
        if (s->kind == PS_SET || !s->target)
            continue;
        ra_rule *r = NULL;
        for (size_t k = 0; k < ck->pack->nrules; k++)
            if (!strcmp(ck->pack->rules[k].id, s->target))
                r = &ck->pack->rules[k];
        if (!r) {
            /* A rule that failed to check has its own error already. */
            if (!first_declared(ck, s->target))
                err(ck, s->pos, s->target, "the rule must exist in the rule pack",
                    "unknown rule %s%s", s->target, NULL);
            continue;
        }
        if (!s->cite) {
            err(ck, s->pos, s->target, "add cite \"...\": why this jurisdiction differs",
                "the profile changes %s without a citation%s", s->target, NULL);
            continue;
        }
        r->profile_cite = s->cite;
        if (s->kind == PS_DISABLE) {
            r->enabled = false;
        } else if (!s->severity || !ra_severity_parse(s->severity, &r->severity)) {
            err(ck, s->pos, s->severity ? s->severity : s->target,
                "severities: info, low, medium, high, critical", "unknown severity '%s'%s",
                s->severity ? s->severity : "", NULL);
        }
    }
}

static ra_code pattern_lang(const char *lang)
{
    return ra_language_lookup(lang, strlen(lang));
}

static void declare_patterns(checker *ck, const ra_ast_file *f, size_t *cap)
{
    ra_pack *pack = ck->pack;
    for (size_t i = 0; i < f->npatterns && !ck->nomem; i++) {
        const ra_pattern_decl *d = &f->patterns[i];
        bool dup = false;
        for (size_t k = 0; k < pack->npatterns; k++)
            dup = dup || !strcmp(pack->patterns[k].name, d->name);
        if (dup) {
            err(ck, d->pos, d->name, "give each pattern its own name",
                "pattern '%s' is declared twice%s", d->name, NULL);
            continue;
        }
        ra_pattern p = {.name = d->name, .nalts = 0};
        p.alts = ck_alloc(ck, (d->nalts ? d->nalts : 1) * sizeof *p.alts);
        if (!p.alts)
            return;
        for (size_t a = 0; a < d->nalts; a++) {
            const ra_pattern_alt *alt = &d->alts[a];
            ra_code lang = RA_CODE_NONE;
            if (strcmp(alt->lang, "any") && !(lang = pattern_lang(alt->lang))) {
                ra_pos lp = alt->pos;
                lp.col -= (int)strlen(alt->lang) + 1;
                err(ck, lp, alt->lang, "a language is an ISO 639-1 code (en, tl, ar ...) or any",
                    "'%s' is not a language code%s", alt->lang, NULL);
                continue;
            }
            char msg[256];
            size_t off = 0;
            ra_regex *re = ra_regex_compile(alt->regex, msg, sizeof msg, &off);
            if (!re) {
                ra_pos rp = alt->pos;
                rp.col += 1 + (int)off;
                err(ck, rp, alt->regex, "PCRE2 syntax; a lookbehind must have a fixed length",
                    "bad regular expression: %s%s", msg, NULL);
                continue;
            }
            p.alts[p.nalts++] = (ra_pattern_alt_c){lang, re};
        }
        pack->patterns = ck_grow(ck, pack->patterns, pack->npatterns, cap, sizeof *pack->patterns);
        if (ck->nomem) {
            for (size_t a = 0; a < p.nalts; a++)
                ra_regex_free(p.alts[a].re);
            return;
        }
        pack->patterns[pack->npatterns++] = p;
    }
}

/* A finding cites the law its rule names and, where the profile set a value
 * the condition reads (a national cap), the profile's source for that value. */
static void add_profile_citations(checker *ck)
{
    ra_pack *pack = ck->pack;
    for (size_t i = 0; i < pack->nrules && !ck->nomem; i++) {
        ra_rule *r = &pack->rules[i];
        size_t len = strlen(r->citation) + 1;
        for (size_t k = 0; k < r->nevidence; k++) {
            const ra_param *p = ra_pack_param(pack, r->evidence[k].name);
            if (p && p->from_profile && p->cite)
                len += strlen(pack->profile) + strlen(p->cite) + strlen(p->name) + 32;
        }
        char *cit = ck_alloc(ck, len);
        if (!cit)
            return;
        strcpy(cit, r->citation);
        for (size_t k = 0; k < r->nevidence; k++) {
            const ra_param *p = ra_pack_param(pack, r->evidence[k].name);
            if (!p || !p->from_profile || !p->cite)
                continue;
            char add[1024];
            snprintf(add, sizeof add, "%s%s (profile %s): %s", *cit ? "; " : "", p->name,
                     pack->profile, p->cite);
            if (!strstr(cit, add + (*cit ? 2 : 0)))
                strncat(cit, add, len - strlen(cit) - 1);
        }
        r->citation = cit;
    }
}

bool ra_check_pack(ra_pack *pack, const ra_ast_file *files, size_t nfiles,
                   const ra_ast_file *profile, const char *profile_file, ra_diags *diags)
{
    checker ck = {.pack = pack, .diags = diags, .files = files, .nfiles = nfiles};
    (void)profile_file;
    size_t cap_patterns = 0;
    for (size_t f = 0; f < nfiles; f++) {
        declare_params(&ck, &files[f]);
        declare_patterns(&ck, &files[f], &cap_patterns);
    }
    if (profile)
        apply_profile_sets(&ck, profile);
    for (size_t f = 0; f < nfiles && !ck.nomem; f++)
        for (size_t i = 0; i < files[f].nrules; i++)
            compile_rule(&ck, &files[f].rules[i]);
    if (profile) {
        apply_profile_rules(&ck, profile);
        pack->profile_title = profile->profile_title;
    }
    if (pack->profile)
        add_profile_citations(&ck);
    return !ck.nomem && !diags->nomem;
}
