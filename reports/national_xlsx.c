/* national_xlsx.c — national.xlsx: the national figures of a batch or of
 * merged shards as a workbook for publication. Cells are written through the
 * audit report's safe helpers (report_internal.h): text as strings only,
 * sheets that continue when full, the same print setup. */
#include "national_xlsx.h"

#include "tempfile.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "isocodes.h"
#include "manifest.h"
#include "report_internal.h"

#define SUPP_PRIMARY "suppressed (fewer than k workers)"
#define SUPP_SECONDARY "suppressed (protects another cell)"

typedef struct {
    rep r; /* the audit report's writer state: formats, scratch buffers, errors */
    const ra_national *nat;
    const ra_national_meta *meta;
    lxw_format *supp, *share, *rank, *after; /* after: text right of a number */
    size_t audited, failed;
} nx;

static const char *const DIM_NAMES[RA_NAT_DIMS] = {"sex", "age", "corridor", "sector"};

static const char *or_unknown(const char *s)
{
    return s && *s ? s : "unknown (no submission was audited)";
}

/* ---- labels ----------------------------------------------------------------------------- */

static bool is_all(const char *key)
{
    return !strcmp(key, "*");
}

/* A dimension's value as a reader says it: "women", "domestic work". */
static void value_label(rep_buf *b, int dim, const char *key)
{
    if (is_all(key)) {
        rep_buf_puts(b, "all");
    } else if (dim == 0) {
        rep_buf_puts(b, !strcmp(key, "F")   ? "women"
                        : !strcmp(key, "M") ? "men"
                        : !strcmp(key, "X") ? "X (another)"
                        : !strcmp(key, "U") ? "U (unknown)"
                                            : key);
    } else if (dim == 3) {
        for (const char *p = key; *p; p++)
            rep_buf_put(b, *p == '_' ? " " : p, 1);
    } else {
        rep_buf_puts(b, key);
    }
}

/* "PH → SA (Philippines → Saudi Arabia)" for "PH-SA". */
static void corridor_label(rep_buf *b, const char *key)
{
    const char *dash = strchr(key, '-');
    if (!dash) {
        rep_buf_puts(b, key);
        return;
    }
    ra_code o = ra_country_lookup(key, (size_t)(dash - key));
    ra_code d = ra_country_lookup(dash + 1, strlen(dash + 1));
    const char *on = o ? ra_country_name(o) : NULL, *dn = d ? ra_country_name(d) : NULL;
    rep_buf_printf(b, "%.*s → %s", (int)(dash - key), key, dash + 1);
    if (on && dn)
        rep_buf_printf(b, " (%s → %s)", on, dn);
}

/* The one dimension a one-way cell sets, -1 for the total, -2 otherwise. */
static int one_way_dim(const ra_nat_cell *c)
{
    int dim = -1;
    for (int k = 0; k < RA_NAT_DIMS; k++) {
        if (is_all(c->key[k]))
            continue;
        if (dim >= 0)
            return -2;
        dim = k;
    }
    return dim;
}

/* "SDG 10.7.1 — women", "SDG 10.7.1 — age 25-34", "SDG 10.7.1 — corridor PH → SA (...)". */
static void sdg_label(rep_buf *b, const ra_nat_cell *c)
{
    int dim = one_way_dim(c);
    rep_buf_clear(b);
    rep_buf_puts(b, "SDG 10.7.1 — ");
    switch (dim) {
    case -1:
        rep_buf_puts(b, "all");
        break;
    case 0:
        if (!strcmp(c->key[0], "X") || !strcmp(c->key[0], "U"))
            rep_buf_puts(b, "sex ");
        value_label(b, 0, c->key[0]);
        break;
    case 1:
        rep_buf_puts(b, "age ");
        value_label(b, 1, c->key[1]);
        break;
    case 2:
        rep_buf_puts(b, "corridor ");
        corridor_label(b, c->key[2]);
        break;
    case 3:
        rep_buf_puts(b, "sector ");
        value_label(b, 3, c->key[3]);
        break;
    default:
        break;
    }
}

