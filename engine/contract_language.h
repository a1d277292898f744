/* contract_language.h — the language of each sentence of a bilingual
 * contract. A contract's patterns are chosen by its `contract_language`
 * (rules/README.md), but contracts for Indonesian workers are often
 * written in English and Indonesian, clause by clause: read with the
 * Indonesian patterns alone, the English clauses are never matched. This
 * module tells English from Indonesian by their most frequent small words
 * ("the", "shall", "of" against "yang", "dan", "dengan") and marks a
 * sentence written in the other one; its view is built, and its patterns
 * are chosen, in that language. Only these two languages are told apart:
 * the pack has patterns for both. Nothing here allocates. */
#ifndef RA_CONTRACT_LANGUAGE_H
#define RA_CONTRACT_LANGUAGE_H

#include "contract_text.h"
#include "isocodes.h"

/* Sets each sentence's lang to the language it is written in when that is
 * not lang, the contract's (English in an Indonesian contract, or the other
 * way round), else to RA_CODE_NONE, and text->bilingual when any is set.
 * Marks nothing for other languages. */
void ra_contract_languages(ra_contract_text *text, ra_code lang);

/* The language of the sentence s[0..n): "en" or "id" as a code, or
 * RA_CODE_NONE when its small words do not say clearly. */
ra_code ra_sentence_language(const char *s, size_t n);

#endif
