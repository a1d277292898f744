/* contract_records.h — records exported from an HR or agency system:
 * "key: value" fields whose keys are identifiers ("rest_days_per_week: 1",
 * "passport_held_by_employer: Y", "DEPOSIT_REQUIRED: N"), one a line or
 * several on one ("deposit_required: N; bond_required: N"). The cutter
 * (contract_text.h) starts a sentence at each such line, and the matching
 * view (contract_views.h) reads a field in words:
 * - the underscores of the key and of a coded value as spaces ("rest days
 *   per week: 1", "rest day work: COMPULSORY PAID IN LIEU");
 * - a yes (Y, YES, TRUE) as the key alone ("passport held by employer");
 * - a no (N, NO, FALSE), and a value saying the thing does not apply (NIL,
 *   NONE, NOT_REQUIRED), as the key with "Not " before it ("Not deposit
 *   required"; Indonesian "Tidak ada "), as form fields read a no
 *   (contract_fields.h): a negation before what it negates, where every
 *   negation pattern looks.
 * Nothing here allocates or keeps state. */
#ifndef RA_CONTRACT_RECORDS_H
#define RA_CONTRACT_RECORDS_H

#include <stdbool.h>
#include <stddef.h>

#include "contract_fields.h"

/* The length of the key of a record field at s[0..n) (an identifier with
 * an underscore, at most 60 bytes; with plain, also a word in small letters,
 * as records mix them: "curfew: NIL" after "rest_days_per_week: 1"), when
 * ':' or '=' and a value follow it; else 0. */
size_t ra_record_key(const char *s, size_t n, bool plain);

/* Edits that read the record fields of the sentence s[0..len) in words
 * (none when it holds no field; plain as for ra_record_key), in order of
 * at; their count, 0 when more than RA_FIELD_EDITS_MAX would be needed. */
size_t ra_record_edits(const char *s, size_t len, bool plain, bool indonesian, ra_field_edit *out);

#endif