/* "sex × corridor"; "all" for the total. */
static void table_label(rep_buf *b, const ra_nat_cell *c)
{
    rep_buf_clear(b);
    for (int k = 0; k < RA_NAT_DIMS; k++)
        if (!is_all(c->key[k]))
            rep_buf_printf(b, "%s%s", b->n ? " × " : "", DIM_NAMES[k]);
    if (!b->n)
        rep_buf_puts(b, "all");
}

/* ---- formats ---------------------------------------------------------------------------- */

/* The audit report's look, and the national workbook's own formats. */
static bool make_formats(nx *x)
{
    rep *r = &x->r;
    if (!rep_make_formats(r))
        return false;
    lxw_format **own[] = {&x->supp, &x->share, &x->rank, &x->after};
    for (size_t i = 0; i < sizeof own / sizeof own[0]; i++)
        if (!(*own[i] = rep_format_new(r)))
            return false;
    /* Labels here can be long ("Smallest published cell"): they wrap. */
    format_set_text_wrap(r->f.label);
    format_set_indent(r->f.mono, 0);
    /* A suppressed cell: grey italic text in place of the figures, running
     * over the empty figure cells beside it. */
    format_set_italic(x->supp);
    format_set_font_color(x->supp, 0x7F7F7F);
    format_set_num_format(x->share, "0%");
    format_set_align(x->rank, LXW_ALIGN_LEFT);
    format_set_indent(x->after, 1);
    format_set_text_wrap(x->after);
    return true;
}

/* ---- Summary ---------------------------------------------------------------------------- */

/* Columns: A holds labels, B..H values; the SDG tables' labels span A..D,
 * their figures E..G. */
#define S_COLS 8
#define S_WIDTH_A 26.0
#define S_WIDTH 13.0
#define S_LABEL_END 3 /* D */
#define S_FIG 4       /* E: workers, F: mean, G: median */
#define S_ROW REP_ROW_HEIGHT

/* The SDG tables' header: the label over A..D, then workers, mean, median. */
static void sdg_header(rep_flow *s, const char *const titles[4])
{
    static const lxw_col_t from[] = {0, S_FIG, S_FIG + 1, S_FIG + 2, S_FIG + 3};
    rep_flow_header(s, titles, from, 4);
}

static void summary_about(nx *x, rep_flow *s)
{
    rep *r = &x->r;
    const ra_national *nat = x->nat;
    const ra_national_meta *m = x->meta;
    rep_flow_section(s, "About this report", 10 * S_ROW);
    rep_flow_kv(
        s, "What this is",
        "The national figures from the audits of recruitment agencies' submissions: agencies "
        "ranked by risk score, the rules that fire across many agencies (systemic patterns), "
        "the submissions that could not be audited, and SDG 10.7.1 — recruitment costs paid "
        "by migrant workers, in months of wages — by sex, age group, corridor and sector. It "
        "is meant for publication: it holds no individual worker's data, and small cells are "
        "suppressed.");
    rep_flow_kv(s, "As-of date", or_unknown(m->as_of));
    rep_flow_kv(s, "Profile", or_unknown(m->profile));
    rep_buf_clear(&r->tmp);
    if (m->rules_sha256 && m->rules_sha256[0])
        rep_buf_printf(&r->tmp, "rules_sha256 %s (the rule pack and the selected profile)",
                       m->rules_sha256);
    else
        rep_buf_puts(&r->tmp, or_unknown(NULL));
    rep_flow_kv(s, "Rule pack", r->tmp.p);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp,
                   "%zu audited, %zu failed%s; each audit report's SHA-256 is on the "
                   "Manifest sheet",
                   x->audited, x->failed,
                   x->failed ? " (listed with their reasons on the Failed submissions sheet)" : "");
    rep_flow_kv(s, "Submissions", r->tmp.p);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "%zu, ranked by risk score on the Agencies sheet", nat->nagencies);
    rep_flow_kv(s, "Agencies", r->tmp.p);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "k = %u workers", nat->min_cell);
    rep_flow_kv(s, "Smallest published cell", r->tmp.p);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp,
                   "A figure computed from fewer than k = %u workers is not published: its cell "
                   "reads \"" SUPP_PRIMARY "\". Other cells read \"" SUPP_SECONDARY
                   "\" where a published total and its published neighbours would otherwise "
                   "give a suppressed figure away by subtraction.",
                   nat->min_cell);
    rep_flow_kv(s, "Suppression", r->tmp.p);
    if (m->signer_subject && m->signer_subject[0]) {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp,
                       "%s — the detached signature (.p7s) beside this file covers its exact "
                       "bytes",
                       m->signer_subject);
        rep_flow_kv(s, "Signed by", r->tmp.p);
    }
    rep_flow_kv(s, "Sheets",
                "SDG 10.7.1 (every combination of sex, age group, corridor and sector), Agencies, "
                "Systemic patterns, Failed submissions, Manifest");
}

