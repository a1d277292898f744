/* report.c — the workbook as a whole: safe cell writing, sheets that
 * continue when full, the Manifest sheet, document properties, and the
 * atomic, reproducible write (report_summary.c has the Summary,
 * report_sheets.c the row sheets). */
#include "report.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "report_internal.h"
#include "tempfile.h"
#include "utf8.h"

/* ---- buffers ---------------------------------------------------------------------------- */

static bool buf_reserve(rep_buf *b, size_t more)
{
    if (b->nomem)
        return false;
    if (b->n + more + 1 <= b->cap)
        return true;
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->n + more + 1)
        cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        b->nomem = true;
        return false;
    }
    b->p = p;
    b->cap = cap;
    return true;
}

void rep_buf_clear(rep_buf *b)
{
    b->n = 0;
    if (buf_reserve(b, 0))
        b->p[0] = '\0';
}

void rep_buf_put(rep_buf *b, const char *s, size_t len)
{
    if (!buf_reserve(b, len))
        return;
    memcpy(b->p + b->n, s, len);
    b->n += len;
    b->p[b->n] = '\0';
}

void rep_buf_puts(rep_buf *b, const char *s)
{
    rep_buf_put(b, s, strlen(s));
}

void rep_buf_printf(rep_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0 || !buf_reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

void rep_buf_free(rep_buf *b)
{
    free(b->p);
    memset(b, 0, sizeof *b);
}

/* ---- errors ----------------------------------------------------------------------------- */

void rep_check(rep *r, lxw_error e, const char *what)
{
    if (e == LXW_NO_ERROR || r->lerr != LXW_NO_ERROR)
        return;
    r->lerr = e;
    snprintf(r->what, sizeof r->what, "%s", what);
}

ra_findings_iter *rep_findings_begin(rep *r)
{
    ra_findings_iter *it = ra_findings_iter_new(&r->audit->findings);
    if (!it)
        r->nomem = true;
    return it;
}

void rep_findings_end(rep *r, ra_findings_iter *it)
{
    if (it && !ra_findings_iter_free(it) && r->fail == RA_OK) {
        const char *tmp = getenv("TMPDIR");
        r->fail = ra_error_set(&r->ferr, RA_ERR_IO, tmp && *tmp ? tmp : "/tmp", 0, 0,
                               "cannot read the findings back from their temporary file: %s",
                               strerror(errno));
    }
}

bool rep_failed(const rep *r)
{
    return r->lerr != LXW_NO_ERROR || r->nomem || r->clean.nomem || r->tmp.nomem ||
           r->fail != RA_OK;
}

/* ---- safe text -------------------------------------------------------------------------- */

#define REPLACEMENT "\xEF\xBF\xBD" /* U+FFFD */
#define CUT_RESERVE 120            /* room kept for the cut mark */

static size_t utf8_decode(const unsigned char *s, uint32_t *cp)
{
    if (s[0] < 0x80) {
        *cp = s[0];
        return 1;
    }
    if (s[0] < 0xE0) {
        *cp = (uint32_t)(s[0] & 0x1F) << 6 | (s[1] & 0x3F);
        return 2;
    }
    if (s[0] < 0xF0) {
        *cp = (uint32_t)(s[0] & 0x0F) << 12 | (uint32_t)(s[1] & 0x3F) << 6 | (s[2] & 0x3F);
        return 3;
    }
    *cp = (uint32_t)(s[0] & 0x07) << 18 | (uint32_t)(s[1] & 0x3F) << 12 |
          (uint32_t)(s[2] & 0x3F) << 6 | (s[3] & 0x3F);
    return 4;
}

static bool is_hex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* "_xHHHH_" is how OOXML escapes a character: Excel would show the
 * character, not the text. */
static bool looks_escaped(const char *s, size_t len)
{
    return len >= 7 && s[0] == '_' && (s[1] == 'x' || s[1] == 'X') && is_hex(s[2]) &&
           is_hex(s[3]) && is_hex(s[4]) && is_hex(s[5]) && s[6] == '_';
}

typedef struct {
    size_t units; /* UTF-16 code units, as Excel counts characters */
    size_t chars; /* characters of the original text */
    size_t cut_at;
    size_t line, widest;
} clean_state;

static void clean_emit(rep_buf *b, clean_state *st, const char *s, size_t len, size_t units,
                       bool newline)
{
    if (st->cut_at == SIZE_MAX && st->units + units > REP_CELL_MAX - CUT_RESERVE)
        st->cut_at = b->n;
    rep_buf_put(b, s, len);
    st->units += units;
    st->chars++;
    if (newline) {
        st->line = 0;
    } else if (++st->line > st->widest) {
        st->widest = st->line;
    }
}

void rep_clean(rep *r, const char *s, size_t len, size_t *width)
{
    rep_buf *b = &r->clean;
    rep_buf_clear(b);
    clean_state st = {0, 0, SIZE_MAX, 0, 0};
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0, valid_end = 0;
    while (i < len) {
        if (i >= valid_end) {
            valid_end = i + ra_utf8_check(u + i, len - i);
            if (valid_end == i) {
                clean_emit(b, &st, REPLACEMENT, 3, 1, false);
                i++;
                continue;
            }
        }
        /* A run of plain ASCII goes in one copy. */
        size_t run = 0;
        while (i + run < valid_end && u[i + run] >= 0x20 && u[i + run] < 0x7F && u[i + run] != '_')
            run++;
        if (run > 1 && st.units + run <= REP_CELL_MAX - CUT_RESERVE) {
            rep_buf_put(b, s + i, run);
            st.units += run;
            st.chars += run;
            st.line += run;
            if (st.line > st.widest)
                st.widest = st.line;
            i += run;
            continue;
        }
        uint32_t cp;
        size_t k = utf8_decode(u + i, &cp);
        if (cp == 0 || cp == 0xFFFE || cp == 0xFFFF) {
            clean_emit(b, &st, REPLACEMENT, 3, 1, false);
        } else if (cp == '_' && looks_escaped(s + i, len - i)) {
            clean_emit(b, &st, "_x005F_", 7, 7, false);
        } else {
            clean_emit(b, &st, s + i, k, cp > 0xFFFF ? 2 : 1, cp == '\n');
        }
        i += k;
    }
    if (st.units > REP_CELL_MAX) {
        b->n = st.cut_at;
        rep_buf_printf(b,
                       " [… cut here: the text has %zu characters, an Excel cell holds at most "
                       "32,767]",
                       st.chars);
    }
    *width = st.widest;
}

size_t rep_text(rep *r, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s, size_t len,
                lxw_format *fmt)
{
    if (!s || !ws)
        return 0;
    size_t width;
    rep_clean(r, s, len, &width);
    if (r->clean.nomem) {
        r->nomem = true;
        return 0;
    }
    if (r->clean.n == 0)
        return 0;
    rep_check(r, worksheet_write_string(ws, row, col, r->clean.p, fmt), "writing a text cell");
    return width;
}

size_t rep_str(rep *r, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
               lxw_format *fmt)
{
    return rep_text(r, ws, row, col, s, s ? strlen(s) : 0, fmt);
}

void rep_num(rep *r, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, lxw_format *fmt)
{
    if (!ws)
        return;
    if (!isfinite(v)) {
        rep_str(r, ws, row, col, "not a finite number", fmt);
        return;
    }
    rep_check(r, worksheet_write_number(ws, row, col, v, fmt), "writing a number cell");
}

double rep_num_double(ra_num n)
{
    if (n.d == 0)
        return 0;
    return (double)((long double)n.n / (long double)n.d);
}

double rep_money_double(ra_money m)
{
    return (double)m / (double)RA_MONEY_SCALE;
}

/* ---- sheets ----------------------------------------------------------------------------- */

lxw_worksheet *rep_add_sheet(rep *r, const char *name)
{
    lxw_worksheet *ws = workbook_add_worksheet(r->wb, name);
    if (!ws)
        rep_check(r, LXW_ERROR_MEMORY_MALLOC_FAILED, "adding a worksheet");
    return ws;
}

void rep_page_setup(rep *r, lxw_worksheet *ws, bool header, double width)
{
    /* Fit to the page width; a sheet so wide that A4 would shrink it below
     * about 60 % goes on A3, so that its text stays readable. */
    double px = width * 7.3;
    worksheet_set_landscape(ws);
    worksheet_set_paper(ws, px > 1046 / 0.6 ? 8 : 9); /* A3 : A4 */
    worksheet_set_margins(ws, 0.4, 0.4, 0.5, 0.6);
    worksheet_fit_to_pages(ws, 1, 0);
    rep_check(r, worksheet_set_footer(ws, "&L&A&RPage &P of &N"), "setting the footer");
    /* Rows fit the 10-point text, and every viewer agrees on their height. */
    worksheet_set_default_row(ws, REP_ROW_HEIGHT, LXW_FALSE);
    if (header) {
        rep_check(r, worksheet_repeat_rows(ws, 0, 0), "repeating the header row");
        worksheet_freeze_panes(ws, 1, 0);
    }
    /* Identifiers such as "007" are text on purpose. */
    rep_check(r, worksheet_ignore_errors(ws, LXW_IGNORE_NUMBER_STORED_AS_TEXT, "A1:XFD1048576"),
              "ignoring number-as-text flags");
}

/* Characters of the longest word: the width a wrapped header needs. */
static size_t longest_word(const char *s)
{
    size_t best = 0, cur = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if (*p == ' ' || *p == '\n')
            cur = 0;
        else if ((*p & 0xC0) != 0x80 && ++cur > best)
            best = cur;
    }
    return best;
}

