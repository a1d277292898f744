/* contract_legend.h — the codes a record's legend explains. Records
 * exported from HR and agency systems write terms as codes and explain them
 * once, under a heading of their own:
 *
 *   LEGEND                                   legend:
 *     EMP    the employer;  AGY  the agency     HC: held by company HR in the
 *     HLD    held by the party named until        site safe until final exit
 *            the contract ends                 LOCK-24: no transfer to another
 *                                                employer in the first 24 months
 *
 * so that "passport_custody: HLD/EMP" or "passport: HC" says nothing to a
 * pattern by itself. This module reads the legend from the text as written
 * (its layout is lost once the text is cut into sentences); the matching
 * view (contract_views.h) reads each code in the values of the other
 * sentences as its meaning ("passport custody: held by the party named
 * until the contract ends/the employer").
 *
 * A legend starts at a line that is only "LEGEND", "KEY", "CODES", "CODE
 * LIST", "KEY TO CODES" or "CODE KEY" (any case, ':' after it or not).
 * Each entry is a code (two to 15 capitals, digits, '-' or '_', at least
 * one capital: not a word of the text's prose) and its meaning after ':',
 * '=' , " - ", a tab or two spaces or more; several entries may share a
 * line, after ';'; a line indented past its entry's code goes on with its
 * meaning. The legend ends at a blank line followed by a line that is no
 * entry, or at a line that is neither an entry nor indented.
 * A ra_legend owns its entries; free it with ra_legend_free. */
#ifndef RA_CONTRACT_LEGEND_H
#define RA_CONTRACT_LEGEND_H

#include <stdbool.h>
#include <stddef.h>

#include "contract_fields.h"

#define RA_LEGEND_MAX 64
#define RA_LEGEND_CODE_MAX 16
#define RA_LEGEND_MEANING_MAX 200

typedef struct {
    char code[RA_LEGEND_CODE_MAX];       /* NUL-terminated */
    char meaning[RA_LEGEND_MEANING_MAX]; /* NUL-terminated, spaces collapsed */
} ra_legend_entry;

typedef struct {
    ra_legend_entry *items; /* NULL when the text has no legend */
    size_t n;
    long first_line, last_line; /* the lines the legend takes */
} ra_legend;

/* Reads the legend of data[0..len) (lines end with LF, a CR before it is
 * ignored) into out. A legend of fewer than two entries is none. false when
 * out of memory (out is then empty). */
bool ra_legend_read(const char *data, size_t len, ra_legend *out);

/* The entry whose code is the whole token at s[i] (a token is a run of
 * letters, digits, '-' and '_'), or NULL. */
const ra_legend_entry *ra_legend_code_at(const ra_legend *legend, const char *s, size_t n,
                                         size_t i);

/* Adds to edits[0..n) (in order of at, at most RA_FIELD_EDITS_MAX) edits
 * that read each code among the values of the sentence s[0..len) (after its
 * first ':', '=', '|' or dot leader: a key or a first cell is no code) as
 * its meaning, leaving out any code inside an edit already there; returns
 * the new count. The edits point into legend. */
size_t ra_legend_edits(const ra_legend *legend, const char *s, size_t len, ra_field_edit *edits,
                       size_t n);

void ra_legend_free(ra_legend *legend);

#endif
