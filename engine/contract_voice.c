/* contract_voice.c — the side a contract's "I" and "we" stand for, and the
 * pronouns written as that side in the views. See contract_voice.h. */
#include "contract_voice.h"

#include <stdio.h>
#include <string.h>

#include "ascii.h"
#include "contract_lines.h"

/* Letters of appointment are told by their opening, in this many
 * sentences. */
#define LETTER_SENTENCES 20
/* An introduction names its speaker in at most this many bytes:
 * "I, Chamila Perera, holder of passport N1234567, confirm that". */
#define INTRO_MAX 160
/* Terms that address the worker as "you" in this many sentences are
 * written to her, as a letter is. */
#define ADDRESSED_SENTENCES 6

/* Does s[0..n) start with word w (case-insensitive, whole word)? */
static bool starts_word(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    return k <= n && ra_ascii_same_ci(s, w, k) &&
           (k == n || !ra_ascii_word_char((unsigned char)s[k]));
}

/* Does s[0..n) hold the phrase w anywhere (case-insensitive)? */
static bool holds(const char *s, size_t n, const char *w)
{
    size_t k = strlen(w);
    for (size_t i = 0; i + k <= n; i++)
        if (ra_ascii_same_ci(s + i, w, k))
            return true;
    return false;
}

/* ---- who speaks --------------------------------------------------------------------- */

/* Is the contract written to the worker, by its other side: a letter
 * ("Dear Ms Dewi,", "we are pleased to offer you"), or terms that address
 * her as "you" throughout (questions and answers, "your working day")? Then
 * its "we" is the writer. */
static bool is_letter(const ra_contract_text *text)
{
    size_t addressed = 0;
    for (size_t k = 0; k < text->n; k++) {
        const ra_sentence *s = &text->sentences[k];
        if (k < LETTER_SENTENCES &&
            (starts_word(s->text, s->len, "dear") || holds(s->text, s->len, "offer you") ||
             holds(s->text, s->len, "pleased to inform you") ||
             holds(s->text, s->len, "pleased to confirm your") ||
             starts_word(s->text, s->len, "dengan hormat") ||
             starts_word(s->text, s->len, "kepada yth")))
            return true;
        addressed += ra_ascii_has_word(s->text, s->len, "you") ||
                     ra_ascii_has_word(s->text, s->len, "your") ||
                     ra_ascii_has_word(s->text, s->len, "anda");
    }
    return addressed >= ADDRESSED_SENTENCES;
}

/* What "your" owns in a text written to the employer or the agency about
 * the worker ("your helper", "your company", "your sites"), and in one
 * written to the worker ("your employer", "your salary"). */
static const char *const others_own[] = {
    "company",   "firm",      "household", "client",     "clients",   "principal", "demand",
    "sites",     "helper",    "maid",      "candidate",  "candidates", "employee", "employees",
    "nanny",     "carer",     "caregiver", "recruits",   "mother",    "father",    "workers",
    "worker",    "jobsite",   "factory",   "farm",       "vessel",    "order",     NULL};
static const char *const workers_own[] = {
    "employer", "salary",  "wage",     "wages",    "pay",     "passport", "rest",   "agency",
    "contract", "day",     "days",     "duties",   "hours",   "work",     "job",    "room",
    "phone",    "family",  "own",      "sponsor",  "loan",    "debt",     "visa",   NULL};
/* Words after "your worker" that make it the worker's own thing ("your
 * worker ID", "your worker permit"). */
static const char *const worker_things[] = {"id", "number", "file", "permit", "visa", "card",
                                            "pass", "account", "status", "record", NULL};

/* Counts, in s[0..n), the things "your" owns that belong to the worker's
 * other side (*other) and to the worker (*own). */
static void count_owned(const char *s, size_t n, size_t *other, size_t *own)
{
    for (size_t i = 0; i + 5 < n; i++) {
        if ((i && ra_ascii_word_char((unsigned char)s[i - 1])) ||
            !ra_ascii_same_ci(s + i, "your ", 5))
            continue;
        size_t j = i + 5, w = ra_ascii_letters(s, n, j);
        if (ra_ascii_in_list(s + j, w, workers_own)) {
            (*own)++;
        } else if (w && ra_ascii_in_list(s + j, w, others_own)) {
            size_t k = j + w, v = k < n && s[k] == ' ' ? ra_ascii_letters(s, n, k + 1) : 0;
            if (!v || !ra_ascii_in_list(s + k + 1, v, worker_things))
                (*other)++;
        }
    }
}

