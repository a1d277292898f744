/* eval_fields.c — reading a field of the row at hand: each row kind's
 * fields as values (codes as text, tri-states as "yes"/"no"/"not recorded",
 * derived fields such as age group, days held, licence validity), and the
 * enum fields as value indexes for the compiled `in` masks. */
#include <string.h>

#include "eval_internal.h"
#include "fields.h"

ra_code ra_usd_code(void)
{
    return RA_USD;
}

static ra_value code_str(const ra_ctx *cx, ra_field_id f, ra_code c,
                         void (*fmt)(ra_code, char[RA_CODE_STR_MAX]))
{
    if (c == RA_CODE_NONE)
        return RA_NULL;
    char *buf = cx->scratch[f];
    fmt(c, buf);
    return ra_v_str(buf, strlen(buf));
}

static ra_value tri_str(ra_tri t)
{
    return t == RA_TRI_YES  ? ra_v_cstr("yes")
           : t == RA_TRI_NO ? ra_v_cstr("no")
                            : ra_v_cstr("not recorded");
}

static ra_value enum_str(const char *s)
{
    return s && *s ? ra_v_cstr(s) : RA_NULL;
}

static const char *age_group(int age)
{
    if (age < 15)
        return "under 15";
    if (age <= 24)
        return "15-24";
    if (age <= 34)
        return "25-34";
    if (age <= 44)
        return "35-44";
    if (age <= 54)
        return "45-54";
    return "55+";
}

static ra_value money_or_null(bool known, ra_money m, ra_code cur)
{
    return known ? ra_v_money(m, cur) : RA_NULL;
}

static ra_value fee_field(const ra_ctx *cx, ra_field_id f)
{
    const ra_fee *fee = cx->fee;
    if (!fee)
        return RA_NULL;
    switch (f) {
    case F_FEE_ID:
        return ra_v_cstr(fee->fee_id);
    case F_FEE_WORKER_ID:
        return ra_v_cstr(cx->sub->workers[fee->worker].id);
    case F_FEE_AGENCY_ID:
        return ra_v_cstr(cx->sub->agencies[fee->agency].id);
    case F_FEE_CATEGORY:
        return enum_str(ra_category_name(fee->category));
    case F_FEE_AMOUNT:
        return ra_v_money(fee->amount, fee->currency);
    case F_FEE_CURRENCY:
        return code_str(cx, f, fee->currency, ra_currency_str);
    case F_FEE_AMOUNT_USD:
        return money_or_null(fee->usd_known, fee->amount_usd, ra_usd_code());
    case F_FEE_PAID_BY:
        return enum_str(ra_payer_name(fee->paid_by));
    case F_FEE_PAID_ON:
        return ra_v_date(fee->paid_on);
    case F_FEE_METHOD:
        return enum_str(ra_method_name(fee->method));
    case F_FEE_RECEIPT:
        return tri_str(fee->receipt);
    case F_FEE_DISCLOSED:
        return tri_str(fee->disclosed);
    case F_FEE_WORKER_BORNE:
        return ra_v_bool(fee->worker_borne);
    case F_FEE_LINE:
        return ra_v_int(fee->line);
    default:
        return RA_NULL;
    }
}

static ra_value doc_field(const ra_ctx *cx, ra_field_id f)
{
    const ra_document *d = cx->doc;
    if (!d)
        return RA_NULL;
    switch (f) {
    case F_DOC_WORKER_ID:
        return ra_v_cstr(cx->sub->workers[d->worker].id);
    case F_DOC_AGENCY_ID:
        return ra_v_cstr(cx->sub->agencies[d->agency].id);
    case F_DOC_DOCUMENT:
        return enum_str(ra_doc_kind_name(d->document));
    case F_DOC_HOLDER:
        return enum_str(ra_holder_name(d->holder));
    case F_DOC_HELD_FROM:
        return ra_v_date(d->held_from);
    case F_DOC_HELD_UNTIL:
        return ra_v_date(d->held_until);
    case F_DOC_CONSENT:
        return tri_str(d->consent);
    case F_DOC_REASON:
        return ra_v_cstr(d->reason);
    case F_DOC_DAYS_HELD: {
        ra_date end = d->held_until != RA_DATE_NULL ? d->held_until : cx->as_of;
        return ra_v_int((int64_t)end - d->held_from);
    }
    case F_DOC_HELD_ON_AS_OF:
        return ra_v_bool(d->held_from <= cx->as_of &&
                         (d->held_until == RA_DATE_NULL || d->held_until > cx->as_of));
    case F_DOC_LINE:
        return ra_v_int(d->line);
    default:
        return RA_NULL;
    }
}

