/* contract_parties.c — the parties a contract defines in its preamble, and
 * the sides' plain words. See contract_parties.h for what is recognised and
 * why. */
#include "contract_parties.h"

#include <stdlib.h>
#include <string.h>

#include "arena.h"
#include "ascii.h"
#include "contract_spelling.h"
#include "contract_table.h"

/* Party definitions are looked for in this many sentences from the start,
 * and in at most this many bytes of them. */
#define PREAMBLE_SENTENCES 14
#define PREAMBLE_MAX 4096
/* A party's description is read in at most this many bytes before its name. */
#define ENTRY_MAX 160

static bool has_any(const char *s, size_t n, const char *const *words)
{
    for (; *words; words++)
        if (ra_ascii_has_word(s, n, *words))
            return true;
    return false;
}

/* Words that name a side by themselves. */
static const char *const employer_words[] = {"employer",  "majikan", "pengguna",    "pemberi kerja",
                                             "sponsor",   "kafeel",  "householder", "household",
                                             "principal", "company", NULL};
static const char *const worker_words[] = {
    "worker",    "employee", "helper",    "maid",      "caregiver", "carer",        "labourer",
    "laborer",   "aide",     "assistant", "attendant", "staff",     "tenaga kerja", "pekerja",
    "appointee", "hire",     "trainee",   "pmi",       "tki",       "applicant",    "candidate",
    "emigrant",  "seafarer", "housemaid", "crew member", NULL};
static const char *const agency_words[] = {
    "agency",      "agent",      "recruiter", "bureau", "intermediary", "manpower", "licensee",
    "recruitment", "placement",  "deploying", "p3mi",   "pptkis",       "agen",     "agensi",
    "mitra usaha", "penempatan", "broker",    NULL};

/* What the preamble says about a party, weakest last. */
static const char *const agency_cues[] = {
    "recruitment", "recruiting", "recruiters", "recruiter",  "agency",
    "agencies",    "placement",  "deployment", "deploying",  "manpower",
    "bureau",      "licensed",   "licence no", "license no", "with the assistance of",
    "through",     "melalui",    "p3mi",       "pptkis",     "penempatan",
    "agensi",      "agen",       "sending organisation",     "sending organization",
    NULL};
static const char *const worker_cues[] = {
    "passport", "paspor",   "national of", "citizen of", "warga negara", "nationality", "born",
    "lahir",    "pemegang", "holder of",   "(employee)", "(worker)",     "sdr",         "sdri",
    "saudara",  "saudari",  NULL};
static const char *const employer_cues[] = {
    "(employer)", "employer", "pemberi kerja", "majikan", "pengguna",  "sponsor",
    "l.l.c",      "llc",      "w.l.l",         "sdn",     "bhd",       "ltd",
    "limited",    "inc",      "pte",           "company", "household", "family",
    "mr",         "mrs",      "madam",         "sheikh",  NULL};

/* Defined terms that are not parties. */
static const char *const not_parties[] = {
    "contract",   "agreement", "term",   "terms",     "schedule", "annex",   "premises",
    "wage",       "wages",     "salary", "period",    "date",     "parties", "party",
    "services",   "position",  "job",    "workplace", "site",     "country", "law",
    "rules",      "handbook",  "policy", "deposit",   "loan",     "fee",     "fees",
    "perjanjian", "kontrak",   "gaji",   "upah",      NULL};

/* The first side whose words s holds, trying the agency, the worker, then
 * the employer (an "Agency Worker" liaison is the agency's). */
static ra_side first_side(const char *s, size_t n, const char *const *agency,
                          const char *const *worker, const char *const *employer)
{
    return has_any(s, n, agency)     ? RA_SIDE_AGENCY
           : has_any(s, n, worker)   ? RA_SIDE_WORKER
           : has_any(s, n, employer) ? RA_SIDE_EMPLOYER
                                     : RA_SIDE_NONE;
}

ra_side ra_side_named(const char *s, size_t n)
{
    int sides =
        has_any(s, n, agency_words) + has_any(s, n, worker_words) + has_any(s, n, employer_words);
    return sides == 1 ? first_side(s, n, agency_words, worker_words, employer_words) : RA_SIDE_NONE;
}

