/* contract_answers.h — questions and the answers under them: worker
 * handbooks written as questions and answers, FAQ pages, transcripts of
 * calls and interviews. An answer often says half of a term and leaves the
 * rest to its question: "Q: Can I keep my passport? A: No.", "Q: How much
 * will I earn? A: HK$ 4,990 every month." The matching view
 * (contract_views.h) reads an answer with its question:
 * - a yes, or any answer to a question asking how much, who, where ... (a
 *   wh-question), after the question as asked;
 * - a no as the question stated and negated, then the rest of the answer:
 *   "Can Worker change employers?" / "A: Not allowed in the first year."
 *   reads "Worker can not change employers in the first year."
 * An answer is the sentence right after a question, under the same heading
 * or marked as one: "A:", "Answer:", "J:", "Jawab:", or a speaker's label in
 * a transcript ("[00:02:14] OFFICER:"). Nothing here allocates or keeps
 * state. */
#ifndef RA_CONTRACT_ANSWERS_H
#define RA_CONTRACT_ANSWERS_H

#include <stdbool.h>
#include <stddef.h>

#include "contract_text.h"

/* The start of s's first word after what marks who speaks: a timestamp
 * ("[00:02:14]"), a question's or an answer's mark ("Q:", "A.", "Jawab:")
 * or a speaker's label in capitals ("OFFICER:", "MRS TAN:"); 0 when s
 * starts with none. */
size_t ra_answer_start(const char *s, size_t n);

typedef enum {
    RA_ANSWER_NONE, /* k answers no question, or says something else */
    RA_ANSWER_YES,  /* "Yes.", "Ya, ..." (not "Yes, but ...") */
    RA_ANSWER_NO,   /* "No.", "Not allowed ...", "Tidak boleh ..." */
    RA_ANSWER_WH    /* any answer to a wh-question ("Who keeps ...?") */
} ra_answer;

/* What sentence k of text says to the question before it. *rest: where
 * what k says after its yes or no starts (after "No," or "Not allowed"),
 * s->len when nothing follows (a bare "A: No."); for RA_ANSWER_WH, the
 * answer's first word. */
ra_answer ra_answer_of(const ra_contract_text *text, size_t k, size_t *rest);

/* A yes/no question split for stating it ("Can Worker keep Worker's
 * passport?": subject "Worker", auxiliary "Can", rest "keep Worker's
 * passport"; Indonesian "Apakah saya boleh ...?": subject "saya", no
 * auxiliary, rest "boleh ..."): offsets and lengths in the question. */
typedef struct {
    size_t subject, subject_len, aux, aux_len, rest, rest_len;
} ra_question;

/* Splits the question q[0..n) (marks and all, as ra_answer_start knows
 * them); false when it is no yes/no question this reads. */
bool ra_question_split(const char *q, size_t n, bool indonesian, ra_question *out);

#endif
