/* contract_views.h — the view of a contract's sentences that clause patterns
 * match: the text written in the words the patterns know. The text itself,
 * which evidence quotes, and its line numbers stay as they are. */
#ifndef RA_CONTRACT_VIEWS_H
#define RA_CONTRACT_VIEWS_H

#include <stdbool.h>

#include "contract_parties.h"
#include "contract_text.h"

/* Sets every sentence's view, the text with:
 * - each placed party name as its side's word in the contract's language
 *   (ra_side_word), where written as defined, in capitals or in title case,
 *   as a whole word ("principal" in "the principal of the loan" stays when
 *   "Principal" names the employer); so are the names house rules, training
 *   centre rules and minutes give the workers without defining them
 *   ("Residents", "Participants", "Penghuni", "CPMI"), as the worker's;
 * - with voices (one per sentence, or NULL), first-person pronouns as their
 *   side (contract_voice.h);
 * - in English, misspelled key words as the patterns spell them, and a base
 *   form after "be" as the participle (contract_spelling.h);
 * - in English, an opening "It", "They" or "Both" as the thing the sentence
 *   before (or the question before a short answer) named;
 * - an item of a DON'T list with "Do not " ("Jangan ") before it;
 * - an answer that opens with "Yes" ("Ya"), or answers a wh-question, with
 *   the view of the question it answers before it; an answer that says no
 *   as the question stated and negated; in English, "it" and "them" in an
 *   answer as the thing its question names (contract_answers.h);
 * - in English, a ban framed "It is not permissible for X to ..." as "X may
 *   not ...";
 * - in English, reported speech after "replied that", "were told that" ...
 *   in the present ("were to" as "are to", "would" as "will");
 * - an option left empty in a filled-in checklist as nothing (an empty view);
 * - the fields of an exported record in words, the codes in its values as
 *   its legend explains them, and the legend itself as nothing
 *   (contract_records.h, contract_legend.h).
 * The sentences' line marks move with the words (ra_sentence_line_at).
 * Stores the views in text (one buffer it owns); when nothing is rewritten
 * the views are the texts and nothing is allocated. false when out of
 * memory: the views stay the texts, and the line marks may point anywhere in
 * their sentences. */
struct ra_voice;
bool ra_contract_views_build(ra_contract_text *text, const ra_parties *parties,
                             const struct ra_voice *voices, bool indonesian);

#endif