/* Columns of a character: East Asian wide characters take two. */
static size_t char_cols(const unsigned char *s, size_t len, size_t *used)
{
    uint32_t cp = s[0];
    size_t n = s[0] < 0x80 ? 1 : s[0] < 0xE0 ? 2 : s[0] < 0xF0 ? 3 : 4;
    if (n > len || (n > 1 && ra_utf8_check(s, n) != n)) {
        *used = 1;
        return 1;
    }
    if (n > 1)
        utf8_decode(s, &cp);
    *used = n;
    bool wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
                (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1FAFF) ||
                (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
}

unsigned rep_wrap_lines(const char *s, size_t len, double width)
{
    /* A column width unit is one digit of the 11-point default font; the
     * report's 10-point text fits about 1.3 average characters in it (a
     * little less is assumed, so that rows are never too short). */
    size_t per = width > 2 ? (size_t)(width * 1.25) : 2;
    if (len <= per && !memchr(s, '\n', len))
        return 1; /* bytes >= columns: it fits */
    size_t lines = 1, col = 0, word = 0;
    const unsigned char *u = (const unsigned char *)s;
    for (size_t i = 0; i <= len && lines < 1000;) {
        unsigned char c = i < len ? u[i] : '\n';
        if (c == ' ' || c == '\n') {
            if (word) {
                if (col && col + 1 + word > per) {
                    lines++;
                    col = 0;
                }
                col += (col ? 1 : 0) + word;
                while (col > per) { /* a word longer than the line */
                    lines++;
                    col -= per;
                }
                word = 0;
            }
            if (c == '\n' && i < len) {
                lines++;
                col = 0;
            }
            i++;
        } else {
            size_t used;
            word += char_cols(u + i, len - i, &used);
            i += used;
        }
    }
    return (unsigned)lines;
}

double rep_row_height(unsigned lines)
{
    double h = 12.75 * lines + 2.5;
    return h > 409 ? 409 : h; /* Excel's highest row */
}

static bool sheet_grow(rep_sheet *s, size_t ncols)
{
    if (ncols <= s->cap)
        return true;
    size_t cap = s->cap ? s->cap : 16;
    while (cap < ncols)
        cap *= 2;
    char **t = realloc(s->titles, cap * sizeof *t);
    if (t)
        s->titles = t;
    double *w = realloc(s->width, cap * sizeof *w);
    if (w)
        s->width = w;
    if (!t || !w) {
        s->r->nomem = true;
        return false;
    }
    for (size_t i = s->cap; i < cap; i++) {
        s->titles[i] = NULL;
        s->width[i] = 12;
    }
    s->cap = cap;
    return true;
}

/* Ends the current row: makes it tall enough for its wrapped text. */
static void sheet_end_row(rep_sheet *s)
{
    if (s->ws && s->row && s->lines > 1)
        rep_check(s->r, worksheet_set_row(s->ws, s->row - 1, rep_row_height(s->lines), NULL),
                  "setting a row height");
    s->lines = 1;
}

static void sheet_start_part(rep_sheet *s)
{
    char name[40];
    if (s->part == 1)
        snprintf(name, sizeof name, "%s", s->base);
    else
        snprintf(name, sizeof name, "%s (%u)", s->base, s->part);
    s->ws = rep_add_sheet(s->r, name);
    s->row = 0;
    if (!s->ws)
        return;
    double total = 0;
    for (size_t c = 0; c < s->ncols; c++)
        total += s->width[c];
    rep_page_setup(s->r, s->ws, true, total);
    s->lines = 1;
    for (size_t c = 0; c < s->ncols; c++) {
        rep_check(s->r, worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, s->width[c], NULL),
                  "setting a column width");
        if (!s->titles[c])
            continue;
        rep_str(s->r, s->ws, 0, (lxw_col_t)c, s->titles[c], s->r->f.header);
        unsigned n = rep_wrap_lines(s->titles[c], strlen(s->titles[c]), s->width[c] - 1);
        if (n > s->lines)
            s->lines = n;
    }
    s->row = 1;
    sheet_end_row(s);
}

