/* report_sheets.c — the sheets of rows: Findings (by severity, then the
 * JSONL order), Workers, Fees and Documents (each input file read again,
 * streaming, so every cell keeps the text given, plus derived values),
 * Contracts (clause hits) and Rejected rows. Each continues on "Name (2)"
 * when it reaches the row limit. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "filehash.h"
#include "report_internal.h"
#include "schema.h"

/* ---- evidence (a JSON object) made readable --------------------------------------------- */

typedef struct {
    const char *p, *end;
} jcur;

static void jws(jcur *c)
{
    while (c->p < c->end && (*c->p == ' ' || *c->p == '\t' || *c->p == '\n' || *c->p == '\r'))
        c->p++;
}

static int hexval(char ch)
{
    return ch >= '0' && ch <= '9'   ? ch - '0'
           : ch >= 'a' && ch <= 'f' ? ch - 'a' + 10
           : ch >= 'A' && ch <= 'F' ? ch - 'A' + 10
                                    : -1;
}

static bool jhex4(jcur *c, uint32_t *v)
{
    if (c->end - c->p < 4)
        return false;
    *v = 0;
    for (int i = 0; i < 4; i++) {
        int h = hexval(c->p[i]);
        if (h < 0)
            return false;
        *v = *v << 4 | (uint32_t)h;
    }
    c->p += 4;
    return true;
}

