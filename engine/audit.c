/* audit.c — the audit driver. Fees and documents are seen once, as the
 * loader streams them: their rules run and the aggregates over them are
 * updated then, so memory grows with workers, not with fee rows. */
#include "audit.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "audit_internal.h"
#include "intern.h"
#include "utf8.h"

#define EVIDENCE_MAX 8192
#define MESSAGE_MAX 2048

/* ---- small text builder on a fixed buffer ------------------------------------------- */

typedef struct {
    char *buf;
    size_t size, len;
    bool cut;
} textbuf;

static void tb_puts(textbuf *t, const char *s, size_t n)
{
    if (t->len + n >= t->size) {
        n = ra_utf8_cut(s, n, t->size - t->len - 1);
        t->cut = true;
    }
    memcpy(t->buf + t->len, s, n);
    t->len += n;
    t->buf[t->len] = '\0';
}

static void tb_str(textbuf *t, const char *s)
{
    tb_puts(t, s, strlen(s));
}

/* A string literal, its length known when compiled. */
#define tb_lit(t, s) tb_puts((t), (s), sizeof(s) - 1)

static void tb_json(textbuf *t, const char *s, size_t n)
{
    tb_puts(t, "\"", 1);
    size_t run = 0;
    for (size_t i = ra_json_plain_run(s, n); i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != 0x7f && c != '"' && c != '\\') {
            /* UTF-8 was validated on input; skip to the plain run's last byte */
            i += ra_json_plain_run(s + i + 1, n - i - 1);
            continue;
        }
        tb_puts(t, s + run, i - run);
        run = i + 1;
        char esc[6];
        tb_puts(t, esc, ra_json_escape_byte(c, esc));
    }
    tb_puts(t, s + run, n - run);
    tb_puts(t, "\"", 1);
}

/* ---- values in messages and evidence ------------------------------------------------- */

/* buf = the an bytes at a, then the literal suffix, cut to size, through
 * the text builder (no snprintf: this runs for every value of every
 * finding's message); returns the length written. */
static size_t join2(char *buf, size_t size, const char *a, size_t an, const char *suffix, size_t sn)
{
    textbuf t = {buf, size, 0, false};
    buf[0] = '\0';
    tb_puts(&t, a, an);
    tb_puts(&t, suffix, sn);
    return t.len;
}

/* join2 with a literal for a (and "" for the suffix), or for the suffix. */
#define JOIN_LIT(buf, size, lit) join2((buf), (size), (lit), sizeof(lit) - 1, "", 0)
#define JOIN_NUM(buf, size, num, n, lit) join2((buf), (size), (num), (n), (lit), sizeof(lit) - 1)

/* Writes v into buf as a message shows it; returns the length written. */
static size_t format_for_message(const ra_value *v, ra_fmt fmt, const ra_ctx *cx, char *buf,
                                 size_t size)
{
    if (v->kind == V_NULL)
        return JOIN_LIT(buf, size, "unknown");
    char num[64];
    switch (fmt) {
    case FMT_USD:
        if (v->kind == V_MONEY) {
            ra_num usd;
            if (!ra_money_in_usd(v->u.num, v->currency, cx->sub->rate_by_currency, &usd))
                return JOIN_LIT(buf, size, "unknown (no rate)");
            size_t n = ra_num_format(usd, 2, num, sizeof num);
            return JOIN_NUM(buf, size, num, n, " USD");
        }
        break;
    case FMT_MONTHS:
        if (v->kind == V_NUM) {
            size_t n = ra_num_format(v->u.num, 2, num, sizeof num);
            return JOIN_NUM(buf, size, num, n, " months");
        }
        break;
    case FMT_PCT:
        if (v->kind == V_NUM) {
            ra_num pct;
            if (ra_num_mul(v->u.num, ra_num_int(100), &pct)) {
                size_t n = ra_num_format(pct, 1, num, sizeof num);
                return JOIN_NUM(buf, size, num, n, "%");
            }
        }
        break;
    case FMT_INT:
    case FMT_DAYS:
        if (v->kind == V_NUM) {
            size_t n = ra_num_format(v->u.num, 0, num, sizeof num);
            if (fmt == FMT_DAYS)
                return JOIN_NUM(buf, size, num, n, " days");
            return JOIN_NUM(buf, size, num, n, "");
        }
        break;
    default:
        break;
    }
    return ra_value_format(v, buf, size);
}