static ra_value worker_field(const ra_ctx *cx, ra_field_id f)
{
    const ra_worker *w = cx->worker;
    if (!w)
        return RA_NULL;
    int as_of_year = f == F_W_AGE || f == F_W_AGE_GROUP ? ra_date_year(cx->as_of) : 0;
    switch (f) {
    case F_W_ID:
        return ra_v_cstr(w->id);
    case F_W_AGENCY_ID:
        return ra_v_cstr(cx->sub->agencies[w->agency].id);
    case F_W_SEX:
        return enum_str(ra_sex_name(w->sex));
    case F_W_BIRTH_YEAR:
        return w->birth_year ? ra_v_int(w->birth_year) : RA_NULL;
    case F_W_AGE:
        return w->birth_year ? ra_v_int(as_of_year - w->birth_year) : RA_NULL;
    case F_W_AGE_GROUP:
        return ra_v_cstr(w->birth_year ? age_group(as_of_year - w->birth_year) : "unknown");
    case F_W_ORIGIN:
        return code_str(cx, f, w->origin, ra_country_str);
    case F_W_DESTINATION:
        return code_str(cx, f, w->destination, ra_country_str);
    case F_W_CORRIDOR: {
        char *buf = cx->scratch[f], o[RA_CODE_STR_MAX], d[RA_CODE_STR_MAX];
        ra_country_str(w->origin, o);
        ra_country_str(w->destination, d);
        memcpy(buf, o, 2);
        buf[2] = '-';
        memcpy(buf + 3, d, 2);
        buf[5] = '\0';
        return ra_v_str(buf, 5);
    }
    case F_W_SECTOR:
        return enum_str(ra_sector_name(w->sector));
    case F_W_OCCUPATION:
        return ra_v_cstr(w->occupation);
    case F_W_MONTHLY_WAGE:
        return money_or_null(w->wage_usable, w->monthly_wage, w->wage_currency);
    case F_W_WAGE_CURRENCY:
        return code_str(cx, f, w->wage_currency, ra_currency_str);
    case F_W_WAGE_USD: {
        ra_money usd;
        bool ok = w->wage_usable &&
                  ra_submission_to_usd(cx->sub, w->wage_currency, w->monthly_wage, &usd);
        return money_or_null(ok, ok ? usd : 0, ra_usd_code());
    }
    case F_W_LANGUAGE:
        return code_str(cx, f, w->language, ra_language_str);
    case F_W_CONTRACT_ID:
        return ra_v_cstr(w->contract_id);
    case F_W_CONTRACT_LANGUAGE:
        return code_str(cx, f, w->contract_language, ra_language_str);
    case F_W_CONTRACT_SIGNED_ON:
        return ra_v_date(w->contract_signed_on);
    case F_W_RECRUITED_ON:
        return ra_v_date(w->recruited_on);
    case F_W_DEPLOYED_ON:
        return ra_v_date(w->deployed_on);
    case F_W_DEPLOYED:
        return ra_v_bool(w->deployed_on != RA_DATE_NULL && w->deployed_on <= cx->as_of);
    case F_W_CONTRACT_FILE:
        return ra_v_bool(cx->contract_file && cx->contract_file[cx->worker_index]);
    case F_W_LINE:
        return ra_v_int(w->line);
    default:
        return RA_NULL;
    }
}

static ra_value agency_field(const ra_ctx *cx, ra_field_id f)
{
    const ra_agency *a = cx->agency;
    if (!a)
        return RA_NULL;
    switch (f) {
    case F_A_ID:
        return ra_v_cstr(a->id);
    case F_A_NAME:
        return ra_v_cstr(a->name);
    case F_A_LICENCE_NO:
        return ra_v_cstr(a->licence_no);
    case F_A_VALID_FROM:
        return ra_v_date(a->licence_valid_from);
    case F_A_VALID_UNTIL:
        return ra_v_date(a->licence_valid_until);
    case F_A_COUNTRY:
        return code_str(cx, f, a->country, ra_country_str);
    case F_A_LICENCE_VALID:
        return ra_v_bool(
            (a->licence_valid_from == RA_DATE_NULL || a->licence_valid_from <= cx->as_of) &&
            (a->licence_valid_until == RA_DATE_NULL || cx->as_of <= a->licence_valid_until));
    case F_A_WORKERS:
        return cx->agency_workers ? ra_v_int(cx->agency_workers[cx->agency_index]) : RA_NULL;
    case F_A_LINE:
        return ra_v_int(a->line);
    default:
        return RA_NULL;
    }
}