static void put_cp(rep_buf *out, uint32_t cp)
{
    char u[4];
    if (cp == 0 || (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF)
        cp = 0xFFFD;
    if (cp < 0x80) {
        u[0] = (char)cp;
        rep_buf_put(out, u, 1);
    } else if (cp < 0x800) {
        u[0] = (char)(0xC0 | cp >> 6);
        u[1] = (char)(0x80 | (cp & 0x3F));
        rep_buf_put(out, u, 2);
    } else if (cp < 0x10000) {
        u[0] = (char)(0xE0 | cp >> 12);
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[2] = (char)(0x80 | (cp & 0x3F));
        rep_buf_put(out, u, 3);
    } else {
        u[0] = (char)(0xF0 | cp >> 18);
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
        u[3] = (char)(0x80 | (cp & 0x3F));
        rep_buf_put(out, u, 4);
    }
}

/* A JSON string at c->p, decoded into out. */
static bool jstring(jcur *c, rep_buf *out)
{
    if (c->p >= c->end || *c->p != '"')
        return false;
    c->p++;
    while (c->p < c->end && *c->p != '"') {
        if (*c->p != '\\') {
            const char *run = c->p;
            while (c->p < c->end && *c->p != '"' && *c->p != '\\')
                c->p++;
            rep_buf_put(out, run, (size_t)(c->p - run));
            continue;
        }
        if (++c->p >= c->end)
            return false;
        char e = *c->p++;
        uint32_t cp;
        switch (e) {
        case 'n':
            rep_buf_put(out, "\n", 1);
            break;
        case 't':
            rep_buf_put(out, "\t", 1);
            break;
        case 'r':
            rep_buf_put(out, "\r", 1);
            break;
        case 'b':
            rep_buf_put(out, "\b", 1);
            break;
        case 'f':
            rep_buf_put(out, "\f", 1);
            break;
        case 'u':
            if (!jhex4(c, &cp))
                return false;
            if (cp >= 0xD800 && cp <= 0xDBFF && c->end - c->p >= 6 && c->p[0] == '\\' &&
                c->p[1] == 'u') {
                jcur save = *c;
                uint32_t lo;
                c->p += 2;
                if (jhex4(c, &lo) && lo >= 0xDC00 && lo <= 0xDFFF)
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
                else
                    *c = save;
            }
            put_cp(out, cp);
            break;
        default: /* \" \\ \/ */
            rep_buf_put(out, &e, 1);
        }
    }
    if (c->p >= c->end)
        return false;
    c->p++;
    return true;
}

/* Any JSON value as text: strings unquoted, arrays as "a, b", objects as
 * "{k: v, ...}", other tokens as written. */
static bool jvalue(jcur *c, rep_buf *out, int depth)
{
    jws(c);
    if (c->p >= c->end || depth > 32)
        return false;
    char open = *c->p;
    if (open == '"')
        return jstring(c, out);
    if (open == '[' || open == '{') {
        char close = open == '[' ? ']' : '}';
        c->p++;
        if (open == '{')
            rep_buf_put(out, "{", 1);
        jws(c);
        bool first = true;
        while (c->p < c->end && *c->p != close) {
            if (!first) {
                if (*c->p != ',')
                    return false;
                c->p++;
                rep_buf_puts(out, ", ");
            }
            first = false;
            if (open == '{') {
                jws(c);
                if (!jstring(c, out))
                    return false;
                jws(c);
                if (c->p >= c->end || *c->p++ != ':')
                    return false;
                rep_buf_puts(out, ": ");
            }
            if (!jvalue(c, out, depth + 1))
                return false;
            jws(c);
        }
        if (c->p >= c->end)
            return false;
        c->p++;
        if (open == '{')
            rep_buf_put(out, "}", 1);
        return true;
    }
    const char *tok = c->p;
    while (c->p < c->end && !strchr(",]} \t\r\n", *c->p))
        c->p++;
    if (c->p == tok)
        return false;
    rep_buf_put(out, tok, (size_t)(c->p - tok));
    return true;
}

/* Calls back each top-level member of an object; false when it does not parse. */
typedef void (*member_fn)(void *ctx, const char *key, const char *value);

static bool jmembers(const char *json, member_fn fn, void *ctx)
{
    jcur c = {json, json + strlen(json)};
    rep_buf key = {0}, val = {0};
    bool ok = false;
    jws(&c);
    if (c.p >= c.end || *c.p++ != '{')
        goto done;
    jws(&c);
    while (c.p < c.end && *c.p != '}') {
        rep_buf_clear(&key);
        rep_buf_clear(&val);
        if (!jstring(&c, &key))
            goto done;
        jws(&c);
        if (c.p >= c.end || *c.p++ != ':' || !jvalue(&c, &val, 0))
            goto done;
        if (key.nomem || val.nomem)
            goto done;
        fn(ctx, key.p, val.p);
        jws(&c);
        if (c.p < c.end && *c.p == ',') {
            c.p++;
            jws(&c);
        }
    }
    ok = c.p < c.end;
done:
    rep_buf_free(&key);
    rep_buf_free(&val);
    return ok;
}

static void evidence_line(void *ctx, const char *key, const char *value)
{
    rep_buf *out = ctx;
    rep_buf_printf(out, "%s%s: %s", out->n ? "\n" : "", key, value);
}

void rep_evidence_text(rep_buf *out, const char *json)
{
    rep_buf_clear(out);
    if (!json)
        return;
    if (!jmembers(json, evidence_line, out)) {
        rep_buf_clear(out);
        rep_buf_puts(out, json);
    }
}

typedef struct {
    const char *want;
    rep_buf *out;
    bool found;
} member_find;

static void find_member(void *ctx, const char *key, const char *value)
{
    member_find *m = ctx;
    if (!m->found && !strcmp(key, m->want)) {
        rep_buf_clear(m->out);
        rep_buf_puts(m->out, value);
        m->found = true;
    }
}

static bool evidence_member(const char *json, const char *key, rep_buf *out)
{
    member_find m = {key, out, false};
    return json && jmembers(json, find_member, &m) && m.found;
}

/* ---- Findings --------------------------------------------------------------------------- */

static const char *agency_id(const rep *r, uint32_t a)
{
    return a < r->sub->nagencies ? r->sub->agencies[a].id : NULL;
}

static const char *worker_id(const rep *r, uint32_t w)
{
    return w < r->sub->nworkers ? r->sub->workers[w].id : NULL;
}

static void file_line(rep_buf *b, const ra_finding *f)
{
    rep_buf_clear(b);
    if (f->file && f->line)
        rep_buf_printf(b, "%s:%ld", f->file, f->line);
    else if (f->file)
        rep_buf_puts(b, f->file);
}

void rep_findings_sheet(rep *r)
{
    static const rep_col cols[] = {{"Severity", 9, 10}, {"Rule", 9, 10},      {"Title", 16, 24},
                                   {"Agency", 9, 14},   {"Worker", 8, 12},    {"File:line", 10, 18},
                                   {"Message", 30, 46}, {"Evidence", 24, 36}, {"Citation", 24, 34}};
    rep_sheet sh = {0};
    rep_buf ev = {0};
    double width[9] = {0};
    ra_findings_iter *it = rep_findings_begin(r);
    for (const ra_finding *f; it && (f = ra_findings_iter_next(it));) {
        if (f->rule >= r->pack->nrules)
            continue;
        const ra_rule *rule = &r->pack->rules[f->rule];
        const char *cells[9] = {ra_severity_name(f->severity),
                                rule->id,
                                rule->title,
                                agency_id(r, f->agency),
                                worker_id(r, f->worker),
                                NULL,
                                f->message,
                                NULL,
                                rule->citation};
        file_line(&r->tmp, f);
        rep_measure(&width[5], r->tmp.p, r->tmp.n);
        /* The raw JSON: a bound on the readable form's longest line. */
        if (f->evidence && width[7] < cols[7].max)
            rep_measure(&width[7], f->evidence, strlen(f->evidence));
        for (size_t c = 0; c < 9; c++)
            if (cells[c] && width[c] < cols[c].max)
                rep_measure(&width[c], cells[c], strlen(cells[c]));
    }
    rep_findings_end(r, it);
    if (rep_failed(r) || !rep_sheet_open(&sh, r, "Findings", cols, 9, width))
        goto done;
    /* One pass per severity keeps the JSONL order within each, with no copy. */
    for (int sev = RA_SEV_CRITICAL; sev >= RA_SEV_INFO && !rep_failed(r); sev--) {
        if (!r->audit->by_severity[sev])
            continue;
        it = rep_findings_begin(r);
        for (const ra_finding *f; it && !rep_failed(r) && (f = ra_findings_iter_next(it));) {
            if ((int)f->severity != sev || f->rule >= r->pack->nrules)
                continue;
            const ra_rule *rule = &r->pack->rules[f->rule];
            lxw_row_t row = rep_sheet_next(&sh);
            rep_sheet_str(&sh, row, 0, ra_severity_name(f->severity), r->f.sev[f->severity]);
            rep_sheet_str(&sh, row, 1, rule->id, r->f.wrap);
            rep_sheet_str(&sh, row, 2, rule->title, r->f.wrap);
            rep_sheet_str(&sh, row, 3, agency_id(r, f->agency), r->f.wrap);
            rep_sheet_str(&sh, row, 4, worker_id(r, f->worker), r->f.wrap);
            file_line(&r->tmp, f);
            rep_sheet_str(&sh, row, 5, r->tmp.p, r->f.wrap);
            rep_sheet_str(&sh, row, 6, f->message, r->f.wrap);
            rep_evidence_text(&ev, f->evidence);
            rep_sheet_text(&sh, row, 7, ev.p, ev.n, r->f.wrap);
            rep_sheet_str(&sh, row, 8, rule->citation, r->f.wrap);
        }
        rep_findings_end(r, it);
    }
    rep_sheet_none(&sh, "None: no rule fired on this submission.");
done:
    if (ev.nomem)
        r->nomem = true;
    rep_buf_free(&ev);
    rep_sheet_close(&sh);
}

/* ---- Contracts -------------------------------------------------------------------------- */

void rep_contracts_sheet(rep *r)
{
    static const rep_col cols[] = {
        {"Contract file", 14, 30}, {"Line", 6, 8},      {"Severity", 9, 10},
        {"Rule", 9, 10},           {"Title", 18, 30},   {"Workers", 10, 24},
        {"Sentence", 30, 60},      {"Message", 24, 44}, {"Citation", 24, 40}};
    rep_sheet sh = {0};
    rep_buf text = {0};
    double width[9] = {20, 6, 9, 9, 18, 10, 40, 30, 30};
    ra_findings_iter *it = rep_findings_begin(r);
    for (const ra_finding *f; it && (f = ra_findings_iter_next(it));) {
        if (f->scope != RA_SCOPE_CONTRACT || f->rule >= r->pack->nrules)
            continue;
        if (f->file)
            rep_measure(&width[0], f->file, strlen(f->file));
        rep_measure(&width[4], r->pack->rules[f->rule].title,
                    strlen(r->pack->rules[f->rule].title));
        if (f->message)
            rep_measure(&width[7], f->message, strlen(f->message));
    }
    rep_findings_end(r, it);
    if (rep_failed(r) || !rep_sheet_open(&sh, r, "Contracts", cols, 9, width))
        goto done;
    it = rep_findings_begin(r);
    for (const ra_finding *f; it && !rep_failed(r) && (f = ra_findings_iter_next(it));) {
        if (f->scope != RA_SCOPE_CONTRACT || f->rule >= r->pack->nrules)
            continue;
        const ra_rule *rule = &r->pack->rules[f->rule];
        lxw_row_t row = rep_sheet_next(&sh);
        rep_sheet_str(&sh, row, 0, f->file, r->f.wrap);
        if (f->line)
            rep_sheet_num(&sh, row, 1, (double)f->line, r->f.count);
        rep_sheet_str(&sh, row, 2, ra_severity_name(f->severity), r->f.sev[f->severity]);
        rep_sheet_str(&sh, row, 3, rule->id, r->f.wrap);
        rep_sheet_str(&sh, row, 4, rule->title, r->f.wrap);
        if (f->worker != RA_NONE) {
            rep_sheet_str(&sh, row, 5, worker_id(r, f->worker), r->f.wrap);
        } else if (evidence_member(f->evidence, "worker_ids", &text)) {
            rep_buf_clear(&r->tmp);
            rep_buf_puts(&r->tmp, text.p);
            if (evidence_member(f->evidence, "workers", &text))
                rep_buf_printf(&r->tmp, " (%s workers)", text.p);
            rep_sheet_text(&sh, row, 5, r->tmp.p, r->tmp.n, r->f.wrap);
        }
        /* The sentence the rule matched; the whole evidence when it has none. */
        if (!evidence_member(f->evidence, "sentence", &text) &&
            !evidence_member(f->evidence, "sentence.text", &text))
            rep_evidence_text(&text, f->evidence);
        rep_sheet_text(&sh, row, 6, text.p, text.n, r->f.wrap);
        rep_sheet_str(&sh, row, 7, f->message, r->f.wrap);
        rep_sheet_str(&sh, row, 8, rule->citation, r->f.wrap);
    }
    rep_findings_end(r, it);
    bool rules = false;
    for (size_t i = 0; i < r->pack->nrules; i++)
        rules =
            rules || (r->pack->rules[i].scope == RA_SCOPE_CONTRACT && r->pack->rules[i].enabled);
    rep_sheet_none(&sh, !rules ? "None: the rule pack has no contract rule, so no contract text "
                                 "was checked."
                        : !r->sub->contracts_present
                            ? "None: the submission has no contracts/ folder."
                            : "None: no contract rule found a clause in the contract texts.");
done:
    if (text.nomem)
        r->nomem = true;
    rep_buf_free(&text);
    rep_sheet_close(&sh);
}

/* ---- Rejected rows ---------------------------------------------------------------------- */

void rep_rejected_sheet(rep *r)
{
    static const rep_col cols[] = {{"File", 12, 16},
                                   {"Line", 6, 10},
                                   {"Column", 10, 22},
                                   {"Type", 12, 18},
                                   {"Reason", 40, 90}};
    rep_sheet sh;
    const ra_submission *sub = r->sub;
    double width[5] = {10, 6, 12, 12, 30};
    for (size_t i = 0; i < sub->nrejections; i++) {
        const ra_rejection *rj = &sub->rejections[i];
        if (rj->column)
            rep_measure(&width[2], rj->column, strlen(rj->column));
        if (rj->reason)
            rep_measure(&width[4], rj->reason, strlen(rj->reason));
    }
    if (rep_sheet_open(&sh, r, "Rejected rows", cols, 5, width)) {
        for (size_t i = 0; i < sub->nrejections && !rep_failed(r); i++) {
            const ra_rejection *rj = &sub->rejections[i];
            lxw_row_t row = rep_sheet_next(&sh);
            rep_sheet_str(&sh, row, 0, ra_table_file(rj->table), r->f.wrap);
            if (rj->line)
                rep_sheet_num(&sh, row, 1, (double)rj->line, r->f.count);
            rep_sheet_str(&sh, row, 2, rj->column ? rj->column : "(whole row)", r->f.wrap);
            rep_sheet_str(&sh, row, 3, ra_errtype_name(rj->type), r->f.wrap);
            rep_sheet_str(&sh, row, 4, rj->reason, r->f.wrap);
        }
        rep_sheet_none(&sh, "None: every row of every file was accepted.");
    }
    rep_sheet_close(&sh);
}

/* ---- Workers, Fees, Documents: the files as given, and derived values ------------------- */

/* A finding on a row of the file: its line, and its rule. */
typedef struct {
    long line;
    uint32_t rule;
} row_hit;

static int hit_cmp(const void *pa, const void *pb)
{
    const row_hit *a = pa, *b = pb;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->rule < b->rule ? -1 : a->rule > b->rule;
}

/* A row index with the line it sits on, to sort by line. */
typedef struct {
    long line;
    size_t index;
} by_line;

static int by_line_cmp(const void *pa, const void *pb)
{
    const by_line *a = pa, *b = pb;
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index;
}

typedef struct {
    rep *r;
    ra_table_id table;
    const char *file, *base;
    rep_sheet sh;
    bool opened;
    size_t nhead, nderived;
    int c_amount, c_currency; /* fees.csv columns, -1 if absent */
    by_line *rej;             /* this file's rejections, by line */
    size_t nrej, ri;
    row_hit *hits; /* findings on this file's rows, by line */
    size_t nhits, hi;
    by_line *wk; /* workers, by line */
    size_t nwk, wi;
} csv_sheet;

/* Derived columns: min is the width used (their text wraps). */
static const rep_col DERIVED_WORKERS[] = {
    {"Audited", 8, 24},
    {"Wage (USD)", 10, 10},
    {"Worker-borne costs (USD)", 10, 10},
    {"Months of wages paid (SDG 10.7.1)", 11, 11},
    {"Refund due (USD)", 10, 10},
    {"Refund due (as paid)", 16, 16},
    {"Findings", 9, 9},
    {"Rules", 18, 18},
};
static const rep_col DERIVED_FEES[] = {
    {"Audited", 8, 24}, {"Amount (number)", 10, 10}, {"Amount (USD)", 10, 10},
    {"Findings", 9, 9}, {"Rules", 18, 18},
};
static const rep_col DERIVED_DOCUMENTS[] = {
    {"Audited", 8, 24},
    {"Findings", 9, 9},
    {"Rules", 18, 18},
};

static const rep_col *derived_cols(ra_table_id t, size_t *n)
{
    if (t == RA_TABLE_WORKERS) {
        *n = sizeof DERIVED_WORKERS / sizeof DERIVED_WORKERS[0];
        return DERIVED_WORKERS;
    }
    if (t == RA_TABLE_FEES) {
        *n = sizeof DERIVED_FEES / sizeof DERIVED_FEES[0];
        return DERIVED_FEES;
    }
    *n = sizeof DERIVED_DOCUMENTS / sizeof DERIVED_DOCUMENTS[0];
    return DERIVED_DOCUMENTS;
}

/* The row a finding concerns in this file, or 0. */
static long hit_line(const csv_sheet *cs, const ra_finding *f)
{
    const ra_submission *sub = cs->r->sub;
    if (cs->table == RA_TABLE_WORKERS && f->worker < sub->nworkers)
        return sub->workers[f->worker].line;
    if (f->file && f->line && !strcmp(f->file, cs->file))
        return f->line;
    return 0;
}

static bool csv_index(csv_sheet *cs)
{
    rep *r = cs->r;
    const ra_submission *sub = r->sub;
    const ra_findings *fs = &r->audit->findings;
    cs->rej = malloc((sub->nrejections ? sub->nrejections : 1) * sizeof *cs->rej);
    cs->hits = malloc((fs->count ? fs->count : 1) * sizeof *cs->hits);
    if (cs->table == RA_TABLE_WORKERS)
        cs->wk = malloc((sub->nworkers ? sub->nworkers : 1) * sizeof *cs->wk);
    if (!cs->rej || !cs->hits || (cs->table == RA_TABLE_WORKERS && !cs->wk)) {
        r->nomem = true;
        return false;
    }
    for (size_t i = 0; i < sub->nrejections; i++)
        if (sub->rejections[i].table == cs->table)
            cs->rej[cs->nrej++] = (by_line){sub->rejections[i].line, i};
    qsort(cs->rej, cs->nrej, sizeof *cs->rej, by_line_cmp);
    ra_findings_iter *it = rep_findings_begin(r);
    for (const ra_finding *f; it && cs->nhits < fs->count && (f = ra_findings_iter_next(it));) {
        long line = hit_line(cs, f);
        if (line)
            cs->hits[cs->nhits++] = (row_hit){line, f->rule};
    }
    rep_findings_end(r, it);
    if (rep_failed(r))
        return false;
    qsort(cs->hits, cs->nhits, sizeof *cs->hits, hit_cmp);
    if (cs->wk) {
        for (uint32_t w = 0; w < sub->nworkers; w++)
            cs->wk[cs->nwk++] = (by_line){sub->workers[w].line, w};
        qsort(cs->wk, cs->nwk, sizeof *cs->wk, by_line_cmp);
    }
    return true;
}

/* Column widths from the first rows of the file (a quick first read). */
#define SAMPLE_ROWS 500

typedef struct {
    double *width;
    size_t n;
    long rows;
} sample;

static int on_sample(void *ctx, const ra_csv_record *rec)
{
    sample *sm = ctx;
    if (sm->rows++ == 0)
        return 0; /* the header is measured as a title */
    for (size_t k = 0; k < rec->nstored && k < sm->n; k++)
        rep_measure(&sm->width[k], rec->fields[k].ptr, rec->fields[k].len);
    return sm->rows > SAMPLE_ROWS;
}

static void csv_open(csv_sheet *cs, const ra_strv *fields, size_t n)
{
    size_t nd;
    const rep_col *derived = derived_cols(cs->table, &nd);
    if (n > REP_EXCEL_COLS - nd)
        n = REP_EXCEL_COLS - nd;
    rep_col *cols = calloc(n + nd, sizeof *cols);
    if (!cols) {
        cs->r->nomem = true;
        return;
    }
    for (size_t i = 0; i < n; i++) {
        cols[i] = (rep_col){fields[i].ptr, 8, 40};
        if (cs->table == RA_TABLE_FEES && !strcmp(fields[i].ptr, "amount"))
            cs->c_amount = (int)i;
        if (cs->table == RA_TABLE_FEES && !strcmp(fields[i].ptr, "currency"))
            cs->c_currency = (int)i;
    }
    memcpy(cols + n, derived, nd * sizeof *cols);
    cs->nhead = n;
    cs->nderived = nd;
    double *width = calloc(n + nd, sizeof *width);
    if (!width) {
        free(cols);
        cs->r->nomem = true;
        return;
    }
    const ra_file_stats *fst = &cs->r->sub->files[cs->table];
    if (fst->present) {
        sample sm = {width, n, 0};
        ra_csv_limits lim = {64u << 20, 256u << 20, REP_EXCEL_COLS};
        ra_csv_stats stats;
        ra_error err;
        ra_csv_read_file(fst->path, cs->file, &lim, on_sample, &sm, &stats, &err);
    }
    for (size_t i = 0; i < nd; i++)
        width[n + i] = derived[i].min;
    for (size_t i = 0; i < cs->nrej; i++) {
        const ra_rejection *rj = &cs->r->sub->rejections[cs->rej[i].index];
        if (rj->reason)
            rep_measure(&width[n], rj->reason, strlen(rj->reason));
    }
    rep_sheet_open(&cs->sh, cs->r, cs->base, cols, n + nd, width);
    free(width);
    cs->opened = true; /* even on failure: rep_sheet_close frees what it holds */
    free(cols);
}

/* "yes", or why the row was rejected. */
static void write_audited(csv_sheet *cs, lxw_row_t row, long line, bool *rejected)
{
    const ra_submission *sub = cs->r->sub;
    while (cs->ri < cs->nrej && cs->rej[cs->ri].line < line)
        cs->ri++;
    *rejected = cs->ri < cs->nrej && cs->rej[cs->ri].line == line;
    rep_buf *b = &cs->r->tmp;
    rep_buf_clear(b);
    if (*rejected) {
        const ra_rejection *rj = &sub->rejections[cs->rej[cs->ri].index];
        rep_buf_printf(b, "no: %s: %s", ra_errtype_name(rj->type), rj->reason ? rj->reason : "");
    } else {
        rep_buf_puts(b, "yes");
    }
    rep_sheet_text(&cs->sh, row, cs->nhead, b->p, b->n, cs->r->f.wrap);
}

/* The findings count and the distinct rule ids on this row. */
static void write_hits(csv_sheet *cs, lxw_row_t row, long line, size_t col)
{
    rep *r = cs->r;
    while (cs->hi < cs->nhits && cs->hits[cs->hi].line < line)
        cs->hi++;
    size_t count = 0;
    rep_buf_clear(&r->tmp);
    for (; cs->hi < cs->nhits && cs->hits[cs->hi].line == line; cs->hi++, count++) {
        uint32_t rule = cs->hits[cs->hi].rule;
        if (count && cs->hits[cs->hi - 1].rule == rule)
            continue;
        if (rule < r->pack->nrules)
            rep_buf_printf(&r->tmp, "%s%s", r->tmp.n ? ", " : "", r->pack->rules[rule].id);
    }
    rep_sheet_num(&cs->sh, row, col, (double)count, r->f.count);
    rep_sheet_text(&cs->sh, row, col + 1, r->tmp.p, r->tmp.n, r->f.wrap);
}

static void write_worker(csv_sheet *cs, lxw_row_t row, long line)
{
    rep *r = cs->r;
    const ra_submission *sub = r->sub;
    const ra_indicators *ind = &r->audit->indicators;
    size_t c = cs->nhead + 1;
    while (cs->wi < cs->nwk && cs->wk[cs->wi].line < line)
        cs->wi++;
    if (cs->wi >= cs->nwk || cs->wk[cs->wi].line != line) {
        write_hits(cs, row, line, c + 5);
        return;
    }
    uint32_t w = (uint32_t)cs->wk[cs->wi].index;
    const ra_worker *wk = &sub->workers[w];
    bool have = w < ind->nworkers;
    ra_money usd;
    char code[RA_CODE_STR_MAX];
    ra_currency_str(wk->wage_currency, code);
    if (!wk->wage_usable) {
        rep_sheet_str(&cs->sh, row, c, "no usable wage", r->f.wrap);
    } else if (ra_submission_to_usd(sub, wk->wage_currency, wk->monthly_wage, &usd)) {
        rep_sheet_num(&cs->sh, row, c, rep_money_double(usd), r->f.money);
    } else {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp, "no exchange rate for %s", code);
        rep_sheet_text(&cs->sh, row, c, r->tmp.p, r->tmp.n, r->f.wrap);
    }
    if (have && ind->fee_no_rate && ind->fee_no_rate[w])
        rep_sheet_str(&cs->sh, row, c + 1, "unknown: a cost in a currency without exchange rate",
                      r->f.wrap);
    else if (have && ind->borne_usd.v)
        rep_sheet_num(&cs->sh, row, c + 1, rep_num_double(ra_numvec_get(&ind->borne_usd, w)),
                      r->f.money);
    if (have && ind->status && ind->status[w] == RA_SDG_OK && ind->ratio)
        rep_sheet_num(&cs->sh, row, c + 2, rep_num_double(ind->ratio[w]), r->f.ratio);
    else if (have && ind->status) {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp, "not computed: %s", ra_sdg_status_text(ind->status[w]));
        rep_sheet_text(&cs->sh, row, c + 2, r->tmp.p, r->tmp.n, r->f.wrap);
    }
    if (have && ind->refund_no_rate && ind->refund_no_rate[w])
        rep_sheet_str(&cs->sh, row, c + 3, "unknown: a currency without exchange rate", r->f.wrap);
    else if (have && ind->refund_usd.v)
        rep_sheet_num(&cs->sh, row, c + 3, rep_num_double(ra_numvec_get(&ind->refund_usd, w)),
                      r->f.money);
    /* worker_refunds is sorted by worker: find its first entry. */
    size_t lo = 0, hi = ind->nworker_refunds;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ind->worker_refunds[mid].owner < w)
            lo = mid + 1;
        else
            hi = mid;
    }
    rep_buf_clear(&r->tmp);
    for (; lo < ind->nworker_refunds && ind->worker_refunds[lo].owner == w; lo++) {
        char amount[RA_MONEY_FMT_MAX], cur[RA_CODE_STR_MAX];
        if (ind->worker_refunds[lo].beyond_range)
            snprintf(amount, sizeof amount, "beyond range");
        else
            ra_money_format(ind->worker_refunds[lo].amount, amount);
        ra_currency_str(ind->worker_refunds[lo].currency, cur);
        rep_buf_printf(&r->tmp, "%s%s %s", r->tmp.n ? "; " : "", amount, cur);
    }
    rep_sheet_text(&cs->sh, row, c + 4, r->tmp.p, r->tmp.n, r->f.wrap);
    write_hits(cs, row, line, c + 5);
}

