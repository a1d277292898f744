/* contract_table.c — a table row and its continuation lines joined cell by
 * cell. See contract_table.h. */
#include "contract_table.h"

#include <stdbool.h>
#include <string.h>

#include "ascii.h"

/* Columns a joined row may have. */
#define MAX_CELLS 8

typedef struct {
    size_t from[MAX_CELLS], to[MAX_CELLS]; /* each cell, spaces trimmed */
    size_t n;
} cells;

/* The end of the line starting at i: its LF (or len), less a CR before it. */
static size_t content_end(const char *data, size_t i, size_t len, size_t *lf)
{
    const char *nl = memchr(data + i, '\n', len - i);
    size_t e = nl ? (size_t)(nl - data) : len;
    *lf = e;
    return e > i && data[e - 1] == '\r' ? e - 1 : e;
}

size_t ra_table_cells(const char *s, size_t n, size_t (*cell)[2], size_t max)
{
    size_t count = 0, start = 0;
    for (size_t k = 0; k <= n; k++) {
        if (k < n && s[k] != '|')
            continue;
        size_t a = start, b = k;
        while (a < b && (s[a] == ' ' || s[a] == '\t'))
            a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t'))
            b--;
        if (count < max)
            cell[count][0] = a, cell[count][1] = b;
        count++;
        start = k + 1;
    }
    return count;
}

/* The cells of data[i..end): the line starts (after spaces) with '|' and
 * has at least two cells; text after the last '|' is not a cell. */
static bool row_cells(const char *data, size_t i, size_t end, cells *c)
{
    while (i < end && (data[i] == ' ' || data[i] == '\t'))
        i++;
    if (i == end || data[i] != '|')
        return false;
    size_t cell[MAX_CELLS + 1][2];
    size_t count = ra_table_cells(data + i + 1, end - i - 1, cell, MAX_CELLS + 1);
    if (count > MAX_CELLS + 1)
        return false;
    c->n = count - 1; /* not the text after the last bar */
    for (size_t k = 0; k < c->n; k++) {
        c->from[k] = i + 1 + cell[k][0];
        c->to[k] = i + 1 + cell[k][1];
    }
    return c->n >= 2;
}

/* A row that only rules the table: "|-----|:----|". */
static bool rule_row(const char *data, const cells *c)
{
    for (size_t k = 0; k < c->n; k++)
        for (size_t i = c->from[k]; i < c->to[k]; i++)
            if (!strchr("-=:+", data[i]))
                return false;
    return true;
}

/* Does the line at i go on with the row before it: as many cells, the
 * first one empty, not a rule? */
static bool continues(const char *data, size_t i, size_t end, size_t ncells)
{
    cells c;
    return row_cells(data, i, end, &c) && c.n == ncells && c.from[0] == c.to[0] &&
           !rule_row(data, &c);
}

size_t ra_table_row_join(const char *data, size_t i, size_t len, char *out, size_t cap,
                         size_t *out_len, size_t *next)
{
    size_t lf, end = content_end(data, i, len, &lf);
    cells first;
    if (!row_cells(data, i, end, &first) || first.from[0] == first.to[0] || rule_row(data, &first))
        return 0;
    size_t lines = 1, j = lf + 1;
    while (j < len) {
        size_t lf2, e2 = content_end(data, j, len, &lf2);
        if (!continues(data, j, e2, first.n))
            break;
        lines++;
        j = lf2 + 1;
        if (j - i > cap)
            return 0; /* too long to join: each line is read as it is */
    }
    if (lines == 1)
        return 0;
    /* Each column's pieces in order, one space between them, none after a
     * hyphen that ends a word ("twenty-" / "four"). */
    size_t o = 0;
    for (size_t col = 0; col < first.n; col++) {
        if (o + 2 > cap)
            return 0;
        if (col)
            out[o++] = ' ';
        out[o++] = '|';
        size_t p = i;
        bool any = false;
        for (size_t l = 0; l < lines; l++) {
            size_t lf3, e3 = content_end(data, p, len, &lf3);
            cells c;
            row_cells(data, p, e3, &c);
            size_t n = c.to[col] - c.from[col];
            if (n) {
                bool glue =
                    any && out[o - 1] == '-' && o >= 2 && ra_ascii_alpha((unsigned char)out[o - 2]);
                if (o + n + 1 > cap)
                    return 0;
                if (!glue)
                    out[o++] = ' ';
                memcpy(out + o, data + c.from[col], n);
                o += n;
                any = true;
            }
            p = lf3 + 1;
        }
    }
    *out_len = o;
    *next = j;
    return lines;
}
