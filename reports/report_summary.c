/* report_summary.c — the Summary sheet: what was audited, with which rules,
 * what was found (tables and native charts), the agency risk score with its
 * formula, refunds due, and the SDG 10.7.1 indicator. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

/* ---- Summary ---------------------------------------------------------------------------- */

/* Summary columns: A holds labels and ids, B..K values. */
#define S_COLS 11
#define S_WIDTH_A 26.0
#define S_WIDTH 11.5
#define S_ROW REP_ROW_HEIGHT

static const char *const SEV_NAMES[] = {"info", "low", "medium", "high", "critical"};

/* Rows for a bar chart of n bars (rep_flow_chart keeps it to a page). */
static unsigned chart_rows(size_t n)
{
    return (unsigned)(5 + (double)n * 1.3);
}

static void chart_style(lxw_chart *chart, const char *title, const char *value_axis)
{
    lxw_chart_font tf = {.size = 12, .bold = 1, .color = 0x1F3864};
    chart_title_set_name(chart, title);
    chart_title_set_name_font(chart, &tf);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    lxw_chart_font af = {.size = 9, .bold = 0};
    chart_axis_set_name(chart->y_axis, value_axis);
    chart_axis_set_name_font(chart->y_axis, &af);
    chart_axis_set_num_font(chart->x_axis, &af);
    chart_axis_set_num_font(chart->y_axis, &af);
}

/* In a bar chart libxlsxwriter's y_axis is the vertical category axis and
 * x_axis the horizontal value axis. */
static void bar_style(lxw_chart *chart, const char *title, const char *value_axis)
{
    lxw_chart_font tf = {.size = 12, .bold = 1, .color = 0x1F3864};
    chart_title_set_name(chart, title);
    chart_title_set_name_font(chart, &tf);
    chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
    lxw_chart_font af = {.size = 9};
    chart_axis_set_name(chart->x_axis, value_axis);
    chart_axis_set_name_font(chart->x_axis, &af);
    chart_axis_set_num_font(chart->x_axis, &af);
    chart_axis_set_num_font(chart->y_axis, &af);
    chart_axis_set_reverse(chart->y_axis);      /* first row on top, */
    chart_axis_set_crossing_max(chart->y_axis); /* values along the bottom */
    chart_axis_set_min(chart->x_axis, 0);
}