static void write_fee(csv_sheet *cs, lxw_row_t row, const ra_csv_record *rec)
{
    rep *r = cs->r;
    size_t c = cs->nhead + 1;
    ra_money amount;
    bool have = cs->c_amount >= 0 && (size_t)cs->c_amount < rec->nstored &&
                ra_money_parse(rec->fields[cs->c_amount].ptr, rec->fields[cs->c_amount].len,
                               &amount) == RA_NUM_OK;
    if (have) {
        rep_sheet_num(&cs->sh, row, c, rep_money_double(amount), r->f.money);
        ra_code cur = cs->c_currency >= 0 && (size_t)cs->c_currency < rec->nstored
                          ? ra_currency_lookup(rec->fields[cs->c_currency].ptr,
                                               rec->fields[cs->c_currency].len)
                          : RA_CODE_NONE;
        ra_money usd;
        if (cur && ra_submission_to_usd(r->sub, cur, amount, &usd))
            rep_sheet_num(&cs->sh, row, c + 1, rep_money_double(usd), r->f.money);
        else
            rep_sheet_str(&cs->sh, row, c + 1, "no exchange rate", r->f.wrap);
    }
    write_hits(cs, row, rec->line, c + 2);
}

static int on_record(void *ctx, const ra_csv_record *rec)
{
    csv_sheet *cs = ctx;
    rep *r = cs->r;
    if (rep_failed(r))
        return 1;
    if (!cs->opened) {
        csv_open(cs, rec->fields, rec->nstored);
        return rep_failed(r);
    }
    lxw_row_t row = rep_sheet_next(&cs->sh);
    for (size_t k = 0; k < rec->nstored; k++) {
        /* Cells beyond the header go after the derived columns. */
        size_t col = k < cs->nhead ? k : k + cs->nderived;
        rep_sheet_text(&cs->sh, row, col, rec->fields[k].ptr, rec->fields[k].len, r->f.wrap);
    }
    bool rejected;
    write_audited(cs, row, rec->line, &rejected);
    if (cs->table == RA_TABLE_WORKERS)
        write_worker(cs, row, rec->line);
    else if (cs->table == RA_TABLE_FEES && !rejected)
        write_fee(cs, row, rec);
    else if (cs->table == RA_TABLE_FEES)
        write_hits(cs, row, rec->line, cs->nhead + 3);
    else
        write_hits(cs, row, rec->line, cs->nhead + 1);
    return rep_failed(r);
}