/* The memo's key for a message part that shows a field of the row (or of
 * its worker or agency, which the row determines) in a format; 0 for any
 * other part. */
static uint32_t memo_key(const ra_tmpl_part *p)
{
    const ra_cnode *x = p->expr;
    if (x->kind != CN_FIELD || (x->row != ROW_FEE && x->row != ROW_DOCUMENT &&
                                x->row != ROW_WORKER && x->row != ROW_AGENCY))
        return 0;
    return (uint32_t)x->row << 24 | (uint32_t)x->field << 8 | ((uint32_t)p->fmt & 0xff);
}

/* Writes the rule's message into out; returns its length. memo: the
 * values already shown for this row (id), or NULL. */
static size_t render_message(const ra_rule *r, const ra_ctx *cx, msg_memo *memo, const identity *id,
                             char *out, size_t size)
{
    if (memo && (memo->file != id->file || memo->line != id->line)) {
        memo->file = id->file;
        memo->line = id->line;
        memo->n = 0;
    }
    textbuf t = {out, size, 0, false};
    out[0] = '\0';
    for (size_t i = 0; i < r->nmessage; i++) {
        const ra_tmpl_part *p = &r->message[i];
        if (p->text) {
            tb_puts(&t, p->text, p->text_len);
            continue;
        }
        uint32_t key = memo ? memo_key(p) : 0;
        uint32_t k = 0;
        while (key && k < memo->n && memo->e[k].key != key)
            k++;
        if (key && k < memo->n) {
            tb_puts(&t, memo->e[k].text, memo->e[k].len);
            continue;
        }
        ra_value v = ra_eval(p->expr, cx);
        char val[256];
        if (v.kind == V_STR) { /* a long text (a sentence) is cut between characters */
            size_t n = ra_utf8_cut(v.u.str.ptr, v.u.str.len, sizeof val - 1);
            tb_puts(&t, v.u.str.ptr, n);
            if (n < v.u.str.len)
                tb_lit(&t, "\xe2\x80\xa6"); /* U+2026, the ellipsis */
            continue;
        }
        size_t n = format_for_message(&v, p->fmt, cx, val, sizeof val);
        tb_puts(&t, val, n);
        if (key && n < MSG_MEMO_TEXT && memo->n < MSG_MEMO_ENTRIES) {
            memo->e[memo->n].key = key;
            memo->e[memo->n].len = (uint32_t)n;
            memcpy(memo->e[memo->n].text, val, n);
            memo->n++;
        }
    }
    return t.len;
}

static void evidence_value(textbuf *t, const ra_value *v)
{
    char buf[256];
    switch (v->kind) {
    case V_NULL:
        tb_lit(t, "null");
        return;
    case V_BOOL:
        if (v->u.b)
            tb_lit(t, "true");
        else
            tb_lit(t, "false");
        return;
    case V_NUM:
        tb_puts(t, buf, ra_value_format(v, buf, sizeof buf));
        return;
    case V_STR:
        tb_json(t, v->u.str.ptr, v->u.str.len);
        return;
    default:
        tb_json(t, buf, ra_value_format(v, buf, sizeof buf));
    }
}