/* name as the patterns spell it: "EMPLOYEER" reads "EMPLOYER"
 * (contract_spelling.h). out holds RA_PARTY_NAME_MAX + RA_SPELLING_MAX bytes. */
static void spelled(const char *name, char *out)
{
    size_t n = strlen(name), o = 0;
    for (size_t i = 0; i < n && o < RA_PARTY_NAME_MAX;) {
        char fixed[RA_SPELLING_MAX];
        size_t m, fl;
        if ((m = ra_spelling_fix(name, n, i, fixed, &fl))) {
            memcpy(out + o, fixed, fl);
            o += fl;
            i += m;
        } else {
            out[o++] = name[i++];
        }
    }
    out[o] = '\0';
}

static ra_side side_of_name(const char *name)
{
    char fixed[RA_PARTY_NAME_MAX + RA_SPELLING_MAX];
    spelled(name, fixed);
    return first_side(fixed, strlen(fixed), agency_words, worker_words, employer_words);
}

static ra_side side_of_entry(const char *s, size_t n)
{
    return first_side(s, n, agency_cues, worker_cues, employer_cues);
}

/* ---- finding definitions ------------------------------------------------------------ */

typedef struct {
    ra_parties *out;
    bool by_cue[RA_PARTIES_MAX]; /* side taken from the description, not the name */
    size_t twin[RA_PARTIES_MAX]; /* 1 + the item this one is another name of, or 0 */
} finder;

static void add(finder *f, const char *name, size_t len, ra_side side, const char *entry,
                size_t entry_len, bool stated)
{
    while (len && (name[len - 1] == ' ' || name[len - 1] == '.' || name[len - 1] == ','))
        len--;
    if (len > 4 && ra_ascii_same_ci(name, "the ", 4)) { /* "the \"THE HOTEL\"": the name is HOTEL */
        name += 4;
        len -= 4;
    }
    if (len < 2 || len >= RA_PARTY_NAME_MAX || !ra_ascii_upper((unsigned char)name[0]))
        return;
    char buf[RA_PARTY_NAME_MAX];
    memcpy(buf, name, len);
    buf[len] = '\0';
    if (ra_ascii_in_list(buf, len, not_parties))
        return;
    ra_parties *p = f->out;
    for (size_t i = 0; i < p->n; i++)
        if (strlen(p->items[i].name) == len && ra_ascii_same_ci(p->items[i].name, buf, len))
            return; /* defined twice (e.g. in a heading and the preamble) */
    if (p->n == RA_PARTIES_MAX)
        return;
    bool by_cue = false;
    if (!stated) {
        side = side_of_name(buf);
        if (side == RA_SIDE_NONE) {
            /* what is said just before the name, not the whole letterhead */
            if (entry_len > ENTRY_MAX) {
                entry += entry_len - ENTRY_MAX;
                entry_len = ENTRY_MAX;
            }
            side = side_of_entry(entry, entry_len);
            by_cue = side != RA_SIDE_NONE;
        }
    }
    f->by_cue[p->n] = by_cue;
    memcpy(p->items[p->n].name, buf, len + 1);
    p->items[p->n].side = side;
    p->n++;
}

/* Length of a name written after a marker without quotes: up to four words
 * that start with a capital ("the Maid", "PIHAK PERTAMA", "Pekerja Migran
 * Indonesia"). */
static size_t bare_name(const char *s, size_t n)
{
    size_t i = 0, words = 0, end = 0;
    while (i < n && words < 4 && ra_ascii_upper((unsigned char)s[i])) {
        while (i < n && (ra_ascii_word_char((unsigned char)s[i]) || s[i] == '-'))
            i++;
        end = i;
        words++;
        if (i + 1 < n && s[i] == ' ' && ra_ascii_upper((unsigned char)s[i + 1]))
            i++;
        else
            break;
    }
    return end;
}

/* Marker words that may stand before a defined name. */
static const char *const fillers[] = {"the",     "hereinafter", "referred", "to",
                                      "as",      "called",      "known",    "selanjutnya",
                                      "disebut", "sebagai",     "herein",   NULL};
static const char *const markers[] = {"hereinafter", "referred", "called",
                                      "known",       "disebut",  NULL};

