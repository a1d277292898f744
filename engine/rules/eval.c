/* eval.c — a tree-walking evaluator over typed nodes. Null propagates
 * (Kleene logic for and/or/not); money of two currencies meets in USD
 * through the submission's rates, or gives null when a rate is missing. */
#include "eval.h"

#include <stdlib.h>
#include <string.h>

#include "eval_internal.h"
#include "fields.h"

enum { ACC_NULL_SEEN = 1, ACC_HAS_VALUE = 2, ACC_UNCOMPARABLE = 4 };

/* ---- tables ---------------------------------------------------------------------------- */

static bool key_matches(const ra_ctx *cx, const char *key, const char *m)
{
    if (!strcmp(m, "*"))
        return true;
    const ra_worker *w = cx->worker;
    if (!w)
        return false;
    char code[RA_CODE_STR_MAX];
    if (!strcmp(key, "destination") || !strcmp(key, "origin")) {
        ra_country_str(!strcmp(key, "origin") ? w->origin : w->destination, code);
        return !strcmp(code, m);
    }
    if (!strcmp(key, "sector"))
        return !strcmp(ra_sector_name(w->sector), m);
    if (!strcmp(key, "sex"))
        return !strcmp(ra_sex_name(w->sex), m);
    return false;
}

static ra_value table_lookup(const ra_table *t, const ra_ctx *cx)
{
    for (size_t r = 0; r < t->nrows; r++) {
        bool all = true;
        for (size_t k = 0; k < t->nkeys && all; k++)
            all = key_matches(cx, t->keys[k], t->match[r][k]);
        if (all)
            return t->values[r];
    }
    return RA_NULL;
}

ra_value ra_param_for_worker(const ra_pack *pack, const ra_param *p, const ra_worker *w)
{
    if (!p->is_table)
        return p->value;
    ra_ctx cx = {.pack = pack, .worker = w};
    return table_lookup(&pack->tables[p->table], &cx);
}

/* ---- arithmetic ------------------------------------------------------------------------- */

/* Brings two money values to one currency (theirs, or USD). */
static bool same_currency(const ra_ctx *cx, ra_value *a, ra_value *b)
{
    if (a->currency == b->currency)
        return true;
    const ra_rate *rates = cx->sub ? cx->sub->rate_by_currency : NULL;
    if (!ra_money_in_usd(a->u.num, a->currency, rates, &a->u.num) ||
        !ra_money_in_usd(b->u.num, b->currency, rates, &b->u.num))
        return false;
    a->currency = b->currency = ra_usd_code();
    return true;
}

static ra_value num_result(bool ok, ra_num r, ra_vkind kind, ra_code cur)
{
    if (!ok)
        return RA_NULL; /* overflow or division by zero: not computable */
    return (ra_value){.kind = kind, .currency = cur, .u.num = r};
}

static int compare(const ra_ctx *cx, ra_value a, ra_value b, bool *ok)
{
    *ok = true;
    if (a.kind != b.kind && (a.kind == V_MONEY || b.kind == V_MONEY) &&
        (a.kind == V_NUM || b.kind == V_NUM))
        return ra_num_cmp(a.u.num, b.u.num); /* money against zero (checked) */
    switch (a.kind) {
    case V_MONEY:
        if (!same_currency(cx, &a, &b)) {
            *ok = false;
            return 0;
        }
        /* fall through */
    case V_NUM:
        return ra_num_cmp(a.u.num, b.u.num);
    case V_DATE:
        return a.u.date < b.u.date ? -1 : a.u.date > b.u.date;
    case V_STR: {
        size_t n = a.u.str.len < b.u.str.len ? a.u.str.len : b.u.str.len;
        int c = n ? memcmp(a.u.str.ptr, b.u.str.ptr, n) : 0;
        if (c)
            return c < 0 ? -1 : 1;
        return a.u.str.len < b.u.str.len ? -1 : a.u.str.len > b.u.str.len;
    }
    case V_BOOL:
        return (int)a.u.b - (int)b.u.b;
    default:
        *ok = false;
        return 0;
    }
}