static void sheet_end_part(rep_sheet *s)
{
    if (!s->ws)
        return;
    sheet_end_row(s);
    for (size_t c = s->ncols0; c < s->ncols; c++) /* columns found after the header */
        rep_check(s->r, worksheet_set_column(s->ws, (lxw_col_t)c, (lxw_col_t)c, s->width[c], NULL),
                  "setting a column width");
    if (s->ncols)
        rep_check(
            s->r,
            worksheet_autofilter(s->ws, 0, 0, s->row ? s->row - 1 : 0, (lxw_col_t)(s->ncols - 1)),
            "setting the autofilter");
}

bool rep_sheet_open(rep_sheet *s, rep *r, const char *base, const rep_col *cols, size_t ncols,
                    const double *measured)
{
    memset(s, 0, sizeof *s);
    s->r = r;
    snprintf(s->base, sizeof s->base, "%s", base);
    s->part = 1;
    if (ncols > REP_EXCEL_COLS)
        ncols = REP_EXCEL_COLS;
    if (!sheet_grow(s, ncols ? ncols : 1))
        return false;
    s->ncols = s->ncols0 = ncols;
    for (size_t c = 0; c < ncols; c++) {
        const char *title = cols[c].title ? cols[c].title : "";
        s->titles[c] = strdup(title);
        if (!s->titles[c])
            r->nomem = true;
        double w = measured ? measured[c] + 1.5 : cols[c].max;
        double h = (double)longest_word(title) + 2;
        if (h > w)
            w = h;
        s->width[c] = w < cols[c].min ? cols[c].min : w > cols[c].max ? cols[c].max : w;
    }
    sheet_start_part(s);
    return s->ws != NULL && !r->nomem;
}

