/* pack.h — loading a rule pack folder and a jurisdiction profile from disk:
 * read every .rules file (in byte order of name), parse, check, compile, and
 * compute rules_sha256 (SPEC section 3).
 *
 * On success *out is a pack the caller frees with ra_pack_free. When the pack
 * does not check, diags holds every error and the status is RA_ERR_INPUT. */
#ifndef RA_RULES_PACK_H
#define RA_RULES_PACK_H

#include "diag.h"
#include "error.h"
#include "program.h"

/* rules_dir: a pack folder such as rules/core. profile: a name looked up as
 * <rules_dir>/../profiles/<name>.profile, or a path ending in .profile; NULL
 * means "baseline". */
ra_status ra_pack_load(const char *rules_dir, const char *profile, ra_pack **out, ra_diags *diags,
                       ra_error *err);

#endif