/* a in list: a = some item, with = as above (money of two currencies meets
 * in USD); unknown when no item is equal and a comparison is unknown. */
static ra_value in_list(const ra_ctx *cx, ra_value a, const ra_vlist *list)
{
    if (list->all)
        return ra_v_bool(true);
    bool unknown = false;
    for (size_t i = 0; i < list->n; i++) {
        const ra_value *item = &list->items[i];
        if (a.kind == V_MONEY && item->kind == V_MONEY) {
            bool ok;
            int c = compare(cx, a, *item, &ok);
            if (ok && c == 0)
                return ra_v_bool(true);
            unknown = unknown || !ok;
        } else if (ra_value_equal(&a, item)) {
            return ra_v_bool(true);
        }
    }
    return unknown ? RA_NULL : ra_v_bool(false);
}

static ra_value binary(const ra_cnode *n, const ra_ctx *cx)
{
    ra_op op = (ra_op)n->op;
    if (op == OP_AND || op == OP_OR) {
        ra_value a = ra_eval(n->a, cx);
        bool decisive = op == OP_OR; /* true decides or, false decides and */
        if (a.kind == V_BOOL && a.u.b == decisive)
            return a;
        ra_value b = ra_eval(n->b, cx);
        if (b.kind == V_BOOL && b.u.b == decisive)
            return b;
        if (a.kind == V_NULL || b.kind == V_NULL)
            return RA_NULL;
        return ra_v_bool(!decisive);
    }
    ra_value a = ra_eval(n->a, cx), b = ra_eval(n->b, cx);
    if (a.kind == V_NULL || b.kind == V_NULL)
        return RA_NULL;
    ra_num r;
    switch (op) {
    case OP_ADD:
    case OP_SUB:
        if (a.kind == V_DATE && b.kind == V_DATE)
            return ra_v_int((int64_t)a.u.date - b.u.date);
        if (a.kind == V_DATE) {
            /* Whole days; a date outside 1000..9999 is not a date. */
            __int128 days = b.u.num.n / b.u.num.d * (op == OP_ADD ? 1 : -1);
            __int128 d = (__int128)a.u.date + days;
            if (d < ra_date_from_ymd(1000, 1, 1) || d > ra_date_from_ymd(9999, 12, 31))
                return RA_NULL;
            return ra_v_date((ra_date)d);
        }
        if (a.kind == V_MONEY && !same_currency(cx, &a, &b))
            return RA_NULL;
        return num_result(op == OP_ADD ? ra_num_add(a.u.num, b.u.num, &r)
                                       : ra_num_sub(a.u.num, b.u.num, &r),
                          r, a.kind, a.currency);
    case OP_MUL: {
        bool ok = ra_num_mul(a.u.num, b.u.num, &r);
        if (a.kind == V_MONEY)
            return num_result(ok, r, V_MONEY, a.currency);
        if (b.kind == V_MONEY)
            return num_result(ok, r, V_MONEY, b.currency);
        return num_result(ok, r, V_NUM, 0);
    }
    case OP_DIV:
        if (a.kind == V_MONEY && b.kind == V_MONEY) {
            if (!same_currency(cx, &a, &b))
                return RA_NULL;
            return num_result(ra_num_div(a.u.num, b.u.num, &r), r, V_NUM, 0);
        }
        return num_result(ra_num_div(a.u.num, b.u.num, &r), r, a.kind, a.currency);
    case OP_EQ:
    case OP_NE:
    case OP_LT:
    case OP_LE:
    case OP_GT:
    case OP_GE: {
        bool ok;
        int c = compare(cx, a, b, &ok);
        if (!ok)
            return RA_NULL;
        switch (op) {
        case OP_EQ:
            return ra_v_bool(c == 0);
        case OP_NE:
            return ra_v_bool(c != 0);
        case OP_LT:
            return ra_v_bool(c < 0);
        case OP_LE:
            return ra_v_bool(c <= 0);
        case OP_GT:
            return ra_v_bool(c > 0);
        default:
            return ra_v_bool(c >= 0);
        }
    }
    case OP_IN:
    case OP_NOT_IN: {
        if (b.kind != V_LIST)
            return RA_NULL;
        ra_value in = in_list(cx, a, b.u.list);
        if (in.kind == V_BOOL && op == OP_NOT_IN)
            in.u.b = !in.u.b;
        return in;
    }
    default:
        return RA_NULL;
    }
}