lxw_row_t rep_sheet_next(rep_sheet *s)
{
    sheet_end_row(s);
    if (s->row >= s->r->max_rows) {
        sheet_end_part(s);
        s->part++;
        sheet_start_part(s);
    }
    s->rows++;
    ra_progress_add(s->r->progress, 1);
    return s->row++;
}

static bool sheet_col(rep_sheet *s, size_t col)
{
    if (!s->ws || col >= REP_EXCEL_COLS)
        return false;
    if (col >= s->ncols) {
        if (!sheet_grow(s, col + 1))
            return false;
        s->ncols = col + 1;
    }
    return true;
}

void rep_sheet_text(rep_sheet *s, lxw_row_t row, size_t col, const char *str, size_t len,
                    lxw_format *fmt)
{
    if (!str || !len || !sheet_col(s, col))
        return;
    rep_text(s->r, s->ws, row, (lxw_col_t)col, str, len, fmt);
    unsigned n = rep_wrap_lines(str, len, s->width[col] - 0.5);
    if (n > s->lines)
        s->lines = n;
}

void rep_sheet_str(rep_sheet *s, lxw_row_t row, size_t col, const char *str, lxw_format *fmt)
{
    rep_sheet_text(s, row, col, str, str ? strlen(str) : 0, fmt);
}

