/* report_internal.h — what report.c (workbook, safe cells, Manifest),
 * report_summary.c (the Summary) and report_sheets.c (the row sheets) share:
 * the writer's state, safe cell writing, and sheets that continue on
 * "Name (2)" when full.
 *
 * A rep owns its formats (through the workbook) and two scratch buffers;
 * a rep_sheet owns copies of its header titles until rep_sheet_close. */
#ifndef RA_REPORT_INTERNAL_H
#define RA_REPORT_INTERNAL_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "report.h"

#define REP_EXCEL_ROWS 1048576u
#define REP_EXCEL_COLS 16384u
#define REP_CELL_MAX 32767  /* characters in one Excel cell */
#define REP_ROW_HEIGHT 13.5 /* points: one line of the report's 10-point text */

/* A growable NUL-terminated byte buffer; nomem sticks once set. */
typedef struct {
    char *p;
    size_t n, cap;
    bool nomem;
} rep_buf;

void rep_buf_clear(rep_buf *b);
void rep_buf_put(rep_buf *b, const char *s, size_t len);
void rep_buf_puts(rep_buf *b, const char *s);
void rep_buf_printf(rep_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void rep_buf_free(rep_buf *b);

typedef struct {
    lxw_format *title, *subtitle, *section, *label, *header, *text, *wrap, *note, *count, *money,
        *ratio, *total, *total_count, *total_money, *mono, *empty;
    lxw_format *sev[RA_SEV_CRITICAL + 1];
} rep_formats;

typedef struct {
    const ra_report_input *in;
    const ra_audit *audit;
    const ra_submission *sub;
    const ra_pack *pack;
    lxw_workbook *wb;
    ra_progress *progress; /* advanced by each data row, or NULL */
    uint32_t max_rows;     /* rows per sheet, header included */
    rep_formats f;
    rep_buf clean;  /* the cell text being written */
    rep_buf tmp;    /* text being composed */
    lxw_error lerr; /* the first libxlsxwriter error */
    bool nomem;
    char what[128]; /* where the first error happened */
    ra_status fail; /* the first other failure (reading an input again), described in ferr */
    ra_error ferr;
    /* The file being written, from rep_begin to rep_end: path as named (in
     * messages), target the file it names (ra_output_target). */
    const char *path, *noun;
    char *target, *tmp_path, *dir;
} rep;

/* A new format in the report's font (Calibri 10, top-aligned); NULL (and
 * r->nomem) when out of memory. */
lxw_format *rep_format_new(rep *r);
/* Fills r->f: the report's look, shared by every workbook recruitaudit
 * writes. false when out of memory. */
bool rep_make_formats(rep *r);

/* Records the first failure of a libxlsxwriter call. */
void rep_check(rep *r, lxw_error e, const char *what);
bool rep_failed(const rep *r);

/* Reads the audit's findings in order: NULL (and r->nomem) when out of
 * memory. rep_findings_end frees the iterator and records a read error of
 * the findings' temporary file as the report's failure. */
ra_findings_iter *rep_findings_begin(rep *r);
void rep_findings_end(rep *r, ra_findings_iter *it);

/* Makes text safe for a cell into r->clean: invalid UTF-8 (and NUL, U+FFFE,
 * U+FFFF) becomes U+FFFD, "_xHHHH_" is escaped so that Excel shows it
 * literally, and text over 32,767 characters is cut with a visible mark.
 * *width gets the width of its longest line, in characters. */
void rep_clean(rep *r, const char *s, size_t len, size_t *width);
/* Writes text (cleaned) as a string cell, never a formula: libxlsxwriter's
 * worksheet_write_string stores any text, "=1+1" included, as a string.
 * Returns the width of its longest line. */
size_t rep_text(rep *r, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s, size_t len,
                lxw_format *fmt);
size_t rep_str(rep *r, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *s,
               lxw_format *fmt);
void rep_num(rep *r, lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, double v, lxw_format *fmt);

double rep_num_double(ra_num n);
double rep_money_double(ra_money m);

/* Landscape, fit to one page wide (A4, or A3 when width, the sum of the
 * column widths, is too wide for A4), header row repeated and frozen (when
 * header), page numbers in the footer, and no "number stored as text" flags. */
void rep_page_setup(rep *r, lxw_worksheet *ws, bool header, double width);
lxw_worksheet *rep_add_sheet(rep *r, const char *name);

/* ---- sheets of rows that continue on "Name (2)", "Name (3)" ... ------------------------ */

typedef struct {
    const char *title;
    double min, max; /* column width bounds, in characters */
} rep_col;

typedef struct {
    rep *r;
    char base[24];
    lxw_worksheet *ws;
    unsigned part;
    lxw_row_t row;  /* rows written on the current part, header included */
    unsigned lines; /* text lines of the row being written */
    size_t ncols, ncols0, cap;
    char **titles;
    double *width; /* fixed per column, so that row heights can be known */
    uint64_t rows; /* data rows over all parts */
} rep_sheet;

/* measured[i]: the widest line column i will hold (rep_measure), or NULL to
 * use each column's max. Widths are fixed here: rows are written once, in
 * order, each as tall as its wrapped text needs. */
bool rep_sheet_open(rep_sheet *s, rep *r, const char *base, const rep_col *cols, size_t ncols,
                    const double *measured);
/* The row for the next data row; starts a new part when this one is full. */
lxw_row_t rep_sheet_next(rep_sheet *s);
void rep_sheet_text(rep_sheet *s, lxw_row_t row, size_t col, const char *str, size_t len,
                    lxw_format *fmt);
void rep_sheet_str(rep_sheet *s, lxw_row_t row, size_t col, const char *str, lxw_format *fmt);
void rep_sheet_num(rep_sheet *s, lxw_row_t row, size_t col, double v, lxw_format *fmt);
/* When no data row was written: one row saying why (text starts "None"). */
void rep_sheet_none(rep_sheet *s, const char *why);
void rep_sheet_close(rep_sheet *s);

/* Raises *width to the longest line of s (characters, capped at 200). */
void rep_measure(double *width, const char *s, size_t len);
/* Lines text takes in a column of this width, wrapped at spaces. */
unsigned rep_wrap_lines(const char *s, size_t len, double width);
/* Points for a row of that many lines of 10-point text. */
double rep_row_height(unsigned lines);

/* ---- writing the file (report.c) -------------------------------------------------------- */

/* Starts r->wb on a new temporary file beside path (libxlsxwriter's own
 * temporary files go there too, not to a /tmp that may live in memory).
 * noun names the file in messages ("report", "workbook"). On success
 * rep_end must follow; on failure nothing is left behind. */
ra_status rep_begin(rep *r, const char *path, const char *noun, ra_error *err);
/* Closes the workbook and, when nothing failed, syncs it and renames it onto
 * the path given to rep_begin; otherwise removes it and reports the first
 * failure. Frees what rep_begin and the scratch buffers hold. */
ra_status rep_end(rep *r, ra_error *err);

/* ---- a sheet of blocks that flow down pages (report_flow.c) ---------------------------- */

/* The Summary sheets: column A holds labels, the others values; blocks
 * (sections, tables, charts) that would cross the printable height of a
 * landscape A4 page start a new one. A rep_flow is owned by its caller
 * through rep_flow_sheet / rep_flow_end. */
#define REP_FLOW_PAGE 500.0 /* printable points of a page, at a scale close to 1 */
#define REP_FLOW_MAX_BREAKS 1023

typedef struct {
    rep *r;
    lxw_worksheet *ws;
    lxw_col_t ncols;
    double width_a, width; /* characters: column A, and each of the others */
    lxw_row_t row;         /* the current row */
    double h, y;           /* its height; where it starts on its page */
    lxw_row_t breaks[REP_FLOW_MAX_BREAKS + 1];
    size_t nbreaks;
} rep_flow;

/* Adds the sheet (kept in memory, so that charts cache the data they show)
 * with its title and subtitle rows. NULL when that failed (recorded in r). */
rep_flow *rep_flow_sheet(rep *r, const char *name, lxw_col_t ncols, double width_a, double width,
                         const char *title, const char *subtitle);
/* Sets the page breaks and frees f (NULL is fine). */
void rep_flow_end(rep_flow *f);
void rep_flow_next(rep_flow *f);
void rep_flow_skip(rep_flow *f, unsigned rows);
/* A new page unless `need` points still fit on this one. */
void rep_flow_keep(rep_flow *f, double need);
/* Makes the current row tall enough for that many lines. */
void rep_flow_height(rep_flow *f, unsigned lines);
/* Text over columns c1..c2 of the current row (merged when wider than one),
 * wrapped; raises *lines to the lines it needs. */
void rep_flow_span(rep_flow *f, lxw_col_t c1, lxw_col_t c2, const char *text, lxw_format *fmt,
                   unsigned *lines);
/* A blank row, then the section title; a new page first unless `need`
 * points of the section fit on this one. */
void rep_flow_section(rep_flow *f, const char *title, double need);
/* A label in A, its value over the other columns. */
void rep_flow_kv(rep_flow *f, const char *label, const char *value);
/* A note over all the columns. */
void rep_flow_note(rep_flow *f, const char *text);
/* A header row: titles[i] over the columns from[i]..from[i+1]-1. */
void rep_flow_header(rep_flow *f, const char *const *titles, const lxw_col_t *from, size_t n);
/* A chart as wide as the sheet over the next height_rows rows (at most a
 * page), on one page. A NULL chart is recorded as out of memory. */
void rep_flow_chart(rep_flow *f, lxw_chart *chart, unsigned height_rows);

/* ---- report_summary.c and report_sheets.c ----------------------------------------------- */

void rep_summary_sheet(rep *r);
void rep_findings_sheet(rep *r);
void rep_csv_sheet(rep *r, ra_table_id table, const char *base);
void rep_contracts_sheet(rep *r);
void rep_rejected_sheet(rep *r);

/* The readable form of a finding's evidence (a JSON object): one "key: value"
 * line per member; the raw text when it does not parse. */
void rep_evidence_text(rep_buf *out, const char *json);

#endif
