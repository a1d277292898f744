/* check.h — name resolution, type checking and compilation of parsed rule
 * files and a profile into a ra_pack (program.h). Every error goes to diags
 * with file:line:col, the text and a hint; the pack is usable only when
 * diags stays empty. */
#ifndef RA_RULES_CHECK_H
#define RA_RULES_CHECK_H

#include <stdbool.h>

#include "ast.h"
#include "diag.h"
#include "program.h"

/* Compiles files[0..nfiles) (rule files) and the profile (may be NULL) into
 * pack, whose arena must already hold the trees. Returns false when out of
 * memory; check errors are in diags. */
bool ra_check_pack(ra_pack *pack, const ra_ast_file *files, size_t nfiles,
                   const ra_ast_file *profile, const char *profile_file, ra_diags *diags);

#endif