/* Walks back from i over spaces and filler words; *marker when one of them
 * says a name is being defined. Returns where the fillers start. */
static size_t back_over_fillers(const char *s, size_t i, bool *marker)
{
    *marker = false;
    for (;;) {
        size_t k = i;
        while (k && s[k - 1] == ' ')
            k--;
        size_t w = k;
        while (w && ra_ascii_alpha((unsigned char)s[w - 1]))
            w--;
        if (w == k)
            return k;
        if (!ra_ascii_in_list(s + w, k - w, fillers))
            return k;
        if (ra_ascii_in_list(s + w, k - w, markers))
            *marker = true;
        i = w;
    }
}

/* Length of a phrase that introduces a defined name at s, or 0. */
static size_t marker_at(const char *s, size_t n)
{
    static const char *const phrases[] = {"hereinafter", "selanjutnya disebut", NULL};
    for (const char *const *p = phrases; *p; p++) {
        size_t k = strlen(*p);
        if (k <= n && ra_ascii_same_ci(s, *p, k) &&
            (k == n || !ra_ascii_word_char((unsigned char)s[k])))
            return k;
    }
    return 0;
}

/* Skips spaces and filler words ("referred to as the") from i. */
static size_t skip_fillers(const char *s, size_t n, size_t i)
{
    for (;;) {
        while (i < n && s[i] == ' ')
            i++;
        size_t w = i;
        while (w < n && ra_ascii_alpha((unsigned char)s[w]))
            w++;
        if (w == i || (w < n && ra_ascii_word_char((unsigned char)s[w])) ||
            !ra_ascii_in_list(s + i, w - i, fillers))
            return i;
        i = w;
    }
}