/* One row of the one-way table: label, then figures or why there are none. */
static void sdg_row(nx *x, rep_flow *s, const ra_nat_cell *c)
{
    rep *r = &x->r;
    unsigned lines = 1;
    sdg_label(&r->tmp, c);
    rep_flow_span(s, 0, S_LABEL_END, r->tmp.p, one_way_dim(c) == -1 ? r->f.label : r->f.wrap,
                  &lines);
    if (c->suppressed) {
        /* Not wrapped: the text runs over the empty figure cells, and the
         * chart shows no bar for it. */
        rep_str(r, s->ws, s->row, S_FIG, c->primary ? SUPP_PRIMARY : SUPP_SECONDARY, x->supp);
    } else {
        rep_num(r, s->ws, s->row, S_FIG, c->n, r->f.count);
        rep_num(r, s->ws, s->row, S_FIG + 1, rep_num_double(c->mean), r->f.ratio);
        rep_num(r, s->ws, s->row, S_FIG + 2, rep_num_double(c->median), r->f.ratio);
    }
    rep_flow_height(s, lines);
    rep_flow_next(s);
}

/* The one-way cells of dimension dim (-1: the total), women and men first. */
static size_t sdg_rows(nx *x, rep_flow *s, int dim)
{
    const ra_national *nat = x->nat;
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < nat->ncells; i++) {
            const ra_nat_cell *c = &nat->cells[i];
            if (one_way_dim(c) != dim)
                continue;
            bool first = dim == 0 && (!strcmp(c->key[0], "F") || !strcmp(c->key[0], "M"));
            if (dim == 0 ? (pass == 0) != first : pass == 1)
                continue;
            sdg_row(x, s, c);
            n++;
        }
    return n;
}

static size_t count_dim(const ra_national *nat, int dim)
{
    size_t n = 0;
    for (size_t i = 0; i < nat->ncells; i++)
        n += one_way_dim(&nat->cells[i]) == dim;
    return n;
}

static void sdg_chart(nx *x, rep_flow *s, lxw_row_t first, lxw_row_t last)
{
    rep *r = &x->r;
    lxw_chart *chart = workbook_add_chart(r->wb, LXW_CHART_BAR);
    lxw_chart_series *series = chart ? chart_add_series(chart, NULL, NULL) : NULL;
    if (!series) {
        r->nomem = true;
        return;
    }
    chart_series_set_categories(series, "Summary", first, 0, last, 0);
    chart_series_set_values(series, "Summary", first, S_FIG + 1, last, S_FIG + 1);
    chart_set_series_gap(chart, 60);
    chart_series_set_labels(series);
    chart_series_set_labels_num_format(series, "0.00");
    lxw_chart_fill fill = {.color = 0x548235};
    chart_series_set_fill(series, &fill);
    lxw_chart_font tf = {.size = 12, .bold = 1, .color = 0x1F3864};
    chart_title_set_name(chart, "SDG 10.7.1: mean months of wages paid in recruitment costs "
                                "(no bar: suppressed)");
    chart_title_set_name_font(chart, &tf);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    lxw_chart_font af = {.size = 9};
    /* In a bar chart y_axis is the vertical category axis. */
    chart_axis_set_name(chart->x_axis, "Months of wages (mean)");
    chart_axis_set_name_font(chart->x_axis, &af);
    chart_axis_set_num_font(chart->x_axis, &af);
    chart_axis_set_num_font(chart->y_axis, &af);
    chart_axis_set_reverse(chart->y_axis);
    chart_axis_set_crossing_max(chart->y_axis);
    chart_axis_set_min(chart->x_axis, 0);
    chart_show_blanks_as(chart, LXW_CHART_BLANKS_AS_GAP);

    rep_flow_chart(s, chart, (unsigned)(6 + (double)(last - first + 1) * 1.4));
}

