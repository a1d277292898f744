/* contract_voice.h — who "I" and "we" are in a contract. Worker declarations
 * ("I, Kamala Gurung, confirm that: (i) I will not make any complaint to the
 * police"), employers' undertakings and letters of appointment ("We will
 * keep your passport") speak in the first person, while clause patterns know
 * the sides' words. This module decides which side each sentence's first
 * person stands for; ra_contract_views_build then writes the pronoun as that side
 * in the sentence's view ("Worker will not make any complaint"), one word for
 * one, so that word windows around a clause keep their width.
 *
 * "I" (Indonesian "saya") is, in order of precedence:
 * - the side an introduction in the same section names ("I, the
 *   undersigned Employer, undertake", "I, Mrs Tan (the Employer), agree"),
 *   by a side's word or a party's defined name;
 * - the side the section's heading names ("EMPLOYER'S UNDERTAKING",
 *   "Declaration by the Worker"), when it names exactly one;
 * - the writer, in a text written to the worker (below), but for the
 *   questions she asks in one written as questions and answers ("Q: Who
 *   pays for my flight home?", "8. Can I keep my mobile phone?");
 * - else the worker: a contract's first-person passages are her
 *   declarations.
 * "we" (Indonesian "kami") is the employer side only in a text written to
 * the worker: a letter of appointment ("Dear ...", "we are pleased to offer
 * you", "Dengan hormat") or terms that address her as "you" ("Anda")
 * throughout; the agency when the letterhead is an agency's. Elsewhere
 * "we" is often the parties together and is left. In such a text the
 * Indonesian "Anda" reads as the worker too (English patterns know "you").
 * Instructions to staff (a standard operating procedure, a procedures
 * manual annexed to the contract, from a heading that says so up to the
 * next annex) tell the staff of
 * the employer, or of the agency when the instructions say so, what to do:
 * their imperatives read with that side as subject ("Collect the fee from
 * each candidate" -> "Agency shall Collect the fee ...", "Do not issue a
 * release letter" -> "Employer shall not issue ...").
 * "you" and "your" are the worker (left as written) unless the text is
 * written to the other side about her: an agency's e-mail to an employer
 * about "your helper", whose "your" owns more of the employer's things
 * than of the worker's; then they read as the employer (the agency when
 * the letterhead names the employer). In an e-mail thread, a sentence that
 * wishes or proposes ("my wife would like the passport to stay in our
 * safe") is marked: what a message asks for is no term until a reply
 * agrees, and the views read it as nothing.
 * No allocation, no state. */
#ifndef RA_CONTRACT_VOICE_H
#define RA_CONTRACT_VOICE_H

#include <stdbool.h>
#include <stddef.h>

#include "contract_parties.h"

typedef struct ra_voice {
    ra_side singular; /* "I", "me", "my"; RA_SIDE_NONE: leave them */
    ra_side plural;   /* "we", "us", "our" */
    ra_side second;   /* "you", "your": RA_SIDE_NONE leaves them (the worker) */
    bool capitals;    /* the sentence has no small letter: "MY" is a pronoun there */
    ra_side imperative; /* in instructions to staff: the side whose staff they are */
    bool proposal;      /* a wish or proposal in an e-mail thread, no term yet */
} ra_voice;

/* Fills out[0..text->n) with each sentence's voice. Needs the headings
 * (ra_contract_headings) and the parties (ra_parties_find). */
void ra_contract_voices(const ra_contract_text *text, const ra_parties *parties, ra_voice *out);

/* The longest rewrite ra_voice_rewrite writes. */
#define RA_VOICE_MAX 32

/* If a first-person pronoun starts at s[i] as a whole word, writes the
 * side's words that stand for it into out ("Worker", "Employer's",
 * "Pekerja"), their length in *out_len, and returns how many bytes of s
 * they replace; else 0. "my employer" reads "the employer", "I am"
 * "Worker is". */
size_t ra_voice_rewrite(const char *s, size_t len, size_t i, ra_voice v, bool indonesian,
                        char out[RA_VOICE_MAX], size_t *out_len);

/* If s[0..len) is an instruction to staff (v.imperative set, an English
 * sentence of three words or more that opens with a verb such as "collect",
 * "keep", "tell", or "Do not", "Never"), writes the subject that stands for
 * the staff into out ("Employer shall ", "Agency shall not"), its length in
 * *out_len, and returns how many bytes of s it replaces ("Do not": 6; a
 * verb stays: 0). *out_len is 0 when s is no such instruction. */
size_t ra_voice_imperative(const char *s, size_t len, ra_voice v, bool indonesian,
                           char out[RA_VOICE_MAX], size_t *out_len);

#endif