/* ---- contract text --------------------------------------------------------------------- */

static void note_limit(const ra_ctx *cx, const ra_pattern *p, const ra_sentence *s)
{
    if (cx->scan && !cx->scan->hit) {
        cx->scan->hit = true;
        cx->scan->pattern = p->name;
        cx->scan->line = s->line;
    }
}

/* Runs pattern slot (negated by slot2 within window words) on sentence i of
 * text, or on its heading; on a match, *hit (when non-NULL) says where. */
static ra_rx_result find(const ra_ctx *cx, const ra_contract_text *text, size_t i, bool heading,
                         int32_t slot, int32_t slot2, int window, ra_rx_hit *hit)
{
    const ra_sentence *s = &text->sentences[i];
    const ra_pattern *p = &cx->pack->patterns[slot];
    const ra_pattern *neg = slot2 >= 0 ? &cx->pack->patterns[slot2] : NULL;
    if (heading && !s->heading)
        return RA_RX_NO;
    /* a sentence of a bilingual text is read in its own language */
    ra_code lang = s->lang ? s->lang : cx->contract->lang;
    ra_rx_result r = ra_rx_find(cx->rx, p, lang, heading ? s->heading : s->view,
                                heading ? s->heading_len : s->view_len, neg, window, hit);
    if (r == RA_RX_LIMIT)
        note_limit(cx, p, s);
    return r;
}

static ra_value match(const ra_cnode *n, const ra_ctx *cx)
{
    const ra_contract_view *c = cx->contract;
    if (!c || !c->text || !cx->rx || cx->sentence >= c->text->n)
        return RA_NULL;
    bool heading = n->a && n->a->field == F_S_HEADING;
    ra_rx_hit hit;
    ra_rx_result r = find(cx, c->text, cx->sentence, heading, n->slot, n->slot2, n->window, &hit);
    if (r == RA_RX_YES && !heading && cx->match_at)
        *cx->match_at = hit.start;
    return r == RA_RX_LIMIT ? RA_NULL : ra_v_bool(r == RA_RX_YES);
}

long ra_ctx_sentence_line(const ra_ctx *cx)
{
    const ra_contract_view *c = cx->contract;
    if (!c || !c->text || cx->sentence >= c->text->n)
        return 0;
    const ra_sentence *s = &c->text->sentences[cx->sentence];
    if (!cx->match_at || *cx->match_at >= s->view_len)
        return s->line;
    return ra_sentence_line_at(c->text, s, *cx->match_at);
}

/* A captured number: digits with the contract language's separators
 * (ra_num_from_text), or a count in words ("one", "twenty-four", "dua belas"). */
static ra_value captured_number(const char *s, size_t len, ra_code lang)
{
    ra_num v;
    if (len && !(s[0] >= '0' && s[0] <= '9'))
        return ra_num_from_words(s, len, &v) ? ra_v_num(v) : RA_NULL;
    /* Languages of the pack that write decimals with a comma. */
    bool decimal_comma = lang && lang == ra_language_lookup("id", 2);
    return ra_num_from_text(s, len, decimal_comma, &v) ? ra_v_num(v) : RA_NULL;
}

static ra_value extract(const ra_cnode *n, const ra_ctx *cx, bool origin, bool as_text)
{
    const ra_contract_view *c = cx->contract;
    const ra_contract_text *text = c ? (origin ? c->origin : c->text) : NULL;
    if (!text || !cx->rx)
        return RA_NULL;
    /* In a per-sentence rule on the main text: this sentence; else the first match. */
    bool this_sentence = !origin && cx->rows_sentence;
    size_t from = this_sentence ? cx->sentence : 0, to = this_sentence ? cx->sentence + 1 : text->n;
    for (size_t i = from; i < to && i < text->n; i++) {
        ra_rx_hit hit;
        if (find(cx, text, i, false, n->slot, -1, 0, &hit) == RA_RX_YES)
            return as_text
                       ? ra_v_str(text->sentences[i].view + hit.cap, hit.cap_len)
                       : captured_number(text->sentences[i].view + hit.cap, hit.cap_len,
                                         text->sentences[i].lang ? text->sentences[i].lang
                                                                 : c->lang);
    }
    return RA_NULL;
}