static ra_value dq_field(const ra_ctx *cx, ra_field_id f)
{
    const ra_dq_event *e = cx->dq;
    if (!e)
        return RA_NULL;
    switch (f) {
    case F_DQ_KIND:
        return ra_v_cstr(e->kind);
    case F_DQ_FILE:
        return ra_v_cstr(e->file);
    case F_DQ_LINE:
        return e->line ? ra_v_int(e->line) : RA_NULL;
    case F_DQ_COLUMN:
        return ra_v_cstr(e->column);
    case F_DQ_TYPE:
        return ra_v_cstr(e->type);
    case F_DQ_MESSAGE:
        return ra_v_cstr(e->message);
    default:
        return RA_NULL;
    }
}

static ra_value contract_field(const ra_ctx *cx, ra_field_id f)
{
    const ra_contract_view *c = cx->contract;
    if (!c)
        return RA_NULL;
    switch (f) {
    case F_C_ID:
        return ra_v_cstr(c->id);
    case F_C_LANGUAGE:
        return code_str(cx, f, c->lang, ra_language_str);
    case F_C_WORKERS:
        return ra_v_int(c->nworkers);
    case F_C_WORKER_ID:
        return ra_v_cstr(c->worker_id);
    case F_C_HAS_ORIGIN:
        return ra_v_bool(c->origin != NULL);
    case F_C_SENTENCES:
        return ra_v_int(c->text ? (int64_t)c->text->n : 0);
    case F_C_WAGE:
        return c->wage;
    case F_S_TEXT:
    case F_S_LINE:
    case F_S_HEADING: {
        if (!c->text || cx->sentence >= c->text->n)
            return RA_NULL;
        const ra_sentence *s = &c->text->sentences[cx->sentence];
        if (f == F_S_HEADING)
            return s->heading ? ra_v_str(s->heading, s->heading_len) : RA_NULL;
        return f == F_S_TEXT ? ra_v_str(s->text, s->len) : ra_v_int(ra_ctx_sentence_line(cx));
    }
    default:
        return RA_NULL;
    }
}

/* yes, no, not recorded: the order of the YESNO values in fields.c. */
static int tri_index(ra_tri t)
{
    return t == RA_TRI_YES ? 1 : t == RA_TRI_NO ? 2 : 3;
}

/* The 1-based value index of an enum-backed field (fields.c), 0 for null. */
static int enum_index(uint16_t field, const ra_ctx *cx)
{
    const ra_fee *fee = cx->fee;
    const ra_document *d = cx->doc;
    const ra_worker *w = cx->worker;
    switch ((ra_field_id)field) {
    case F_FEE_CATEGORY:
        return fee ? (int)fee->category : 0;
    case F_FEE_PAID_BY:
        return fee ? (int)fee->paid_by : 0;
    case F_FEE_METHOD:
        return fee ? (int)fee->method : 0;
    case F_FEE_RECEIPT:
        return fee ? tri_index(fee->receipt) : 0;
    case F_FEE_DISCLOSED:
        return fee ? tri_index(fee->disclosed) : 0;
    case F_DOC_DOCUMENT:
        return d ? (int)d->document : 0;
    case F_DOC_HOLDER:
        return d ? (int)d->holder : 0;
    case F_DOC_CONSENT:
        return d ? tri_index(d->consent) : 0;
    case F_W_SEX:
        return w ? (int)w->sex : 0;
    case F_W_SECTOR:
        return w ? (int)w->sector : 0;
    default:
        return 0;
    }
}

ra_value ra_eval_enum_in(const ra_cnode *n, const ra_ctx *cx)
{
    int i = enum_index(n->a->field, cx);
    if (i == 0)
        return RA_NULL;
    bool in = (n->k.u.num.n >> i) & 1;
    return ra_v_bool(n->op == OP_NE || n->op == OP_NOT_IN ? !in : in);
}

ra_value ra_eval_field(const ra_cnode *n, const ra_ctx *cx)
{
    switch ((ra_row)n->row) {
    case ROW_FEE:
        return fee_field(cx, (ra_field_id)n->field);
    case ROW_DOCUMENT:
        return doc_field(cx, (ra_field_id)n->field);
    case ROW_WORKER:
        return worker_field(cx, (ra_field_id)n->field);
    case ROW_AGENCY:
        return agency_field(cx, (ra_field_id)n->field);
    case ROW_DQ:
        return dq_field(cx, (ra_field_id)n->field);
    case ROW_CONTRACT:
    case ROW_SENTENCE:
        return contract_field(cx, (ra_field_id)n->field);
    default:
        return RA_NULL;
    }
}
