/* contract_views.c — the matching view of a contract's sentences. See
 * contract_views.h. */
#include "contract_views.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ascii.h"
#include "contract_answers.h"
#include "contract_fields.h"
#include "contract_lines.h"
#include "contract_records.h"
#include "contract_spelling.h"
#include "contract_voice.h"

_Static_assert(RA_SPELLING_MAX <= RA_VOICE_MAX, "one buffer holds either rewrite");

/* The party whose name starts at s[i] as a whole word, written as defined
 * or with a capital first letter (in any case when it says so); its name
 * length in *len. lens[k] is the length of order[k]'s name. */
static const ra_party *name_at(const ra_party *const *order, const size_t *lens, size_t n,
                               const char *s, size_t len_s, size_t i, size_t *len)
{
    if (i && ra_ascii_word_char((unsigned char)s[i - 1]))
        return NULL;
    bool upper = ra_ascii_upper((unsigned char)s[i]);
    for (size_t k = 0; k < n; k++) {
        size_t m = lens[k];
        if (!upper && !order[k]->any_case)
            continue;
        if (i + m <= len_s && ra_ascii_same_ci(s + i, order[k]->name, m) &&
            (i + m == len_s || !ra_ascii_word_char((unsigned char)s[i + m]))) {
            *len = m;
            return order[k];
        }
    }
    return NULL;
}

/* Names for a side that documents use without defining them: the workers
 * in house rules, training centre rules and minutes ("Residents must not
 * ...", "Penghuni dilarang ...", "CPMI wajib ..."), the Taiwanese or
 * Malaysian broker who acts as the agency ("retained by the Broker"). Read
 * as the side, like a defined name; the Indonesian ones in small letters
 * too ("dibebankan kepada peserta"). Only forms that name people:
 * "Resident" alone is also the adjective of "Resident Card". */
typedef struct {
    const char *name;
    ra_side side;
} common_name;

#define COMMON_MAX 8 /* names in the longer list */

static const common_name common_en[] = {
    {"Residents", RA_SIDE_WORKER}, {"Occupants", RA_SIDE_WORKER}, {"Participants", RA_SIDE_WORKER},
    {"Operators", RA_SIDE_WORKER},
    {"Trainees", RA_SIDE_WORKER},  {"Recruits", RA_SIDE_WORKER},  {"Boarders", RA_SIDE_WORKER},
    {"Broker", RA_SIDE_AGENCY},    {NULL, RA_SIDE_NONE}};
static const common_name common_id[] = {{"Calon Pekerja Migran Indonesia", RA_SIDE_WORKER},
                                        {"Calon PMI", RA_SIDE_WORKER},
                                        {"CPMI", RA_SIDE_WORKER},
                                        {"Penghuni", RA_SIDE_WORKER},
                                        {"Peserta", RA_SIDE_WORKER},
                                        {"Siswa", RA_SIDE_WORKER},
                                        {NULL, RA_SIDE_NONE}};

/* Which of the n names (n <= 64) the sentences of text hold where name_at
 * reads them: bit k for names[k]. One pass over the text for them all. */
static uint64_t names_used(const ra_contract_text *text, const ra_party *names, size_t n)
{
    size_t lens[64];
    unsigned char first[64];
    bool starts[256] = {false};
    for (size_t k = 0; k < n; k++) {
        lens[k] = strlen(names[k].name);
        first[k] = ra_ascii_lower((unsigned char)names[k].name[0]);
        starts[first[k]] = true;
    }
    uint64_t used = 0, all = n == 64 ? UINT64_MAX : ((uint64_t)1 << n) - 1;
    for (size_t j = 0; j < text->n && used != all; j++) {
        const char *s = text->sentences[j].text;
        size_t len_s = text->sentences[j].len;
        for (size_t i = 0; i < len_s; i++) {
            unsigned char c = ra_ascii_lower((unsigned char)s[i]);
            if (!starts[c])
                continue;
            for (size_t k = 0; k < n; k++) {
                const ra_party *p = &names[k];
                size_t len;
                if (!(used >> k & 1) && first[k] == c &&
                    name_at(&p, &lens[k], 1, s, len_s, i, &len))
                    used |= (uint64_t)1 << k;
            }
        }
    }
    return used;
}

/* Adds to order the common names that text uses and no party defines, in
 * the list's order; returns the new count (at most cap). common has room
 * for COMMON_MAX names. */
