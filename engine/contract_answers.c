/* contract_answers.c — answers read with their questions. See
 * contract_answers.h. */
#include "contract_answers.h"

#include <string.h>

#include "ascii.h"

size_t ra_answer_start(const char *s, size_t n)
{
    size_t i = 0;
    if (n > 2 && (s[0] == '[' || s[0] == '(')) {
        /* a timestamp: "[00:02:14]", "(12.05)" */
        size_t k = 1;
        while (k < n && k < 16 && (ra_ascii_digit((unsigned char)s[k]) || s[k] == ':' || s[k] == '.'))
            k++;
        if (k > 1 && k < n && (s[k] == ']' || s[k] == ')')) {
            i = k + 1;
            while (i < n && s[i] == ' ')
                i++;
        }
    }
    static const char *const marks[] = {"a", "answer", "j",   "jawab",   "q",        "question",
                                        "t", "tanya",  "p", "pertanyaan", NULL};
    size_t w = ra_ascii_letters(s, n, i), d = i + w;
    while (d < n && d < i + w + 3 && ra_ascii_digit((unsigned char)s[d]))
        d++; /* numbered: "Q8.", "A8:" */
    if (w && d < n && (s[d] == ':' || s[d] == '.') && ra_ascii_in_list(s + i, w, marks)) {
        i = d + 1;
        while (i < n && s[i] == ' ')
            i++;
        return i;
    }
    /* a speaker's label: one to three words in capitals, then ": ", or
     * then a timestamp ("HADDAD (01:36)  Not in the first year.") */
    for (size_t k = i, words = 1; k < n && words <= 3; words++) {
        size_t e = k;
        bool letter = false;
        while (e < n && (ra_ascii_upper((unsigned char)s[e]) || s[e] == '.' || s[e] == '\'' ||
                         s[e] == '-')) {
            letter = letter || ra_ascii_upper((unsigned char)s[e]);
            e++;
        }
        if (!letter || e >= n)
            break;
        if (s[e] == ':' && e + 1 < n && s[e + 1] == ' ') {
            for (i = e + 1; i < n && s[i] == ' ';)
                i++;
            return i;
        }
        if (s[e] == ' ' && e + 2 < n && (s[e + 1] == '(' || s[e + 1] == '[') &&
            ra_ascii_digit((unsigned char)s[e + 2])) {
            size_t t = e + 2;
            while (t < n && (ra_ascii_digit((unsigned char)s[t]) || s[t] == ':' || s[t] == '.'))
                t++;
            if (t < n && (s[t] == ')' || s[t] == ']')) {
                for (i = t + 1; i < n && (s[i] == ' ' || s[i] == ':');)
                    i++;
                return i;
            }
        }
        if (s[e] != ' ')
            break;
        k = e + 1;
    }
    return i;
}

/* The word s[i..i+w) is one of list, followed by the end, punctuation or
 * a space. */
static bool word_is(const char *s, size_t n, size_t i, size_t w, const char *const *list)
{
    return w && ra_ascii_in_list(s + i, w, list) && (i + w == n || strchr(".,!; ", s[i + w]));
}

/* Where the rest of an answer starts, from at, the end of its yes. */
static size_t after_word(const char *s, size_t n, size_t at)
{
    while (at < n && strchr(".,!; ", s[at]))
        at++;
    return at;
}

/* The same after a no, past more of it ("No, never.", "No, not at all"). */
static size_t after_no(const char *s, size_t n, size_t at)
{
    static const char *const more[] = {"no", "never", "not", "tidak", NULL};
    for (at = after_word(s, n, at);;) {
        size_t w = ra_ascii_letters(s, n, at);
        if (!w || !ra_ascii_in_list(s + at, w, more) || (at + w < n && !strchr(".,!;", s[at + w])))
            return at;
        at = after_word(s, n, at + w);
    }
}