void rep_sheet_num(rep_sheet *s, lxw_row_t row, size_t col, double v, lxw_format *fmt)
{
    if (sheet_col(s, col))
        rep_num(s->r, s->ws, row, (lxw_col_t)col, v, fmt);
}

void rep_sheet_none(rep_sheet *s, const char *why)
{
    if (s->rows || !s->ws)
        return;
    rep_str(s->r, s->ws, s->row, 0, why, s->r->f.empty); /* not wrapped: runs across */
    s->row++;
}

void rep_sheet_close(rep_sheet *s)
{
    sheet_end_part(s);
    for (size_t c = 0; c < s->cap && s->titles; c++)
        free(s->titles[c]);
    free(s->titles);
    free(s->width);
    memset(s, 0, sizeof *s);
}

void rep_measure(double *width, const char *s, size_t len)
{
    size_t cur = 0, best = 0;
    for (size_t i = 0; i < len && best < 200; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n')
            cur = 0;
        else if ((c & 0xC0) != 0x80 && ++cur > best)
            best = cur;
    }
    if ((double)best > *width)
        *width = (double)best;
}

/* ---- formats ---------------------------------------------------------------------------- */

lxw_format *rep_format_new(rep *r)
{
    lxw_format *f = workbook_add_format(r->wb);
    if (!f) {
        r->nomem = true;
        return NULL;
    }
    format_set_font_name(f, "Calibri");
    format_set_font_size(f, 10);
    format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
    return f;
}

bool rep_make_formats(rep *r)
{
    rep_formats *f = &r->f;
    if (!(f->title = rep_format_new(r)) || !(f->subtitle = rep_format_new(r)) ||
        !(f->section = rep_format_new(r)) || !(f->label = rep_format_new(r)) ||
        !(f->header = rep_format_new(r)) || !(f->text = rep_format_new(r)) ||
        !(f->wrap = rep_format_new(r)) || !(f->note = rep_format_new(r)) ||
        !(f->count = rep_format_new(r)) || !(f->money = rep_format_new(r)) ||
        !(f->ratio = rep_format_new(r)) || !(f->total = rep_format_new(r)) ||
        !(f->total_count = rep_format_new(r)) || !(f->total_money = rep_format_new(r)) ||
        !(f->mono = rep_format_new(r)) || !(f->empty = rep_format_new(r)))
        return false;
    format_set_bold(f->title);
    format_set_font_size(f->title, 16);
    format_set_font_color(f->title, 0x1F3864);
    format_set_font_color(f->subtitle, 0x595959);
    format_set_bold(f->section);
    format_set_font_size(f->section, 12);
    format_set_font_color(f->section, 0x1F3864);
    format_set_bottom(f->section, LXW_BORDER_MEDIUM);
    format_set_bottom_color(f->section, 0x1F3864);
    format_set_bold(f->label);
    format_set_bold(f->header);
    format_set_font_color(f->header, LXW_COLOR_WHITE);
    format_set_bg_color(f->header, 0x1F3864);
    format_set_text_wrap(f->header);
    format_set_border(f->header, LXW_BORDER_THIN);
    format_set_border_color(f->header, 0xBFBFBF);
    format_set_text_wrap(f->wrap);
    format_set_italic(f->empty);
    format_set_font_color(f->empty, 0x404040);
    format_set_italic(f->note);
    format_set_font_color(f->note, 0x404040);
    format_set_text_wrap(f->note);
    format_set_num_format(f->count, "#,##0");
    format_set_num_format(f->money, "#,##0.00");
    format_set_num_format(f->ratio, "0.00");
    format_set_bold(f->total);
    format_set_top(f->total, LXW_BORDER_THIN);
    format_set_bold(f->total_count);
    format_set_top(f->total_count, LXW_BORDER_THIN);
    format_set_num_format(f->total_count, "#,##0");
    format_set_bold(f->total_money);
    format_set_top(f->total_money, LXW_BORDER_THIN);
    format_set_num_format(f->total_money, "#,##0.00");
    format_set_font_name(f->mono, "Consolas");
    format_set_indent(f->mono, 1);
    /* Severity colours: strong for critical, fading to grey for info. */
    static const struct {
        lxw_color_t bg, fg;
    } sev[] = {{0xE7E6E6, 0x404040},  /* info */
               {0xDDEBF7, 0x1F3864},  /* low */
               {0xFFE699, 0x3F3F00},  /* medium */
               {0xF4B183, 0x5A1E00},  /* high */
               {0xC00000, 0xFFFFFF}}; /* critical */
    for (int s = RA_SEV_INFO; s <= RA_SEV_CRITICAL; s++) {
        if (!(f->sev[s] = rep_format_new(r)))
            return false;
        format_set_bg_color(f->sev[s], sev[s].bg);
        format_set_font_color(f->sev[s], sev[s].fg);
        format_set_bold(f->sev[s]);
    }
    return true;
}