static size_t add_common_names(const ra_contract_text *text, bool indonesian, ra_party *common,
                               const ra_party **order, size_t n, size_t cap)
{
    ra_party cand[COMMON_MAX];
    size_t ncand = 0;
    for (const common_name *w = indonesian ? common_id : common_en; w->name && ncand < COMMON_MAX;
         w++) {
        size_t m = strlen(w->name);
        bool defined = false;
        for (size_t k = 0; k < n && !defined; k++)
            defined = ra_ascii_same_ci(order[k]->name, w->name, m) && !order[k]->name[m];
        if (defined)
            continue;
        memcpy(cand[ncand].name, w->name, m + 1);
        cand[ncand].side = w->side;
        cand[ncand].any_case = indonesian;
        ncand++;
    }
    uint64_t used = ncand ? names_used(text, cand, ncand) : 0;
    size_t c = 0;
    for (size_t k = 0; k < ncand && n < cap; k++)
        if (used >> k & 1) {
            common[c] = cand[k];
            order[n++] = &common[c++];
        }
    return n;
}

/* The views, built back to back in one growing buffer. */
typedef struct {
    char *p;
    size_t n, cap;
} vbuf;

/* Appends b->p[off, off + n), a view already built. */
static bool put_again(vbuf *b, size_t off, size_t n)
{
    if (!n)
        return true;
    if (!ra_grow((void **)&b->p, &b->cap, b->n + n, 1))
        return false;
    memcpy(b->p + b->n, b->p + off, n); /* after the grow: b->p may have moved */
    b->n += n;
    return true;
}

static bool put(vbuf *b, const char *s, size_t n)
{
    if (!n)
        return true; /* nothing to copy, and b->p may still be NULL */
    if (!ra_grow((void **)&b->p, &b->cap, b->n + n, 1))
        return false;
    memcpy(b->p + b->n, s, n);
    b->n += n;
    return true;
}

/* Moves the line marks of text[from, to), copied to view offset `at`, from
 * text offsets to view offsets; whole: the span was replaced by one word,
 * and all its marks go to the word's start. m[*j ..] are the marks left. */
static void move_marks(ra_line_mark *m, size_t n, size_t *j, size_t from, size_t to, size_t at,
                       bool whole)
{
    for (; *j < n && m[*j].at < to; (*j)++)
        m[*j].at = (uint32_t)(at + (whole ? 0 : m[*j].at - from));
}

/* Does an English text hold a word ra_spelling_fix corrects? */
static bool any_misspelling(const ra_contract_text *text)
{
    for (size_t k = 0; k < text->n; k++) {
        const ra_sentence *s = &text->sentences[k];
        for (size_t i = 0; i < s->len; i++) {
            char fixed[RA_SPELLING_MAX];
            size_t n;
            if (ra_ascii_alpha((unsigned char)s->text[i]) &&
                (i == 0 || !ra_ascii_word_char((unsigned char)s->text[i - 1])) &&
                (ra_spelling_fix(s->text, s->len, i, fixed, &n) ||
                 ra_spelling_participle(s->text, s->len, i, fixed, &n)))
                return true;
        }
    }
    return false;
}

/* ---- checklists --------------------------------------------------------------------- */

/* In a checklist whose boxes are filled in (a box is ticked somewhere), an
 * option left empty is no term of the contract: "[ ] Pregnancy ends the
 * contract" under "[x] Pregnancy does not end the contract". A form with
 * every box empty is not filled in, and its options are read as written. */
static bool filled_in(const ra_contract_text *text)
{
    for (size_t k = 0; k < text->n; k++)
        if (text->sentences[k].box > 0)
            return true;
    return false;
}

static bool any_unticked(const ra_contract_text *text)
{
    for (size_t k = 0; k < text->n; k++)
        if (text->sentences[k].box < 0)
            return true;
    return false;
}

static bool any_fields(const ra_contract_text *text)
{
    for (size_t k = 0; k < text->n; k++)
        if (ra_fields_any(text->sentences[k].text, text->sentences[k].len) ||
            ra_record_key(text->sentences[k].text, text->sentences[k].len, false))
            return true;
    return false;
}

/* ---- lists of what not to do --------------------------------------------------------- */

/* An item of a list headed "DON'T:" ("DO NOT", "NEVER", "Prohibited", in
 * Indonesian "JANGAN", "DILARANG", "LARANGAN"), or led in by a sentence
 * that ends so ("It is strictly prohibited to:", "Residents must not:",
 * "Penghuni dilarang keras:"), says what the worker must not do in the
 * imperative with the negation left in the heading: "- have a boyfriend".
 * Its view reads "Do not have a boyfriend" ("Jangan ..."), so that the
 * patterns see the prohibition, and a compliant item ("- ask Madam to look
 * after your passport") is negated as it should be. */