static void summary_audit(rep_flow *s)
{
    rep *r = s->r;
    const ra_submission *sub = r->sub;
    const ra_manifest *m = r->in->manifest;
    rep_flow_section(s, "Audit", (4.0 + 2 * r->sub->nagencies) * S_ROW);
    rep_flow_kv(s, "Case reference", m->case_ref[0] ? m->case_ref : "not given");
    rep_flow_kv(s, "Inspector", m->inspector[0] ? m->inspector : "not given");
    for (uint32_t a = 0; a < sub->nagencies; a++) {
        const ra_agency *ag = &sub->agencies[a];
        char from[RA_DATE_FMT_MAX], until[RA_DATE_FMT_MAX];
        ra_date_format(ag->licence_valid_from, from);
        ra_date_format(ag->licence_valid_until, until);
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp, "%s — %s", ag->id, ag->name ? ag->name : "(no name given)");
        rep_flow_kv(s, "Agency", r->tmp.p);
        rep_buf_clear(&r->tmp);
        if (ag->licence_no)
            rep_buf_printf(&r->tmp, "%s, valid from %s to %s", ag->licence_no,
                           from[0] ? from : "(not given)", until[0] ? until : "(not given)");
        else
            rep_buf_puts(&r->tmp, "no licence number given");
        rep_flow_kv(s, "Licence", r->tmp.p);
    }
    /* The folder's name only: a full path would differ between machines and
     * break the byte-for-byte reproduction of the report. */
    const char *dir = r->in->submission_dir ? r->in->submission_dir : sub->dir;
    size_t dlen = strlen(dir);
    while (dlen > 1 && dir[dlen - 1] == '/')
        dlen--;
    size_t start = dlen;
    while (start > 0 && dir[start - 1] != '/')
        start--;
    rep_buf_clear(&r->tmp);
    rep_buf_put(&r->tmp, dir + start, dlen - start);
    rep_buf_puts(&r->tmp, " (the folder audited; its files are listed on the Manifest sheet)");
    rep_flow_kv(s, "Submission", r->tmp.p);
    long fees = sub->files[RA_TABLE_FEES].accepted, docs = sub->files[RA_TABLE_DOCUMENTS].accepted;
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp,
                   "every row of the submission: %u agenc%s, %u worker%s, %ld fee row%s, %ld "
                   "document row%s%s",
                   sub->nagencies, sub->nagencies == 1 ? "y" : "ies", sub->nworkers,
                   sub->nworkers == 1 ? "" : "s", fees, fees == 1 ? "" : "s", docs,
                   docs == 1 ? "" : "s",
                   sub->contracts_present ? ", and the contract texts the workers name" : "");
    rep_flow_kv(s, "Scope", r->tmp.p);
    rep_flow_kv(s, "As-of date", m->as_of);
    rep_buf_clear(&r->tmp);
    const ra_pack *p = r->pack;
    rep_buf_printf(&r->tmp, "%s", p->profile ? p->profile : "");
    if (p->profile_title && p->profile_title[0])
        rep_buf_printf(&r->tmp, " — %s", p->profile_title);
    rep_flow_kv(s, "Profile", r->tmp.p);
    size_t enabled = 0;
    for (size_t i = 0; i < p->nrules; i++)
        enabled += p->rules[i].enabled;
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "%zu rules checked (%zu disabled by the profile); rules_sha256 %s",
                   enabled, p->nrules - enabled, p->sha256);
    rep_flow_kv(s, "Rule pack", r->tmp.p);
    rep_flow_kv(s, "Exchange rates", m->rates_source[0] ? m->rates_source : "none");
}

static void summary_files(rep_flow *s)
{
    rep *r = s->r;
    const ra_submission *sub = r->sub;
    rep_flow_section(s, "Input files", 5 * S_ROW);
    static const char *const h[] = {"File",    "Status",   "Rows read",
                                    "Audited", "Rejected", "Blank lines"};
    static const lxw_col_t from[] = {0, 1, 2, 3, 4, 5, 6};
    rep_flow_header(s, h, from, 6);
    for (int t = 0; t < RA_TABLE_COUNT; t++) {
        const ra_file_stats *f = &sub->files[t];
        rep_str(r, s->ws, s->row, 0, ra_table_file((ra_table_id)t), r->f.text);
        rep_str(r, s->ws, s->row, 1, f->present ? "present" : "absent", r->f.text);
        if (f->present) {
            rep_num(r, s->ws, s->row, 2, (double)f->read, r->f.count);
            rep_num(r, s->ws, s->row, 3, (double)f->accepted, r->f.count);
            rep_num(r, s->ws, s->row, 4, (double)f->rejected, r->f.count);
            rep_num(r, s->ws, s->row, 5, (double)f->csv.blank_lines, r->f.count);
        }
        rep_flow_next(s);
    }
    size_t texts = 0;
    for (size_t i = 0; i < r->in->manifest->nfiles; i++)
        texts += !strncmp(r->in->manifest->files[i].path, "contracts/", 10);
    rep_str(r, s->ws, s->row, 0, "contracts/", r->f.text);
    rep_str(r, s->ws, s->row, 1, sub->contracts_present ? "present" : "absent", r->f.text);
    if (sub->contracts_present) {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp, "%zu contract text%s read (listed on the Manifest sheet)", texts,
                       texts == 1 ? "" : "s");
        rep_str(r, s->ws, s->row, 2, r->tmp.p, r->f.text);
    }
    rep_flow_next(s);
    if (sub->nrejections) {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp,
                       "%zu rejected row%s: each is listed with file, line, column and reason "
                       "on the Rejected rows sheet.",
                       sub->nrejections, sub->nrejections == 1 ? "" : "s");
        rep_flow_note(s, r->tmp.p);
    }
}