/* The side a text's "you" and "your" stand for when it is written to the
 * worker's other side: an agency's e-mail to an employer about "your
 * helper", an employer's reply about "your company". RA_SIDE_NONE when it is
 * written to the worker, or to nobody: patterns read "you" as the worker.
 * The employer, unless the letterhead names the employer (writer). */
static ra_side addressee(const ra_contract_text *text, ra_side writer)
{
    size_t other = 0, own = 0;
    for (size_t k = 0; k < text->n; k++)
        count_owned(text->sentences[k].text, text->sentences[k].len, &other, &own);
    if (!other || other <= own)
        return RA_SIDE_NONE;
    return writer == RA_SIDE_EMPLOYER ? RA_SIDE_AGENCY : RA_SIDE_EMPLOYER;
}

/* ---- proposals in correspondence -------------------------------------------------- */

/* Is the text an e-mail thread: two messages' "From:" lines, or a reply's
 * "On ..., X wrote:"? */
static bool is_thread(const ra_contract_text *text)
{
    size_t from = 0;
    for (size_t k = 0; k < text->n; k++) {
        const ra_sentence *s = &text->sentences[k];
        if (holds(s->text, s->len, " wrote:"))
            return true;
        from += s->len > 5 && ra_ascii_same_ci(s->text, "from:", 5);
    }
    return from >= 2;
}

/* Words of a wish or a proposal ("my wife would like the passport to stay
 * in our safe", "I suggest the maid pays a part", "whether we should keep
 * her passport"): in a thread, what a message asks for is no term until a
 * reply agrees, and the reply's agreement states the term itself. */
static const char *const proposing[] = {
    "would like",   "would prefer",  "i prefer",      "we prefer",    "prefers that",
    "prefer that",  "i suggest",     "we suggest",    "suggests that", "i propose",
    "we propose",   "asks whether",  "asked whether", "ask whether",  "asks if",
    "asked if",     "wonder if",     "wondering if",  "whether we should", "is it possible",
    "is it ok",     "can we",        "could we",      "may we",       NULL};

static bool proposes(const char *s, size_t n)
{
    for (const char *const *p = proposing; *p; p++)
        if (ra_ascii_has_word(s, n, *p))
            return true;
    return false;
}

/* Words of a heading over a party's own statements: only such a heading
 * says who speaks ("Employer's undertaking"), not a label ("Agency: ..."). */
static const char *const statement_words[] = {"declaration",
                                              "acknowledgement",
                                              "acknowledgment",
                                              "acceptance",
                                              "confirmation",
                                              "consent",
                                              "undertaking",
                                              "obligations",
                                              "duties",
                                              "responsibilities",
                                              "pernyataan",
                                              "kewajiban",
                                              NULL};

static bool is_statement_heading(const char *h, size_t n)
{
    for (const char *const *w = statement_words; *w; w++)
        if (holds(h, n, *w))
            return true;
    return false;
}

/* The side a party's defined name in s[0..n) stands for, or none. */
static ra_side party_named(const char *s, size_t n, const ra_parties *parties)
{
    for (size_t i = 0; i < parties->n; i++)
        if (parties->items[i].side != RA_SIDE_NONE &&
            ra_ascii_has_word(s, n, parties->items[i].name))
            return parties->items[i].side;
    return RA_SIDE_NONE;
}

/* Where an introduction starts in s: "I, Kamala Gurung, confirm that:",
 * "I, the undersigned Employer, undertake", "Saya yang bertanda tangan di
 * bawah ini" (page furniture or a run-in heading may come first); or n. */
static size_t intro_at(const char *t, size_t n)
{
    for (size_t i = 0; i + 2 < n; i++) {
        if (i && ra_ascii_word_char((unsigned char)t[i - 1]))
            continue;
        if (t[i] == 'I' &&
            (t[i + 1] == ',' || starts_word(t + i + 2, n - i - 2, "the undersigned")))
            return i;
        if (starts_word(t + i, n - i, "saya yang bertanda tangan"))
            return i;
    }
    return n;
}