/* ---- Manifest --------------------------------------------------------------------------- */

static void manifest_row(rep_sheet *sh, const char *item, const char *value, const char *sha,
                         const uint64_t *size)
{
    rep *r = sh->r;
    lxw_row_t row = rep_sheet_next(sh);
    rep_sheet_str(sh, row, 0, item, r->f.label);
    rep_sheet_str(sh, row, 1, value, r->f.wrap);
    if (size)
        rep_sheet_num(sh, row, 2, (double)*size, r->f.count);
    if (sha)
        rep_sheet_str(sh, row, 3, sha, r->f.mono);
}

static void write_manifest(rep *r)
{
    const ra_manifest *m = r->in->manifest;
    static const rep_col cols[] = {
        {"Item", 14, 30}, {"Value", 14, 60}, {"Size (bytes)", 12, 16}, {"SHA-256", 20, 70}};
    double width[4] = {28, 24, 12, 66};
    rep_measure(&width[1], m->rates_source, strlen(m->rates_source));
    rep_measure(&width[1], m->case_ref, strlen(m->case_ref));
    rep_measure(&width[1], m->inspector, strlen(m->inspector));
    rep_measure(&width[1], m->signer_subject, strlen(m->signer_subject));
    for (size_t i = 0; i < m->nfiles; i++)
        rep_measure(&width[1], m->files[i].path, strlen(m->files[i].path));
    rep_sheet sh;
    if (!rep_sheet_open(&sh, r, "Manifest", cols, 4, width)) {
        rep_sheet_close(&sh);
        return;
    }
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "recruitaudit %s", m->engine_version);
    manifest_row(&sh, "Engine version", r->tmp.p, NULL, NULL);
    manifest_row(&sh, "Rules (rules_sha256)", "rule pack and selected profile", m->rules_sha256,
                 NULL);
    manifest_row(&sh, "Profile", m->profile, NULL, NULL);
    manifest_row(&sh, "As-of date", m->as_of, NULL, NULL);
    manifest_row(&sh, "Exchange rates", m->rates_source[0] ? m->rates_source : "none",
                 m->rates_sha256[0] ? m->rates_sha256 : NULL, NULL);
    if (m->case_ref[0])
        manifest_row(&sh, "Case reference", m->case_ref, NULL, NULL);
    if (m->inspector[0])
        manifest_row(&sh, "Inspector", m->inspector, NULL, NULL);
    if (m->signer_subject[0] || m->signer_sha256[0])
        manifest_row(&sh, "Signer (certificate SHA-256)", m->signer_subject,
                     m->signer_sha256[0] ? m->signer_sha256 : NULL, NULL);
    for (size_t i = 0; i < m->nfiles; i++)
        manifest_row(&sh, "Input file", m->files[i].path, m->files[i].sha256, &m->files[i].size);
    rep_sheet_close(&sh);
}