/* The sheet shows the file as it is now; it must be the file the audit read
 * (and the Manifest lists), or its rows would sit beside another row's
 * findings. Checked after writing: a failed report is never renamed into
 * place. */
static ra_status same_as_audited(rep *r, ra_table_id table, const ra_csv_stats *stats,
                                 ra_error *err)
{
    const ra_file_stats *f = &r->sub->files[table];
    const char *name = ra_table_file(table);
    if (stats->records != f->csv.records || stats->lines != f->csv.lines)
        return ra_error_set(err, RA_ERR_INPUT, f->path, 0, 0,
                            "changed while the audit ran: %ld records on %ld lines now, %ld on "
                            "%ld audited; audit again",
                            stats->records, stats->lines, f->csv.records, f->csv.lines);
    const ra_manifest *m = r->in->manifest;
    for (size_t i = 0; i < m->nfiles; i++) {
        if (strcmp(m->files[i].path, name))
            continue;
        char hex[RA_SHA256_HEX_MAX];
        uint64_t size;
        ra_status st = ra_file_sha256(f->path, hex, &size, err);
        if (st != RA_OK)
            return st;
        if (strcmp(hex, m->files[i].sha256))
            return ra_error_set(err, RA_ERR_INPUT, f->path, 0, 0,
                                "changed while the audit ran: its SHA-256 is not the one in the "
                                "manifest; audit again");
        break;
    }
    return RA_OK;
}