static ra_value sentence_aggregate(const ra_cnode *n, const ra_ctx *cx)
{
    const ra_contract_view *c = cx->contract;
    if (!c || !c->text)
        return RA_NULL;
    ra_ctx inner = *cx;
    inner.rows_sentence = true;
    inner.match_at = NULL; /* matches in other sentences say nothing of this one */
    uint32_t matched = 0, seen = 0;
    bool unknown = false, has = false;
    ra_value best = RA_NULL;
    ra_num sum = ra_num_int(0);
    for (size_t i = 0; i < c->text->n; i++) {
        inner.sentence = i;
        seen++;
        if (n->b) {
            ra_value f = ra_eval(n->b, &inner);
            if (f.kind == V_NULL)
                unknown = true; /* e.g. a scan limit: not a clean "no" */
            if (f.kind != V_BOOL || !f.u.b)
                continue;
        }
        matched++;
        if (!n->a)
            continue;
        ra_value v = ra_eval(n->a, &inner);
        if (v.kind == V_NULL)
            continue;
        if ((ra_agg_fn)n->op == AGG_SUM) {
            if (!ra_num_add(sum, v.u.num, &sum))
                return RA_NULL;
            has = true;
        } else {
            bool ok = true;
            int cmp = has ? compare(cx, v, best, &ok) : 0;
            if (!has || (ok && (((ra_agg_fn)n->op == AGG_MAX) ? cmp > 0 : cmp < 0)))
                best = v;
            has = true;
        }
    }
    switch ((ra_agg_fn)n->op) {
    case AGG_COUNT:
        return unknown ? RA_NULL : ra_v_int(matched); /* a sentence not fully checked */
    case AGG_ANY:
        return matched ? ra_v_bool(true) : unknown ? RA_NULL : ra_v_bool(false);
    case AGG_ALL:
        return matched == seen ? ra_v_bool(true) : unknown ? RA_NULL : ra_v_bool(false);
    case AGG_SUM:
        return unknown ? RA_NULL : ra_v_num(sum);
    default:
        return unknown ? RA_NULL : best;
    }
}

static ra_value call(const ra_cnode *n, const ra_ctx *cx)
{
    if (n->op == FN_EXTRACT || n->op == FN_ORIGIN_EXTRACT || n->op == FN_EXTRACT_TEXT ||
        n->op == FN_ORIGIN_EXTRACT_TEXT)
        return extract(n, cx, n->op == FN_ORIGIN_EXTRACT || n->op == FN_ORIGIN_EXTRACT_TEXT,
                       n->op == FN_EXTRACT_TEXT || n->op == FN_ORIGIN_EXTRACT_TEXT);
    ra_value a = ra_eval(n->args[0], cx);
    switch ((ra_fn)n->op) {
    case FN_MISSING:
        return ra_v_bool(a.kind == V_NULL);
    case FN_IF: /* only the chosen value is evaluated */
        if (a.kind != V_BOOL)
            return RA_NULL;
        return ra_eval(n->args[a.u.b ? 1 : 2], cx);
    case FN_DEFAULT:
        return a.kind != V_NULL ? a : ra_eval(n->args[1], cx);
    case FN_DAYS: {
        ra_value b = ra_eval(n->args[1], cx);
        if (a.kind != V_DATE || b.kind != V_DATE)
            return RA_NULL;
        return ra_v_int((int64_t)b.u.date - a.u.date);
    }
    case FN_SAME_TEXT: {
        ra_value b = ra_eval(n->args[1], cx);
        if (a.kind != V_STR || b.kind != V_STR)
            return RA_NULL;
        return ra_v_bool(ra_str_same_words(a.u.str.ptr, a.u.str.len, b.u.str.ptr, b.u.str.len));
    }
    case FN_YEAR:
        return a.kind == V_DATE ? ra_v_int(ra_date_year(a.u.date)) : RA_NULL;
    case FN_ABS:
        if (a.kind == V_NUM || a.kind == V_MONEY)
            a.u.num.n = a.u.num.n < 0 ? -a.u.num.n : a.u.num.n;
        return a;
    case FN_USD: {
        if (a.kind != V_MONEY)
            return RA_NULL;
        ra_num usd;
        if (!ra_money_in_usd(a.u.num, a.currency, cx->sub ? cx->sub->rate_by_currency : NULL, &usd))
            return RA_NULL;
        return (ra_value){.kind = V_MONEY, .currency = ra_usd_code(), .u.num = usd};
    }
    case FN_GREATEST:
    case FN_LEAST: {
        ra_value b = ra_eval(n->args[1], cx);
        if (a.kind == V_NULL || b.kind == V_NULL)
            return RA_NULL;
        bool ok;
        int c = compare(cx, a, b, &ok);
        if (!ok)
            return RA_NULL;
        return ((c >= 0) == ((ra_fn)n->op == FN_GREATEST)) ? a : b;
    }
    default:
        return RA_NULL;
    }
}