/* Does s (an introduction) hold the verb of a declaration at t[i]? */
static bool declaring_verb(const char *t, size_t n, size_t i)
{
    static const char *const verbs[] = {"confirm",     "declare",    "agree",  "understand",
                                        "acknowledge", "certify",    "accept", "undertake",
                                        "state",       "menyatakan", NULL};
    if (i && ra_ascii_word_char((unsigned char)t[i - 1]))
        return false;
    for (const char *const *v = verbs; *v; v++) {
        size_t k = strlen(*v);
        if (k <= n - i && ra_ascii_same_ci(t + i, *v, k) &&
            (k == n - i || !ra_ascii_word_char((unsigned char)t[i + k]) ||
             (t[i + k] == 's' &&
              (k + 1 == n - i || !ra_ascii_word_char((unsigned char)t[i + k + 1])))))
            return true;
    }
    return false;
}

/* true when s holds an introduction; *side is the side named before its
 * verb (a side's word or a party's name), none for a plain personal name. */
static bool intro(const ra_sentence *s, const ra_parties *parties, ra_side *side)
{
    const char *t = s->text;
    size_t n = s->len;
    size_t at = intro_at(t, n);
    if (at == n)
        return false;
    /* The side is named beside "I" ("I, the undersigned Employer,", "I, Mrs
     * Tan (the Employer),"), before the verb and before the words that bring
     * in other parties: "I, ..., holder of passport ..., selected through
     * Bright Horizon Manpower Services Inc." is the worker. */
    static const char *const others[] = {
        "through",  "by",       "with",     "for",   "from",     "at",    "having", "holder",
        "selected", "recruited", "deployed", "hired", "employed", "working", "bearer", "born",
        "residing", "living",   "who",      "whose", "melalui",  "oleh",  "dengan", "pada",
        NULL};
    size_t end = n - at < INTRO_MAX ? n : at + INTRO_MAX;
    for (size_t i = at + 1; i < end; i++) {
        if (ra_ascii_word_char((unsigned char)t[i - 1]) || !ra_ascii_alpha((unsigned char)t[i]))
            continue;
        if (declaring_verb(t, n, i) || ra_ascii_in_list(t + i, ra_ascii_letters(t, n, i), others)) {
            end = i;
            break;
        }
    }
    /* Run-in words before it count: "Acknowledgement by the Worker I, ...". */
    ra_side named = ra_side_named(t, end);
    *side = named != RA_SIDE_NONE ? named : party_named(t + at, end - at, parties);
    return true;
}

/* A question the worker asks in terms written as questions and answers:
 * "Q: Who pays for my flight home?", "Question 4:", "T4: Apakah saya ...".
 * (In a text written to her, any sentence that ends with '?' is hers too:
 * "8. Can I keep my mobile phone?") */
static bool is_question(const char *t, size_t n)
{
    static const char *const marks[] = {"q", "question", "t", "tanya", "pertanyaan", NULL};
    size_t w = ra_ascii_letters(t, n, 0);
    if (!w || !ra_ascii_in_list(t, w, marks))
        return false;
    size_t i = w;
    while (i < n && (t[i] == ' ' || ra_ascii_digit((unsigned char)t[i])))
        i++;
    return i < n && (t[i] == ':' || t[i] == '.' || t[i] == ')') && (i > w || t[w] == ':');
}

/* ---- instructions to staff ---------------------------------------------------------- */

/* Words that mark a text of instructions to the staff of the employer or
 * the agency (a standard operating procedure, a procedures manual), whose
 * imperatives ("Collect the passport", "Do not issue a release letter")
 * are what the staff, and so their side, do. Read in headings only: a
 * clause that mentions the procedure ("Annex B (Standard Operating
 * Procedure) forms part of this contract") does not start it. */
static const char *const staff_cues[] = {"operating procedure", "procedures manual",
                                         "procedure manual",    "staff instructions",
                                         "instructions to staff", "instructions to agency staff",
                                         "instructions to office staff", "instructions to hr",
                                         NULL};

