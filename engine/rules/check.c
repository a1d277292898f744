/* check.c — from syntax trees to a compiled pack: parameters (with the
 * profile's overrides), clause patterns, then each rule's lets, condition and
 * message (expressions themselves are compiled in check_expr.c), the
 * profile's disable/severity statements and the citations findings carry. */
#include "check.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "check_internal.h"
#include "parse.h"

/* ---- memory ---------------------------------------------------------------------- */

void *ck_alloc(checker *ck, size_t size)
{
    void *p = ra_arena_alloc(&ck->pack->arena, size);
    if (!p)
        ck->nomem = true;
    else
        memset(p, 0, size);
    return p;
}

void *ck_grow(checker *ck, void *arr, size_t n, size_t *cap, size_t elem)
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

const char *ck_strdup(checker *ck, const char *s, size_t len)
{
    const char *d = ra_arena_strndup(&ck->pack->arena, s, len);
    if (!d)
        ck->nomem = true;
    return d;
}

void ck_err(checker *ck, ra_pos pos, const char *text, const char *hint, const char *fmt,
            const char *a, const char *b)
{
    ra_diag_add(ck->diags, pos, text, text ? strlen(text) : 0, hint, fmt, a ? a : "", b ? b : "");
}

void ck_err_expr(checker *ck, const ra_expr *e, const char *hint, const char *fmt, const char *a,
                 const char *b)
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

const char *ck_article(const char *word)
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

void ck_suggest(const char *name, const char *cand, const char **best, size_t *bestd)
{
    size_t d = distance(name, cand);
    if (d < *bestd && d <= 2) {
        *bestd = d;
        *best = cand;
    }
}

/* ---- nodes ------------------------------------------------------------------------- */

ra_cnode *ck_cnode(checker *ck, ra_cnode_kind kind, ra_type type, const ra_expr *e)
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

ra_cnode *ck_constant(checker *ck, ra_value v, ra_type type, const ra_expr *e)
{
    ra_cnode *n = ck_cnode(ck, CN_CONST, type, e);
    if (n)
        n->k = v;
    return n;
}

/* ---- literals ----------------------------------------------------------------------- */