static void summary_severity(rep_flow *s, const double weight[])
{
    rep *r = s->r;
    rep_flow_section(s, "Findings by severity", 7 * S_ROW);
    static const char *const h[] = {"Severity", "Findings", "Weight"};
    static const lxw_col_t from[] = {0, 1, 2, 3};
    rep_flow_header(s, h, from, 3);
    lxw_row_t first = s->row;
    for (int sev = RA_SEV_CRITICAL; sev >= RA_SEV_INFO; sev--) {
        rep_str(r, s->ws, s->row, 0, SEV_NAMES[sev], r->f.sev[sev]);
        rep_num(r, s->ws, s->row, 1, (double)r->audit->by_severity[sev], r->f.count);
        rep_num(r, s->ws, s->row, 2, weight[sev], r->f.count);
        rep_flow_next(s);
    }
    rep_str(r, s->ws, s->row, 0, "Total", r->f.total);
    rep_num(r, s->ws, s->row, 1, (double)r->audit->findings.count, r->f.total_count);
    rep_check(r, worksheet_write_blank(s->ws, s->row, 2, r->f.total), "total row");
    rep_flow_skip(s, 2);

    lxw_chart *chart = workbook_add_chart(r->wb, LXW_CHART_COLUMN);
    if (!chart) {
        r->nomem = true;
        return;
    }
    lxw_chart_series *series = chart_add_series(chart, NULL, NULL);
    if (!series) {
        r->nomem = true;
        return;
    }
    chart_series_set_categories(series, "Summary", first, 0, first + 4, 0);
    chart_series_set_values(series, "Summary", first, 1, first + 4, 1);
    chart_series_set_labels(series);
    lxw_chart_fill fills[5] = {{.color = 0xC00000},
                                      {.color = 0xED7D31},
                                      {.color = 0xFFC000},
                                      {.color = 0x5B9BD5},
                                      {.color = 0xA5A5A5}};
    lxw_chart_point pts[5] = {{.fill = &fills[0]},
                              {.fill = &fills[1]},
                              {.fill = &fills[2]},
                              {.fill = &fills[3]},
                              {.fill = &fills[4]}};
    lxw_chart_point *list[6] = {&pts[0], &pts[1], &pts[2], &pts[3], &pts[4], NULL};
    rep_check(r, chart_series_set_points(series, list), "chart colours");
    chart_style(chart, "Findings by severity", "Findings");
    chart_axis_set_min(chart->y_axis, 0);
    rep_flow_chart(s, chart, 11);
}