static bool staff_cue(const char *s, size_t len)
{
    for (const char *const *c = staff_cues; *c; c++)
        if (ra_ascii_has_word(s, len, *c))
            return true;
    return false;
}

/* A new annex ends the instructions: "ANNEX C", "Schedule 2", "LAMPIRAN". */
static bool new_annex(const ra_sentence *s)
{
    static const char *const annex[] = {"annex", "annexure", "schedule", "appendix", "lampiran",
                                        NULL};
    size_t w = 0;
    while (w < s->len && ra_ascii_alpha((unsigned char)s->text[w]))
        w++;
    return s->is_heading && ra_ascii_in_list(s->text, w, annex);
}

void ra_contract_voices(const ra_contract_text *text, const ra_parties *parties, ra_voice *out)
{
    bool letter = is_letter(text);
    /* The letterhead, its first line: an agency's name, or the employer
     * (not "Recruited through: ... Placement Inc." further down). */
    ra_side head =
        text->n ? ra_side_named(text->sentences[0].text, text->sentences[0].len) : RA_SIDE_NONE;
    ra_side letter_side = !letter                  ? RA_SIDE_NONE
                          : head == RA_SIDE_AGENCY ? RA_SIDE_AGENCY
                                                   : RA_SIDE_EMPLOYER;
    ra_side you = addressee(text, head);
    bool thread = is_thread(text);
    const char *section = NULL;
    size_t section_len = 0;
    ra_side intro_side = RA_SIDE_NONE, heading_side = RA_SIDE_NONE;
    ra_side staff = RA_SIDE_NONE; /* in instructions to staff: whose */
    bool introduced = false, statement = false;
    for (size_t k = 0; k < text->n; k++) {
        const ra_sentence *s = &text->sentences[k];
        if (staff != RA_SIDE_NONE && new_annex(s))
            staff = RA_SIDE_NONE;
        bool heading = s->heading >= s->text && s->heading < s->text + s->len;
        if (heading && staff_cue(s->text, s->len))
            staff = ra_ascii_has_word(s->text, s->len, "agency") ? RA_SIDE_AGENCY
                                                                  : RA_SIDE_EMPLOYER;
        if (k == 0 || s->heading != section || s->heading_len != section_len) {
            /* a new section: what its heading says of the speaker */
            section = s->heading;
            section_len = s->heading_len;
            introduced = false;
            statement = section && is_statement_heading(section, section_len);
            heading_side = statement ? ra_side_named(section, section_len) : RA_SIDE_NONE;
        }
        ra_side side;
        if (intro(s, parties, &side)) {
            introduced = true;
            intro_side = side != RA_SIDE_NONE ? side : RA_SIDE_WORKER;
        }
        ra_voice v;
        v.capitals = true;
        for (size_t i = 0; i < s->len && v.capitals; i++)
            v.capitals = !(s->text[i] >= 'a' && s->text[i] <= 'z');
        bool question = letter && (is_question(s->text, s->len) || ra_sentence_ends(s, '?'));
        v.singular = introduced                          ? intro_side
                     : heading_side != RA_SIDE_NONE      ? heading_side
                     : letter && !statement && !question ? letter_side
                                                         : RA_SIDE_WORKER;
        v.plural = letter ? letter_side
                   : heading_side == RA_SIDE_EMPLOYER || heading_side == RA_SIDE_AGENCY
                       ? heading_side
                       : RA_SIDE_NONE;
        v.second = you;
        v.proposal = thread && proposes(s->text, s->len);
        v.imperative = staff;
        out[k] = v;
    }
}