ra_answer ra_answer_of(const ra_contract_text *text, size_t k, size_t *rest)
{
    if (k == 0 || k >= text->n)
        return RA_ANSWER_NONE;
    const ra_sentence *s = &text->sentences[k], *q = &text->sentences[k - 1];
    if (!ra_sentence_ends(q, '?'))
        return RA_ANSWER_NONE; /* the cheap test first: most sentences follow no question */
    size_t i = ra_answer_start(s->text, s->len);
    if (q->heading != s->heading && !i)
        return RA_ANSWER_NONE;
    size_t w = ra_ascii_letters(s->text, s->len, i);
    static const char *const yes[] = {"yes", "ya", "iya", NULL};
    if (word_is(s->text, s->len, i, w, yes)) {
        *rest = after_word(s->text, s->len, i + w);
        /* "Yes, but you may refuse", "Yes, only if you agree": a yes with a
         * condition does not say what the question asks. */
        static const char *const but[] = {"but", "however", "only", "unless", "provided", "if", NULL};
        for (size_t at = *rest, words = 0; at < s->len && words < 8; words++) {
            size_t e = at + ra_ascii_letters(s->text, s->len, at);
            if (e > at && ra_ascii_in_list(s->text + at, e - at, but))
                return RA_ANSWER_NONE;
            while (e < s->len && !ra_ascii_alpha((unsigned char)s->text[e]))
                e++;
            at = e;
        }
        return RA_ANSWER_YES;
    }
    /* "Not allowed ...", "Tidak boleh ...": the no and the permission it
     * denies. A bare "No." or "No, ...": not "No phone for six months" or
     * "No fee is charged", which say something of their own. */
    static const char *const not[] = {"not", "never", "tidak", "tak", "hindi", NULL};
    static const char *const allowed[] = {"allowed", "permitted", "possible",      "boleh", "bisa",
                                          "dapat",   "diizinkan", "diperbolehkan", "pwede", NULL};
    /* "Not in the first year", "Not during the contract": the no, and when */
    static const char *const when[] = {"in", "during", "before", "until", "for", "while",
                                       "selama", "sebelum", NULL};
    if (w && ra_ascii_in_list(s->text + i, w, not) && i + w < s->len && s->text[i + w] == ' ') {
        size_t a = i + w + 1, aw = ra_ascii_letters(s->text, s->len, a);
        if (aw && ra_ascii_in_list(s->text + a, aw, allowed)) {
            *rest = after_no(s->text, s->len, a + aw);
            return RA_ANSWER_NO;
        }
        if (aw && ra_ascii_in_list(s->text + a, aw, when)) {
            *rest = a;
            return RA_ANSWER_NO;
        }
    }
    static const char *const no[] = {"no", "nope", "never", "tidak", "bukan", "hindi", "jangan", NULL};
    if (w && ra_ascii_in_list(s->text + i, w, no) &&
        (i + w == s->len || strchr(".,!;", s->text[i + w]))) {
        *rest = after_no(s->text, s->len, i + w);
        return RA_ANSWER_NO;
    }
    if (ra_sentence_ends(s, '?'))
        return RA_ANSWER_NONE;
    size_t qi = ra_answer_start(q->text, q->len), qw = ra_ascii_letters(q->text, q->len, qi);
    /* not "when" or "why": their answers give times and reasons, which
     * read with the question's words say other things ("When do I get my
     * salary? Each month we give you 200 dirhams as pocket money") */
    static const char *const wh[] = {"how",   "what",  "who",    "whom", "whose",     "where",
                                     "which", "berapa", "siapa", "apa",  "dimana",    "mana",
                                     "bagaimana", "kemana", NULL};
    /* "How much do I pay the agency?" / "Nothing at all.": no thing asked for */
    static const char *const none[] = {"nothing", "none", "nobody", "no", "never", "zero",
                                       "nil",     "tidak", "bukan", "tak", NULL};
    if (qw && ra_ascii_in_list(q->text + qi, qw, wh) && !(w && ra_ascii_in_list(s->text + i, w, none))) {
        *rest = i;
        return RA_ANSWER_WH;
    }
    return RA_ANSWER_NONE;
}

/* The length of the subject at q[i..n) of an English question after its
 * auxiliary: a pronoun; a determiner and its noun (and the noun a
 * possessive goes on to: "my employer's family"); or up to three
 * capitalised words ("Worker", "Mrs Tan"). 0 when none. */