static void scan_sentence(finder *f, const char *s, size_t n)
{
    size_t entry = 0; /* where the current party's description starts */
    for (size_t i = 0; i < n; i++) {
        /* "(the "Undertaking")", "hereinafter referred to as "the Agency"" */
        if (s[i] == '"') {
            const char *close = memchr(s + i + 1, '"', n - i - 1);
            if (!close)
                return;
            size_t j = (size_t)(close - s), len = j - i - 1;
            bool marker;
            size_t from = back_over_fillers(s, i, &marker);
            bool paren = from && s[from - 1] == '(';
            size_t after = j + 1;
            while (after < n && s[after] == ' ')
                after++;
            if (len && len < RA_PARTY_NAME_MAX &&
                ((paren && after < n && s[after] == ')') || marker)) {
                size_t start = paren ? from - 1 : from;
                /* the fillers may reach back past the last definition's end */
                add(f, s + i + 1, len, RA_SIDE_NONE, s + entry, start > entry ? start - entry : 0,
                    false);
                entry = after < n && s[after] == ')' ? after + 1 : j + 1;
            }
            i = j;
            continue;
        }
        if (!ra_ascii_alpha((unsigned char)s[i]) ||
            (i && ra_ascii_word_char((unsigned char)s[i - 1])))
            continue;
        /* "hereinafter the Maid", "selanjutnya disebut PIHAK PERTAMA" */
        size_t k = marker_at(s + i, n - i);
        if (k) {
            size_t m = skip_fillers(s, n, i + k);
            size_t len = m < n && s[m] != '"' ? bare_name(s + m, n - m) : 0;
            if (len) {
                add(f, s + m, len, RA_SIDE_NONE, s + entry, i - entry, false);
                entry = m + len;
                i = m + len - 1;
            } else {
                i += k - 1;
            }
            continue;
        }
        /* "First Party (Employer):", "Pihak Kedua (Pekerja):" */
        size_t w = i;
        while (w < n && ra_ascii_alpha((unsigned char)s[w]))
            w++;
        if (!ra_ascii_upper((unsigned char)s[i]))
            continue;
        size_t name_end = w;
        if (w + 1 < n && s[w] == ' ' && ra_ascii_upper((unsigned char)s[w + 1])) {
            size_t v = w + 1;
            while (v < n && ra_ascii_alpha((unsigned char)s[v]))
                v++;
            name_end = v;
        }
        /* "Party A: Viet-Nhat HR JSC, sending organisation licensed by ...",
         * "Second Party: Ms. Tran, born 2003": the side from what follows */
        if (name_end + 1 < n && s[name_end] == ':' && w < name_end &&
            (ra_ascii_has_word(s + i, name_end - i, "party") ||
             ra_ascii_has_word(s + i, name_end - i, "pihak"))) {
            size_t d = name_end + 1, e = d; /* up to the next party's label */
            while (e < n && e - d < ENTRY_MAX && s[e] != ';' && s[e] != ':')
                e++;
            if (e < n && s[e] == ':') {
                /* back to the start of that label, its words in capitals: "Second Party" */
                for (int words = 0; words < 2; words++) {
                    size_t b = e;
                    while (b > d && s[b - 1] == ' ')
                        b--;
                    size_t w0 = b;
                    while (w0 > d && ra_ascii_alpha((unsigned char)s[w0 - 1]))
                        w0--;
                    if (w0 == b || !ra_ascii_upper((unsigned char)s[w0]))
                        break;
                    e = w0;
                }
            }
            add(f, s + i, name_end - i, RA_SIDE_NONE, s + d, e - d, false);
            entry = d; /* what follows is read on: "Party A: Foo Ltd (the "Agency")" */
            i = name_end;
            continue;
        }
        if (name_end + 2 < n && s[name_end] == ' ' && s[name_end + 1] == '(') {
            const char *close = memchr(s + name_end + 2, ')', n - name_end - 2);
            size_t c = close ? (size_t)(close - s) : n;
            if (close && c + 1 < n && s[c + 1] == ':' && c - name_end - 2 < 24) {
                char role[24];
                memcpy(role, s + name_end + 2, c - name_end - 2);
                role[c - name_end - 2] = '\0';
                ra_side side = side_of_name(role);
                if (side != RA_SIDE_NONE) {
                    add(f, s + i, name_end - i, side, NULL, 0, true);
                    entry = c + 2;
                    i = c + 1;
                } else if (c - name_end - 2 >= 2 && ra_ascii_upper((unsigned char)role[0])) {
                    /* "First Party (Estate):": the role is the name the clauses
                     * use; both are placed by the label's own side word
                     * ("Employee (FDW):"), else by the usual order */
                    char label[RA_PARTY_NAME_MAX] = "";
                    if (name_end - i < sizeof label) {
                        memcpy(label, s + i, name_end - i);
                        label[name_end - i] = '\0';
                    }
                    ra_side by_label = side_of_name(label);
                    size_t at = f->out->n;
                    add(f, s + i, name_end - i, by_label, NULL, 0, true);
                    if (f->out->n > at) {
                        add(f, role, c - name_end - 2, by_label, NULL, 0, true);
                        if (f->out->n > at + 1)
                            f->twin[at + 1] = at + 1;
                    }
                    entry = c + 2;
                    i = c + 1;
                }
            }
        }
    }
}

/* Capitalised words after "the" that name a place or an authority, not a
 * party ("between the Employer in the Kingdom of ..."). */
static const char *const not_party_heads[] = {
    "kingdom",  "republic",   "state",   "united",    "emirates",  "philippines", "government",
    "ministry", "department", "embassy", "consulate", "office",    "authority",   "labour",
    "labor",    "law",        "city",    "province",  "sultanate", NULL};

/* Parties named without a definition, in a sentence that lists them: "by
 * and between the Establishment, the Worker and the Recruitment Agency",
 * "Be it known that the Overseas Employer and the Recruit ... through the
 * Placement Agency", "namely the Family of the one part and the OFW". */