static void summary_sdg(nx *x, rep_flow *s)
{
    rep *r = &x->r;
    const ra_national *nat = x->nat;
    static const char *const h[] = {"Indicator", "Workers (n)", "Mean (months of wages)",
                                    "Median (months of wages)"};
    size_t head = 1 + count_dim(nat, 0) + count_dim(nat, 1) + count_dim(nat, 3);
    rep_flow_section(s, "SDG 10.7.1 — recruitment costs paid by workers, in months of wages",
                     (10.0 + (double)head) * S_ROW); /* the whole table on one page when it fits */
    rep_flow_note(
        s, "For each worker with a monthly wage above 0: the costs the worker bore (paid by "
           "the worker, or recovered by salary deduction; any category; in USD) ÷ the monthly "
           "wage in USD. The indicator is the mean over those workers (a worker who paid "
           "nothing counts as 0), with the median and the number of workers. The wage is the "
           "contractual wage, so this approximates the survey indicator, which uses net "
           "earnings in the first job abroad.");
    if (!nat->ncells) {
        rep_flow_note(s, "No worker has a usable wage above 0: the indicator cannot be computed.");
    } else {
        sdg_header(s, h);
        lxw_row_t first = s->row;
        sdg_rows(x, s, -1);
        sdg_rows(x, s, 0);
        sdg_rows(x, s, 1);
        sdg_rows(x, s, 3);
        lxw_row_t last = s->row - 1;
        static const struct {
            int k;
            const char *label;
        } ex[] = {{1, "Not averaged — no usable wage"},
                  {2, "Not averaged — wage of 0"},
                  {3, "Not averaged — a currency without exchange rate"}};
        for (size_t i = 0; i < sizeof ex / sizeof ex[0]; i++) {
            unsigned lines = 1;
            rep_flow_span(s, 0, S_LABEL_END, ex[i].label, r->f.text, &lines);
            rep_num(r, s->ws, s->row, S_FIG, nat->excluded[ex[i].k], r->f.count);
            rep_flow_next(s);
        }
        rep_flow_note(s,
                      "Corridors follow the chart. Every combination of sex, age group, corridor "
                      "and sector is on the SDG 10.7.1 sheet.");
        rep_flow_next(s);
        sdg_chart(x, s, first, last);
    }
    size_t corridors = count_dim(nat, 2);
    if (!corridors)
        return;
    rep_flow_section(s, "SDG 10.7.1 by corridor (country of origin → country of destination)",
                     (double)(corridors < 10 ? corridors + 1 : 11) * S_ROW);
    sdg_header(s, h);
    sdg_rows(x, s, 2);
}

static void summary_sheet(nx *x)
{
    rep *r = &x->r;
    const ra_national_meta *m = x->meta;
    rep_buf_clear(&r->tmp);
    size_t nsubs = x->audited + x->failed;
    rep_buf_printf(&r->tmp, "recruitaudit %s · as of %s · profile %s · %zu submission%s · k = %u",
                   m->engine_version, m->as_of && *m->as_of ? m->as_of : "unknown",
                   m->profile && *m->profile ? m->profile : "unknown", nsubs, nsubs == 1 ? "" : "s",
                   x->nat->min_cell);
    if (r->tmp.nomem) {
        r->nomem = true;
        return;
    }
    rep_flow *s =
        rep_flow_sheet(r, "Summary", S_COLS, S_WIDTH_A, S_WIDTH,
                       "National report on recruitment agencies of migrant workers", r->tmp.p);
    if (!s)
        return;
    summary_about(x, s);
    summary_sdg(x, s);
    rep_flow_end(s);
}

/* ---- SDG 10.7.1 ------------------------------------------------------------------------- */

