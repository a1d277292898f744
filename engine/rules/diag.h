/* diag.h — diagnostics of rule packs and profiles: every problem with its
 * file:line:col, the offending text and a hint, collected so that
 * `rules check` reports all of them, not only the first. The list owns its
 * items; ra_diags_free releases them. */
#ifndef RA_RULES_DIAG_H
#define RA_RULES_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "ast.h"

typedef struct {
    char file[256];
    int line, col;
    char msg[320];
    char text[100]; /* the offending text, shortened */
    char hint[200]; /* what to do, or "" */
} ra_diag;

typedef struct {
    ra_diag *items;
    size_t n, cap;
    bool nomem; /* some diagnostics could not be recorded */
} ra_diags;

void ra_diags_free(ra_diags *d);

/* Records a problem at pos; text (len bytes, may be NULL) is what is wrong. */
void ra_diag_add(ra_diags *d, ra_pos pos, const char *text, size_t len, const char *hint,
                 const char *fmt, ...) __attribute__((format(printf, 6, 7)));

/* "file:line:col: error: msg\n  | text\n  = hint: ...\n" */
void ra_diag_print(FILE *out, const ra_diag *d);

#endif