static void summary_rules(rep_flow *s, const size_t *by_rule)
{
    rep *r = s->r;
    const ra_pack *p = r->pack;
    rep_flow_section(s, "Findings by rule", 5 * S_ROW);
    static const char *const h[] = {"Rule", "Title", "Severity", "Scope", "Findings"};
    static const lxw_col_t from[] = {0, 1, 7, 8, 9, 10};
    rep_flow_header(s, h, from, 5);
    lxw_row_t first = s->row;
    size_t fired = 0;
    /* Rules that fired first (the chart shows them), then the others. */
    for (int pass = 0; pass < 2; pass++) {
        for (size_t i = 0; i < p->nrules; i++) {
            const ra_rule *rule = &p->rules[i];
            if (!rule->enabled || (pass == 0) != (by_rule[i] > 0))
                continue;
            unsigned lines = 1;
            rep_str(r, s->ws, s->row, 0, rule->id, r->f.text);
            rep_flow_span(s, 1, 6, rule->title, r->f.wrap, &lines);
            rep_str(r, s->ws, s->row, 7, SEV_NAMES[rule->severity], r->f.sev[rule->severity]);
            rep_str(r, s->ws, s->row, 8, ra_scope_name(rule->scope), r->f.text);
            rep_num(r, s->ws, s->row, 9, (double)by_rule[i], r->f.count);
            rep_flow_height(s, lines);
            rep_flow_next(s);
            fired += pass == 0;
        }
    }
    rep_buf_clear(&r->tmp);
    for (size_t i = 0; i < p->nrules; i++) {
        const ra_rule *rule = &p->rules[i];
        if (rule->enabled)
            continue;
        rep_buf_printf(&r->tmp, "%s%s", r->tmp.n ? "; " : "Disabled by the profile: ", rule->id);
        if (rule->profile_cite && rule->profile_cite[0])
            rep_buf_printf(&r->tmp, " (%s)", rule->profile_cite);
    }
    if (r->tmp.n)
        rep_flow_note(s, r->tmp.p); /* s_note writes through r->clean, not r->tmp */
    rep_flow_next(s);
    if (!fired)
        return;
    lxw_chart *chart = workbook_add_chart(r->wb, LXW_CHART_BAR);
    lxw_chart_series *series = chart ? chart_add_series(chart, NULL, NULL) : NULL;
    if (!series) {
        r->nomem = true;
        return;
    }
    lxw_row_t last = first + (lxw_row_t)fired - 1;
    chart_series_set_categories(series, "Summary", first, 0, last, 0);
    chart_series_set_values(series, "Summary", first, 9, last, 9);
    chart_series_set_labels(series);
    lxw_chart_fill fill = {.color = 0x2F5597};
    chart_series_set_fill(series, &fill);
    bar_style(chart, "Findings by rule (rules that fired)", "Findings");
    rep_flow_chart(s, chart, chart_rows(fired));
}

/* Risk-score weights: the pack's weight_* parameters, else SPEC's defaults. */
static int read_weights(const ra_pack *p, double weight[])
{
    static const double defaults[] = {0, 1, 2, 5, 10};
    static const char *const names[] = {"weight_info", "weight_low", "weight_medium", "weight_high",
                                        "weight_critical"};
    int from_pack = 0;
    for (int s = RA_SEV_INFO; s <= RA_SEV_CRITICAL; s++) {
        const ra_param *pr = ra_pack_param(p, names[s]);
        weight[s] = defaults[s];
        if (pr && !pr->is_table && pr->value.kind == V_NUM) {
            weight[s] = rep_num_double(pr->value.u.num);
            from_pack++;
        }
    }
    return from_pack;
}

static void summary_risk(rep_flow *s, const double weight[], int from_pack)
{
    rep *r = s->r;
    const ra_submission *sub = r->sub;
    rep_flow_section(s, "Agency risk score",
                     (3.0 + (r->sub->nagencies < 3 ? r->sub->nagencies : 3)) * S_ROW);
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp,
                   "Risk score = Σ severity weight of the agency's findings ÷ the agency's "
                   "audited workers. Weights: critical %g, high %g, medium %g, low %g, info %g — ",
                   weight[RA_SEV_CRITICAL], weight[RA_SEV_HIGH], weight[RA_SEV_MEDIUM],
                   weight[RA_SEV_LOW], weight[RA_SEV_INFO]);
    rep_buf_puts(&r->tmp, from_pack == 5 ? "set by the rule pack's parameters weight_critical, "
                                           "weight_high, weight_medium, weight_low, weight_info."
                          : from_pack    ? "partly set by the rule pack's weight_* parameters, "
                                           "the rest SPEC section 3's defaults (10, 5, 2, 1, 0)."
                                         : "SPEC section 3's defaults: the rule pack sets no "
                                           "weight_* parameter.");
    rep_flow_note(s, r->tmp.p);
    static const char *const h[] = {"Agency", "Workers", "Critical",     "High",      "Medium",
                                    "Low",    "Info",    "Weighted sum", "Risk score"};
    static const lxw_col_t from[] = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    rep_flow_header(s, h, from, 9);
    uint32_t na = sub->nagencies;
    size_t *count = calloc((size_t)(na ? na : 1) * 5, sizeof *count);
    uint32_t *workers = calloc(na ? na : 1, sizeof *workers);
    if (!count || !workers) {
        free(count);
        free(workers);
        r->nomem = true;
        return;
    }
    ra_findings_iter *it = rep_findings_begin(r);
    for (const ra_finding *f; it && (f = ra_findings_iter_next(it));)
        if (f->agency < na)
            count[(size_t)f->agency * 5 + f->severity]++;
    rep_findings_end(r, it);
    for (uint32_t w = 0; w < sub->nworkers; w++)
        if (sub->workers[w].agency < na)
            workers[sub->workers[w].agency]++;
    for (uint32_t a = 0; a < na; a++) {
        rep_str(r, s->ws, s->row, 0, sub->agencies[a].id, r->f.text);
        rep_num(r, s->ws, s->row, 1, workers[a], r->f.count);
        double sum_w = 0;
        for (int sev = RA_SEV_CRITICAL, c = 2; sev >= RA_SEV_INFO; sev--, c++) {
            size_t n = count[(size_t)a * 5 + sev];
            rep_num(r, s->ws, s->row, (lxw_col_t)c, (double)n, r->f.count);
            sum_w += weight[sev] * (double)n;
        }
        rep_num(r, s->ws, s->row, 7, sum_w, r->f.ratio);
        if (workers[a])
            rep_num(r, s->ws, s->row, 8, sum_w / workers[a], r->f.total_money);
        else
            rep_str(r, s->ws, s->row, 8, "no audited worker", r->f.text);
        rep_flow_next(s);
    }
    free(count);
    free(workers);
}