static void sdg_sheet(nx *x)
{
    rep *r = &x->r;
    const ra_national *nat = x->nat;
    static const rep_col cols[] = {{"Breakdown", 10, 30},
                                   {"Sex", 6, 14},
                                   {"Age group", 9, 12},
                                   {"Corridor", 9, 12},
                                   {"Sector", 8, 20},
                                   {"Workers (n)", 11, 12},
                                   {"Mean (months of wages)", 12, 13},
                                   {"Median (months of wages)", 12, 13}};
    double width[8] = {5, 3, 3, 3, 3, 11, 12, 12};
    for (size_t i = 0; i < nat->ncells; i++) {
        const ra_nat_cell *c = &nat->cells[i];
        table_label(&r->tmp, c);
        rep_measure(&width[0], r->tmp.p, r->tmp.n);
        for (int k = 0; k < RA_NAT_DIMS; k++) {
            rep_buf_clear(&r->tmp);
            value_label(&r->tmp, k, c->key[k]);
            rep_measure(&width[1 + k], r->tmp.p, r->tmp.n);
        }
    }
    rep_sheet sh;
    if (!rep_sheet_open(&sh, r, "SDG 10.7.1", cols, 8, width)) {
        rep_sheet_close(&sh);
        return;
    }
    for (size_t i = 0; i < nat->ncells && !rep_failed(r); i++) {
        const ra_nat_cell *c = &nat->cells[i];
        lxw_row_t row = rep_sheet_next(&sh);
        table_label(&r->tmp, c);
        rep_sheet_str(&sh, row, 0, r->tmp.p, r->f.text);
        for (int k = 0; k < RA_NAT_DIMS; k++) {
            rep_buf_clear(&r->tmp);
            value_label(&r->tmp, k, c->key[k]);
            rep_sheet_str(&sh, row, (size_t)(1 + k), r->tmp.p, r->f.text);
        }
        if (c->suppressed) {
            /* Straight to the sheet: one line that runs over the empty figure
             * cells, not a wrapped (taller) row. */
            rep_str(r, sh.ws, row, 5, c->primary ? SUPP_PRIMARY : SUPP_SECONDARY, x->supp);
            continue;
        }
        rep_sheet_num(&sh, row, 5, c->n, r->f.count);
        rep_sheet_num(&sh, row, 6, rep_num_double(c->mean), r->f.ratio);
        rep_sheet_num(&sh, row, 7, rep_num_double(c->median), r->f.ratio);
    }
    rep_sheet_none(&sh, "None: no worker has a usable wage above 0, so SDG 10.7.1 cannot be "
                        "computed.");
    rep_sheet_close(&sh);
}

/* ---- Agencies --------------------------------------------------------------------------- */

static void agencies_sheet(nx *x)
{
    rep *r = &x->r;
    const ra_national *nat = x->nat;
    static const rep_col cols[] = {
        {"Rank", 6, 7},     {"Submission", 10, 24}, {"Agency id", 9, 16},
        {"Agency", 16, 36}, {"Workers", 9, 10},     {"Risk score", 8, 9},
        {"Critical", 8, 9}, {"High", 7, 8},         {"Medium", 8, 9},
        {"Low", 7, 8},      {"Info", 7, 8},         {"Refunds due (USD)", 14, 15}};
    double width[12] = {5, 9, 8, 10, 7, 7, 7, 6, 7, 6, 6, 12};
    for (size_t i = 0; i < nat->nagencies; i++) {
        const ra_nat_agency *a = &nat->agencies[i];
        rep_measure(&width[1], a->name, strlen(a->name));
        rep_measure(&width[2], a->agency_id, strlen(a->agency_id));
        rep_measure(&width[3], a->agency_name, strlen(a->agency_name));
    }
    rep_sheet sh;
    if (!rep_sheet_open(&sh, r, "Agencies", cols, 12, width)) {
        rep_sheet_close(&sh);
        return;
    }
    size_t rank = 0;
    for (size_t i = 0; i < nat->nagencies && !rep_failed(r); i++) {
        const ra_nat_agency *a = &nat->agencies[i];
        /* Equal scores share a rank (1, 2, 2, 4). */
        if (i == 0 || ra_num_cmp(a->risk, nat->agencies[i - 1].risk) != 0)
            rank = i + 1;
        lxw_row_t row = rep_sheet_next(&sh);
        rep_sheet_num(&sh, row, 0, (double)rank, x->rank);
        rep_sheet_str(&sh, row, 1, a->name, r->f.text);
        rep_sheet_str(&sh, row, 2, a->agency_id, r->f.text);
        rep_sheet_str(&sh, row, 3, a->agency_name[0] ? a->agency_name : "(no name given)",
                      r->f.wrap);
        rep_sheet_num(&sh, row, 4, a->workers, r->f.count);
        if (a->workers)
            rep_sheet_num(&sh, row, 5, rep_num_double(a->risk), r->f.ratio);
        else
            rep_sheet_str(&sh, row, 5, "no audited worker", r->f.text);
        for (int sev = RA_SEV_CRITICAL, c = 6; sev >= RA_SEV_INFO; sev--, c++)
            rep_sheet_num(&sh, row, (size_t)c, a->by_severity[sev], r->f.count);
        ra_num usd;
        if (a->refund_unknown)
            rep_sheet_str(&sh, row, 11, "unknown (no exchange rate)", x->after);
        else if (ra_num_parse(a->refund_usd, strlen(a->refund_usd), &usd))
            rep_sheet_num(&sh, row, 11, rep_num_double(usd), r->f.money);
        else
            rep_sheet_str(&sh, row, 11, a->refund_usd, r->f.text);
    }
    rep_sheet_none(&sh, "None: no submission was audited.");
    rep_sheet_close(&sh);
}