/* Verbs that open an instruction to staff. */
static const char *const instructions[] = {
    "obtain",   "collect",  "keep",     "hold",     "take",    "lock",     "store",   "ensure",
    "make",     "tell",     "inform",   "remind",   "instruct", "issue",   "refuse",  "release",
    "deduct",   "charge",   "record",   "register", "retain",  "check",    "ask",     "require",
    "send",     "report",   "file",     "give",     "hand",    "return",   "allow",   "permit",
    "escort",   "accompany", "explain", "advise",   "confirm", "arrange",  "book",    "pay",
    "recover",  "withhold", "confiscate", "submit", "lodge",   "notify",   "warn",    "inspect",
    "search",   "forward",  "process",  "apply",    "provide", "prepare",  "brief",   "sign",
    "let",      "stop",     "prevent",  "refer",    "bring",   "treat",    "answer",  "reply",
    "transfer", "enter",    "put",      "place",    "meet",    "receive",  "accept",  "decline",
    "cancel",   "approve",  "reject",   "invite",   "schedule", "run",     "start",   "repeat",
    "deny",     "limit",    "restrict", "confine",  "monitor", "follow",   "terminate", "dismiss",
    "repatriate", "photocopy", "copy",  "scan",     "use",     "call",     "contact", "open",
    NULL};

/* Adverbs an instruction may open with: "Never ask ...", "Always lock ...". */
static const char *const adverbs[] = {"never", "always", NULL};

size_t ra_voice_imperative(const char *s, size_t len, ra_voice v, bool indonesian,
                           char out[RA_VOICE_MAX], size_t *out_len)
{
    *out_len = 0;
    if (v.imperative == RA_SIDE_NONE || indonesian || ra_line_words(s, len) < 3)
        return 0;
    size_t w = 0;
    while (w < len && (ra_ascii_alpha((unsigned char)s[w]) || s[w] == '\''))
        w++;
    if (w == len || s[w] != ' ')
        return 0;
    const char *word = ra_side_word(v.imperative, false);
    const char *shall = " shall ";
    size_t m = 0; /* bytes of s the rewrite replaces */
    if (w == 5 && ra_ascii_same_ci(s, "don't", 5)) {
        shall = " shall not";
        m = w;
    } else if (w == 2 && ra_ascii_same_ci(s, "do", 2) && len >= 7 &&
               ra_ascii_same_ci(s + 2, " not ", 5)) {
        shall = " shall not";
        m = 6;
    } else if (!ra_ascii_in_list(s, w, instructions) && !ra_ascii_in_list(s, w, adverbs)) {
        return 0;
    }
    int n = snprintf(out, RA_VOICE_MAX, "%s%s", word, shall);
    *out_len = (size_t)n;
    return m;
}

/* ---- the pronouns ------------------------------------------------------------------- */

/* Words before a capital I that make it a numeral: "Part I", "Schedule I". */
static const char *const numbered[] = {
    "part",  "schedule", "annex",  "annexure", "appendix", "article",  "chapter", "section",
    "form",  "phase",    "class",  "grade",    "level",    "category", "type",    "tier",
    "stage", "item",     "clause", "page",     "book",     "volume",   "no",      NULL};

/* The word that ends just before s[i] (after spaces), in *w and *n. */
static void word_before(const char *s, size_t i, const char **w, size_t *n)
{
    size_t e = i;
    while (e > 0 && s[e - 1] == ' ')
        e--;
    size_t b = e;
    while (b > 0 && ra_ascii_alpha((unsigned char)s[b - 1]))
        b--;
    *w = s + b;
    *n = e - b;
}

/* The length of the word starting at s[i]. */
static size_t word_len(const char *s, size_t len, size_t i)
{
    size_t k = i;
    while (k < len && ra_ascii_word_char((unsigned char)s[k]))
        k++;
    return k - i;
}

/* Writes "<Side>[<tail>]". One word for one: patterns count words between a
 * negation and a clause ("No one has asked me to sign a promissory note"),
 * so "me" reads "Worker", not "the Worker". */
static size_t say(ra_side side, bool indonesian, const char *tail, char *out)
{
    const char *word = ra_side_word(side, indonesian);
    size_t w = strlen(word), t = strlen(tail);
    memcpy(out, word, w);
    memcpy(out + w, tail, t);
    return w + t;
}

/* A verb after "I" / "we" that agrees with a third person: "I am" -> "is",
 * "I agree" -> "agrees". Patterns are written for "the Worker agrees". */
typedef struct {
    const char *first, *third;
} agreement;