/* ---- properties ------------------------------------------------------------------------- */

static void set_custom(void *ctx, const char *name, const char *value)
{
    rep *r = ctx;
    size_t width;
    rep_clean(r, value, strlen(value), &width);
    if (r->clean.nomem) {
        r->nomem = true;
        return;
    }
    rep_check(r, workbook_set_custom_property_string(r->wb, name, r->clean.p),
              "setting a custom document property");
}

static char *clean_dup(rep *r, const char *s)
{
    size_t width;
    rep_clean(r, s, strlen(s), &width);
    char *d = r->clean.nomem ? NULL : strdup(r->clean.p);
    if (!d)
        r->nomem = true;
    return d;
}

static void set_properties(rep *r)
{
    const ra_manifest *m = r->in->manifest;
    const ra_submission *sub = r->sub;
    rep_buf_clear(&r->tmp);
    rep_buf_puts(&r->tmp, "Audit of ");
    for (uint32_t a = 0; a < sub->nagencies && a < 5; a++)
        rep_buf_printf(&r->tmp, "%s%s", a ? ", " : "", sub->agencies[a].id);
    if (sub->nagencies > 5)
        rep_buf_printf(&r->tmp, " and %u more agencies", sub->nagencies - 5);
    rep_buf_printf(&r->tmp, " as of %s", m->as_of);
    char *subject = clean_dup(r, r->tmp.p);
    char *author = m->inspector[0] ? clean_dup(r, m->inspector) : NULL;
    rep_buf_clear(&r->tmp);
    rep_buf_printf(&r->tmp, "recruitaudit %s; profile %s; rules_sha256 %s", m->engine_version,
                   m->profile, m->rules_sha256);
    char *comments = clean_dup(r, r->tmp.p);
    lxw_doc_properties p = {
        .title = "Recruitment agency audit report",
        .subject = subject,
        .author = author ? author : "recruitaudit",
        .keywords = "recruitaudit, fair recruitment, SDG 10.7.1",
        .comments = comments,
        /* 0 would make libxlsxwriter take the current time. */
        .created = r->in->created ? (time_t)r->in->created : 1,
    };
    if (!rep_failed(r))
        rep_check(r, workbook_set_properties(r->wb, &p), "setting the document properties");
    free(subject);
    free(author);
    free(comments);
    ra_manifest_properties(m, set_custom, r);
}

/* ---- writing ---------------------------------------------------------------------------- */

static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return strdup(".");
    if (slash == path)
        return strdup("/");
    return strndup(path, (size_t)(slash - path));
}

ra_status rep_begin(rep *r, const char *path, const char *noun, ra_error *err)
{
    r->path = path;
    r->noun = noun;
    if (ra_output_is_special(path))
        return ra_error_set(err, RA_ERR_USAGE, path, 0, 0,
                            "the %s must go to a regular file (it is signed and hashed whole)",
                            noun);
    r->target = ra_output_target(path);
    if (!r->target)
        return ra_error_set(err, errno == ENOMEM ? RA_ERR_NOMEM : RA_ERR_IO, path, 0, 0,
                            "cannot write the %s: %s", noun, ra_output_target_reason(errno));
    r->dir = dir_of(r->target);
    int fd = r->dir ? ra_tempfile_open(r->target, &r->tmp_path) : -1;
    if (fd < 0) {
        ra_status st = r->dir ? ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write the %s: %s",
                                             noun, strerror(errno))
                              : ra_error_set(err, RA_ERR_NOMEM, path, 0, 0, "out of memory");
        free(r->dir);
        free(r->target);
        r->dir = r->target = NULL;
        return st;
    }
    close(fd);
    lxw_workbook_options opts = {.constant_memory = LXW_TRUE, .tmpdir = r->dir};
    r->wb = workbook_new_opt(r->tmp_path, &opts);
    if (!r->wb) {
        unlink(r->tmp_path);
        free(r->tmp_path);
        free(r->dir);
        free(r->target);
        r->tmp_path = r->dir = r->target = NULL;
        return ra_error_set(err, RA_ERR_NOMEM, path, 0, 0, "cannot start the %s", noun);
    }
    return RA_OK;
}