/* ---- Systemic patterns ------------------------------------------------------------------ */

static void patterns_sheet(nx *x)
{
    rep *r = &x->r;
    const ra_national *nat = x->nat;
    static const rep_col cols[] = {{"Rule", 10, 16},
                                   {"Agencies where it fired", 12, 14},
                                   {"Share of agencies", 10, 12},
                                   {"Findings", 10, 12},
                                   {"Note", 20, 60}};
    double width[5] = {10, 12, 10, 10, 20};
    for (size_t i = 0; i < nat->nrules; i++)
        rep_measure(&width[0], nat->rules[i].rule, strlen(nat->rules[i].rule));
    for (size_t i = 0; i < nat->nrules; i++)
        if (!nat->rules[i].agencies)
            width[4] = 56;
    rep_sheet sh;
    if (!rep_sheet_open(&sh, r, "Systemic patterns", cols, 5, width)) {
        rep_sheet_close(&sh);
        return;
    }
    for (size_t i = 0; i < nat->nrules && !rep_failed(r); i++) {
        const ra_nat_rule *u = &nat->rules[i];
        lxw_row_t row = rep_sheet_next(&sh);
        rep_sheet_str(&sh, row, 0, u->rule, r->f.text);
        rep_sheet_num(&sh, row, 1, u->agencies, r->f.count);
        if (nat->nagencies)
            rep_sheet_num(&sh, row, 2, (double)u->agencies / (double)nat->nagencies, x->share);
        rep_sheet_num(&sh, row, 3, u->findings, r->f.count);
        if (!u->agencies)
            rep_sheet_str(&sh, row, 4, "about a submission's files, not about one agency",
                          x->after);
    }
    rep_sheet_none(&sh, "None: no rule fired.");
    rep_sheet_close(&sh);
}

/* ---- Failed submissions ----------------------------------------------------------------- */

static void failures_sheet(nx *x)
{
    rep *r = &x->r;
    const ra_national *nat = x->nat;
    static const rep_col cols[] = {{"Submission", 12, 30}, {"Reason", 30, 100}};
    double width[2] = {10, 30};
    for (size_t i = 0; i < nat->nfailures; i++) {
        rep_measure(&width[0], nat->failures[i].name, strlen(nat->failures[i].name));
        rep_measure(&width[1], nat->failures[i].reason, strlen(nat->failures[i].reason));
    }
    rep_sheet sh;
    if (!rep_sheet_open(&sh, r, "Failed submissions", cols, 2, width)) {
        rep_sheet_close(&sh);
        return;
    }
    for (size_t i = 0; i < nat->nfailures && !rep_failed(r); i++) {
        lxw_row_t row = rep_sheet_next(&sh);
        rep_sheet_str(&sh, row, 0, nat->failures[i].name, r->f.text);
        rep_sheet_str(&sh, row, 1, nat->failures[i].reason, r->f.wrap);
    }
    rep_sheet_none(&sh, "None: every submission was audited.");
    rep_sheet_close(&sh);
}