static uint32_t owner_index(const ra_agg *agg, const ra_ctx *cx)
{
    return agg->owner == ROW_WORKER ? cx->worker_index : cx->agency_index;
}

static ra_value aggregate(const ra_cnode *n, const ra_ctx *cx)
{
    const ra_agg *agg = &cx->pack->aggs[n->slot];
    if (!cx->accs)
        return RA_NULL;
    size_t owner = owner_index(agg, cx);
    const ra_acc *count = &cx->accs->by_agg[n->slot][owner];
    switch (agg->fn) {
    case AGG_COUNT:
        return ra_v_int(count->n);
    case AGG_ANY:
        return ra_v_bool(count->n > 0);
    case AGG_ALL:
        return ra_v_bool(count->n == count->seen);
    default:
        break;
    }
    const ra_accval *acc = &cx->accs->val[n->slot][owner];
    switch (agg->fn) {
    case AGG_SUM:
        if (acc->flags & ACC_NULL_SEEN)
            return RA_NULL; /* never a partial sum */
        if (!(acc->flags & ACC_HAS_VALUE))
            return agg->type == T_MONEY ? (ra_value){.kind = V_MONEY,
                                                     .currency = ra_usd_code(),
                                                     .u.num = ra_num_int(0)}
                                        : ra_v_int(0);
        /* fall through */
    default:
        if (!(acc->flags & ACC_HAS_VALUE) || (acc->flags & ACC_UNCOMPARABLE))
            return RA_NULL;
        if (agg->type == T_DATE)
            return ra_v_date((ra_date)ra_numvec_get(&cx->accs->num[n->slot], owner).n);
        return (ra_value){.kind = agg->type == T_MONEY ? V_MONEY : V_NUM,
                          .currency = acc->currency,
                          .u.num = ra_numvec_get(&cx->accs->num[n->slot], owner)};
    }
}

ra_value ra_eval(const ra_cnode *n, const ra_ctx *cx)
{
    switch ((ra_cnode_kind)n->kind) {
    case CN_CONST:
        return n->k;
    case CN_FIELD:
        return ra_eval_field(n, cx);
    case CN_TABLE:
        return table_lookup(&cx->pack->tables[n->slot], cx);
    case CN_LET:
        return cx->lets[n->slot];
    case CN_AGG:
        return aggregate(n, cx);
    case CN_ASOF:
        return ra_v_date(cx->as_of);
    case CN_UNARY: {
        ra_value a = ra_eval(n->a, cx);
        if (a.kind == V_NULL)
            return a;
        if (n->op == OP_NOT)
            return ra_v_bool(!a.u.b);
        if (a.kind == V_NUM || a.kind == V_MONEY)
            a.u.num.n = -a.u.num.n;
        return a;
    }
    case CN_BINARY:
        return binary(n, cx);
    case CN_CALL:
        return call(n, cx);
    case CN_MATCH:
        return match(n, cx);
    case CN_SAGG:
        return sentence_aggregate(n, cx);
    case CN_ENUM_IN:
        return ra_eval_enum_in(n, cx);
    }
    return RA_NULL;
}