static const char *const dont_heads[] = {
    "don't", "dont",     "don'ts",   "donts",         "do not",    "never",      "prohibited",
    "not allowed", "things you must not do", "you must not", "jangan", "dilarang",
    "yang dilarang", "larangan", NULL};

/* Phrases that end a lead-in to a list of prohibitions, as whole words. */
static const char *const dont_ends[] = {
    "prohibited to", "prohibited from", "forbidden to",  "not allowed to", "not permitted to",
    "must not",      "shall not",       "may not",       "must never",     "are not to",
    "dilarang",      "dilarang keras",  "tidak boleh",   "jangan",         NULL};

/* Does s (cut of its trailing ':', '!' and spaces) say "don't"? */
static bool says_dont(const char *s, size_t n, bool whole)
{
    while (n && (s[n - 1] == ':' || s[n - 1] == ' ' || s[n - 1] == '!'))
        n--;
    if (ra_ascii_in_list(s, n, dont_heads))
        return true;
    for (size_t k = 0; !whole && dont_ends[k]; k++) {
        size_t m = strlen(dont_ends[k]);
        if (m < n && s[n - m - 1] == ' ' && ra_ascii_same_ci(s + n - m, dont_ends[k], m))
            return true;
    }
    return false;
}

/* Is sentence k an item of a list of what not to do? */
static bool dont_item(const ra_contract_text *text, size_t k)
{
    const ra_sentence *s = &text->sentences[k];
    if (!s->bulleted)
        return false;
    if (s->heading && says_dont(s->heading, s->heading_len, true))
        return true;
    /* The lead-in: back over the items before it and the sentences that go
     * on with an item (on its line or the next), to a sentence ending ':'. */
    for (size_t j = k; j > 0 && k - j < 40; j--) {
        const ra_sentence *p = &text->sentences[j - 1], *after = &text->sentences[j];
        if (!after->bulleted && after->line > p->end_line + 1)
            return false; /* a paragraph of its own: the list ended above it */
        if (ra_sentence_ends(p, ':') && !p->bulleted)
            return says_dont(p->text, p->len, false);
        if (p->heading != s->heading)
            return false;
    }
    return false;
}

/* ---- what "it" and "they" stand for ------------------------------------------------ */

/* The things clause patterns are about, which a sentence names and the next
 * one takes up with a pronoun: "Please bring your passport to HR. It stays
 * in the HR safe ...", "These costs are borne by you. They come to ...".
 * Longest first where one starts another. */
static const char *const things[] = {"travel documents",
                                     "travel document",
                                     "passports",
                                     "passport",
                                     "iqamas",
                                     "iqama",
                                     "residence permit",
                                     "work permit",
                                     "identity card",
                                     "id card",
                                     "documents",
                                     "salaries",
                                     "salary",
                                     "wages",
                                     "savings",
                                     "deposit",
                                     "bond",
                                     "fees",
                                     "fee",
                                     "costs",
                                     "charges",
                                     "mobile phone",
                                     "phone",
                                     "visa",
                                     NULL};

/* The last thing s[0..n) names: its start and length in *at and *len, with
 * "X and Y" when two are named together ("passport and visa"). */
static bool last_thing(const char *s, size_t n, size_t *at, size_t *len)
{
    bool found = false;
    for (size_t i = 0; i < n; i++) {
        if (i && ra_ascii_word_char((unsigned char)s[i - 1]))
            continue;
        unsigned char c = ra_ascii_lower((unsigned char)s[i]);
        for (size_t k = 0; things[k]; k++) {
            if ((unsigned char)things[k][0] != c)
                continue;
            size_t m = strlen(things[k]);
            if (i + m <= n && ra_ascii_same_ci(s + i, things[k], m) &&
                (i + m == n || !ra_ascii_word_char((unsigned char)s[i + m]))) {
                /* "X and Y": the pair */
                size_t from = i;
                if (found && i >= 5 && *at + *len + 5 == i &&
                    ra_ascii_same_ci(s + i - 5, " and ", 5))
                    from = *at;
                *at = from;
                *len = i + m - from;
                found = true;
                i += m - 1;
                break;
            }
        }
    }
    return found;
}

/* A pronoun that stands for a thing at s[i], the sentence's first word:
 * "It", "They", and "Both" as a subject ("Both are looked after by ...",
 * not "Both parties"); not an "it" that stands for what follows ("It is
 * agreed that ..."). Its length, or 0. */