/* Writes the rule's evidence object into out; returns its length. */
static size_t render_evidence(const ra_rule *r, const ra_ctx *cx, char *out, size_t size)
{
    /* Members fill all but 40 bytes, kept for the truncation mark and '}'. */
    textbuf t = {out, size - 40, 0, false};
    tb_lit(&t, "{");
    size_t complete = t.len; /* end of the last member written whole */
    for (size_t i = 0; i < r->nevidence && !t.cut; i++) {
        if (i)
            tb_lit(&t, ",");
        tb_puts(&t, r->evidence[i].key, r->evidence[i].key_len);
        ra_value v = ra_eval(r->evidence[i].expr, cx);
        evidence_value(&t, &v);
        if (!t.cut)
            complete = t.len;
    }
    if (t.cut) {
        /* Keep the JSON valid: drop the cut member and say so. */
        t.len = complete;
        out[t.len] = '\0';
        t.cut = false;
        t.size = size;
        tb_str(&t, complete > 1 ? ",\"evidence_truncated\":true" : "\"evidence_truncated\":true");
    }
    t.size = size;
    tb_lit(&t, "}");
    return t.len;
}

/* ---- rules ---------------------------------------------------------------------------------- */

static void compute_lets(const ra_rule *r, const ra_ctx *cx)
{
    for (size_t i = 0; i < r->nlets; i++)
        cx->lets[i] = r->lets[i] ? ra_eval(r->lets[i], cx) : RA_NULL;
}

/* Writes v in decimal (no NUL); returns the digit count, at most 10. */
static size_t u32_digits(uint32_t v, char *out)
{
    char tmp[10];
    size_t n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    for (size_t i = 0; i < n; i++)
        out[i] = tmp[n - 1 - i];
    return n;
}

/* ,"rows":["fees.csv:12",...],"rows_count":N — the rows behind a worker or
 * agency finding: the first RA_EVIDENCE_ROWS its aggregates counted. */
/* Adds member (one or more JSON members, m bytes) to the object in ev,
 * strlen(ev) == len, when it fits in size bytes; returns the object's
 * length after. */
static size_t add_member(char *ev, size_t size, size_t len, const char *member, size_t m)
{
    if (len < 2 || len + m + 2 >= size)
        return len;
    bool sep = len > 2; /* "{}" holds no member yet */
    snprintf(ev + len - 1, size - len + 1, "%s%s}", sep ? "," : "", member);
    return len + m + sep;
}

static size_t append_rows(const auditor *a, const ra_rule *r, const ra_ctx *cx, char *evidence,
                          size_t size, size_t len)
{
    if (!r->naggs || (r->scope != RA_SCOPE_WORKER && r->scope != RA_SCOPE_AGENCY))
        return len;
    char rows[RA_EVIDENCE_ROWS * 40 + 64];
    textbuf t = {rows, sizeof rows, 0, false};
    rows[0] = '\0';
    tb_lit(&t, "\"rows\":[");
    size_t listed = 0;
    uint32_t most = 0; /* the largest count of one aggregate */
    bool all_listed = true;
    for (size_t k = 0; k < r->naggs; k++) {
        const ra_agg *agg = &a->pack->aggs[r->aggs[k]];
        const ra_acc *acc = ra_accs_get(&a->accs, (size_t)r->aggs[k], cx);
        if (acc->n > most)
            most = acc->n;
        if (acc->n > RA_EVIDENCE_ROWS)
            all_listed = false;
        const char *file = agg->over == ROW_FEE        ? "fees.csv"
                           : agg->over == ROW_DOCUMENT ? "documents.csv"
                                                       : "workers.csv";
        uint32_t lines[RA_EVIDENCE_ROWS];
        size_t nlines = ra_acc_rows(&a->accs, acc, lines);
        for (size_t i = 0; i < nlines && listed < RA_EVIDENCE_ROWS; i++) {
            char item[48]; /* ,"file:line" */
            size_t nf = strlen(file), o = 0;
            item[o++] = ',';
            item[o++] = '"';
            memcpy(item + o, file, nf);
            o += nf;
            item[o++] = ':';
            o += u32_digits(lines[i], item + o);
            item[o++] = '"';
            item[o] = '\0';
            if (strstr(rows, item + 1))
                continue; /* the same row counted by two aggregates */
            tb_puts(&t, listed ? item : item + 1, listed ? o : o - 1);
            listed++;
        }
    }
    /* Exact when every row was listed (distinct rows); otherwise the count of
     * the largest aggregate, which aggregates over the same rows share. */
    if (listed == RA_EVIDENCE_ROWS)
        all_listed = false;
    uint32_t count = all_listed ? (uint32_t)listed : (most > listed ? most : (uint32_t)listed);
    char num[16];
    tb_lit(&t, "],\"rows_count\":");
    tb_puts(&t, num, u32_digits(count, num));
    return t.cut ? len : add_member(evidence, size, len, rows, t.len);
}