static const agreement agreements[] = {{"'m", " is"},
                                       {"'ve", " has"},
                                       {"'ll", " will"},
                                       {"'d", " would"},
                                       {" am", " is"},
                                       {" are", " is"},
                                       {" were", " was"},
                                       {" have", " has"},
                                       {" do", " does"},
                                       {" go", " goes"},
                                       {" agree", " agrees"},
                                       {" accept", " accepts"},
                                       {" ask", " asks"},
                                       {" understand", " understands"},
                                       {" leave", " leaves"},
                                       {" need", " needs"},
                                       {" want", " wants"},
                                       {" wish", " wishes"},
                                       {" return", " returns"},
                                       {" work", " works"},
                                       {" know", " knows"},
                                       {" promise", " promises"},
                                       {" consent", " consents"},
                                       {" allow", " allows"},
                                       {" give", " gives"},
                                       {" request", " requests"},
                                       {" undertake", " undertakes"},
                                       {" confirm", " confirms"},
                                       {" declare", " declares"},
                                       {" pay", " pays"},
                                       {" owe", " owes"},
                                       {" receive", " receives"},
                                       {" keep", " keeps"},
                                       {" take", " takes"},
                                       {" stay", " stays"},
                                       {" live", " lives"},
                                       {" remain", " remains"},
                                       {" resign", " resigns"},
                                       {" authorise", " authorises"},
                                       {" authorize", " authorizes"},
                                       {" hand", " hands"},
                                       {" surrender", " surrenders"},
                                       {" waive", " waives"},
                                       {" hereby", " hereby"},
                                       {NULL, NULL}};

/* After the pronoun, at s[j]: the verb form to write instead of the next
 * bytes (in capitals when they are), with how many bytes it replaces. */
static size_t agree(const char *s, size_t len, size_t j, char *out)
{
    for (const agreement *a = agreements; a->first; a++) {
        size_t k = strlen(a->first);
        if (j + k <= len && ra_ascii_same_ci(s + j, a->first, k) &&
            (j + k == len || !ra_ascii_word_char((unsigned char)s[j + k]))) {
            bool caps = ra_ascii_upper((unsigned char)s[j + k - 1]);
            size_t t = strlen(a->third);
            for (size_t i = 0; i < t; i++)
                out[i] = caps && ra_ascii_alpha((unsigned char)a->third[i])
                             ? (char)(a->third[i] - 'a' + 'A')
                             : a->third[i];
            out[t] = '\0';
            return k;
        }
    }
    out[0] = '\0';
    return 0;
}

