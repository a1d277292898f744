/* contract_fields.h — filled-in form fields whose options are boxes on the
 * line: "Passport kept by: [X] employer [ ] worker", "Pregnancy test
 * required: [ ] yes [X] no", "Libur mingguan: [ ] 1 hari [X] tidak ada
 * libur". A standard form prints every option; only the ticked one is the
 * term. The matching view (contract_views.h) applies the edits this module
 * works out, so that a field reads as what was chosen:
 * - the boxes go, and so do the options left empty ("Passport kept by:
 *   employer");
 * - a yes/no field (yes / no, ya / tidak) reads as its label when answered
 *   yes, and as its label negated when answered no: "not" after its first
 *   modal ("Helper may not seek help from MOM"; Indonesian "tidak" before
 *   it, "Pekerja tidak boleh ..."), else "Not " before it ("Not Pregnancy
 *   test required", where "No pregnancy" would read as a ban; "Tidak ada "); so does a field whose one ticked option
 *   says no ("Employee may transfer to another employer: [ ] after 1 year
 *   [X] not permitted" reads "Employee may not transfer ...: not
 *   permitted").
 * The underscores of a filled-in blank go too: "held by: ___Sponsor___"
 * reads "held by: Sponsor".
 * Documents exported with their tracked changes read as the changes leave
 * them: "[deleted: ...]", "~~...~~" and "{-...-}" go, the marks of
 * "[inserted: ...]" and "{+...+}" go and their text stays, and a margin
 * comment ("Comment [AB1]: ...") is read as nothing.
 * A field is a label that ends in ':' and two or more boxes after it; its
 * label starts at the first capitalised word after the field or box before
 * it (several fields share a line, "... [X] no Pregnancy a ground for
 * termination: [ ] yes [X] no"), and its last option runs to the next
 * field's label or the sentence's end. A box that opens the sentence is a
 * checklist item of its own and is left to the view. Nothing here allocates
 * or keeps state. */
#ifndef RA_CONTRACT_FIELDS_H
#define RA_CONTRACT_FIELDS_H

#include <stdbool.h>
#include <stddef.h>

/* Replace s[at, at + len) with put (len 0: insert put before s[at]). */
typedef struct {
    size_t at, len;
    const char *put;
} ra_field_edit;

/* Edits for one sentence, in order of at and not overlapping. */
#define RA_FIELD_EDITS_MAX 48

/* Does s[0..len) hold a box after its start or a filled-in blank (a quick
 * test before ra_field_edits)? */
bool ra_fields_any(const char *s, size_t len);

/* Works out the edits for the choice fields of s[0..len) into out; returns
 * their count (0 when s has no field, or more than RA_FIELD_EDITS_MAX would
 * be needed: then s is read as written). */
size_t ra_field_edits(const char *s, size_t len, bool indonesian, ra_field_edit *out);

#endif
