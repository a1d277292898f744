/* contract_text.h — reading a contract text safely and cutting it into
 * normalised sentences (clauses) that keep their original line numbers.
 *
 * Normalisation: CRLF and CR become LF; typographic quotes, apostrophes and
 * dashes become ASCII; a word hyphenated across a line break is joined; clause
 * numbers at the start of a line ("7.2", "(b)", "iv)") are dropped; line
 * breaks inside a sentence and runs of spaces become one space. Case is kept
 * (patterns match without regard to case).
 *
 * A ra_contract_text owns its buffers; free it with ra_contract_text_free. */
#ifndef RA_CONTRACT_TEXT_H
#define RA_CONTRACT_TEXT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "contract_legend.h"
#include "isocodes.h"
#include "error.h"

/* No sentence handed to a pattern is longer than this: a longer run of text
 * without a sentence end is cut into pieces of this size, so no regular
 * expression ever sees a subject that could take unbounded time. */
#define RA_SENTENCE_MAX (64 * 1024)

/* Contracts above this size are not scanned (the audit says so). */
#define RA_CONTRACT_MAX (8 * 1024 * 1024)

/* Where a sentence moves on to another line of the original file: its
 * view's byte `at` is the first one taken from line `line`. */
typedef struct {
    uint32_t at;
    uint32_t line;
} ra_line_mark;

typedef struct {
    const char *text; /* normalised, NUL-terminated: what evidence quotes */
    size_t len;
    long line;     /* first line in the original file */
    long end_line; /* last line */
    size_t offset; /* of text in the owning ra_contract_text's buf */
    /* What patterns see: text, or text with the contract's own party names
     * read as the sides' words (contract_parties.h). NUL-terminated. */
    const char *view;
    size_t view_len;
    size_t view_offset; /* of view in vbuf, when vbuf is set */
    /* The topic of the heading it stands under (contract_sections.h), not
     * NUL-terminated; NULL when none is known. */
    const char *heading;
    size_t heading_len;
    bool is_heading; /* the cutter took its line for a heading */
    signed char box; /* it starts a checklist item: 1 ticked, -1 empty, 0 no box
                        (ra_line_box) */
    bool bulleted;   /* it starts a list item: a bullet or a box ("- ", "• ", "[x] ") */
    ra_code lang;    /* the language it is written in when not the contract's (a
                        bilingual contract: contract_language.h), else RA_CODE_NONE */
    /* marks[mark .. mark + nmarks) of the owning ra_contract_text: the lines
     * after the first one the sentence spans, as offsets in its view. */
    size_t mark, nmarks;
} ra_sentence;

/* Does s end with the character c ('?' a question, ':' a lead-in)? */
static inline bool ra_sentence_ends(const ra_sentence *s, char c)
{
    return s->len && s->text[s->len - 1] == c;
}

typedef struct {
    char *buf;  /* all sentence texts, back to back */
    char *vbuf; /* their views, when some differ from the texts; or NULL */
    ra_sentence *sentences;
    size_t n;
    ra_line_mark *marks; /* see ra_sentence.mark */
    size_t nmarks;
    size_t bytes;     /* size of the original file */
    ra_legend legend; /* the codes a record's legend explains (contract_legend.h) */
    bool bilingual;   /* some sentence has its own lang (ra_contract_languages) */
} ra_contract_text;

typedef enum {
    RA_CT_OK,
    RA_CT_MISSING,   /* no such file (or not a regular file: links are not followed) */
    RA_CT_TOO_LARGE, /* over RA_CONTRACT_MAX */
    RA_CT_BINARY,    /* a NUL byte or invalid UTF-8 */
    RA_CT_IO
} ra_ct_status;

/* Reads and segments path. On anything but RA_CT_OK, why (when non-NULL)
 * gets a sentence for the report; out is left empty. */
ra_ct_status ra_contract_text_load(const char *path, ra_contract_text *out, char *why,
                                   size_t whysize);

/* Segments text already in memory (for tests and fuzzing). */
ra_ct_status ra_contract_text_parse(const char *data, size_t len, ra_contract_text *out, char *why,
                                    size_t whysize);

/* The line of the original file that byte `at` of sentence s's view comes
 * from (a byte of a word that replaced a name: the name's first line). */
long ra_sentence_line_at(const ra_contract_text *t, const ra_sentence *s, size_t at);

void ra_contract_text_free(ra_contract_text *t);

#endif