void rep_csv_sheet(rep *r, ra_table_id table, const char *base)
{
    const ra_submission *sub = r->sub;
    csv_sheet cs = {.r = r, .table = table, .file = ra_table_file(table), .base = base};
    cs.c_amount = cs.c_currency = -1;
    if (!csv_index(&cs))
        goto done;
    if (sub->files[table].present) {
        /* The loader's limits, so that the records are the ones it audited
         * (a field over the limit splits a record differently). */
        ra_csv_stats stats;
        ra_error err;
        ra_status st = ra_csv_read_file(sub->files[table].path, cs.file, &sub->limits, on_record,
                                        &cs, &stats, &err);
        if (st == RA_OK)
            st = same_as_audited(r, table, &stats, &err);
        if (st != RA_OK && r->fail == RA_OK) {
            r->fail = st;
            r->ferr = err;
        }
    }
    if (!cs.opened && !rep_failed(r)) {
        /* Absent or empty file: the schema's columns, no rows. */
        const ra_table_schema *schema = ra_schema_get(table);
        ra_strv names[RA_SCHEMA_MAX_COLS];
        size_t n = schema ? schema->ncols : 0;
        for (size_t i = 0; i < n; i++)
            names[i] = (ra_strv){schema->cols[i].name, strlen(schema->cols[i].name)};
        csv_open(&cs, names, n);
    }
    if (cs.opened) {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp,
                       sub->files[table].present ? "None: %s has no rows."
                                                 : "None: the submission has no %s.",
                       cs.file);
        rep_sheet_none(&cs.sh, r->tmp.p);
    }
done:
    if (cs.opened)
        rep_sheet_close(&cs.sh);
    free(cs.rej);
    free(cs.hits);
    free(cs.wk);
}
