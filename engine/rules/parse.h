/* parse.h — rule pack and profile files → syntax trees.
 *
 * Syntax errors go to diags (with file:line:col, the offending text and a
 * hint) and parsing resumes at the next `rule`, `param` or profile statement,
 * so one run reports every error. Nodes are allocated in arena; `file` must
 * outlive the tree (positions point at it). */
#ifndef RA_RULES_PARSE_H
#define RA_RULES_PARSE_H

#include <stdbool.h>

#include "arena.h"
#include "ast.h"
#include "diag.h"

/* Parses a .rules file (profile = false) or a .profile file (profile = true).
 * Returns false when out of memory; syntax errors are only in diags. */
bool ra_parse_file(const char *file, const char *src, size_t len, bool profile, ra_arena *arena,
                   ra_ast_file *out, ra_diags *diags);

/* Parses one expression (for tests and `--explain`). */
ra_expr *ra_parse_expr(const char *file, const char *src, size_t len, ra_arena *arena,
                       ra_diags *diags);

/* The same, with positions counted from line:col (for expressions inside a
 * message template). */
ra_expr *ra_parse_expr_at(const char *file, const char *src, size_t len, int line, int col,
                          ra_arena *arena, ra_diags *diags);

/* Unescapes a string token's raw text (\" \\ \n \t) into the arena. */
const char *ra_unescape(ra_arena *arena, const char *raw, size_t len);

#endif