static size_t pronoun_at(const char *s, size_t n, size_t i)
{
    static const char *const pronouns[] = {"it", "they", NULL};
    if (i != ra_answer_start(s, n))
        return 0;
    size_t w = ra_ascii_letters(s, n, i);
    if (!w || (i + w < n && (ra_ascii_word_char((unsigned char)s[i + w]) || s[i + w] == '\'')))
        return 0;
    if (ra_ascii_in_list(s + i, w, pronouns)) {
        /* "It is agreed that", "It emerges that", "It is strictly prohibited
         * to", "It is permissible for": it stands for the clause after */
        static const char *const judged[] = {
            "prohibited", "forbidden",  "allowed",   "permitted", "permissible", "impermissible",
            "compulsory", "mandatory",  "necessary", "required",  "important",   "essential",
            "possible",   "impossible", "illegal",   "unlawful",  "lawful",      "advisable",
            "recommended", NULL};
        size_t words = 0;
        bool judging = false;
        for (size_t k = i + w; k < n && words < 6; k++)
            if (s[k] == ' ' && k + 1 < n && s[k + 1] != ' ') {
                words++;
                const char *word = s + k + 1;
                size_t m = ra_ascii_letters(s, n, k + 1);
                if (!m)
                    continue;
                if (m == 4 && ra_ascii_same_ci(word, "that", 4))
                    return 0;
                if (judging && ((m == 2 && ra_ascii_same_ci(word, "to", 2)) ||
                                (m == 3 && ra_ascii_same_ci(word, "for", 3))))
                    return 0; /* "It is prohibited to ...", "It is permissible for her to ..." */
                judging = ra_ascii_in_list(word, m, judged);
            }
        return w;
    }
    static const char *const verbs[] = {"are",    "is", "will", "shall", "must", "stay",
                                        "remain", "go", "get",  "can",   "may",  NULL};
    if (w == 4 && ra_ascii_same_ci(s + i, "both", 4) && i + 5 < n && s[i + 4] == ' ') {
        return ra_ascii_in_list(s + i + 5, ra_ascii_letters(s, n, i + 5), verbs) ? 4 : 0;
    }
    return 0;
}

/* "it" or "them" at s[i] after another word ("Madam keeps it.", "They
 * hold them for you"): in an answer, the thing its question names. Its
 * length, or 0. */
static size_t object_pronoun_at(const char *s, size_t n, size_t i)
{
    if (i < 2 || s[i - 1] != ' ' || !ra_ascii_alpha((unsigned char)s[i - 2]))
        return 0;
    size_t w = ra_ascii_letters(s, n, i);
    if ((w != 2 || memcmp(s + i, "it", 2) != 0) && (w != 4 || memcmp(s + i, "them", 4) != 0))
        return 0;
    return i + w < n && (ra_ascii_word_char((unsigned char)s[i + w]) || s[i + w] == '\'') ? 0 : w;
}

static bool any_object_pronoun(const char *s, size_t n)
{
    for (size_t i = 2; i + 1 < n; i++)
        if (s[i - 1] == ' ' && (s[i] == 'i' || s[i] == 't') && object_pronoun_at(s, n, i))
            return true;
    return false;
}

static bool in_answer(const ra_contract_text *text, size_t k);

/* What the pronouns of sentence k stand for: the last thing sentence k - 1
 * names, when k - 1 stands under the same heading (or asks the question k
 * answers) and k names no thing itself; past a short answer that names none
 * ("Your employer does."), the thing the question before it names. */
static bool antecedent(const ra_contract_text *text, size_t k, const char **phrase, size_t *len)
{
    if (k == 0)
        return false;
    const ra_sentence *s = &text->sentences[k], *p = &text->sentences[k - 1];
    if (!pronoun_at(s->text, s->len, ra_answer_start(s->text, s->len)) &&
        !(any_object_pronoun(s->text, s->len) && in_answer(text, k)))
        return false; /* nothing to take up: the cheap tests first */
    size_t at, n;
    if (p->heading != s->heading && !ra_sentence_ends(p, '?') &&
        !ra_answer_start(p->text, p->len))
        return false; /* another section, unless k answers p or goes on with p's answer */
    if (last_thing(s->text, s->len, &at, &n))
        return false;
    if (!last_thing(p->text, p->len, &at, &n)) {
        /* a short answer between: "Q: Who keeps my passport? A: Your employer
         * does. It stays in the company office ..." */
        const ra_sentence *q = k >= 2 ? &text->sentences[k - 2] : NULL;
        if (!q || ra_line_words(p->text, p->len) > 6 ||
            (q->heading != p->heading && !ra_sentence_ends(q, '?')) ||
            !last_thing(q->text, q->len, &at, &n))
            return false;
        p = q;
    }
    *phrase = p->text + at;
    *len = n;
    return true;
}