ra_status rep_end(rep *r, ra_error *err)
{
    ra_progress_begin(r->progress, RA_STAGE_PACK, 0);
    lxw_error closed = workbook_close(r->wb);
    r->wb = NULL;
    const char *path = r->path, *noun = r->noun;
    ra_status st = RA_OK;
    if (r->nomem || r->clean.nomem || r->tmp.nomem)
        st = ra_error_set(err, RA_ERR_NOMEM, path, 0, 0, "out of memory writing the %s", noun);
    else if (r->lerr != LXW_NO_ERROR)
        st = ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write the %s (%s): %s", noun, r->what,
                          lxw_strerror(r->lerr));
    else if (r->fail != RA_OK) {
        if (err)
            *err = r->ferr;
        st = r->fail;
    } else if (closed != LXW_NO_ERROR)
        st = ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write the %s: %s", noun,
                          lxw_strerror(closed));
    if (st == RA_OK) {
        FILE *f = fopen(r->tmp_path, "rb");
        bool ok = f && fsync(fileno(f)) == 0;
        if (f)
            fclose(f);
        if (!ok || rename(r->tmp_path, r->target) != 0)
            st = ra_error_set(err, RA_ERR_IO, path, 0, 0, "cannot write the %s: %s", noun,
                              strerror(errno));
    }
    if (st != RA_OK)
        unlink(r->tmp_path);
    rep_buf_free(&r->clean);
    rep_buf_free(&r->tmp);
    free(r->tmp_path);
    free(r->dir);
    free(r->target);
    r->tmp_path = r->dir = r->target = NULL;
    return st;
}

ra_status ra_report_write(const char *path, const ra_report_input *in, ra_error *err)
{
    if (!path || !in || !in->audit || !in->audit->sub || !in->pack || !in->manifest)
        return ra_error_set(err, RA_ERR_USAGE, path ? path : "", 0, 0,
                            "ra_report_write needs an audit, its pack and a manifest");
    rep r = {.in = in,
             .audit = in->audit,
             .sub = in->audit->sub,
             .pack = in->pack,
             .progress = in->progress};
    r.max_rows = in->max_rows == 0 || in->max_rows > REP_EXCEL_ROWS ? REP_EXCEL_ROWS
                 : in->max_rows < 2                                 ? 2
                                                                    : in->max_rows;
    ra_status st = rep_begin(&r, path, "report", err);
    if (st != RA_OK)
        return st;
    /* The rows of the long sheets; the short ones make it a little more. */
    const ra_file_stats *fs = r.sub->files;
    ra_progress_begin(r.progress, RA_STAGE_REPORT,
                      (uint64_t)r.audit->findings.count + (uint64_t)fs[RA_TABLE_WORKERS].read +
                          (uint64_t)fs[RA_TABLE_FEES].read + (uint64_t)fs[RA_TABLE_DOCUMENTS].read +
                          r.sub->nrejections);
    if (rep_make_formats(&r)) {
        set_properties(&r);
        rep_summary_sheet(&r);
        if (!rep_failed(&r))
            rep_findings_sheet(&r);
        if (!rep_failed(&r))
            rep_csv_sheet(&r, RA_TABLE_WORKERS, "Workers");
        if (!rep_failed(&r))
            rep_csv_sheet(&r, RA_TABLE_FEES, "Fees");
        if (!rep_failed(&r))
            rep_csv_sheet(&r, RA_TABLE_DOCUMENTS, "Documents");
        if (!rep_failed(&r))
            rep_contracts_sheet(&r);
        if (!rep_failed(&r))
            rep_rejected_sheet(&r);
        if (!rep_failed(&r))
            write_manifest(&r);
    }
    return rep_end(&r, err);
}