static void scan_party_list(finder *f, const char *s, size_t n)
{
    static const char *const triggers[] = {"between", "namely", "be it known that", NULL};
    size_t i = 0;
    for (; i < n; i++) {
        bool hit = false;
        for (const char *const *t = triggers; *t && !hit; t++) {
            size_t k = strlen(*t);
            hit = (i == 0 || !ra_ascii_word_char((unsigned char)s[i - 1])) && i + k <= n &&
                  ra_ascii_same_ci(s + i, *t, k) &&
                  (i + k == n || !ra_ascii_word_char((unsigned char)s[i + k]));
            if (hit)
                i += k;
        }
        if (hit)
            break;
    }
    size_t entry = i, found = 0;
    for (; i + 4 < n && found < 3; i++) {
        if ((i && ra_ascii_word_char((unsigned char)s[i - 1])) ||
            !ra_ascii_same_ci(s + i, "the ", 4))
            continue;
        size_t len = bare_name(s + i + 4, n - i - 4);
        if (!len)
            continue;
        size_t head = 0;
        while (head < len && ra_ascii_alpha((unsigned char)s[i + 4 + head]))
            head++;
        if (ra_ascii_in_list(s + i + 4, head, not_party_heads))
            continue;
        add(f, s + i + 4, len, RA_SIDE_NONE, s + entry, i - entry, false);
        found++;
        i += 4 + len - 1;
        entry = i + 1;
    }
}

/* ---- parties by their own names ----------------------------------------------------- */

/* "Agreement made ... between Mr. Rajan Pillai of Singapore and Shilpi Akter
 * of Bangladesh, arranged by Horizon Care Placement Services": the parties
 * are people and firms with no defined name, and the clauses call them "Mr.
 * Pillai", "Shilpi", "Horizon Care Placement Services". */

static const char *const titles[] = {
    "mr",  "mrs",  "ms",     "miss",  "mdm",  "madam", "madame", "dr",    "sheikh", "sheikha",
    "sir", "haji", "hajjah", "encik", "puan", "tuan",  "ibu",    "bapak", "bpk",    NULL};
/* Given names that are also common words, never read as a name alone. */
static const char *const common_words[] = {
    "grace",   "hope",    "joy",   "faith", "mercy", "charity",  "precious", "patience", "rose",
    "lily",    "may",     "april", "june",  "will",  "mark",     "bill",     "sunny",    "honey",
    "summer",  "dawn",    "angel", "star",  "gift",  "blessing", "happy",    "lucky",    "fortune",
    "justice", "crystal", "pearl", "ruby",  "jewel", NULL};
/* Words inside a name: "Siti binti Ahmad", "Maria de la Cruz". */
static const char *const name_joins[] = {"bin", "binti", "bte", "al",  "el",  "de",  "la",
                                         "da",  "van",   "von", "der", "dos", "das", NULL};
/* Words of a firm's name: it is named in full, never by one word. */
static const char *const firm_words[] = {
    "services",    "service",     "ltd",         "limited",   "llc",
    "l.l.c",       "w.l.l",       "inc",         "pte",       "sdn",
    "bhd",         "company",     "co",          "trading",   "group",
    "enterprises", "enterprise",  "corporation", "corp",      "international",
    "holdings",    "pt",          "cv",          "est",       "establishment",
    "agency",      "manpower",    "recruitment", "placement", "employment",
    "resources",   "consultancy", "consultants", "solutions", "house",
    "office",      NULL};
/* The legal form at the end of a firm's name. */
static const char *const legal_forms[] = {"co",  "ltd", "limited", "llc", "l.l.c", "w.l.l",
                                          "inc", "pte", "sdn",     "bhd", "corp",  "plc",
                                          "pvt", "pt",  "cv",      NULL};
/* What introduces the party that arranges the placement. */
static const char *const through_words[] = {"arranged by",
                                            "arranged through",
                                            "through",
                                            "with the assistance of",
                                            "recruited by",
                                            "placed by",
                                            "via",
                                            "melalui",
                                            NULL};

static bool is_small_letter(char c)
{
    return c >= 'a' && c <= 'z';
}

/* The length of the word at s (letters, digits, '-', '\''). */
static size_t name_word(const char *s, size_t n)
{
    size_t k = 0;
    while (k < n && (ra_ascii_word_char((unsigned char)s[k]) || s[k] == '-' || s[k] == '\''))
        k++;
    return k;
}

/* A name at s: an optional title ("Mr.", "Mrs"), then up to five
 * capitalised words with joining words between them. Its length; the
 * title's length with its dot and space in *title_len; the capitalised
 * words' starts and ends in word_at. */
typedef struct {
    size_t title_len, len, words;
    size_t start[5], end[5];
    bool firm;
} person;