bool ra_eval_true(const ra_cnode *n, const ra_ctx *cx)
{
    ra_value v = ra_eval(n, cx);
    return v.kind == V_BOOL && v.u.b;
}

/* ---- accumulators ----------------------------------------------------------------------- */

bool ra_accs_init(ra_accs *accs, const ra_pack *pack, uint32_t nworkers, uint32_t nagencies)
{
    memset(accs, 0, sizeof *accs);
    accs->pack = pack;
    accs->nworkers = nworkers;
    accs->nagencies = nagencies;
    if (!pack->naggs)
        return true;
    accs->by_agg = calloc(pack->naggs, sizeof *accs->by_agg);
    if (!accs->by_agg)
        return false;
    accs->val = calloc(pack->naggs, sizeof *accs->val);
    accs->num = calloc(pack->naggs, sizeof *accs->num);
    if (!accs->val || !accs->num) {
        ra_accs_free(accs);
        return false;
    }
    for (size_t i = 0; i < pack->naggs; i++) {
        size_t owners = pack->aggs[i].owner == ROW_WORKER ? nworkers : nagencies;
        ra_agg_fn fn = pack->aggs[i].fn;
        bool value = fn == AGG_SUM || fn == AGG_MAX || fn == AGG_MIN;
        accs->by_agg[i] = ra_zalloc(owners, sizeof *accs->by_agg[i]);
        if (value)
            accs->val[i] = ra_zalloc(owners, sizeof *accs->val[i]);
        if (!accs->by_agg[i] ||
            (value && (!accs->val[i] || !ra_numvec_init(&accs->num[i], owners)))) {
            ra_accs_free(accs);
            return false;
        }
    }
    return true;
}

void ra_accs_free(ra_accs *accs)
{
    for (size_t i = 0; accs->pack && i < accs->pack->naggs; i++) {
        if (accs->by_agg)
            free(accs->by_agg[i]);
        if (accs->val)
            free(accs->val[i]);
        if (accs->num)
            ra_numvec_free(&accs->num[i]);
    }
    free(accs->by_agg);
    free(accs->val);
    free(accs->num);
    accs->by_agg = NULL;
    accs->val = NULL;
    accs->num = NULL;
    for (size_t i = 0; i < accs->nblocks; i++)
        free(accs->pool[i]);
    free(accs->pool);
    accs->pool = NULL;
    accs->npool = accs->nblocks = accs->cap_blocks = 0;
}

static void acc_add(ra_accs *accs, size_t agg_index, size_t owner, ra_value v, const ra_ctx *cx)
{
    const ra_agg *agg = &accs->pack->aggs[agg_index];
    ra_accval *acc = &accs->val[agg_index][owner];
    ra_numvec *num = &accs->num[agg_index];
    if (v.kind == V_NULL) {
        if (agg->fn == AGG_SUM)
            acc->flags |= ACC_NULL_SEEN;
        return; /* max/min skip unknown values */
    }
    ra_num x = v.kind == V_DATE ? ra_num_int(v.u.date) : v.u.num;
    if (!(acc->flags & ACC_HAS_VALUE)) {
        if (!ra_numvec_set(num, owner, x))
            accs->nomem = true;
        acc->currency = v.currency;
        acc->flags |= ACC_HAS_VALUE;
        return;
    }
    ra_num cur = ra_numvec_get(num, owner);
    if (v.kind == V_MONEY && v.currency != acc->currency) {
        ra_value a = {.kind = V_MONEY, .currency = acc->currency, .u.num = cur};
        if (!same_currency(cx, &a, &v)) {
            /* Amounts that cannot meet in one currency: no sum, no max, no min. */
            acc->flags |= ACC_NULL_SEEN | ACC_UNCOMPARABLE;
            return;
        }
        cur = a.u.num;
        acc->currency = a.currency;
        x = v.u.num;
    }
    if (agg->fn == AGG_SUM) {
        if (!ra_num_add(cur, x, &cur))
            acc->flags |= ACC_NULL_SEEN;
    } else {
        int c = ra_num_cmp(x, cur);
        if ((agg->fn == AGG_MAX && c > 0) || (agg->fn == AGG_MIN && c < 0))
            cur = x;
    }
    if (!ra_numvec_set(num, owner, cur))
        accs->nomem = true;
}