static void summary_refunds(rep_flow *s)
{
    rep *r = s->r;
    const ra_submission *sub = r->sub;
    const ra_indicators *ind = &r->audit->indicators;
    rep_flow_section(s, "Refunds due (worker-borne costs the employer must pay)", 4 * S_ROW);
    if (!ind->nagency_refunds) {
        rep_flow_note(s,
                      "No refund is due: no worker bore a cost in a category the employer pays.");
        return;
    }
    static const char *const h[] = {"Agency", "Currency", "Amount", "Amount (USD)"};
    static const lxw_col_t from[] = {0, 1, 2, 3, 4};
    rep_flow_header(s, h, from, 4);
    size_t k = 0;
    for (uint32_t a = 0; a < sub->nagencies; a++) {
        bool any = false;
        for (; k < ind->nagency_refunds && ind->agency_refunds[k].owner == a; k++) {
            const ra_refund *rf = &ind->agency_refunds[k];
            char code[RA_CODE_STR_MAX];
            ra_currency_str(rf->currency, code);
            rep_str(r, s->ws, s->row, 0, sub->agencies[a].id, r->f.text);
            rep_str(r, s->ws, s->row, 1, code, r->f.text);
            ra_money usd;
            if (rf->beyond_range) {
                rep_str(r, s->ws, s->row, 2, "beyond range", r->f.text);
                rep_str(r, s->ws, s->row, 3, "beyond range", r->f.text);
            } else {
                rep_num(r, s->ws, s->row, 2, rep_money_double(rf->amount), r->f.money);
                if (ra_submission_to_usd(sub, rf->currency, rf->amount, &usd))
                    rep_num(r, s->ws, s->row, 3, rep_money_double(usd), r->f.money);
                else
                    rep_str(r, s->ws, s->row, 3, "no exchange rate", r->f.text);
            }
            rep_flow_next(s);
            any = true;
        }
        if (!any)
            continue;
        rep_str(r, s->ws, s->row, 0, sub->agencies[a].id, r->f.total);
        rep_str(r, s->ws, s->row, 1, "Total (USD)", r->f.total);
        rep_check(r, worksheet_write_blank(s->ws, s->row, 2, r->f.total), "total row");
        if (ind->agency_refund_no_rate && ind->agency_refund_no_rate[a])
            rep_str(r, s->ws, s->row, 3, "unknown: a currency has no exchange rate", r->f.total);
        else if (ind->agency_refund_usd)
            rep_num(r, s->ws, s->row, 3, rep_num_double(ind->agency_refund_usd[a]),
                    r->f.total_money);
        rep_flow_next(s);
    }
}