static size_t subject_len(const char *q, size_t n, size_t i)
{
    static const char *const pronouns[] = {"i",   "you",     "we",      "they", "he", "she",
                                           "it",  "someone", "anyone",  "anybody", "somebody",
                                           NULL};
    static const char *const dets[] = {"my",  "your", "the", "our",  "her", "his", "their",
                                       "a",   "an",   "this", "that", "any", "these", "those",
                                       NULL};
    size_t w = ra_ascii_letters(q, n, i);
    if (!w)
        return 0;
    if (ra_ascii_in_list(q + i, w, pronouns))
        return w;
    size_t e = i + w;
    if (ra_ascii_in_list(q + i, w, dets)) {
        if (e >= n || q[e] != ' ')
            return 0;
        size_t nw = ra_ascii_letters(q, n, e + 1);
        if (!nw)
            return 0;
        e += 1 + nw;
    } else if (ra_ascii_upper((unsigned char)q[i])) {
        for (int words = 1; words < 3 && e + 1 < n && q[e] == ' ' &&
                            ra_ascii_upper((unsigned char)q[e + 1]);
             words++)
            e += 1 + ra_ascii_letters(q, n, e + 1);
    } else {
        return 0;
    }
    /* a possessive goes on to its noun */
    if (e + 3 < n && q[e] == '\'' && q[e + 1] == 's' && q[e + 2] == ' ') {
        size_t nw = ra_ascii_letters(q, n, e + 3);
        if (nw)
            e += 3 + nw;
    }
    return e - i;
}

bool ra_question_split(const char *q, size_t n, bool indonesian, ra_question *out)
{
    static const char *const aux[] = {"can",   "could", "may",    "might", "must", "will", "would",
                                      "shall", "should", "do",    "does",  "did",  "is",   "are",
                                      "am",    "was",   "were",   "have",  "has",  "apakah", NULL};
    size_t i = ra_answer_start(q, n), end = n;
    while (end > i && (q[end - 1] == '?' || q[end - 1] == ' '))
        end--;
    size_t w = ra_ascii_letters(q, end, i);
    /* "If the company is bad, can I go to another company?": the question
     * after its condition */
    static const char *const conditions[] = {"if", "when", "after", "before", "during", "while",
                                             "kalau", "jika", "bila", "apabila", "setelah",
                                             "selama", NULL};
    /* ... and after a phrase that sets the scene ("On my day off, can I go
     * to the city?", "In Qatar, may I ...") */
    const char *comma = w && (ra_ascii_in_list(q + i, w, conditions) ||
                              (!ra_ascii_in_list(q + i, w, aux) && end - i < 200))
                            ? memchr(q + i, ',', end - i)
                            : NULL;
    if (comma) {
        i = (size_t)(comma - q) + 1;
        while (i < end && q[i] == ' ')
            i++;
        w = ra_ascii_letters(q, end, i);
    }
    if (!w || i + w >= end || q[i + w] != ' ')
        return false;
    size_t subject = i + w + 1, len;
    if (indonesian) {
        if (w != 6 || !ra_ascii_same_ci(q + i, "apakah", 6))
            return false;
        /* "Apakah saya boleh ...", "Apakah pihak agensi akan ..." */
        static const char *const two[] = {"pihak", "calon", "kantor", "agen", NULL};
        len = ra_ascii_letters(q, end, subject);
        if (len && ra_ascii_in_list(q + subject, len, two) && subject + len < end &&
            q[subject + len] == ' ')
            len += 1 + ra_ascii_letters(q, end, subject + len + 1);
        *out = (ra_question){subject, len, i, 0, 0, 0};
    } else {
        if (!ra_ascii_in_list(q + i, w, aux) || !(len = subject_len(q, end, subject)))
            return false;
        *out = (ra_question){subject, len, i, w, 0, 0};
    }
    size_t rest = subject + len;
    while (rest < end && q[rest] == ' ')
        rest++;
    if (rest >= end)
        return false;
    /* A question that already denies ("Is it true that I may not join a
     * union?") is not negated again. */
    static const char *const denials[] = {"not", "never", "cannot", "no", "tidak", "tak",
                                          "bukan", "true", "correct", "right", NULL};
    for (size_t k = rest; k < end; k++)
        if ((k == rest || q[k - 1] == ' ') && ra_ascii_alpha((unsigned char)q[k])) {
            size_t kw = ra_ascii_letters(q, end, k);
            if (ra_ascii_in_list(q + k, kw, denials) ||
                (kw > 3 && q[k + kw - 1] == 'n' && k + kw + 1 < end && q[k + kw] == '\'' &&
                 q[k + kw + 1] == 't'))
                return false;
            k += kw;
        }
    out->rest = rest;
    out->rest_len = end - rest;
    return true;
}