static bool person_at(const char *s, size_t n, person *p)
{
    memset(p, 0, sizeof *p);
    size_t i = 0, w = name_word(s, n);
    if (w && ra_ascii_in_list(s, w, titles) && ra_ascii_upper((unsigned char)s[0])) {
        i = w;
        if (i < n && s[i] == '.')
            i++;
        while (i < n && s[i] == ' ')
            i++;
        p->title_len = i;
    }
    while (i < n && p->words < 5) {
        w = name_word(s + i, n - i);
        if (!w)
            break;
        if (!ra_ascii_upper((unsigned char)s[i])) {
            /* joining words only between capitalised words: "de la Cruz" */
            size_t after = i;
            while (p->words && (w = name_word(s + after, n - after)) &&
                   ra_ascii_in_list(s + after, w, name_joins) && after + w + 1 < n &&
                   s[after + w] == ' ')
                after += w + 1;
            if (after == i || !ra_ascii_upper((unsigned char)s[after]))
                break;
            i = after;
            continue;
        }
        if (ra_ascii_in_list(s + i, w, firm_words))
            p->firm = true;
        p->start[p->words] = i;
        p->end[p->words] = i + w;
        p->words++;
        i += w;
        /* "W.L.L." */
        while (i + 1 < n && s[i] == '.' && ra_ascii_alpha((unsigned char)s[i + 1]))
            i += 1 + name_word(s + i + 1, n - i - 1);
        p->end[p->words - 1] = i;
        if (i < n && s[i] == '.') /* "Ltd." ends the name, as a full stop would */
            break;
        if (i + 1 < n && s[i] == ' ' && ra_ascii_word_char((unsigned char)s[i + 1]))
            i++;
        else
            break;
    }
    if (!p->words)
        return false;
    /* "between EMPLOYER AND WORKER": the sides' words, nobody's name */
    size_t first = p->end[0] - p->start[0];
    if (!p->title_len && !p->firm && first < RA_PARTY_NAME_MAX) {
        char word[RA_PARTY_NAME_MAX];
        memcpy(word, s + p->start[0], first);
        word[first] = '\0';
        if (side_of_name(word) != RA_SIDE_NONE)
            return false;
    }
    p->len = p->end[p->words - 1];
    return true;
}

/* Adds a name as written at s[0..len), and for a person title + surname
 * ("Mr. Pillai", "Mr Pillai") and the first and last names alone. */
static void add_person(finder *f, const char *s, const person *p, ra_side side)
{
    add(f, s + p->title_len, p->len - p->title_len, side, NULL, 0, true);
    if (p->firm) {
        /* the clauses drop the legal form: "Al Hassan Garments Manufacturing" */
        size_t w = p->words;
        while (w > 2 &&
               ra_ascii_in_list(s + p->start[w - 1], p->end[w - 1] - p->start[w - 1], legal_forms))
            w--;
        if (w < p->words)
            add(f, s + p->start[0], p->end[w - 1] - p->start[0], side, NULL, 0, true);
        return;
    }
    if (p->words < 2)
        return;
    char buf[RA_PARTY_NAME_MAX];
    size_t last = p->words - 1, surname = p->end[last] - p->start[last];
    if (p->title_len) {
        size_t t = name_word(s, p->title_len);
        for (int dot = 0; dot < 2; dot++) {
            size_t len = t + (size_t)dot + 1 + surname;
            if (len >= sizeof buf)
                return;
            memcpy(buf, s, t);
            if (dot)
                buf[t] = '.';
            buf[t + (size_t)dot] = ' ';
            memcpy(buf + t + (size_t)dot + 1, s + p->start[last], surname);
            add(f, buf, len, side, NULL, 0, true);
        }
    }
    /* One name alone: the first ("Shilpi") or, where the family name comes
     * first ("Tran Thi Mai"), the last ("Mai"). */
    size_t ends[2] = {0, last};
    for (size_t e = 0; e < 2; e++) {
        size_t at = p->start[ends[e]], len = p->end[ends[e]] - at;
        if (len >= 3 && !ra_ascii_in_list(s + at, len, common_words) &&
            !ra_ascii_in_list(s + at, len, titles))
            add(f, s + at, len, side, NULL, 0, true);
    }
}