static void fire(auditor *a, uint32_t rule_index, const ra_ctx *cx, const identity *id)
{
    const ra_rule *r = &a->pack->rules[rule_index];
    char message[MESSAGE_MAX], evidence[EVIDENCE_MAX];
    /* Rows only: a contract's file name is rebuilt in one buffer for each
     * contract, and its findings are not about one row. */
    bool row = r->scope == RA_SCOPE_FEE || r->scope == RA_SCOPE_DOCUMENT ||
               r->scope == RA_SCOPE_WORKER || r->scope == RA_SCOPE_AGENCY;
    size_t mlen = render_message(r, cx, row ? &a->memo : NULL, id, message, sizeof message);
    size_t elen = render_evidence(r, cx, evidence, sizeof evidence);
    elen = append_rows(a, r, cx, evidence, sizeof evidence, elen);
    long line = id->line;
    if (id->end_line) {
        /* a sentence: the finding is on the line of the match; the evidence
         * gives the lines the whole sentence spans */
        line = ra_ctx_sentence_line(cx);
        char span[64];
        int n = snprintf(span, sizeof span, "\"sentence_lines\":[%ld,%ld]", id->line, id->end_line);
        elen = add_member(evidence, sizeof evidence, elen, span, (size_t)n);
    }
    if (id->extra_evidence) /* "worker_count":N,"worker_ids":[...] */
        elen = add_member(evidence, sizeof evidence, elen, id->extra_evidence,
                          strlen(id->extra_evidence));
    ra_finding f = {
        .rule = rule_index,
        .scope = r->scope,
        .severity = r->severity,
        .agency = id->agency,
        .worker = id->worker,
        .file = id->file,
        .line = line,
        .fee_id = id->fee_id,
        .contract_id = id->contract_id,
        .message = message,
        .evidence = evidence,
        .len[RA_FS_MESSAGE] = (uint32_t)mlen,
        .len[RA_FS_EVIDENCE] = (uint32_t)elen,
    };
    if (!ra_findings_add(&a->out->findings, &f))
        a->nomem = true;
    else
        a->out->by_severity[r->severity]++;
}

/* Prints each sub-condition of a condition with its value. */
static void explain_node(FILE *out, const ra_cnode *n, const ra_ctx *cx, int depth)
{
    ra_value v = ra_eval(n, cx);
    char val[256];
    ra_value_format(&v, val, sizeof val);
    fprintf(out, "%*s%s  =>  %s\n", 4 + 2 * depth, "", n->src ? n->src : "(expression)", val);
    bool boolean_op = (n->kind == CN_BINARY && (n->op == OP_AND || n->op == OP_OR)) ||
                      (n->kind == CN_UNARY && n->op == OP_NOT);
    if (boolean_op) {
        explain_node(out, n->a, cx, depth + 1);
        if (n->b)
            explain_node(out, n->b, cx, depth + 1);
    }
}

static void explain_rule(auditor *a, const ra_rule *r, const ra_ctx *cx, const char *what)
{
    FILE *out = a->opts->explain_out ? a->opts->explain_out : stdout;
    bool fires = ra_eval_true(r->when, cx);
    fprintf(out, "%s %s [%s%s] on %s: %s\n", r->id, r->title, ra_severity_name(r->severity),
            r->enabled ? "" : ", disabled by the profile", what, fires ? "FIRES" : "does not fire");
    for (size_t i = 0; i < r->nlets; i++) {
        char val[256];
        ra_value_format(&cx->lets[i], val, sizeof val);
        fprintf(out, "    let %s = %s\n", r->let_names[i], val);
    }
    explain_node(out, r->when, cx, 0);
    a->out->explained = true;
}