static bool any_antecedent(const ra_contract_text *text)
{
    for (size_t k = 1; k < text->n; k++) {
        const char *phrase;
        size_t len;
        if (antecedent(text, k, &phrase, &len))
            return true;
    }
    return false;
}

/* The question whose sentence k's view begins with, in *q: an answer that
 * opens with a yes, or answers a wh-question, means what the question asks
 * and is read with it ("Will I be tested for pregnancy? Yes. The clinic
 * tests ...", "How much will I earn? A: HK$ 4,990 every month"); after a
 * bare yes ("A: Yes."), the answer's next sentence is. A no is read as the
 * question negated (ra_contract_views_build); any other answer alone. */
static bool asked(const ra_contract_text *text, size_t k, size_t *q)
{
    size_t rest;
    const ra_sentence *s = &text->sentences[k];
    if (k >= 2 && ra_answer_of(text, k - 1, &rest) == RA_ANSWER_YES &&
        rest == text->sentences[k - 1].len && !ra_sentence_ends(s, '?') &&
        s->line <= text->sentences[k - 1].end_line + 1) {
        *q = k - 2;
        return true;
    }
    ra_answer a = ra_answer_of(text, k, &rest);
    if (a != RA_ANSWER_YES && a != RA_ANSWER_WH)
        return false;
    if (a == RA_ANSWER_YES && rest == s->len && k + 1 < text->n && asked(text, k + 1, q))
        return false; /* the next sentence takes the question */
    *q = k - 1;
    return true;
}

/* Is sentence k an answer, or the sentence after a bare one ("A: No." /
 * "Madam keeps it.")? */
static bool in_answer(const ra_contract_text *text, size_t k)
{
    size_t rest;
    return ra_answer_of(text, k, &rest) != RA_ANSWER_NONE ||
           (k && ra_answer_of(text, k - 1, &rest) != RA_ANSWER_NONE &&
            rest == text->sentences[k - 1].len);
}

static bool any_answer(const ra_contract_text *text)
{
    size_t rest;
    for (size_t k = 1; k < text->n; k++)
        if (ra_answer_of(text, k, &rest) != RA_ANSWER_NONE)
            return true;
    return false;
}

/* ---- bans framed as what is not permissible ------------------------------------------------ */

/* "It is not permissible for the Second Party to leave the residence" (the
 * drafting of contracts translated from Arabic) is the ban "the Second Party
 * may not leave the residence", which the patterns know. If such a frame
 * starts at s[i], returns the length of its opening ("It is not permissible
 * for "), which the view drops, and puts in *to the offset of the "to" after
 * the party (at most six words on), which the view reads "may not". */
static size_t ban_frame(const char *s, size_t n, size_t i, size_t *to)
{
    static const char *const frames[] = {
        "it is not permissible for ", "it shall not be permissible for ", "it is not permitted for ",
        "it is not allowed for ",     "it is impermissible for ",         "it is prohibited for ",
        "it is forbidden for ",       NULL};
    for (const char *const *f = frames; *f; f++) {
        size_t len = strlen(*f);
        if (n - i < len || !ra_ascii_same_ci(s + i, *f, len))
            continue;
        size_t k = i + len;
        for (int words = 0; k < n && words <= 6; words++) {
            size_t e = k;
            while (e < n && s[e] != ' ')
                e++;
            if (words && e - k == 2 && ra_ascii_same_ci(s + k, "to", 2) && e < n) {
                *to = k;
                return len;
            }
            while (e < n && s[e] == ' ')
                e++;
            k = e;
        }
        return 0;
    }
    return 0;
}

static bool any_ban_frame(const ra_contract_text *text)
{
    for (size_t k = 0; k < text->n; k++) {
        const ra_sentence *s = &text->sentences[k];
        for (size_t i = 0; i < s->len; i++) {
            size_t to;
            if ((i == 0 || s->text[i - 1] == ' ') && (s->text[i] == 'I' || s->text[i] == 'i') &&
                ban_frame(s->text, s->len, i, &to))
                return true;
        }
    }
    return false;
}