/* "SDG 10.7.1 — women", "SDG 10.7.1 — corridor PH → SA (Philippines → Saudi Arabia)". */
static void sdg_label(rep_buf *b, const ra_sdg_cell *c)
{
    rep_buf_clear(b);
    rep_buf_puts(b, "SDG 10.7.1 — ");
    switch (c->dim) {
    case RA_DIM_ALL:
        rep_buf_puts(b, "all");
        break;
    case RA_DIM_SEX:
        rep_buf_puts(b, !strcmp(c->key, "F")   ? "women"
                        : !strcmp(c->key, "M") ? "men"
                        : !strcmp(c->key, "X") ? "sex X (another)"
                        : !strcmp(c->key, "U") ? "sex U (unknown)"
                                               : c->key);
        break;
    case RA_DIM_AGE:
        rep_buf_printf(b, "age %s", c->key);
        break;
    case RA_DIM_CORRIDOR: {
        const char *dash = strchr(c->key, '-');
        ra_code o = dash ? ra_country_lookup(c->key, (size_t)(dash - c->key)) : 0;
        ra_code d = dash ? ra_country_lookup(dash + 1, strlen(dash + 1)) : 0;
        const char *on = o ? ra_country_name(o) : NULL, *dn = d ? ra_country_name(d) : NULL;
        if (dash)
            rep_buf_printf(b, "corridor %.*s → %s", (int)(dash - c->key), c->key, dash + 1);
        else
            rep_buf_printf(b, "corridor %s", c->key);
        if (on && dn)
            rep_buf_printf(b, " (%s → %s)", on, dn);
        break;
    }
    case RA_DIM_SECTOR:
        rep_buf_puts(b, "sector ");
        for (const char *p = c->key; *p; p++)
            rep_buf_put(b, *p == '_' ? " " : p, 1);
        break;
    default:
        rep_buf_puts(b, c->key);
    }
}

static void summary_sdg(rep_flow *s)
{
    rep *r = s->r;
    const ra_indicators *ind = &r->audit->indicators;
    rep_flow_section(s, "SDG 10.7.1 — recruitment costs paid by workers, in months of wages",
                     7 * S_ROW);
    rep_flow_note(s,
                  "For each worker with a monthly wage above 0: the costs the worker bore (paid_by "
                  "worker, or recovered by salary deduction; any category; in USD) ÷ the monthly "
                  "wage in USD. The indicator is the mean over those workers (a worker who paid "
                  "nothing counts as 0), with the median and the number of workers. monthly_wage "
                  "is the contractual wage, so this approximates the survey indicator, which uses "
                  "net earnings in the first job abroad.");
    static const char *const h[] = {"Indicator", "Workers (n)", "Mean (months of wages)",
                                    "Median (months of wages)"};
    static const lxw_col_t from[] = {0, 5, 6, 7, 8};
    rep_flow_header(s, h, from, 4);
    lxw_row_t first = s->row;
    for (size_t i = 0; i < ind->ncells; i++) {
        const ra_sdg_cell *c = &ind->cells[i];
        unsigned lines = 1;
        sdg_label(&r->tmp, c);
        rep_flow_span(s, 0, 4, r->tmp.p ? r->tmp.p : "",
                      c->dim == RA_DIM_ALL ? r->f.label : r->f.text, &lines);
        rep_num(r, s->ws, s->row, 5, c->n, r->f.count);
        rep_num(r, s->ws, s->row, 6, rep_num_double(c->mean), r->f.ratio);
        rep_num(r, s->ws, s->row, 7, rep_num_double(c->median), r->f.ratio);
        rep_flow_height(s, lines);
        rep_flow_next(s);
    }
    if (!ind->ncells)
        rep_flow_note(s, "No worker has a usable wage above 0: the indicator cannot be computed.");
    static const struct {
        ra_sdg_status st;
        const char *label;
    } ex[] = {{RA_SDG_NO_WAGE, "Not averaged — no usable wage"},
              {RA_SDG_ZERO_WAGE, "Not averaged — wage of 0"},
              {RA_SDG_NO_RATE, "Not averaged — a currency without exchange rate"}};
    for (size_t i = 0; i < 3; i++) {
        unsigned lines = 1;
        rep_flow_span(s, 0, 4, ex[i].label, r->f.text, &lines);
        rep_num(r, s->ws, s->row, 5, ind->excluded[ex[i].st], r->f.count);
        rep_flow_next(s);
    }
    rep_flow_note(s,
                  "Each worker's ratio, or the reason it is not computed, is on the Workers sheet "
                  "(column \"Months of wages paid (SDG 10.7.1)\").");
    rep_flow_next(s);
    if (!ind->ncells)
        return;
    lxw_chart *chart = workbook_add_chart(r->wb, LXW_CHART_BAR);
    lxw_chart_series *series = chart ? chart_add_series(chart, NULL, NULL) : NULL;
    if (!series) {
        r->nomem = true;
        return;
    }
    lxw_row_t last = first + (lxw_row_t)ind->ncells - 1;
    chart_series_set_categories(series, "Summary", first, 0, last, 0);
    chart_series_set_values(series, "Summary", first, 6, last, 6);
    chart_series_set_labels(series);
    chart_series_set_labels_num_format(series, "0.00");
    lxw_chart_fill fill = {.color = 0x548235};
    chart_series_set_fill(series, &fill);
    bar_style(chart, "SDG 10.7.1: mean recruitment costs paid by workers",
              "Months of wages (mean)");
    rep_flow_chart(s, chart, chart_rows(ind->ncells));
}