/* A table of the parties, one row each, under a header that names the
 * column of defined names: "Party | Name | Referred to as", then
 * "Employer | Ladang Sungai Bayu Sdn. Bhd. | Estate". */
static void scan_party_table(finder *f, const ra_contract_text *text)
{
    size_t k = 0;
    for (; k < text->n && k < PREAMBLE_SENTENCES; k++) {
        const ra_sentence *s = &text->sentences[k];
        if (memchr(s->text, '|', s->len) && (ra_ascii_has_word(s->text, s->len, "referred to as") ||
                                             ra_ascii_has_word(s->text, s->len, "called") ||
                                             ra_ascii_has_word(s->text, s->len, "defined as") ||
                                             ra_ascii_has_word(s->text, s->len, "disebut")))
            break;
    }
    for (size_t j = k + 1; j < text->n && j <= k + RA_PARTIES_MAX; j++) {
        const char *t = text->sentences[j].text;
        size_t n = text->sentences[j].len;
        /* its cells that hold text: role | name | defined name */
        size_t all[8][2], cell[8][2], cells = 0;
        size_t count = ra_table_cells(t, n, all, 8);
        for (size_t c = 0; c < count && c < 8; c++)
            if (all[c][1] > all[c][0])
                cell[cells][0] = all[c][0], cell[cells][1] = all[c][1], cells++;
        if (cells < 3)
            break;
        ra_side side = ra_side_named(t + cell[0][0], cell[0][1] - cell[0][0]);
        const size_t *alias = cell[cells - 1];
        add(f, t + alias[0], alias[1] - alias[0], side, NULL, 0, side != RA_SIDE_NONE);
        if (side != RA_SIDE_NONE)
            add(f, t + cell[1][0], cell[1][1] - cell[1][0], side, NULL, 0, true);
    }
}

/* The parties of a "between A and B[, arranged by C]" sentence that are
 * named as people or firms, not as "the Employer". */
static void scan_people(finder *f, const char *s, size_t n)
{
    size_t i = 0;
    while (i + 8 < n && !((i == 0 || !ra_ascii_word_char((unsigned char)s[i - 1])) &&
                          ra_ascii_same_ci(s + i, "between ", 8)))
        i++;
    if (i + 8 >= n)
        return;
    i += 8;
    /* Each party: its name, what follows it up to the next party. */
    struct {
        size_t at;
        person p;
        ra_side side;
        bool through;
    } seen[3];
    size_t count = 0;
    bool through = false;
    while (i < n && count < 3) {
        while (i < n && (s[i] == ' ' || s[i] == ','))
            i++;
        person p;
        if (i >= n || ra_ascii_same_ci(s + i, "the ", 4) || !person_at(s + i, n - i, &p))
            break;
        seen[count].at = i;
        seen[count].p = p;
        seen[count].through = through;
        /* What is said about it: up to " and ", ", arranged by", ";" or the end. */
        size_t e = i + p.len, next = n;
        if (p.firm && e < n && s[e] == '.') /* "... Co." or "Ltd." goes on: ", arranged by" */
            e++;
        through = false;
        for (size_t k = e; k < n && next == n; k++) {
            /* a full stop, not the dot of "Ltd. of Taipei" */
            bool stop =
                s[k] == '.' && (k + 2 >= n || (s[k + 1] == ' ' && !is_small_letter(s[k + 2])));
            if (s[k] == ';' || stop || (k + 5 <= n && ra_ascii_same_ci(s + k, " and ", 5)))
                next = k;
            for (const char *const *t = through_words; *t && next == n; t++) {
                size_t tl = strlen(*t);
                if (k + tl < n && s[k] == ' ' && ra_ascii_same_ci(s + k + 1, *t, tl) &&
                    !ra_ascii_word_char((unsigned char)s[k + 1 + tl])) {
                    next = k;
                    through = true;
                }
            }
        }
        char name[RA_PARTY_NAME_MAX];
        size_t nl = p.len - p.title_len < sizeof name ? p.len - p.title_len : sizeof name - 1;
        memcpy(name, s + i + p.title_len, nl);
        name[nl] = '\0';
        ra_side side = seen[count].through ? RA_SIDE_AGENCY : side_of_name(name);
        if (side == RA_SIDE_NONE)
            side = side_of_entry(s + e, next - e);
        seen[count].side = side;
        count++;
        if (next >= n || s[next] == '.' || s[next] == ';')
            break;
        i = next + (through ? 0 : 5);
        if (through) {
            while (i < n && s[i] == ' ')
                i++;
            for (const char *const *t = through_words; *t; t++)
                if (ra_ascii_same_ci(s + i, *t, strlen(*t))) {
                    i += strlen(*t);
                    break;
                }
        }
    }
    /* The usual order for the rest: employer, then worker. */
    bool taken[RA_SIDE_AGENCY + 1] = {false};
    for (size_t k = 0; k < count; k++)
        taken[seen[k].side] = true;
    for (size_t k = 0; k < count; k++) {
        if (seen[k].side == RA_SIDE_NONE) {
            seen[k].side = !taken[RA_SIDE_EMPLOYER] ? RA_SIDE_EMPLOYER
                           : !taken[RA_SIDE_WORKER] ? RA_SIDE_WORKER
                                                    : RA_SIDE_NONE;
            taken[seen[k].side] = true;
        }
        if (seen[k].side != RA_SIDE_NONE)
            add_person(f, s + seen[k].at, &seen[k].p, seen[k].side);
    }
}