/* ---- reported speech ----------------------------------------------------------------------- */

/* Minutes and reports give terms in reported speech: "Ms. Perera replied
 * that workers were to remain unmarried and that a worker who married would
 * not be taken back", "Workers were told that complaints would be treated as
 * misconduct". The patterns know the terms in the present: after a reporting
 * verb and its "that", the view moves the verbs back ("are to", "will not
 * be"). Where the reported clause starts in s, or n when s reports none. */
static size_t reported_at(const char *s, size_t n)
{
    static const char *const verbs[] = {
        "said",     "replied",  "explained", "informed",  "told",     "answered",
        "stated",   "confirmed", "advised",  "reminded",  "warned",   "added",
        "noted",    "emphasised", "emphasized", "stressed", "announced", "clarified",
        "responded", "agreed",   "insisted", "instructed", NULL};
    for (size_t i = 0; i < n; i++) {
        if ((i && ra_ascii_word_char((unsigned char)s[i - 1])) || !ra_ascii_alpha((unsigned char)s[i]))
            continue;
        size_t e = i + ra_ascii_letters(s, n, i);
        /* every verb above is a past form in -d: most words are none of them
         * after one test (a verb added to the list must end in -d too) */
        if (ra_ascii_lower((unsigned char)s[e - 1]) != 'd' ||
            !ra_ascii_in_list(s + i, e - i, verbs))
            continue;
        /* "that" within the next four words */
        size_t k = e;
        for (int words = 0; k < n && words < 5; words++) {
            while (k < n && !ra_ascii_alpha((unsigned char)s[k]))
                k++;
            size_t w = k + ra_ascii_letters(s, n, k);
            if (w - k == 4 && ra_ascii_same_ci(s + k, "that", 4))
                return w;
            k = w;
        }
    }
    return n;
}

/* A past form of reported speech at s[i], as the present: its length, and
 * the present in out; 0 when none starts there. */
static size_t backshift(const char *s, size_t n, size_t i, char *out, size_t *out_len)
{
    static const struct {
        const char *past, *present;
    } forms[] = {{"were to", "are to"},   {"was to", "is to"},     {"could not", "cannot"},
                 {"couldn't", "cannot"},  {"wouldn't", "won't"},   {"had to", "must"},
                 {"would", "will"},       {"was", "is"},           {"were", "are"},
                 {NULL, NULL}};
    for (size_t k = 0; forms[k].past; k++) {
        size_t m = strlen(forms[k].past);
        if (m <= n - i && ra_ascii_same_ci(s + i, forms[k].past, m) &&
            (i + m == n || !ra_ascii_word_char((unsigned char)s[i + m]))) {
            *out_len = strlen(forms[k].present);
            memcpy(out, forms[k].present, *out_len);
            return m;
        }
    }
    return 0;
}

static bool any_reported(const ra_contract_text *text)
{
    for (size_t k = 0; k < text->n; k++)
        if (reported_at(text->sentences[k].text, text->sentences[k].len) < text->sentences[k].len)
            return true;
    return false;
}

/* ---- the views ------------------------------------------------------------------------ */

