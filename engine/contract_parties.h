/* contract_parties.h — who is who in a contract. A contract names its
 * parties once, in its preamble ("Sohar Coast L.L.C. (the "Undertaking")",
 * "hereinafter referred to as the Maid", "First Party (Employer):",
 * "selanjutnya disebut PIHAK KEDUA") and then uses those names throughout.
 * Clause patterns know the plain words for the three sides (employer, worker,
 * agency); this module finds the defined names and works out which side
 * each one stands for, so that the matching view (contract_views.h) reads
 * them as that plain word ("the Undertaking shall keep" -> "the Employer
 * shall keep"). Evidence still quotes the sentence as written.
 *
 * A side is taken from the name itself when it is a side's word ("the
 * Recruiter"), else from what the preamble says about the party (an agency:
 * "recruitment", "placement", "with the assistance of"; the worker: a
 * passport number, "a national of"; the employer: "(Employer)", a company
 * form, "Mr."), else from the usual order (employer, then worker). A name the
 * module cannot place is left as it is. Nothing here allocates. */
#ifndef RA_CONTRACT_PARTIES_H
#define RA_CONTRACT_PARTIES_H

#include <stdbool.h>
#include <stddef.h>

#include "contract_text.h"

#define RA_PARTIES_MAX 24
#define RA_PARTY_NAME_MAX 48

typedef enum { RA_SIDE_NONE, RA_SIDE_EMPLOYER, RA_SIDE_WORKER, RA_SIDE_AGENCY } ra_side;

typedef struct {
    char name[RA_PARTY_NAME_MAX]; /* as defined, e.g. "Host Family" */
    ra_side side;
    bool any_case; /* read in small letters too (the views' common names), not only as
                      defined, in capitals or title case */
} ra_party;

typedef struct {
    ra_party items[RA_PARTIES_MAX];
    size_t n;
} ra_parties;

/* The side's plain word: Employer / Worker / Agency, or in Indonesian
 * Majikan / Pekerja / Agensi; NULL for RA_SIDE_NONE. */
const char *ra_side_word(ra_side side, bool indonesian);

/* The one side whose plain words ("employer", "maid", "agency" ...) s[0..n)
 * holds as whole words; RA_SIDE_NONE when it holds none, or words of more
 * than one side. */
ra_side ra_side_named(const char *s, size_t n);

/* The parties text's preamble (its first sentences) defines, in order. */
void ra_parties_find(const ra_contract_text *text, ra_parties *out);

#endif