static long row_line(ra_row over, const ra_ctx *cx)
{
    switch (over) {
    case ROW_FEE:
        return cx->fee ? cx->fee->line : 0;
    case ROW_DOCUMENT:
        return cx->doc ? cx->doc->line : 0;
    case ROW_WORKER:
        return cx->worker ? cx->worker->line : 0;
    default:
        return 0;
    }
}

static ra_row_ref *pool_at(const ra_accs *accs, uint32_t index1)
{
    size_t i = index1 - 1;
    return &accs->pool[i >> RA_POOL_BLOCK_BITS][i & ((1u << RA_POOL_BLOCK_BITS) - 1)];
}

static void remember_row(ra_accs *accs, ra_acc *acc, ra_row over, const ra_ctx *cx)
{
    long line = row_line(over, cx);
    if (line <= 0 || line > UINT32_MAX || accs->npool >= UINT32_MAX - 1)
        return;
    if (accs->npool == accs->nblocks << RA_POOL_BLOCK_BITS) {
        if (accs->nblocks == accs->cap_blocks) {
            size_t cap = accs->cap_blocks ? accs->cap_blocks * 2 : 16;
            ra_row_ref **np = realloc(accs->pool, cap * sizeof *np);
            if (!np) {
                accs->nomem = true;
                return;
            }
            accs->pool = np;
            accs->cap_blocks = cap;
        }
        accs->pool[accs->nblocks] = malloc(sizeof(ra_row_ref) << RA_POOL_BLOCK_BITS);
        if (!accs->pool[accs->nblocks]) {
            accs->nomem = true;
            return;
        }
        accs->nblocks++;
    }
    uint32_t idx1 = (uint32_t)++accs->npool;
    *pool_at(accs, idx1) = (ra_row_ref){(uint32_t)line, acc->rows};
    acc->rows = idx1;
}

size_t ra_acc_rows(const ra_accs *accs, const ra_acc *acc, uint32_t lines[RA_EVIDENCE_ROWS])
{
    size_t n = 0;
    for (uint32_t i = acc->rows; i && n < RA_EVIDENCE_ROWS; i = pool_at(accs, i)->prev)
        lines[n++] = pool_at(accs, i)->line;
    for (size_t a = 0, b = n; a + 1 < b; a++, b--) { /* newest first -> counting order */
        uint32_t t = lines[a];
        lines[a] = lines[b - 1];
        lines[b - 1] = t;
    }
    return n;
}

const ra_acc *ra_accs_get(const ra_accs *accs, size_t agg, const ra_ctx *cx)
{
    return &accs->by_agg[agg][owner_index(&accs->pack->aggs[agg], cx)];
}

void ra_accs_update(ra_accs *accs, ra_row over, const ra_ctx *cx)
{
    const ra_pack *pack = accs->pack;
    for (size_t i = 0; i < pack->naggs; i++) {
        const ra_agg *agg = &pack->aggs[i];
        if (agg->over != over)
            continue;
        size_t owner = owner_index(agg, cx);
        ra_acc *acc = &accs->by_agg[i][owner];
        if (acc->seen != UINT32_MAX)
            acc->seen++;
        if (agg->filter && !ra_eval_true(agg->filter, cx))
            continue;
        if (acc->n != UINT32_MAX)
            acc->n++;
        if (acc->n <= RA_EVIDENCE_ROWS)
            remember_row(accs, acc, over, cx);
        if (agg->value && accs->val[i])
            acc_add(accs, i, owner, ra_eval(agg->value, cx), cx);
    }
}
