/* contract_spelling.h — misspellings of the words clause patterns key on.
 * Contracts drafted by small agencies in a second language misspell the
 * very words a pattern needs ("PASPORT ... is keep by employeer", "monthly
 * basic salery"), and a pattern that misses the word misses the clause, or
 * finds a mandatory element missing. The view (ra_contract_views_build) writes such
 * a word as the patterns spell it, in the same case style; the text, the
 * evidence and the line numbers keep the original.
 *
 * The table holds misspellings of domain words that are no English word in
 * their own right, so a correction never changes a meaning. English only.
 * No allocation, no state. */
#ifndef RA_CONTRACT_SPELLING_H
#define RA_CONTRACT_SPELLING_H

#include <stddef.h>

/* The longest correction ra_spelling_fix writes. */
#define RA_SPELLING_MAX 24

/* If a misspelled word (or its plural in -s) starts at s[i] as a whole
 * word, writes its correction into out, its length in *out_len, and returns
 * the length of the misspelled word; else 0. */
size_t ra_spelling_fix(const char *s, size_t len, size_t i, char out[RA_SPELLING_MAX],
                       size_t *out_len);

/* A verb's base form after a form of "be" (and "not" / "never"), where the
 * past participle belongs: "PASSPORT ... is keep by employer", "Worker is
 * not allow to marry", "salary is pay every month"; and where the "be" is
 * left out: a keeping verb before "by" ("Passport keep by Party B", not
 * "will keep by law") and "allow" / "permit" after a "not" no auxiliary
 * carries ("worker not allow to go out", not "does not allow"). If such a verb starts
 * at s[i] as a whole word, writes its participle into out ("kept",
 * "allowed", "paid"), its length in *out_len, and returns the verb's
 * length; else 0. Only verbs whose base form never follows "is" in English
 * ("return ticket" and "fine" do, and are not in the table). */
size_t ra_spelling_participle(const char *s, size_t len, size_t i, char out[RA_SPELLING_MAX],
                              size_t *out_len);

/* The table's entries, for tests: entry k's misspelling and correction
 * (NULL past the end). */
const char *ra_spelling_entry(size_t k, const char **right);

#endif