/* Does --explain ask about this row or sentence (by file and any of its
 * lines, or its worker's id)? */
static bool explain_wanted(const auditor *a, const identity *id, const ra_worker *w)
{
    if (!a->opts->explain)
        return false;
    if (a->explain_file) {
        long last = id->end_line > id->line ? id->end_line : id->line;
        return a->explain_line >= id->line && a->explain_line <= last &&
               !strcmp(id->file ? id->file : "", a->explain_file);
    }
    return w && !strcmp(w->id, a->opts->explain);
}

void audit_run_rules(auditor *a, ra_scope scope, const ra_ctx *cx, const identity *id)
{
    const ra_worker *w = id->worker != RA_NONE ? &a->sub->workers[id->worker] : NULL;
    bool explain = explain_wanted(a, id, w);
    char what[320];
    if (explain) {
        snprintf(what, sizeof what, "%s:%ld", id->file ? id->file : "", id->line);
        a->out->explained = true; /* the row exists, whether or not a rule applies */
    }
    for (uint32_t i = 0; i < a->pack->nrules; i++) {
        const ra_rule *r = &a->pack->rules[i];
        if (r->scope != scope || (!r->enabled && !explain) || r->per_sentence != cx->rows_sentence)
            continue;
        if (cx->match_at)
            *cx->match_at = SIZE_MAX;
        compute_lets(r, cx);
        if (explain) {
            explain_rule(a, r, cx, what);
            /* explaining evaluates every branch: start the match over */
            if (cx->match_at)
                *cx->match_at = SIZE_MAX;
            compute_lets(r, cx);
        }
        if (r->enabled && ra_eval_true(r->when, cx) && !audit_repeated(a, i, cx))
            fire(a, i, cx, id);
        if (cx->scan && cx->scan->hit) {
            char msg[512];
            snprintf(msg, sizeof msg,
                     "scan incomplete: pattern '%s' of rule %s reached the PCRE2 match limit on "
                     "the sentence at %s:%ld; that sentence was not fully checked",
                     cx->scan->pattern, r->id, id->file ? id->file : "", cx->scan->line);
            audit_dq(a, "scan-incomplete", id->file ? id->file : "", cx->scan->line, msg);
            cx->scan->hit = false;
        }
    }
}

/* ---- set-up --------------------------------------------------------------------------------- */

bool ra_contract_id_safe(const char *id)
{
    size_t n = id ? strlen(id) : 0;
    if (n == 0 || n > 128 || id[0] == '.')
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = id[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '.' || c == '_' || c == '-'))
            return false;
    }
    return true;
}

