/* report_flow.c — sheets of blocks that flow down printed pages: the audit
 * report's Summary and the national workbook's Summary. Owns the layout
 * (column widths, row heights from wrapped text, page breaks before blocks
 * that would cross a page); the cells go through report.c's safe writers. */
#include <stdlib.h>
#include <string.h>

#include "report_internal.h"

#define ROW REP_ROW_HEIGHT

rep_flow *rep_flow_sheet(rep *r, const char *name, lxw_col_t ncols, double width_a, double width,
                         const char *title, const char *subtitle)
{
    /* Charts cache the data they show only from a sheet kept in memory;
     * libxlsxwriter reads options.constant_memory when a sheet is added, so
     * the big row sheets stay in constant-memory mode. */
    r->wb->options.constant_memory = LXW_FALSE;
    lxw_worksheet *ws = rep_add_sheet(r, name);
    r->wb->options.constant_memory = LXW_TRUE;
    if (!ws)
        return NULL;
    rep_flow *f = calloc(1, sizeof *f);
    if (!f) {
        r->nomem = true;
        return NULL;
    }
    *f = (rep_flow){.r = r, .ws = ws, .ncols = ncols, .width_a = width_a, .width = width};
    rep_page_setup(r, ws, false, width_a + (ncols - 1) * width);
    worksheet_gridlines(ws, LXW_HIDE_ALL_GRIDLINES);
    rep_check(r, worksheet_set_column(ws, 0, 0, width_a, NULL), "column width");
    rep_check(r, worksheet_set_column(ws, 1, ncols - 1, width, NULL), "column width");
    rep_str(r, ws, f->row, 0, title, r->f.title);
    f->h = 24;
    rep_check(r, worksheet_set_row(ws, f->row, f->h, NULL), "row height");
    rep_flow_next(f);
    rep_str(r, ws, f->row, 0, subtitle, r->f.subtitle);
    rep_flow_next(f);
    return f;
}

void rep_flow_end(rep_flow *f)
{
    if (!f)
        return;
    if (f->nbreaks) /* breaks[] stays 0-terminated: calloc, and at most MAX_BREAKS set */
        rep_check(f->r, worksheet_set_h_pagebreaks(f->ws, f->breaks), "page breaks");
    free(f);
}

static double span_width(const rep_flow *f, lxw_col_t c1, lxw_col_t c2)
{
    double w = 0;
    for (lxw_col_t c = c1; c <= c2; c++)
        w += c == 0 ? f->width_a : f->width;
    return w;
}

void rep_flow_next(rep_flow *f)
{
    f->y += f->h;
    f->h = ROW;
    f->row++;
}

void rep_flow_skip(rep_flow *f, unsigned rows)
{
    while (rows--)
        rep_flow_next(f);
}

void rep_flow_keep(rep_flow *f, double need)
{
    if (f->y + need <= REP_FLOW_PAGE || f->y == 0 || f->nbreaks >= REP_FLOW_MAX_BREAKS)
        return;
    f->breaks[f->nbreaks++] = f->row;
    f->y = 0;
}

void rep_flow_height(rep_flow *f, unsigned lines)
{
    if (lines <= 1)
        return;
    f->h = rep_row_height(lines);
    rep_check(f->r, worksheet_set_row(f->ws, f->row, f->h, NULL), "row height");
}

void rep_flow_span(rep_flow *f, lxw_col_t c1, lxw_col_t c2, const char *text, lxw_format *fmt,
                   unsigned *lines)
{
    rep *r = f->r;
    if (c1 == c2) {
        rep_str(r, f->ws, f->row, c1, text, fmt);
    } else {
        size_t width;
        rep_clean(r, text, strlen(text), &width);
        if (r->clean.nomem) {
            r->nomem = true;
            return;
        }
        rep_check(r, worksheet_merge_range(f->ws, f->row, c1, f->row, c2, r->clean.p, fmt),
                  "writing a merged cell");
    }
    unsigned n = rep_wrap_lines(text, strlen(text), span_width(f, c1, c2) - 1);
    if (n > *lines)
        *lines = n;
}

void rep_flow_section(rep_flow *f, const char *title, double need)
{
    rep *r = f->r;
    rep_flow_next(f);
    rep_flow_keep(f, need + 2 * ROW);
    rep_str(r, f->ws, f->row, 0, title, r->f.section);
    for (lxw_col_t c = 1; c < f->ncols; c++)
        rep_check(r, worksheet_write_blank(f->ws, f->row, c, r->f.section), "section rule");
    f->h = 18;
    rep_check(r, worksheet_set_row(f->ws, f->row, f->h, NULL), "row height");
    rep_flow_next(f);
}

void rep_flow_kv(rep_flow *f, const char *label, const char *value)
{
    unsigned lines = 1;
    rep_flow_span(f, 0, 0, label, f->r->f.label, &lines);
    rep_flow_span(f, 1, f->ncols - 1, value, f->r->f.wrap, &lines);
    rep_flow_height(f, lines);
    rep_flow_next(f);
}

void rep_flow_note(rep_flow *f, const char *text)
{
    unsigned lines = 1;
    rep_flow_span(f, 0, f->ncols - 1, text, f->r->f.note, &lines);
    rep_flow_height(f, lines);
    rep_flow_next(f);
}

void rep_flow_header(rep_flow *f, const char *const *titles, const lxw_col_t *from, size_t n)
{
    unsigned lines = 1;
    for (size_t i = 0; i < n; i++)
        rep_flow_span(f, from[i], from[i + 1] - 1, titles[i], f->r->f.header, &lines);
    rep_flow_height(f, lines);
    rep_flow_next(f);
}

void rep_flow_chart(rep_flow *f, lxw_chart *chart, unsigned height_rows)
{
    if (!chart) {
        f->r->nomem = true;
        return;
    }
    unsigned page_rows = (unsigned)(REP_FLOW_PAGE / ROW) - 2;
    if (height_rows > page_rows)
        height_rows = page_rows;
    rep_flow_keep(f, (height_rows + 1) * ROW);
    /* As wide as the columns (a column of w characters is about 7w + 5
     * pixels; a chart is 480 × 288 pixels before scaling). */
    double px = span_width(f, 0, f->ncols - 1) * 7 + 5.0 * f->ncols;
    lxw_chart_options o = {.x_offset = 4,
                           .y_offset = 6,
                           .x_scale = (px - 12) / 480.0,
                           .y_scale = (height_rows * ROW * 4 / 3) / 288.0};
    rep_check(f->r, worksheet_insert_chart_opt(f->ws, f->row, 0, chart, &o), "inserting a chart");
    rep_flow_skip(f, height_rows + 1);
}