size_t ra_voice_rewrite(const char *s, size_t len, size_t i, ra_voice v, bool indonesian,
                        char out[RA_VOICE_MAX], size_t *out_len)
{
    if ((v.singular == RA_SIDE_NONE && v.plural == RA_SIDE_NONE && v.second == RA_SIDE_NONE) ||
        (i && ra_ascii_word_char((unsigned char)s[i - 1])))
        return 0;
    size_t m = word_len(s, len, i);
    if (!m || m > 9)
        return 0;
    const char *w = s + i;
    /* Part of a code or a reference: "EC-MY-245", "WE/2026" */
    if ((i && strchr("-/.", s[i - 1])) || (i + m < len && strchr("-/", s[i + m])))
        return 0;
    /* In capitals within a sentence in small letters, a word is an
     * abbreviation ("MY" Malaysia, "WE" a form code), not a pronoun. */
    if (m >= 2 && ra_ascii_upper((unsigned char)w[1]) && !v.capitals)
        return 0;
    if (indonesian) {
        /* "Anda" (you) is the worker a text is written to */
        bool saya =
            (m == 4 && ra_ascii_same_ci(w, "saya", 4)) || (m == 3 && ra_ascii_same_ci(w, "aku", 3));
        bool kami = m == 4 && ra_ascii_same_ci(w, "kami", 4);
        bool anda = m == 4 && ra_ascii_same_ci(w, "anda", 4) && v.plural != RA_SIDE_NONE;
        ra_side side = saya ? v.singular : kami ? v.plural : anda ? RA_SIDE_WORKER : RA_SIDE_NONE;
        if (side == RA_SIDE_NONE)
            return 0;
        /* a possessive after a side's word: "majikan Anda" (your employer) is the employer */
        const char *b;
        size_t bn;
        word_before(s, i, &b, &bn);
        if ((saya || anda) && bn && ra_side_named(b, bn) != RA_SIDE_NONE) {
            *out_len = 0;
            return i + m < len && s[i + m] == ' ' ? m + 1 : m;
        }
        *out_len = say(side, true, "", out);
        return m;
    }
    bool plural = false, second = false;
    enum { SUBJECT, OBJECT, POSSESSIVE, OWN } form;
    if (m == 1 && w[0] == 'I') {
        /* Not a numeral: "(I)", "I.", "Part I". */
        const char *b;
        size_t bn;
        word_before(s, i, &b, &bn);
        if ((i + 1 < len && (s[i + 1] == ')' || s[i + 1] == '.' || s[i + 1] == ':')) ||
            (i > 0 && s[i - 1] == '(') || (bn && ra_ascii_in_list(b, bn, numbered)))
            return 0;
        plural = false, form = SUBJECT;
    } else if (m == 2 && ra_ascii_same_ci(w, "we", 2)) {
        plural = true, form = SUBJECT;
    } else if (m == 2 && ra_ascii_same_ci(w, "me", 2)) {
        plural = false, form = OBJECT;
    } else if (m == 2 && ra_ascii_same_ci(w, "us", 2) && !(w[0] == 'U' && w[1] == 'S')) {
        plural = true, form = OBJECT; /* "US" in capitals is the United States, even in
                                         a contract written in capitals */
    } else if (m == 6 && ra_ascii_same_ci(w, "myself", 6)) {
        plural = false, form = OBJECT;
    } else if (m == 9 && ra_ascii_same_ci(w, "ourselves", 9)) {
        plural = true, form = OBJECT;
    } else if (m == 2 && ra_ascii_same_ci(w, "my", 2)) {
        plural = false, form = POSSESSIVE;
    } else if (m == 3 && ra_ascii_same_ci(w, "our", 3)) {
        plural = true, form = POSSESSIVE;
    } else if (m == 4 && ra_ascii_same_ci(w, "mine", 4)) {
        plural = false, form = OWN;
    } else if (m == 3 && ra_ascii_same_ci(w, "you", 3)) {
        second = true, form = SUBJECT; /* or an object: no verb after it agrees */
    } else if (m == 4 && ra_ascii_same_ci(w, "your", 4)) {
        second = true, form = POSSESSIVE;
    } else if (m == 5 && ra_ascii_same_ci(w, "yours", 5)) {
        second = true, form = OWN;
    } else if (m == 8 && ra_ascii_same_ci(w, "yourself", 8)) {
        second = true, form = OBJECT;
    } else {
        return 0;
    }
    ra_side side = second ? v.second : plural ? v.plural : v.singular;
    if (side == RA_SIDE_NONE)
        return 0;
    size_t used = m;
    switch (form) {
    case SUBJECT: {
        /* A question's "Can I keep ...", "Do I pay ...": the verb after the
         * pronoun is the infinitive, which stays. */
        static const char *const auxiliaries[] = {"can",    "could", "may",  "might", "must",
                                                  "shall",  "should", "will", "would", "do",
                                                  "does",   "did",   NULL};
        const char *bw;
        size_t bn;
        word_before(s, i, &bw, &bn);
        char verb[16] = "";
        size_t extra = bn && ra_ascii_in_list(bw, bn, auxiliaries) ? 0 : agree(s, len, i + m, verb);
        *out_len = say(side, false, verb, out);
        return used + extra;
    }
    case OBJECT:
        *out_len = say(side, false, "", out);
        return used;
    case POSSESSIVE: {
        /* "my employer" is the Employer, "my passport" the Worker's. */
        size_t j = i + m;
        if (j < len && s[j] == ' ') {
            size_t nl = word_len(s, len, j + 1);
            if (nl && ra_side_named(s + j + 1, nl) != RA_SIDE_NONE) {
                memcpy(out, "the", 3); /* "my employer": the Employer */
                *out_len = 3;
                return used;
            }
        }
        *out_len = say(side, false, "'s", out);
        return used;
    }
    case OWN:
        *out_len = say(side, false, "'s", out);
        return used;
    }
    return 0;
}
