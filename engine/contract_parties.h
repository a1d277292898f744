/* contract_parties.h — who is who in a contract. A contract names its
 * parties once, in its preamble ("Sohar Coast L.L.C. (the "Undertaking")",
 * "hereinafter referred to as the Maid", "First Party (Employer):",
 * "selanjutnya disebut PIHAK KEDUA") and then uses those names throughout.
 * Clause patterns know the plain words for the three sides (employer, worker,
 * agency); this module finds the defined names, works out which side each
 * one stands for, and gives every sentence a matching view in which the
 * names read as that plain word ("the Undertaking shall keep" -> "the
 * Employer shall keep"). Evidence still quotes the sentence as written.
 *
 * A side is taken from the name itself when it is a side's word ("the
 * Recruiter"), else from what the preamble says about the party (an agency:
 * "recruitment", "placement", "with the assistance of"; the worker: a
 * passport number, "a national of"; the employer: "(Employer)", a company
 * form, "Mr."), else from the usual order (employer, then worker). A name the
 * module cannot place is left as it is. Nothing here allocates but
 * ra_parties_apply, which stores the views in the text it is given. */
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

/* Sets every sentence's view: the text with each placed party name replaced
 * by its side's word in the contract's language (ra_side_word). A name is
 * replaced where it is written as defined, in capitals or in title case, as
 * a whole word, so "principal" in "the principal of the loan" stays when
 * "Principal" names the employer. With voices (one per sentence, or NULL),
 * first-person pronouns read as their side too (contract_voice.h). The
 * sentences' line marks move with the words (ra_sentence_line_at). false
 * when out of memory: the views stay the texts, and the line marks may
 * point anywhere in their sentences. */
struct ra_voice;
bool ra_parties_apply(ra_contract_text *text, const ra_parties *parties,
                      const struct ra_voice *voices, bool indonesian);

#endif
