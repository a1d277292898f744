/* contract_views.h — the view of a contract's sentences that clause patterns
 * match: the text with the parties' names, the first person and misspelled
 * key words written in the words the patterns know. The text itself, which
 * evidence quotes, and its line numbers stay as they are. */
#ifndef RA_CONTRACT_VIEWS_H
#define RA_CONTRACT_VIEWS_H

#include <stdbool.h>

#include "contract_parties.h"
#include "contract_text.h"

/* Sets every sentence's view: the text with each placed party name replaced
 * by its side's word in the contract's language (ra_side_word). A name is
 * replaced where it is written as defined, in capitals or in title case, as
 * a whole word, so "principal" in "the principal of the loan" stays when
 * "Principal" names the employer. With voices (one per sentence, or NULL),
 * first-person pronouns read as their side too (contract_voice.h), and in
 * English misspelled key words as the patterns spell them
 * (contract_spelling.h). The sentences' line marks move with the words
 * (ra_sentence_line_at). Stores the views in text (one buffer it owns);
 * when nothing is rewritten the views are the texts and nothing is
 * allocated. false when out of memory: the views stay the texts, and the
 * line marks may point anywhere in their sentences. */
struct ra_voice;
bool ra_contract_views_build(ra_contract_text *text, const ra_parties *parties,
                             const struct ra_voice *voices, bool indonesian);

#endif
