/* diag.c — recording and printing rule diagnostics. */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "utf8.h"

void ra_diags_free(ra_diags *d)
{
    free(d->items);
    d->items = NULL;
    d->n = d->cap = 0;
}

void ra_diag_add(ra_diags *d, ra_pos pos, const char *text, size_t len, const char *hint,
                 const char *fmt, ...)
{
    if (d->n == d->cap) {
        size_t cap = d->cap ? d->cap * 2 : 16;
        ra_diag *items = realloc(d->items, cap * sizeof *items);
        if (!items) {
            d->nomem = true;
            return;
        }
        d->items = items;
        d->cap = cap;
    }
    ra_diag *g = &d->items[d->n++];
    memset(g, 0, sizeof *g);
    snprintf(g->file, sizeof g->file, "%s", pos.file ? pos.file : "");
    g->line = pos.line;
    g->col = pos.col;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(g->msg, sizeof g->msg, fmt, ap);
    va_end(ap);
    if (text && len)
        ra_utf8_preview(text, len, 20, g->text);
    if (hint)
        snprintf(g->hint, sizeof g->hint, "%s", hint);
}

void ra_diag_print(FILE *out, const ra_diag *d)
{
    fprintf(out, "%s:%d:%d: error: %s\n", d->file, d->line, d->col, d->msg);
    if (d->text[0])
        fprintf(out, "    | %s\n", d->text);
    if (d->hint[0])
        fprintf(out, "    = hint: %s\n", d->hint);
}