static bool list_value(checker *ck, const ra_expr *e, ra_value *v, ra_type *t)
{
    ra_vlist *list = ck_alloc(ck, sizeof *list);
    ra_value *items = e->nitems ? ck_alloc(ck, e->nitems * sizeof *items) : NULL;
    if (!list || (e->nitems && !items))
        return false;
    ra_type elem = T_NULL;
    for (size_t i = 0; i < e->nitems; i++) {
        ra_type it;
        if (!e->items[i] || !ck_literal_value(ck, e->items[i], &items[i], &it))
            return false;
        if (elem != T_NULL && it != elem && it != T_NULL) {
            ck_err_expr(ck, e->items[i], "a list holds values of one type",
                        "list items mix %s and %s", ra_type_name(elem), ra_type_name(it));
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
bool ck_literal_value(checker *ck, const ra_expr *e, ra_value *v, ra_type *t)
{
    ra_num n;
    switch (e->kind) {
    case E_NUMBER:
        if (!ra_num_parse(e->text, strlen(e->text), &n)) {
            ck_err_expr(ck, e, NULL, "number out of range%s%s", NULL, NULL);
            return false;
        }
        *v = ra_v_num(n);
        *t = T_NUM;
        return true;
    case E_PERCENT:
        if (!ra_num_parse(e->text, strlen(e->text), &n) || !ra_num_div(n, ra_num_int(100), &n)) {
            ck_err_expr(ck, e, NULL, "percentage out of range%s%s", NULL, NULL);
            return false;
        }
        *v = ra_v_num(n);
        *t = T_NUM;
        return true;
    case E_MONEY: {
        ra_code cur = ra_currency_lookup(e->name, strlen(e->name));
        if (!cur) {
            ck_err_expr(ck, e, "money is written 1500 SAR, with an ISO 4217 currency",
                        "'%s' is not an ISO 4217 currency%s", e->name, NULL);
            return false;
        }
        if (!ra_num_parse(e->text, strlen(e->text), &n)) {
            ck_err_expr(ck, e, NULL, "amount out of range%s%s", NULL, NULL);
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
            ck_err_expr(ck, e, "dates are real calendar days, YYYY-MM-DD",
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
        if (e->op == OP_NEG && e->a && ck_literal_value(ck, e->a, v, t) &&
            (*t == T_NUM || *t == T_MONEY)) {
            v->u.num.n = -v->u.num.n;
            return true;
        }
        break;
    default:
        break;
    }
    ck_err_expr(ck, e,
                "parameters hold values: numbers, money (1500 SAR), 10%, text, dates, lists, "
                "all, or a table",
                "a parameter value must be a literal%s%s", NULL, NULL);
    return false;
}

/* ---- parameters ---------------------------------------------------------------------- */

static const char *const TABLE_KEYS[] = {"destination", "origin", "sector", "sex", NULL};

/* True when value is one of the allowed values of a text field. */
bool ck_in_domain(ra_row row, const char *field, const char *value)
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
        return ck_literal_value(ck, e, &p->value, (ra_type *)&p->type);
    }
    ra_table tb = {0};
    tb.nkeys = e->nkeys;
    tb.keys = (const char **)e->keys;
    for (size_t k = 0; k < e->nkeys; k++) {
        if (!valid_table_key(e->keys[k])) {
            ck_err(ck, e->pos, e->keys[k], "table keys are destination, origin, sector and sex",
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
                ok = ok || ck_in_domain(ROW_WORKER, "sector", m);
            else if (!strcmp(e->keys[k], "sex"))
                ok = ok || !strcmp(m, "F") || !strcmp(m, "M") || !strcmp(m, "X") || !strcmp(m, "U");
            if (!ok) {
                ck_err(ck, row->pos, m,
                       "a destination/origin is an ISO country code (SA); a sector "
                       "is domestic_work, care ...; sex is F, M, X or U; * is any",
                       "'%s' is not a valid %s", m, e->keys[k]);
                return false;
            }
        }
        ra_type t;
        if (!row->value || !ck_literal_value(ck, row->value, &tb.values[r], &t))
            return false;
        if (vt != T_NULL && t != T_NULL && t != vt) {
            ck_err_expr(ck, row->value, "every row of a table has the same type of value",
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
            ck_err(ck, d->pos, d->name,
                   "each parameter is declared once; a profile changes it with set",
                   "parameter '%s' is declared twice%s", d->name, NULL);
            continue;
        }
        bool is_field = !strcmp(d->name, "as_of") || !strcmp(d->name, "sentence");
        for (int row = 0; row < ROW_COUNT && !is_field; row++)
            is_field = ra_field_find((ra_row)row, d->name) != NULL;
        if (is_field) {
            ck_err(ck, d->pos, d->name, "choose another name", "'%s' is already a field name%s",
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
                ck_suggest(s->target, ck->pack->params[k].name, &best, &bestd);
            char hint[160];
            snprintf(hint, sizeof hint, best ? "did you mean '%s'?" : "%s",
                     best ? best : "a profile can only set parameters the rule pack declares");
            ck_err(ck, s->pos, s->target, hint, "unknown parameter '%s'%s", s->target, NULL);
            continue;
        }
        if (!s->cite) {
            ck_err(ck, s->pos, s->target, "add cite \"instrument, article, year\" to the statement",
                   "the profile sets '%s' without a citation%s", s->target, NULL);
            continue;
        }
        ra_param np = *p;
        if (!s->value || !param_value(ck, s->value, &np))
            continue;
        if (np.type != p->type && np.type != T_NULL && p->type != T_NULL) {
            ck_err(ck, s->pos, s->target, "a profile keeps the type the rule pack declares",
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
                (ra_tmpl_part){ck_strdup(ck, m, (size_t)(lit_end - m)), (size_t)(lit_end - m), NULL,
                               FMT_PLAIN};
            m = lit_end;
            continue;
        }
        if (m[0] == '{' && m[1] == '{') {
            r->message = ck_grow(ck, r->message, r->nmessage, &cap, sizeof *r->message);
            if (ck->nomem)
                return;
            r->message[r->nmessage++] = (ra_tmpl_part){"{", 1, NULL, FMT_PLAIN};
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
            ck_err(ck, pos, m, "close each {expression} with '}' (write {{ for a brace)",
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
            ck_err(ck, fp, f, "formats: usd, money, months, pct, int, days",
                   "unknown format ':%s' in the message%s", f, NULL);
            return;
        }
        /* Columns inside the message: after the opening quote (escapes aside). */
        int col = pos.col + 2 + (int)(m - d->message);
        ra_expr *ex = ra_parse_expr_at(pos.file, m + 1, (size_t)(expr_end - m - 1), pos.line, col,
                                       &ck->pack->arena, ck->diags);
        if (ex) {
            ra_cnode *n = ck_compile(ck, cx, ex);
            if (n) {
                r->message = ck_grow(ck, r->message, r->nmessage, &cap, sizeof *r->message);
                if (ck->nomem)
                    return;
                r->message[r->nmessage++] = (ra_tmpl_part){NULL, 0, n, fmt};
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
        ck_err(ck, d->pos, d->id, hint, "duplicate rule id %s%s", d->id, NULL);
        return;
    }
    if (d->broken)
        return; /* its syntax error says what is wrong */
    ra_rule r = {
        .id = d->id, .title = d->title, .enabled = true, .file = d->pos.file, .line = d->pos.line};
    bool ok = true;
    if (!d->scope) {
        ck_err(ck, d->pos, d->id, "add: scope fee|document|worker|agency|contract|submission",
               "rule %s has no scope%s", d->id, NULL);
        ok = false;
    } else if (!parse_scope(d->scope, &r.scope)) {
        ck_err(ck, d->scope_pos, d->scope,
               "scopes: fee, document, worker, agency, contract, "
               "submission",
               "unknown scope '%s'%s", d->scope, NULL);
        ok = false;
    }
    if (ok && d->per_sentence && r.scope != RA_SCOPE_CONTRACT) {
        ck_err(ck, d->pos, d->id, "for each sentence belongs to contract rules",
               "rule %s reads sentences but its scope is not contract%s", d->id, NULL);
        ok = false;
    }
    if (!d->severity) {
        ck_err(ck, d->pos, d->id, "add: severity info|low|medium|high|critical",
               "rule %s has no severity%s", d->id, NULL);
        ok = false;
    } else if (!ra_severity_parse(d->severity, &r.severity)) {
        ck_err(ck, d->severity_pos, d->severity, "severities: info, low, medium, high, critical",
               "unknown severity '%s'%s", d->severity, NULL);
        ok = false;
    }
    if (d->ncites == 0) {
        ck_err(ck, d->pos, d->id, "add cite \"instrument and article\" (see domain REFERENCE)",
               "rule %s has no citation%s", d->id, NULL);
        ok = false;
    }
    if (!d->when) {
        ck_err(ck, d->pos, d->id, "add: when <condition>", "rule %s has no condition%s", d->id,
               NULL);
        ok = false;
    }
    if (!d->message) {
        ck_err(ck, d->pos, d->id, "add: message \"... {field} ...\"", "rule %s has no message%s",
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
                ck_err(ck, d->lets[i].pos, d->lets[i].name, "give each let its own name",
                       "'%s' is already defined in this rule%s", d->lets[i].name, NULL);
        r.let_names[i] = d->lets[i].name;
        cx.nlets = i; /* a let sees the lets before it */
        r.lets[i] = ck_compile(ck, &cx, d->lets[i].value);
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
    r.when = ck_compile(ck, &cx, d->when);
    r.evidence = cx.evidence;
    if (r.when && r.when->type != T_BOOL && r.when->type != T_NULL) {
        ck_err_expr(ck, d->when, "when takes a condition, e.g. fee.worker_borne",
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
                ck_err(ck, s->pos, s->target, "the rule must exist in the rule pack",
                       "unknown rule %s%s", s->target, NULL);
            continue;
        }
        if (!s->cite) {
            ck_err(ck, s->pos, s->target, "add cite \"...\": why this jurisdiction differs",
                   "the profile changes %s without a citation%s", s->target, NULL);
            continue;
        }
        r->profile_cite = s->cite;
        if (s->kind == PS_DISABLE) {
            r->enabled = false;
        } else if (!s->severity || !ra_severity_parse(s->severity, &r->severity)) {
            ck_err(ck, s->pos, s->severity ? s->severity : s->target,
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
            ck_err(ck, d->pos, d->name, "give each pattern its own name",
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
                ck_err(ck, lp, alt->lang, "a language is an ISO 639-1 code (en, tl, ar ...) or any",
                       "'%s' is not a language code%s", alt->lang, NULL);
                continue;
            }
            char msg[256];
            size_t off = 0;
            ra_regex *re = ra_regex_compile(alt->regex, msg, sizeof msg, &off);
            if (!re) {
                ra_pos rp = alt->pos;
                rp.col += 1 + (int)off;
                ck_err(ck, rp, alt->regex, "PCRE2 syntax; a lookbehind must have a fixed length",
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
