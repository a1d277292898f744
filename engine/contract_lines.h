/* contract_lines.h — what one line of a contract is, for the sentence cutter
 * (contract_text.c): a clause number, a page marker, an article label, a
 * heading in title or sentence case, a "label: value" line. Each predicate
 * reads s[0..n), one line without its line end and trimmed of spaces; none
 * allocates or keeps state. */
#ifndef RA_CONTRACT_LINES_H
#define RA_CONTRACT_LINES_H

#include <stdbool.h>
#include <stddef.h>

/* The words (runs of characters other than spaces) of s[0..n). */
size_t ra_line_words(const char *s, size_t n);

/* Length of a clause number at s ("7.2 ", "(b) ", "iv) ", "12. ", a checklist
 * box "[x] ", a bullet "• "), or 0. */
size_t ra_line_clause_number(const char *s, size_t n);

/* The checklist box a clause number (ra_line_clause_number) at s is: 1 a
 * ticked box ("[x]", "[v]", "[✓]", "☑", "☒", "✓"), -1 an empty one ("[ ]",
 * "☐"), 0 no box (a bullet, a number, a cross). */
int ra_line_box(const char *s, size_t n);

/* Is the line only page furniture: "- 2 -", "Page 2", "Page 2 of 5",
 * "Halaman 2 dari 5", "Page 2 of this document.", alone or followed by the
 * parties' initials or blanks for them ("Initials: ____", "Paraf: ____"), or
 * a footer that ends in the page number ("Contract HK/1002 | p. 2 of 3",
 * "Bridge Overseas Ltd. – Agreement with Worker – 1")? */
bool ra_line_page_marker(const char *s, size_t n);

/* Is the line an article label, alone or with a heading in capitals, or
 * after a dash or a colon in sentence case: "Pasal 8", "Article 12.",
 * "Section 9 - FEES AND CHARGES", "Article 6 - Identity documents"? */
bool ra_line_article_label(const char *s, size_t n);

/* A short heading in title case ("Costs of Deployment", "IX. Travel and
 * Identity Documents"): at most 8 words and 80 bytes, no closing punctuation. */
bool ra_line_title_heading(const char *s, size_t n);

/* A short heading in sentence case ("Ending the contract"): at most five
 * words, not ending in a word that leaves it open. */
bool ra_line_sentence_heading(const char *s, size_t n);

/* Does the line start with a label and its value ("Phone: kept by madam",
 * "Rest day:     Sunday", "AIR TICKET ....... FREE"), or a form field with
 * its options in boxes or a blank ("Visa, medical and insurance costs:
 * [ ] worker  [X] employer", "Passport / civil ID held by: ___Sponsor___")? */
bool ra_line_label(const char *s, size_t n);

/* Is w[0..n) a word that cannot end a sentence or a heading ("the", "of",
 * "her" ...): a line ending in one goes on to the next. */
bool ra_line_open_word(const char *w, size_t n);

#endif