void ra_parties_find(const ra_contract_text *text, ra_parties *out)
{
    memset(out, 0, sizeof *out);
    finder f = {.out = out};
    /* The preamble as one run of text: a party's description may end in
     * one sentence ("... Placement Inc.") and its name follow in the next. */
    char preamble[PREAMBLE_MAX];
    size_t len = 0;
    for (size_t i = 0; i < text->n && i < PREAMBLE_SENTENCES; i++) {
        const ra_sentence *s = &text->sentences[i];
        if (len + s->len + 1 > sizeof preamble)
            break;
        if (len)
            preamble[len++] = ' ';
        memcpy(preamble + len, s->text, s->len);
        len += s->len;
    }
    scan_sentence(&f, preamble, len);
    scan_party_table(&f, text);
    for (size_t i = 0; i < text->n && i < PREAMBLE_SENTENCES && out->n < 2; i++)
        scan_party_list(&f, text->sentences[i].text, text->sentences[i].len);
    /* People and firms named as such, when the contract defines no names. */
    if (!out->n)
        scan_people(&f, preamble, len);
    /* A side a name claims outright wins over a guess from a description. */
    for (size_t i = 0; i < out->n; i++)
        for (size_t k = 0; k < out->n && f.by_cue[i]; k++)
            if (k != i && !f.by_cue[k] && out->items[k].side == out->items[i].side)
                out->items[i].side = RA_SIDE_NONE;
    /* Names the preamble says nothing about: employer, then worker, in the
     * order contracts list their parties ("between A and B"). */
    bool taken[RA_SIDE_AGENCY + 1] = {false};
    for (size_t i = 0; i < out->n; i++)
        taken[out->items[i].side] = true;
    for (size_t i = 0; i < out->n; i++) {
        if (out->items[i].side != RA_SIDE_NONE || f.twin[i])
            continue;
        ra_side side = !taken[RA_SIDE_EMPLOYER] ? RA_SIDE_EMPLOYER
                       : !taken[RA_SIDE_WORKER] ? RA_SIDE_WORKER
                                                : RA_SIDE_NONE;
        out->items[i].side = side;
        taken[side] = true;
    }
    /* Another name of a party stands for its side: "First Party (Estate)". */
    for (size_t i = 0; i < out->n; i++)
        if (f.twin[i])
            out->items[i].side = out->items[f.twin[i] - 1].side;
}

/* ---- the sides' words ------------------------------------------------------------------ */

const char *ra_side_word(ra_side side, bool indonesian)
{
    switch (side) {
    case RA_SIDE_EMPLOYER:
        return indonesian ? "Majikan" : "Employer";
    case RA_SIDE_WORKER:
        return indonesian ? "Pekerja" : "Worker";
    case RA_SIDE_AGENCY:
        return indonesian ? "Agensi" : "Agency";
    default:
        return NULL;
    }
}