/* ---- Manifest --------------------------------------------------------------------------- */

static void manifest_row(rep_sheet *sh, const char *item, const char *value, const char *sha,
                         lxw_format *sha_fmt)
{
    rep *r = sh->r;
    lxw_row_t row = rep_sheet_next(sh);
    rep_sheet_str(sh, row, 0, item, r->f.label);
    rep_sheet_str(sh, row, 1, value, r->f.wrap);
    if (sha && *sha)
        rep_sheet_str(sh, row, 2, sha, sha_fmt ? sha_fmt : r->f.mono);
}

static void manifest_sheet(nx *x)
{
    rep *r = &x->r;
    const ra_national_meta *m = x->meta;
    static const rep_col cols[] = {{"Item", 14, 26}, {"Value", 14, 60}, {"SHA-256", 20, 70}};
    double width[3] = {26, 24, 66};
    for (size_t i = 0; i < m->nsubs; i++)
        rep_measure(&width[1], m->subs[i].name, strlen(m->subs[i].name));
    if (m->signer_subject)
        rep_measure(&width[1], m->signer_subject, strlen(m->signer_subject));
    rep_sheet sh;
    if (!rep_sheet_open(&sh, r, "Manifest", cols, 3, width)) {
        rep_sheet_close(&sh);
        return;
    }
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "recruitaudit %s", m->engine_version);
    manifest_row(&sh, "Engine version", r->tmp.p, NULL, NULL);
    manifest_row(&sh, "Rules (rules_sha256)", "rule pack and selected profile",
                 m->rules_sha256 && *m->rules_sha256 ? m->rules_sha256 : NULL, NULL);
    manifest_row(&sh, "Profile", or_unknown(m->profile), NULL, NULL);
    manifest_row(&sh, "As-of date", or_unknown(m->as_of), NULL, NULL);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "k = %u workers", m->min_cell);
    manifest_row(&sh, "Smallest published cell", r->tmp.p, NULL, NULL);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "%zu audited, %zu failed", x->audited, x->failed);
    manifest_row(&sh, "Submissions", r->tmp.p, NULL, NULL);
    if (m->signer_subject && m->signer_subject[0])
        manifest_row(&sh, "Signer (certificate SHA-256)", m->signer_subject, m->signer_sha256,
                     NULL);
    for (size_t i = 0; i < m->nsubs && !rep_failed(r); i++) {
        const ra_national_sub *s = &m->subs[i];
        if (s->failure)
            manifest_row(&sh, "Submission (failed)", s->name,
                         "no report: see the Failed submissions sheet", r->f.empty);
        else if (s->report_sha256 && *s->report_sha256)
            manifest_row(&sh, "Submission report", s->name, s->report_sha256, NULL);
        else
            manifest_row(&sh, "Submission", s->name, "audited without a report", r->f.empty);
    }
    rep_sheet_close(&sh);
}

/* ---- properties ------------------------------------------------------------------------- */

static void set_custom(nx *x, const char *name, const char *value)
{
    rep *r = &x->r;
    size_t width;
    /* At most 255 characters: cut on a UTF-8 boundary. */
    size_t len = strlen(value);
    if (len > RA_PROP_MAX - 1) {
        len = RA_PROP_MAX - 1;
        while (len && ((unsigned char)value[len] & 0xC0) == 0x80)
            len--;
    }
    rep_clean(r, value, len, &width);
    if (r->clean.nomem) {
        r->nomem = true;
        return;
    }
    rep_check(r, workbook_set_custom_property_string(r->wb, name, r->clean.p),
              "setting a custom document property");
}