static bool contract_exists(const ra_submission *sub, const char *id)
{
    if (!sub->contracts_present || !ra_contract_id_safe(id))
        return false;
    char path[4400];
    snprintf(path, sizeof path, "%s/contracts/%s.txt", sub->dir, id);
    struct stat st;
    /* lstat: a symbolic link is not a contract on file (it may point outside). */
    return lstat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Builds the per-worker tables once the workers are loaded: at the first
 * streamed fee or document, or after loading when none streamed. From a
 * streamed row, the contract scan may start on its own thread (the loader
 * no longer changes what it reads). */
static bool prepare(auditor *a, const ra_submission *sub, bool streaming)
{
    if (a->ready)
        return !a->nomem;
    a->ready = true;
    a->sub = (ra_submission *)sub;
    if (a->opts->early_findings) /* agencies and workers are loaded: their ids are known */
        ra_findings_early_bind(a->opts->early_findings, sub);
    uint32_t nw = sub->nworkers, na = sub->nagencies;
    a->contract_file = calloc(nw ? nw : 1, sizeof *a->contract_file);
    a->agency_workers = calloc(na ? na : 1, sizeof *a->agency_workers);
    a->lets = calloc(a->pack->max_lets ? a->pack->max_lets : 1, sizeof *a->lets);
    if (!a->contract_file || !a->agency_workers || !a->lets ||
        !ra_accs_init(&a->accs, a->pack, nw, na) ||
        !ra_indicators_init(&a->out->indicators, a->pack, nw)) {
        a->nomem = true;
        return false;
    }
    /* Many workers share a contract: ask the file system once per contract. */
    ra_strmap seen; /* contract id -> 1 if on file, 0 if not */
    ra_strmap_init(&seen);
    for (uint32_t i = 0; i < nw && !a->nomem; i++) {
        const char *id = sub->workers[i].contract_id;
        a->agency_workers[sub->workers[i].agency]++;
        if (!id)
            continue;
        size_t len = strlen(id);
        uint32_t on_file;
        if (!ra_strmap_get(&seen, id, len, &on_file)) {
            on_file = contract_exists(sub, id);
            if (ra_strmap_put(&seen, id, len, on_file, NULL, NULL) < 0)
                a->nomem = true;
        }
        a->contract_file[i] = on_file;
    }
    ra_strmap_free(&seen);
    if (a->nomem)
        return false;
    if (streaming) {
        audit_contracts_start(a);
        audit_stream_start(a, sub);
    }
    return true;
}

ra_ctx audit_context(auditor *a)
{
    return (ra_ctx){
        .pack = a->pack,
        .sub = a->sub,
        .as_of = a->opts->as_of,
        .accs = &a->accs,
        .contract_file = a->contract_file,
        .agency_workers = a->agency_workers,
        .lets = a->lets,
        .scratch = a->scratch,
    };
}

/* ---- streaming rows ------------------------------------------------------------------------- */

int audit_fee(auditor *a, const ra_submission *sub, const ra_fee *fee)
{
    ra_ctx cx = audit_context(a);
    cx.fee = fee;
    cx.worker = &sub->workers[fee->worker];
    cx.worker_index = fee->worker;
    cx.agency = &sub->agencies[fee->agency];
    cx.agency_index = fee->agency;
    identity id = {.agency = fee->agency,
                   .worker = fee->worker,
                   .file = "fees.csv",
                   .line = fee->line,
                   .fee_id = fee->fee_id};
    audit_run_rules(a, RA_SCOPE_FEE, &cx, &id);
    ra_accs_update(&a->accs, ROW_FEE, &cx);
    ra_indicators_add_fee(&a->out->indicators, sub, fee);
    a->nomem = a->nomem || a->accs.nomem;
    return a->nomem;
}

int audit_document(auditor *a, const ra_submission *sub, const ra_document *doc)
{
    ra_ctx cx = audit_context(a);
    cx.doc = doc;
    cx.worker = &sub->workers[doc->worker];
    cx.worker_index = doc->worker;
    cx.agency = &sub->agencies[doc->agency];
    cx.agency_index = doc->agency;
    identity id = {
        .agency = doc->agency, .worker = doc->worker, .file = "documents.csv", .line = doc->line};
    audit_run_rules(a, RA_SCOPE_DOCUMENT, &cx, &id);
    ra_accs_update(&a->accs, ROW_DOCUMENT, &cx);
    a->nomem = a->nomem || a->accs.nomem;
    return a->nomem;
}

static int on_fee(void *p, const ra_submission *sub, const ra_fee *fee)
{
    auditor *a = p;
    /* Once the stream runs, its thread owns a->nomem: do not read it here. */
    if (!a->ready && !prepare(a, sub, true))
        return 1;
    return a->stream ? audit_stream_fee(a, fee) : audit_fee(a, sub, fee);
}

static int on_document(void *p, const ra_submission *sub, const ra_document *doc)
{
    auditor *a = p;
    if (!a->ready && !prepare(a, sub, true))
        return 1;
    return a->stream ? audit_stream_document(a, doc) : audit_document(a, sub, doc);
}

/* The submission is about to be freed: no thread may read it any more. */
static void on_abandon(void *p)
{
    audit_stream_stop(p);
    audit_contracts_stop(p);
}

/* ---- after loading ------------------------------------------------------------------------- */

static void agency_phase(auditor *a)
{
    const ra_submission *sub = a->sub;
    ra_ctx cx = audit_context(a);
    for (uint32_t i = 0; i < sub->nagencies && !a->nomem; i++) {
        cx.agency = &sub->agencies[i];
        cx.agency_index = i;
        identity id = {
            .agency = i, .worker = RA_NONE, .file = "agencies.csv", .line = cx.agency->line};
        audit_run_rules(a, RA_SCOPE_AGENCY, &cx, &id);
    }
}

void audit_dq(auditor *a, const char *kind, const char *file, long line, const char *message)
{
    if (a->ndq == a->cap_dq) {
        size_t cap = a->cap_dq ? a->cap_dq * 2 : 16;
        ra_dq_event *n = realloc(a->dq, cap * sizeof *n);
        if (!n) {
            a->nomem = true;
            return;
        }
        a->dq = n;
        a->cap_dq = cap;
    }
    const char *f = ra_arena_strndup(&a->arena, file, strlen(file));
    const char *m = ra_arena_strndup(&a->arena, message, strlen(message));
    if (!f || !m) {
        a->nomem = true;
        return;
    }
    a->dq[a->ndq++] = (ra_dq_event){kind, f, NULL, NULL, m, line};
}

static void submission_phase(auditor *a)
{
    const ra_submission *sub = a->sub;
    ra_ctx cx = audit_context(a);
    for (size_t i = 0; i < sub->nrejections && !a->nomem; i++) {
        const ra_rejection *r = &sub->rejections[i];
        ra_dq_event e = {"rejected-row", ra_table_file(r->table),
                         r->column,      ra_errtype_name(r->type),
                         r->reason,      r->line};
        cx.dq = &e;
        identity id = {.agency = RA_NONE, .worker = RA_NONE, .file = e.file, .line = e.line};
        audit_run_rules(a, RA_SCOPE_SUBMISSION, &cx, &id);
    }
    for (size_t i = 0; i < sub->nnotes && !a->nomem; i++) {
        const ra_note *n = &sub->notes[i];
        ra_dq_event e = {
            ra_note_kind_name(n->kind), ra_table_file(n->table), NULL, NULL, n->message, n->line};
        cx.dq = &e;
        identity id = {.agency = RA_NONE, .worker = RA_NONE, .file = e.file, .line = e.line};
        audit_run_rules(a, RA_SCOPE_SUBMISSION, &cx, &id);
    }
    for (size_t i = 0; i < a->ndq && !a->nomem; i++) {
        cx.dq = &a->dq[i];
        identity id = {
            .agency = RA_NONE, .worker = RA_NONE, .file = a->dq[i].file, .line = a->dq[i].line};
        audit_run_rules(a, RA_SCOPE_SUBMISSION, &cx, &id);
    }
}

/* The SDG indicator and the refunds read only the submission and what the
 * fee stream put into the indicators, which no rule reads or writes: they
 * are finished on a thread of their own while the rules after loading run. */
typedef struct {
    ra_indicators *ind;
    const ra_submission *sub;
    ra_date as_of;
    bool ok;
} indicators_job;

static void *finish_indicators(void *p)
{
    indicators_job *j = p;
    j->ok = ra_indicators_finish(j->ind, j->sub, j->as_of);
    return NULL;
}

/* ---- public --------------------------------------------------------------------------------- */

void ra_audit_opts_default(ra_audit_opts *opts)
{
    memset(opts, 0, sizeof *opts);
    ra_load_opts_default(&opts->load);
    opts->as_of = RA_DATE_NULL;
}

void ra_audit_free(ra_audit *a)
{
    ra_submission_free(a->sub);
    ra_findings_free(&a->findings);
    ra_indicators_free(&a->indicators);
    a->sub = NULL;
}

ra_status ra_audit_run(const char *dir, const ra_pack *pack, const ra_audit_opts *opts,
                       ra_audit *out, ra_error *err)
{
    memset(out, 0, sizeof *out);
    if (opts->as_of == RA_DATE_NULL)
        return ra_error_set(err, RA_ERR_USAGE, NULL, 0, 0, "no as-of date");
    if (!ra_findings_init(&out->findings, pack, opts->findings_memory))
        return ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory");
    if (opts->early_findings)
        ra_findings_write_early(&out->findings, opts->early_findings);
    auditor a = {.pack = pack, .opts = opts, .out = out};
    ra_arena_init(&a.arena, 16 * 1024);
    char explain_file[256] = "";
    if (opts->explain) {
        const char *colon = strrchr(opts->explain, ':');
        char *end = NULL;
        long line = colon ? strtol(colon + 1, &end, 10) : 0;
        if (colon && end && !*end && line > 0 && (size_t)(colon - opts->explain) < 255) {
            snprintf(explain_file, sizeof explain_file, "%.*s", (int)(colon - opts->explain),
                     opts->explain);
            a.explain_file = explain_file;
            a.explain_line = line;
        }
    }
    ra_load_sink sink = {&a, on_fee, on_document, on_abandon};
    ra_load_opts load = opts->load;
    load.sink = &sink;
    ra_status st = ra_submission_load(dir, &load, &out->sub, err);
    /* The rows still in the stream are audited once the load succeeded. */
    if (st == RA_OK)
        audit_stream_finish(&a);
    else
        audit_stream_stop(&a);
    a.nomem = a.nomem || a.stream_nomem;
    if (st == RA_ERR_USAGE && a.nomem)
        st = ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory during the audit");
    if (st == RA_OK)
        ra_progress_begin(opts->load.progress, RA_STAGE_CHECK, 0);
    if (st == RA_OK && prepare(&a, out->sub, false)) {
        indicators_job ind = {&out->indicators, out->sub, opts->as_of, false};
        pthread_t ind_thread;
        bool threaded =
            !opts->inline_rules && pthread_create(&ind_thread, NULL, finish_indicators, &ind) == 0;
        audit_worker_phase(&a);
        agency_phase(&a);
        audit_contract_phase(&a);
        submission_phase(&a);
        if (threaded)
            pthread_join(ind_thread, NULL);
        else
            finish_indicators(&ind);
        if (!ind.ok)
            a.nomem = true;
    }
    audit_contracts_stop(&a); /* a scan still running when the audit failed */
    if (st == RA_OK && !a.nomem && !a.findings_error && !ra_findings_finish(&out->findings))
        a.nomem = true;
    int ferr = a.findings_error ? a.findings_error : ra_findings_error(&out->findings);
    const ra_findings_early *early = opts->early_findings;
    if (early && ra_findings_early_unordered(early)) {
        st = ra_error_set(err, RA_ERR_USAGE, dir, 0, 0,
                          "the fee and document findings came out of order: they cannot be "
                          "written as they are found");
    } else if (early && ra_findings_early_error(early) &&
               ra_findings_early_error(early) != ENOMEM && (st == RA_OK || a.nomem)) {
        st = ra_error_set(err, RA_ERR_IO, dir, 0, 0, "cannot write the findings: %s",
                          strerror(ra_findings_early_error(early)));
    } else if ((st == RA_OK || a.nomem) && ferr && ferr != ENOMEM) {
        const char *tmp = getenv("TMPDIR");
        st = ra_error_set(err, RA_ERR_IO, tmp && *tmp ? tmp : "/tmp", 0, 0,
                          "cannot keep the findings in a temporary file: %s", strerror(ferr));
    } else if (st == RA_OK && a.nomem) {
        st = ra_error_set(err, RA_ERR_NOMEM, dir, 0, 0, "out of memory during the audit");
    }
    ra_accs_free(&a.accs);
    ra_rx_free(a.rx);
    free(a.dq);
    ra_arena_free(&a.arena);
    free(a.contract_file);
    free(a.agency_workers);
    free(a.lets);
    free(a.fired);
    free(a.reach);
    return st;
}