static void summary_notes(rep_flow *s)
{
    rep *r = s->r;
    const ra_submission *sub = r->sub;
    if (!sub->nnotes)
        return;
    rep_flow_section(s, "Notes from reading the files", 4 * S_ROW);
    static const char *const h[] = {"Kind", "File", "Line", "Note"};
    static const lxw_col_t from[] = {0, 1, 2, 3, 11};
    rep_flow_header(s, h, from, 4);
    size_t shown = sub->nnotes > 20 ? 20 : sub->nnotes;
    for (size_t i = 0; i < shown; i++) {
        const ra_note *n = &sub->notes[i];
        unsigned lines = 1;
        rep_str(r, s->ws, s->row, 0, ra_note_kind_name(n->kind), r->f.text);
        rep_str(r, s->ws, s->row, 1, ra_table_file(n->table), r->f.text);
        if (n->line)
            rep_num(r, s->ws, s->row, 2, (double)n->line, r->f.count);
        rep_flow_span(s, 3, S_COLS - 1, n->message ? n->message : "", r->f.wrap, &lines);
        rep_flow_height(s, lines);
        rep_flow_next(s);
    }
    if (sub->nnotes > shown) {
        rep_buf_clear(&r->tmp);
        rep_buf_printf(&r->tmp, "… and %zu more notes: each is a finding on the Findings sheet.",
                       sub->nnotes - shown);
        rep_flow_note(s, r->tmp.p);
    }
}

void rep_summary_sheet(rep *r)
{
    const ra_manifest *m = r->in->manifest;
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "recruitaudit %s · as of %s · profile %s · %zu findings",
                   m->engine_version, m->as_of, r->pack->profile ? r->pack->profile : "",
                   r->audit->findings.count);
    if (r->tmp.nomem) {
        r->nomem = true;
        return;
    }
    rep_flow *s = rep_flow_sheet(r, "Summary", S_COLS, S_WIDTH_A, S_WIDTH,
                                 "Recruitment agency audit report", r->tmp.p);
    if (!s)
        return;
    double weight[RA_SEV_CRITICAL + 1];
    int from_pack = read_weights(r->pack, weight);
    summary_audit(s);
    summary_files(s);
    summary_severity(s, weight);
    summary_rules(s, r->audit->findings.by_rule);
    summary_risk(s, weight, from_pack);
    summary_refunds(s);
    summary_sdg(s);
    summary_notes(s);
    rep_flow_end(s);
}