bool ra_contract_views_build(ra_contract_text *text, const ra_parties *parties,
                             const ra_voice *voices, bool indonesian)
{
    /* The names to replace, longest first ("Recruitment Agency" before "Agency"). */
    enum { ORDER_MAX = RA_PARTIES_MAX + COMMON_MAX };
    const ra_party *order[ORDER_MAX];
    ra_party common[COMMON_MAX];
    size_t n = 0;
    for (size_t i = 0; i < parties->n; i++) {
        const char *word = ra_side_word(parties->items[i].side, indonesian);
        if (word && strcmp(parties->items[i].name, word) != 0)
            order[n++] = &parties->items[i];
    }
    n = add_common_names(text, indonesian, common, order, n, n + COMMON_MAX);
    size_t lens[ORDER_MAX];
    for (size_t a = 0; a < n; a++)
        lens[a] = strlen(order[a]->name);
    for (size_t a = 1; a < n; a++)
        for (size_t b = a; b > 0 && lens[b] > lens[b - 1]; b--) {
            const ra_party *t = order[b];
            size_t l = lens[b];
            order[b] = order[b - 1], lens[b] = lens[b - 1];
            order[b - 1] = t, lens[b - 1] = l;
        }
    bool any_voice = false;
    for (size_t k = 0; voices && k < text->n && !any_voice; k++)
        any_voice = voices[k].singular != RA_SIDE_NONE || voices[k].plural != RA_SIDE_NONE ||
                    voices[k].second != RA_SIDE_NONE || voices[k].imperative != RA_SIDE_NONE ||
                    voices[k].proposal;
    bool choices = any_unticked(text) && filled_in(text);
    bool dont_items = false;
    for (size_t k = 0; k < text->n && !dont_items; k++)
        dont_items = dont_item(text, k);
    bool fields = any_fields(text) || text->legend.n;
    if (!n && !any_voice && !choices && !dont_items && !fields && !any_answer(text) &&
        !text->bilingual &&
        (indonesian || (!any_misspelling(text) && !any_antecedent(text) && !any_ban_frame(text) &&
                        !any_reported(text))))
        return true;
    vbuf b = {0};
    ra_code id_code = ra_language_lookup("id", 2);
    bool prev_reported = false; /* sentence k - 1 is reported speech */
    for (size_t k = 0; k < text->n; k++) {
        const ra_sentence *s = &text->sentences[k];
        /* a sentence in the other language of a bilingual text reads in its own */
        bool indo = s->lang ? s->lang == id_code : indonesian;
        ra_voice v = voices ? voices[k]
                            : (ra_voice){.singular = RA_SIDE_NONE,
                                         .plural = RA_SIDE_NONE,
                                         .second = RA_SIDE_NONE,
                                         .imperative = RA_SIDE_NONE};
        size_t start = b.n;
        size_t copied = 0; /* s->text[copied..i) is still to be copied */
        ra_line_mark *marks = s->nmarks ? text->marks + s->mark : NULL;
        size_t j = 0; /* marks[j ..] still hold text offsets */
        bool ok = true;
        const char *thing = NULL;
        size_t thing_len = 0;
        size_t ban_to = SIZE_MAX; /* the "to" of a ban frame (ban_frame) */
        size_t reported = indo ? s->len : reported_at(s->text, s->len);
        if (reported == s->len && k && prev_reported) {
            /* "... replied that this was not allowed: workers were to ...",
             * "It was agreed that ...; taking such matters to ... would be":
             * the report goes on past a colon or a semicolon */
            const ra_sentence *p = &text->sentences[k - 1];
            if (ra_sentence_ends(p, ':') || ra_sentence_ends(p, ';'))
                reported = 0;
        }
        prev_reported = reported < s->len;
        if (!indo && !antecedent(text, k, &thing, &thing_len))
            thing = NULL;
        bool legend = text->legend.n && s->line >= text->legend.first_line &&
                      s->end_line <= text->legend.last_line;
        if (legend || (choices && s->box < 0) || v.proposal) {
            /* an option not chosen, a code's meaning in a legend (its term
             * is where the code is used), or what a message of a thread
             * asks for (its term is in the reply that agrees): an empty
             * view, which no pattern matches */
            move_marks(marks, s->nmarks, &j, 0, s->len, 0, true);
            copied = s->len;
        } else if (dont_items && dont_item(text, k)) {
            const char *no = indo ? "Jangan " : "Do not ";
            ok = put(&b, no, strlen(no));
        }
        ra_field_edit edits[RA_FIELD_EDITS_MAX];
        size_t nedits = fields && copied < s->len && ra_fields_any(s->text, s->len)
                            ? ra_field_edits(s->text, s->len, indo, edits)
                            : 0,
               e = 0; /* edits[e ..] still to apply */
        /* a record's fields, and a plain "curfew: NIL" among them */
        bool plain = text->legend.n ||
                     (k && ra_record_key(text->sentences[k - 1].text, text->sentences[k - 1].len, true));
        if (fields && !nedits && copied < s->len && ra_record_key(s->text, s->len, plain))
            nedits = ra_record_edits(s->text, s->len, plain, indo, edits);
        if (text->legend.n && copied < s->len &&
            (s->end_line < text->legend.first_line || s->line > text->legend.last_line))
            nedits = ra_legend_edits(&text->legend, s->text, s->len, edits, nedits);
        size_t q;
        size_t rest;
        ra_question split;
        if (ok && copied < s->len && asked(text, k, &q)) {
            ok = put_again(&b, text->sentences[q].view_offset, text->sentences[q].view_len) &&
                 put(&b, " ", 1);
        } else if (ok && copied < s->len && ra_answer_of(text, k, &rest) == RA_ANSWER_NO &&
                   ra_question_split(b.p + text->sentences[k - 1].view_offset,
                                     text->sentences[k - 1].view_len, indo, &split)) {
            /* "Can Worker change employers?" / "A: Not allowed ...": "Worker can
             * not change employers ..." */
            size_t qv = text->sentences[k - 1].view_offset;
            ok = put_again(&b, qv + split.subject, split.subject_len) &&
                 (split.aux_len ? put(&b, " ", 1) && put_again(&b, qv + split.aux, split.aux_len) &&
                                      put(&b, " not ", 5)
                                : put(&b, " tidak ", 7)) &&
                 put_again(&b, qv + split.rest, split.rest_len) &&
                 (rest < s->len && ra_ascii_lower((unsigned char)s->text[rest]) == s->text[rest] &&
                          ra_ascii_alpha((unsigned char)s->text[rest])
                      ? put(&b, " ", 1) /* "... not change employers during the first year" */
                      : put(&b, ". ", 2));
            move_marks(marks, s->nmarks, &j, 0, rest, b.n - start, true);
            copied = rest;
        }
        if (ok && copied < s->len && v.imperative != RA_SIDE_NONE) {
            /* an instruction to staff, with their side as its subject */
            char said[RA_VOICE_MAX];
            size_t wl, m = ra_voice_imperative(s->text, s->len, v, indo, said, &wl);
            if (wl) {
                ok = put(&b, said, wl);
                move_marks(marks, s->nmarks, &j, 0, m, b.n - start, true);
                copied = m;
            }
        }
        for (size_t i = copied; i < s->len && ok;) {
            while (e < nedits && edits[e].at < i)
                e++; /* inside a span an edit before it took */
            if (e < nedits && edits[e].at == i) {
                /* a form field read as what was chosen (an insertion
                 * leaves i where it is, for the rewrites of the word there) */
                move_marks(marks, s->nmarks, &j, copied, i, b.n - start, false);
                ok = put(&b, s->text + copied, i - copied);
                move_marks(marks, s->nmarks, &j, i, i + edits[e].len, b.n - start, true);
                ok = ok && put(&b, edits[e].put, strlen(edits[e].put));
                i += edits[e].len;
                copied = i;
                e++;
                continue;
            }
            if (i && ra_ascii_word_char((unsigned char)s->text[i - 1])) {
                i++; /* every other rewrite starts a word */
                continue;
            }
            size_t m = 0, wl = 0;
            char said[RA_VOICE_MAX];
            const char *word = NULL;
            const ra_party *p = n ? name_at(order, lens, n, s->text, s->len, i, &m) : NULL;
            size_t to = 0, frame = indo || (s->text[i] != 'I' && s->text[i] != 'i')
                                       ? 0
                                       : ban_frame(s->text, s->len, i, &to);
            if (!indo && i == ban_to) {
                word = "may not"; /* the "to" of a ban frame */
                wl = 7;
                m = 2;
            } else if (frame) {
                word = ""; /* its opening: the party it bans comes first */
                m = frame;
                ban_to = to;
            } else if (p) {
                word = ra_side_word(p->side, indo);
                wl = strlen(word);
            } else if ((m = ra_voice_rewrite(s->text, s->len, i, v, indo, said, &wl))) {
                word = said;
            } else if (!indo &&
                       ((m = ra_spelling_fix(s->text, s->len, i, said, &wl)) ||
                        (m = ra_spelling_participle(s->text, s->len, i, said, &wl)))) {
                word = said;
            } else if (thing && ((m = pronoun_at(s->text, s->len, i)) ||
                                 (m = object_pronoun_at(s->text, s->len, i)))) {
                word = thing;
                wl = thing_len;
            } else if (i >= reported && (m = backshift(s->text, s->len, i, said, &wl))) {
                word = said;
            }
            if (!word) {
                i++;
                continue;
            }
            move_marks(marks, s->nmarks, &j, copied, i, b.n - start, false);
            ok = put(&b, s->text + copied, i - copied);
            move_marks(marks, s->nmarks, &j, i, i + m, b.n - start, true);
            ok = ok && put(&b, word, wl);
            i += m;
            copied = i;
        }
        move_marks(marks, s->nmarks, &j, copied, s->len, b.n - start, false);
        if (!ok || !put(&b, s->text + copied, s->len - copied) || !put(&b, "", 1)) {
            free(b.p);
            return false;
        }
        text->sentences[k].view_offset = start;
        text->sentences[k].view_len = b.n - start - 1;
    }
    free(text->vbuf);
    text->vbuf = b.p;
    for (size_t k = 0; k < text->n; k++)
        text->sentences[k].view = b.p + text->sentences[k].view_offset;
    return true;
}