static void set_properties(nx *x)
{
    rep *r = &x->r;
    const ra_national_meta *m = x->meta;
    char subject[200], comments[300];
    snprintf(subject, sizeof subject,
             "Recruitment agencies of migrant workers as of %s: risk ranking, systemic "
             "patterns, SDG 10.7.1",
             m->as_of && *m->as_of ? m->as_of : "an unknown date");
    snprintf(comments, sizeof comments,
             "recruitaudit %s; profile %s; rules_sha256 %s; k = %u; %zu submissions",
             m->engine_version, m->profile && *m->profile ? m->profile : "unknown",
             m->rules_sha256 && *m->rules_sha256 ? m->rules_sha256 : "unknown", m->min_cell,
             m->nsubs);
    lxw_doc_properties p = {
        .title = "National report on recruitment agencies of migrant workers",
        .subject = subject,
        .author = "recruitaudit",
        .keywords = "recruitaudit, fair recruitment, SDG 10.7.1, national",
        .comments = comments,
        /* 0 would make libxlsxwriter take the current time. */
        .created = m->created ? (time_t)m->created : 1,
    };
    rep_check(r, workbook_set_properties(r->wb, &p), "setting the document properties");
    const struct {
        const char *name, *value;
    } keys[] = {
        {"kind", "national"},
        {"engine_version", m->engine_version},
        {"rules_sha256", m->rules_sha256},
        {"profile", m->profile},
        {"as_of", m->as_of},
        {"signer_subject", m->signer_subject},
        {"signer_sha256", m->signer_sha256},
    };
    char name[64], value[RA_PROP_MAX + 300];
    for (size_t i = 0; i < sizeof keys / sizeof keys[0]; i++) {
        snprintf(name, sizeof name, RA_MANIFEST_PREFIX "%s", keys[i].name);
        set_custom(x, name, keys[i].value ? keys[i].value : "");
    }
    snprintf(value, sizeof value, "%u", m->min_cell);
    set_custom(x, RA_MANIFEST_PREFIX "min_cell", value);
    /* No input file is read directly (verify expects the count): the
     * submissions' reports are listed below instead. */
    set_custom(x, RA_MANIFEST_PREFIX "inputs", "0");
    snprintf(value, sizeof value, "%zu", m->nsubs);
    set_custom(x, RA_MANIFEST_PREFIX "submissions", value);
    for (size_t i = 0; i < m->nsubs && !rep_failed(r); i++) {
        const ra_national_sub *s = &m->subs[i];
        snprintf(name, sizeof name, RA_MANIFEST_PREFIX "submission.%zu", i + 1);
        snprintf(value, sizeof value, "%s %s",
                 s->failure                              ? "failed"
                 : s->report_sha256 && *s->report_sha256 ? s->report_sha256
                                                         : "none",
                 s->name);
        set_custom(x, name, value);
    }
}

/* ---- writing ---------------------------------------------------------------------------- */

ra_status ra_national_write_xlsx(const char *path, const ra_national *nat,
                                 const ra_national_meta *meta, ra_error *err)
{
    if (!path || !nat || !meta || !meta->engine_version || (meta->nsubs && !meta->subs))
        return ra_error_set(err, RA_ERR_USAGE, path ? path : "", 0, 0,
                            "ra_national_write_xlsx needs the figures and their meta");
    if (meta->min_cell != nat->min_cell)
        return ra_error_set(err, RA_ERR_USAGE, path, 0, 0,
                            "the meta's k (%u) is not the figures' k (%u)", meta->min_cell,
                            nat->min_cell);
    nx x = {.nat = nat, .meta = meta};
    for (size_t i = 0; i < meta->nsubs; i++) {
        if (meta->subs[i].failure)
            x.failed++;
        else
            x.audited++;
    }
    x.r.max_rows = REP_EXCEL_ROWS;
    ra_status st = rep_begin(&x.r, path, "workbook", err);
    if (st != RA_OK)
        return st;
    if (make_formats(&x)) {
        set_properties(&x);
        if (!rep_failed(&x.r))
            summary_sheet(&x);
        if (!rep_failed(&x.r))
            sdg_sheet(&x);
        if (!rep_failed(&x.r))
            agencies_sheet(&x);
        if (!rep_failed(&x.r))
            patterns_sheet(&x);
        if (!rep_failed(&x.r))
            failures_sheet(&x);
        if (!rep_failed(&x.r))
            manifest_sheet(&x);
    }
    return rep_end(&x.r, err);
}
