/* contract_sections.h — the heading each sentence of a contract stands
 * under. Contracts put a clause's topic in its heading ("ARTICLE XII -
 * RETURN TRAVEL", "Hours of Work and Rest", "Pasal 9 PENGADUAN") and then
 * state it without the topic's words ("The Sponsor bears the full cost of
 * returning the Attendant to Nepal"). Rules read it as `heading` (rules/
 * README.md, "Headings").
 *
 * A heading is a line the cutter took for one (contract_text.c: capitals,
 * title case, an article label; ra_sentence.is_heading), or a short
 * sentence cut from the start of a clause's line, in capitals ("11. RETURN
 * TRAVEL. The Sponsor ...") or a run-in title ("4. Wages. HK$ 4,990 a
 * month"). Its topic is the text without the article
 * label; a label alone ("Pasal 8") opens a section whose topic is not known
 * yet. Nothing here allocates: headings point into the text. */
#ifndef RA_CONTRACT_SECTIONS_H
#define RA_CONTRACT_SECTIONS_H

#include "contract_text.h"

/* Sets every sentence's heading and heading_len (NULL and 0 before the
 * first heading, and under a label with no topic). A heading's own heading
 * is its topic. A sentence that starts with a key term's label ("Help
 * line: the Ministry of Labour ...", "Return ticket: paid by ...") has that
 * label as its heading instead. */
void ra_contract_headings(ra_contract_text *text);

/* True when s (len bytes), a sentence the cutter did not take for a
 * heading, still reads as one: an article label, or at most 8 words in
 * capitals with no verb. *topic and *topic_len get it without its article
 * label (empty for a label alone). */
bool ra_contract_is_heading(const char *s, size_t len, const char **topic, size_t *topic_len);

#endif
